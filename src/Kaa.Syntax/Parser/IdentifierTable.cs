using System.Buffers.Binary;
using System.Text;

namespace Kaa.Syntax.Parser;

/// <summary>
/// The strings of ASCII identifiers, one per spelling: a NAME token whose bytes were seen before
/// gets the same string back instead of a new one (most of a module's names repeat: self, None,
/// len...). Besides the garbage it saves, shared strings make the compiler's name lookups compare
/// by reference. An open-addressing table keyed by the token's bytes; each slot keeps the hash next
/// to the string, so a probe that misses does not touch the string. Kept in
/// <see cref="ParseBuffers"/> it carries over from file to file.
/// In front of it, a small direct-mapped table of the spellings met last: over many files the
/// main table would grow past the processor's caches (a lookup there was mostly a cache miss), so
/// it is emptied when full (<see cref="MaxSlots"/>) and the names still in use come back to it;
/// the names a file repeats mostly stay in the small one.
/// Equal identifiers of one file are one string; across files they usually are, which only
/// speeds comparisons up.
/// </summary>
internal sealed class IdentifierTable
{
    private struct Slot
    {
        public string? Text;
        public uint Hash;
    }

    private Slot[] _slots = new Slot[64];
    private int _count;

    /// <summary>The main table's largest size: 128 KB, which mostly stays in the second-level cache while the trees of a file stream through it.</summary>
    private const int MaxSlots = 8192;

    private const int RecentSize = 2048;
    private readonly Slot[] _recent = new Slot[RecentSize];

    /// <summary>The string spelled by <paramref name="ascii"/> (bytes all below 0x80).</summary>
    public string GetOrAdd(ReadOnlySpan<byte> ascii)
    {
        uint hash = Hash(ascii);
        ref Slot recent = ref _recent[hash & (RecentSize - 1)];
        if (recent.Hash == hash && recent.Text is { } r && r.Length == ascii.Length && Ascii.Equals(ascii, r)) return r;
        string found = Find(ascii, hash);
        recent.Text = found;
        recent.Hash = hash;
        return found;
    }

    private string Find(ReadOnlySpan<byte> ascii, uint hash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        int i = (int)(hash & (uint)mask);
        while (slots[i].Text is { } s)
        {
            if (slots[i].Hash == hash && s.Length == ascii.Length && Ascii.Equals(ascii, s)) return s;
            i = (i + 1) & mask;
        }
        string created = Encoding.ASCII.GetString(ascii);
        slots[i].Text = created;
        slots[i].Hash = hash;
        if (++_count * 2 > slots.Length)
        {
            if (slots.Length < MaxSlots) Grow();
            else
            {
                Array.Clear(slots);
                _count = 0;
            }
        }
        return created;
    }

    // Four bytes at a time (identifiers are short), each step multiplied in, then a final mix so
    // that the low bits (the slot) depend on every byte.
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = (uint)bytes.Length * 0x9E3779B9;
        int i = 0;
        for (; i + 4 <= bytes.Length; i += 4)
        {
            h = (h ^ BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i))) * 0x9E3779B1;
            h ^= h >> 15;
        }
        for (; i < bytes.Length; i++) h = (h ^ bytes[i]) * 0x01000193;
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        return h;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Text is null) continue;
            int i = (int)(slot.Hash & (uint)mask);
            while (slots[i].Text is not null) i = (i + 1) & mask;
            slots[i] = slot;
        }
        _slots = slots;
    }
}
