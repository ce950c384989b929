namespace Kaa.Runtime;

/// <summary><c>memory_iterator</c>: iter(memoryview) over a 1-D view, unpacking each item.</summary>
public sealed class PyMemoryIterator : PyObject
{
    private PyMemoryView? _view;
    private long _index;

    internal PyMemoryIterator(PyMemoryView view) : base(BuiltinTypes.MemoryIterator) => _view = view;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyMemoryIterator)self;
            if (it._view is not { } m) return null;
            if (it._index < m.Shape[0])
            {
                if (!m.CheckReleased(ts)) return null;
                return MemoryViewFormat.Unpack(ts, m.Item(it._index++), m.Format);
            }
            it._view = null;
            return null;
        };
    }
}
