namespace Kaa.Runtime;

/// <summary>
/// What <c>type.__flags__</c>, <c>__basicsize__</c>, <c>__itemsize__</c>, <c>__dictoffset__</c> and
/// <c>__weakrefoffset__</c> report: CPython's object layout, which Kaa's objects do not have but programs read
/// (copyreg tells heap types by the flags, inspect.isabstract tests a flag bit, tests compare sizes).
/// Builtin types answer from <see cref="CPythonTypeLayouts"/>; classes made by Python code compute theirs as
/// CPython's type_new lays instances out (slots after the base's fields, then the dict and weakref pointers).
/// </summary>
internal readonly record struct TypeLayout(ulong Flags, long BasicSize, long ItemSize, long DictOffset, long WeakrefOffset)
{
    // CPython's tp_flags bits.
    private const ulong ManagedDict = 1UL << 4;
    private const ulong Sequence = 1UL << 5;
    private const ulong Mapping = 1UL << 6;
    private const ulong DisallowInstantiation = 1UL << 7;
    private const ulong ImmutableType = 1UL << 8;
    private const ulong HeapType = 1UL << 9;
    private const ulong BaseType = 1UL << 10;
    private const ulong Ready = 1UL << 12;
    private const ulong HaveGc = 1UL << 14;
    private const ulong ValidVersionTag = 1UL << 19;
    private const ulong IsAbstract = 1UL << 20;
    private const ulong MatchSelf = 1UL << 22;
    private const ulong SubclassBits = 0xFFUL << 24;

    private const int PointerSize = 8;

    public static TypeLayout Of(PyType type)
    {
        if (!type.IsHeapType)
        {
            if (CPythonTypeLayouts.ByName.TryGetValue(type.Name, out var known))
                // The method cache has long validated a builtin type's version tag in a running CPython.
                return known with { Flags = known.Flags | ValidVersionTag | AbstractBit(type) };
            return Unknown(type);
        }
        var solid = type.Base ?? BuiltinTypes.Object;
        var b = Of(solid);
        long offset = b.BasicSize + (long)(type.SlotCount - solid.SlotCount) * PointerSize;
        bool baseHasDict = b.DictOffset != 0 || solid.HasInstanceDict;
        bool baseHasWeak = b.WeakrefOffset != 0 || (solid.Flags & TypeFlags.HasWeakrefs) != 0;
        bool addDict = type.HasInstanceDict && !baseHasDict;
        bool addWeak = (type.Flags & TypeFlags.HasWeakrefs) != 0 && !baseHasWeak;
        long dictOffset = b.DictOffset, weakOffset = b.WeakrefOffset;
        ulong flags = HeapType | BaseType | Ready | HaveGc | (b.Flags & (ManagedDict | MatchSelf)) | KaaBits(type);
        if (addDict && b.ItemSize != 0)
        {
            dictOffset = -PointerSize;
            offset += PointerSize;
        }
        if (addWeak)
        {
            weakOffset = offset;
            offset += PointerSize;
        }
        if (addDict && b.ItemSize == 0)
        {
            flags |= ManagedDict;
            dictOffset = -offset - 3 * PointerSize;
        }
        return new TypeLayout(flags, offset, b.ItemSize, dictOffset, weakOffset);
    }

    /// <summary>A builtin type the table does not know (one CPython lacks): the flags Kaa can tell, object's sizes.</summary>
    private static TypeLayout Unknown(PyType type)
    {
        ulong flags = ImmutableType | Ready | ValidVersionTag | HaveGc | KaaBits(type);
        if (type.IsBaseType) flags |= BaseType;
        if ((type.Flags & TypeFlags.NoNew) != 0) flags |= DisallowInstantiation;
        if ((type.Flags & TypeFlags.MatchSelf) != 0) flags |= MatchSelf;
        return new TypeLayout(flags, 16, 0, type.HasInstanceDict ? 16 : 0, 0);
    }

    private static ulong AbstractBit(PyType type) => (type.Flags & TypeFlags.IsAbstract) != 0 ? IsAbstract : 0;

    /// <summary>The bits Kaa keeps itself: pattern-matching kind, abstractness, the fast subclass bits.</summary>
    private static ulong KaaBits(PyType type)
    {
        ulong flags = AbstractBit(type);
        if ((type.Flags & TypeFlags.Sequence) != 0) flags |= Sequence;
        if ((type.Flags & TypeFlags.Mapping) != 0) flags |= Mapping;
        if (type.IsSubtypeOf(PyExc.BaseException)) flags |= 1UL << 30;
        else if (type.IsSubtypeOf(BuiltinTypes.Type)) flags |= 1UL << 31;
        else if (type.IsSubtypeOf(BuiltinTypes.Int)) flags |= 1UL << 24;
        else if (type.IsSubtypeOf(BuiltinTypes.Bytes)) flags |= 1UL << 27;
        else if (type.IsSubtypeOf(BuiltinTypes.Str)) flags |= 1UL << 28;
        else if (type.IsSubtypeOf(BuiltinTypes.Tuple)) flags |= 1UL << 26;
        else if (type.IsSubtypeOf(BuiltinTypes.List)) flags |= 1UL << 25;
        else if (type.IsSubtypeOf(BuiltinTypes.Dict)) flags |= 1UL << 29;
        return flags & (SubclassBits | Sequence | Mapping | IsAbstract);
    }
}
