namespace Kaa.Runtime;

/// <summary>
/// <c>_dbm.dbm</c>: an open ndbm database (Modules/_dbmmodule.c's dbmobject). Its handle is the
/// Berkeley DB <c>DBM*</c>; <see cref="Handle"/> is 0 once closed. The number of keys is cached until the
/// next store or delete, as in CPython.
/// </summary>
internal sealed unsafe class PyDbm : PyObject
{
    public nint Handle;

    /// <summary>The open flags (O_RDONLY, O_RDWR, ...): a failed delete is a KeyError only when writable.</summary>
    public readonly int Flags;

    /// <summary>The cached len(); -1 means count again.</summary>
    public int Size = -1;

    public PyDbm(nint handle, int flags) : base(DbmType.Type)
    {
        Handle = handle;
        Flags = flags;
    }

    public void Close()
    {
        nint h = Handle;
        Handle = 0;
        if (h != 0) DbmNative.Close(h);
    }

    // dbm_dealloc: a database nobody closed is closed when it is collected (its pages are flushed).
    ~PyDbm() => Close();
}
