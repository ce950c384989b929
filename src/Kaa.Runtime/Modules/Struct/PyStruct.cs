namespace Kaa.Runtime;

/// <summary><c>_struct.Struct</c>: a compiled format. Uninitialised (before <c>__init__</c>) it has no format.</summary>
internal class PyStruct : PyObject
{
    /// <summary>The format as given (ASCII bytes); null before __init__.</summary>
    internal byte[]? FormatBytes;
    internal StructFormat? Format;

    internal PyStruct(PyType type) : base(type) { }

    internal sealed class Derived : PyStruct
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}

/// <summary><c>_struct.unpack_iterator</c>: successive unpacks over a buffer (Struct.iter_unpack).</summary>
internal sealed class PyUnpackIterator : PyObject
{
    internal StructFormat? Format;
    internal byte[] Data;
    internal int Index;
    internal readonly PyType Error;

    internal PyUnpackIterator(StructFormat format, byte[] data, PyType error) : base(StructModule.UnpackIteratorType)
    {
        Format = format;
        Data = data;
        Error = error;
    }
}
