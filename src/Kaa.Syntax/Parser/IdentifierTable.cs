using System.Text;

namespace Kaa.Syntax.Parser;

/// <summary>
/// The strings of ASCII identifiers, one per spelling: a NAME token whose bytes were seen before
/// gets the same string back instead of a new one (most of a module's names repeat: self, None,
/// len...). Besides the garbage it saves, shared strings make the compiler's name lookups compare
/// by reference. An open-addressing table keyed by the token's bytes; kept in
/// <see cref="ParseBuffers"/> it carries over from file to file.
/// </summary>
internal sealed class IdentifierTable
{
    private string?[] _entries = new string?[64];
    private int _count;

    /// <summary>The string spelled by <paramref name="ascii"/> (bytes all below 0x80).</summary>
    public string GetOrAdd(ReadOnlySpan<byte> ascii)
    {
        int mask = _entries.Length - 1;
        int i = (int)(Hash(ascii) & (uint)mask);
        string? s;
        while ((s = _entries[i]) is not null)
        {
            if (s.Length == ascii.Length && Ascii.Equals(ascii, s)) return s;
            i = (i + 1) & mask;
        }
        string created = Encoding.ASCII.GetString(ascii);
        _entries[i] = created;
        if (++_count * 2 > _entries.Length) Grow();
        return created;
    }

    // FNV-1a: identifiers are short, and the chars of an ASCII string hash as its bytes do.
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (byte b in bytes) h = (h ^ b) * 16777619;
        return h;
    }

    private static uint Hash(string ascii)
    {
        uint h = 2166136261;
        foreach (char c in ascii) h = (h ^ c) * 16777619;
        return h;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new string?[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (string? s in old)
        {
            if (s is null) continue;
            int i = (int)(Hash(s) & (uint)mask);
            while (_entries[i] is not null) i = (i + 1) & mask;
            _entries[i] = s;
        }
    }
}
