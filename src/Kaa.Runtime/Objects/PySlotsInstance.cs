using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// An instance of a Python class with at most <see cref="Capacity"/> <c>__slots__</c> and no <c>__dict__</c>,
/// its slot values stored inside the object as CPython stores them (PyInstance keeps them in an array of
/// their own). Reading <c>node.next</c> is then one memory access past the object instead of two: in a walk
/// over a linked structure each access is a cache miss, so this halves them.
/// </summary>
public sealed class PySlotsInstance : PyObject
{
    public const int Capacity = 4;

    [InlineArray(Capacity)]
    internal struct Values
    {
        private PyObject? _first;
    }

    private Values _values;
    private readonly int _count;

    public PySlotsInstance(PyType type) : base(type) => _count = type.SlotCount;

    public override Span<PyObject?> SlotValues => ((Span<PyObject?>)_values)[.._count];

    /// <summary>The slot at <paramref name="index"/>, for the VM's inline caches (which checked the index
    /// against the type's slot count when they specialised): unchecked and inlined, as the indexer's range
    /// check kept the JIT from inlining it into the VM's loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref PyObject? Slot(int index) => ref Unsafe.Add(ref Unsafe.As<Values, PyObject?>(ref _values), (nint)(uint)index);
}
