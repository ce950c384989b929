namespace Kaa.Runtime;

/// <summary>
/// The instance layout shared by every <c>_io</c> object (CPython's iobase: every I/O object has a
/// <c>__dict__</c>, which is where <c>_IOBase.close</c> records <c>__IOBase_closed</c>). The concrete
/// types (FileIO, the buffered classes, TextIOWrapper, StringIO, BytesIO) derive from it; instances of
/// Python subclasses of the abstract bases (io.py's IOBase, RawIOBase, ...) are plain PyIOBase objects.
/// </summary>
public class PyIOBase : PyObject
{
    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    /// <summary>True while the object is being finalized (<c>_finalizing</c>).</summary>
    internal bool Finalizing;

    public PyIOBase(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;

    private static readonly PyStr s_closedKey = PyStr.Intern("__IOBase_closed");

    /// <summary>iobase_is_closed: whether <c>_IOBase.close</c> ran (the <c>__IOBase_closed</c> entry).</summary>
    internal bool BaseClosed => _dict is not null && _dict.TryGetStr(s_closedKey, out _);

    internal void MarkBaseClosed()
    {
        _dict ??= new PyDict();
        _dict.SetStr(s_closedKey, PyBool.True);
    }
}
