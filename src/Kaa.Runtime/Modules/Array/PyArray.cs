namespace Kaa.Runtime;

/// <summary><c>array.array</c>: items of one C type stored contiguously (native little-endian).</summary>
internal class PyArray : PyObject, IBufferExporter
{
    internal readonly char TypeCode;
    internal readonly int ItemSize;
    internal byte[] Data;
    internal int Count;
    /// <summary>Views handed out through the buffer protocol; the array refuses to resize while any exist.</summary>
    internal int Exports;

    internal PyArray(PyType type, char typeCode, byte[]? data = null, int count = 0) : base(type)
    {
        TypeCode = typeCode;
        ItemSize = ArrayItems.SizeOf(typeCode);
        Data = data ?? [];
        Count = count;
    }

    internal Span<byte> Bytes => Data.AsSpan(0, Count * ItemSize);

    internal Span<byte> Item(int i) => Data.AsSpan(i * ItemSize, ItemSize);

    /// <summary>Makes room for <paramref name="count"/> items (contents kept); false with BufferError when exported.</summary>
    internal bool Resize(ThreadState ts, int count)
    {
        if (Exports > 0 && count != Count)
        {
            ts.SetError(PyExc.BufferError, "cannot resize an array that is exporting buffers");
            return false;
        }
        int need = count * ItemSize;
        if (need > Data.Length) Array.Resize(ref Data, Math.Max(need, Data.Length * 2));
        Count = count;
        return true;
    }

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        Exports++;
        view = new PyBuffer
        {
            Owner = this, Memory = Data.AsMemory(0, Count * ItemSize), ReadOnly = false,
            Format = TypeCode == 'u' ? "w" : TypeCode.ToString(), ItemSize = ItemSize,
        };
        return true;
    }

    public void ReleaseBuffer(ref PyBuffer view) => Exports--;

    internal sealed class Derived : PyArray
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, char typeCode) : base(type, typeCode)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
