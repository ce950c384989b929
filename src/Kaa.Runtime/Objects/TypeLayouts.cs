namespace Kaa.Runtime;

/// <summary>tp_basicsize, tp_itemsize and tp_flags as 64-bit CPython 3.11 reports them.</summary>
internal readonly record struct TypeLayout(long BasicSize, long ItemSize, long Flags, bool HasWeakrefs);

/// <summary>
/// <c>type.__basicsize__</c>, <c>__itemsize__</c> and <c>__flags__</c>: Kaa lays objects out in .NET, so
/// these are CPython's figures: a builtin type's from the oracle's table (TypeLayouts.Table.cs), a class's
/// derived from its builtin base as type_new derives them.
/// </summary>
internal static partial class TypeLayouts
{
    // Py_TPFLAGS_* bits (Include/object.h).
    private const long ManagedDict = 1L << 4, Sequence = 1L << 5, Mapping = 1L << 6, ImmutableType = 1L << 8,
        HeapType = 1L << 9, BaseType = 1L << 10, Ready = 1L << 12, HaveGc = 1L << 14, IsAbstract = 1L << 20,
        MatchSelf = 1L << 22, SubclassBits = 0xFF000000L;

    public static TypeLayout Of(PyType type)
    {
        if (!type.IsHeapType)
            return s_builtin.TryGetValue(type.Name, out var known) ? known
                : new TypeLayout(16, 0, Ready | ImmutableType | HaveGc | ((type.Flags & TypeFlags.BaseType) != 0 ? BaseType : 0), false);
        var root = type;
        while (root.IsHeapType && root.Base is not null) root = root.Base;
        var rootLayout = Of(root);
        // The members the classes add after their builtin base's layout: one pointer per __slots__ member,
        // one for a weak reference list the base lacks, one for an instance dict the base lacks unless
        // the dict is managed (kept before the object, for a fixed-size base).
        bool addsWeakrefs = (type.Flags & TypeFlags.HasWeakrefs) != 0 && !rootLayout.HasWeakrefs;
        bool addsDict = type.HasInstanceDict && !root.HasInstanceDict;
        long basicSize = rootLayout.BasicSize + 8L * type.SlotCount + (addsWeakrefs ? 8 : 0)
            + (addsDict && rootLayout.ItemSize != 0 ? 8 : 0);
        long flags = HeapType | Ready | HaveGc | (rootLayout.Flags & (SubclassBits | MatchSelf));
        if ((type.Flags & TypeFlags.BaseType) != 0) flags |= BaseType;
        if ((type.Flags & TypeFlags.Sequence) != 0) flags |= Sequence;
        if ((type.Flags & TypeFlags.Mapping) != 0) flags |= Mapping;
        if ((type.Flags & TypeFlags.IsAbstract) != 0) flags |= IsAbstract;
        // A dict the class adds to a fixed-size base is managed (kept before the object in 3.11).
        if (addsDict && rootLayout.ItemSize == 0) flags |= ManagedDict;
        return new TypeLayout(basicSize, rootLayout.ItemSize, flags, rootLayout.HasWeakrefs || addsWeakrefs);
    }
}
