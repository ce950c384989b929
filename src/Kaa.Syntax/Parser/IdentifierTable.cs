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

    /// <summary>The string spelled by <paramref name="ascii"/> (bytes all below 0x80).</summary>
    public string GetOrAdd(ReadOnlySpan<byte> ascii)
    {
        uint hash = Hash(ascii);
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
        if (++_count * 2 > slots.Length) Grow();
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
