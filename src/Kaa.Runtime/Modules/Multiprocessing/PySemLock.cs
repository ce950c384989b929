namespace Kaa.Runtime;

/// <summary>
/// <c>_multiprocessing.SemLock</c>: a POSIX named semaphore (the handle is the <c>sem_t*</c>) used as a
/// recursive mutex (kind 0: RLock) or a counting semaphore (kind 1: Lock, Semaphore, Condition, Event).
/// The count of acquisitions and the owning thread are this process's view, as in CPython.
/// </summary>
internal sealed class PySemLock : PyObject
{
    public const int RecursiveMutex = 0, Semaphore = 1;

    public nint Handle;
    public int Kind;
    public int MaxValue;
    /// <summary>The semaphore's name, or null once it was unlinked at creation.</summary>
    public string? Name;
    /// <summary>acquire()s minus release()s in this process, and the thread that last acquired.</summary>
    public int Count;
    public long LastThread;

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySemLock(PyType type, nint handle, int kind, int maxValue, string? name) : base(type)
    {
        Handle = handle;
        Kind = kind;
        MaxValue = maxValue;
        Name = name;
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;

    /// <summary>ISMINE: acquired by the calling thread and not released since.</summary>
    public bool IsMine => Count > 0 && LastThread == ThreadModule.CurrentIdent();

    // semlock_dealloc closes the handle; the mapping is the process's, so only when the object is gone.
    ~PySemLock()
    {
        if (Handle != 0) SemaphoreLibc.sem_close(Handle);
    }
}
