namespace Kaa.Runtime;

/// <summary>
/// <c>type.__flags__</c>: Kaa's type flags expressed in CPython's <c>Py_TPFLAGS_*</c> bits, for the library
/// code that tests them (<c>inspect.isabstract</c> reads the abstract bit, others the fast-subclass bits).
/// The bits that only describe CPython's memory layout are given as CPython gives them for an ordinary
/// class (ready, garbage-collected heap types) and otherwise left out.
/// </summary>
internal static partial class TypeSlots
{
    private const long ManagedDict = 1L << 4, SequenceBit = 1L << 5, MappingBit = 1L << 6, DisallowInstantiation = 1L << 7,
        ImmutableType = 1L << 8, HeapTypeBit = 1L << 9, BaseTypeBit = 1L << 10, Ready = 1L << 12, HaveGc = 1L << 14,
        ValidVersionTag = 1L << 19, IsAbstractBit = 1L << 20, MatchSelfBit = 1L << 22,
        LongSubclass = 1L << 24, ListSubclass = 1L << 25, TupleSubclass = 1L << 26, BytesSubclass = 1L << 27,
        UnicodeSubclass = 1L << 28, DictSubclass = 1L << 29, BaseExcSubclass = 1L << 30, TypeSubclass = 1L << 31;

    private static PyObject GetFlags(ThreadState ts, PyObject self)
    {
        var t = (PyType)self;
        long flags = Ready;
        if (t.IsHeapType)
        {
            flags |= HeapTypeBit | HaveGc;
            // The heap type that first gives its instances a dict manages it (its bases have none).
            if (t.HasInstanceDict && t.Base is { HasInstanceDict: false }) flags |= ManagedDict;
        }
        else flags |= ImmutableType | ValidVersionTag;
        if (t.IsBaseType) flags |= BaseTypeBit;
        if ((t.Flags & TypeFlags.Sequence) != 0) flags |= SequenceBit;
        if ((t.Flags & TypeFlags.Mapping) != 0) flags |= MappingBit;
        if ((t.Flags & TypeFlags.NoNew) != 0) flags |= DisallowInstantiation;
        if ((t.Flags & TypeFlags.IsAbstract) != 0) flags |= IsAbstractBit;
        if ((t.Flags & TypeFlags.MatchSelf) != 0) flags |= MatchSelfBit;
        if (t.IsSubtypeOf(BuiltinTypes.Int)) flags |= LongSubclass;
        else if (t.IsSubtypeOf(BuiltinTypes.List)) flags |= ListSubclass;
        else if (t.IsSubtypeOf(BuiltinTypes.Tuple)) flags |= TupleSubclass;
        else if (t.IsSubtypeOf(BuiltinTypes.Bytes)) flags |= BytesSubclass;
        else if (t.IsSubtypeOf(BuiltinTypes.Str)) flags |= UnicodeSubclass;
        else if (t.IsSubtypeOf(BuiltinTypes.Dict)) flags |= DictSubclass;
        else if (t.IsSubtypeOf(PyExc.BaseException)) flags |= BaseExcSubclass;
        else if (t.IsSubtypeOf(BuiltinTypes.Type)) flags |= TypeSubclass;
        return PyInt.Create(flags);
    }
}
