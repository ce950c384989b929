namespace Kaa.Runtime;

/// <summary>
/// <c>_thread.lock</c> (<c>_thread.LockType</c>): the primitive lock of <c>allocate_lock()</c>. Not reentrant,
/// releasable by any thread; a blocking acquire releases the GIL while it waits.
/// </summary>
internal sealed class PyLock : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_thread.lock", (PyType?)null, TypeFlags.HasWeakrefs, Install);

    public readonly BinaryLock Lock = new();

    public PyLock() : base(TypeObject) { }

    private const string Doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.";

    private static void Install(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Intern("_thread"));
        type.Flags |= TypeFlags.NoNew;
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.Repr = static (ts, self) =>
        {
            var l = (PyLock)self;
            return PyStr.Create($"<{(l.Lock.IsLocked ? "locked" : "unlocked")} _thread.lock object at {Protocols.AddressOf(ts, self)}>");
        };
        FastMethod acquire = static (ts, self, args, kw) =>
        {
            if (!LockArguments.ParseAcquire(ts, args, kw, out long timeout)) return null;
            return PyBool.From(((PyLock)self).Lock.Acquire(ts, timeout));
        };
        FastMethod release = static (ts, self, args, kw) =>
        {
            var l = ((PyLock)self).Lock;
            if (!l.IsLocked) return ts.RuntimeError("release unlocked lock");
            l.Release();
            return PyNone.Instance;
        };
        NoArgsMethod locked = static (ts, self) => PyBool.From(((PyLock)self).Lock.IsLocked);
        type.AddMethod("acquire_lock", acquire);
        type.AddMethod("acquire", acquire);
        type.AddMethod("release_lock", release);
        type.AddMethod("release", release);
        type.AddMethod("locked_lock", locked);
        type.AddMethod("locked", locked);
        type.AddMethod("__enter__", acquire);
        type.AddMethod("__exit__", release);
        type.AddMethod("_at_fork_reinit", static (ts, self) =>
        {
            var l = ((PyLock)self).Lock;
            if (l.IsLocked) l.Release();
            return PyNone.Instance;
        });
    }
}
