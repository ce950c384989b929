namespace Kaa.Compiler.Hashing;

/// <summary>
/// The fixed rules of CPython 3.11's set table (Objects/setobject.c) that do not depend on how keys are
/// compared: sizes, probing constants, when and how far to grow, and frozenset's hash over the slot
/// hashes. Shared by the compiler's constant sets (<see cref="PySet"/>) and the runtime's set table, so
/// both lay out and hash sets exactly as CPython does. Slot hash convention: 0 for an empty slot, -1 for
/// a deleted one (no object hashes to -1).
/// </summary>
public static class SetTableRules
{
    /// <summary>PySet_MINSIZE: slots of a new table.</summary>
    public const int MinSize = 8;

    /// <summary>LINEAR_PROBES: slots tried after the home slot before a perturbed jump.</summary>
    public const int LinearProbes = 9;

    /// <summary>PERTURB_SHIFT.</summary>
    public const int PerturbShift = 5;

    /// <summary>After an insertion into a fresh slot: whether the table is full enough (fill ≥ 3/5) to grow.</summary>
    public static bool MustGrow(long fill, long mask) => fill * 5 >= mask * 3;

    /// <summary>The minimum-used argument of the resize an insertion triggers.</summary>
    public static long GrowthTarget(long used) => used > 50000 ? used * 2 : used * 4;

    /// <summary>set_table_resize's size: the smallest power of two above <paramref name="minUsed"/>, at least 8.</summary>
    public static long TableSizeFor(long minUsed)
    {
        long size = MinSize;
        while (size <= minUsed) size <<= 1;
        return size;
    }

    /// <summary>frozenset_hash: order-independent, over every slot's hash, with empty and dummy slots' effect removed.</summary>
    public static long FrozenSetHash(ReadOnlySpan<long> slotHashes, long fill, long used)
    {
        ulong hash = 0;
        foreach (long h in slotHashes) hash ^= Shuffle((ulong)h);
        if (((ulong)(slotHashes.Length - fill) & 1) != 0) hash ^= Shuffle(0);
        if (((ulong)(fill - used) & 1) != 0) hash ^= Shuffle(ulong.MaxValue);
        hash ^= unchecked(((ulong)used + 1) * 1927868237UL);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = unchecked(hash * 69069U + 907133923UL);
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }

    private static ulong Shuffle(ulong h) => unchecked(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL);
}
