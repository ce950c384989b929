using System.Buffers;

namespace Kaa.Runtime.Modules.Sre;

/// <summary>How far a set's membership reaches beyond its 256-bit table.</summary>
internal enum SreSetBound : byte
{
    /// <summary>Code points of 256 and above may or may not be members: ask the set's items.</summary>
    Unknown,
    /// <summary>No code point of 256 or above is a member.</summary>
    Below256,
    /// <summary>Every code point of 256 or above is a member (a negated bounded set).</summary>
    AllAbove256,
}

/// <summary>One character set of a code list: its 256-bit table (in <see cref="SreCodeInfo.SetBits"/>)
/// and, when its membership is decided by the table for every code point, vectorised search tables made
/// on first use.</summary>
internal sealed class SreSet(ulong[] bits, int offset, SreSetBound bound)
{
    public readonly SreSetBound Bound = bound;
    private SearchValues<char>? _chars;
    private SearchValues<byte>? _bytes;

    /// <summary>Membership of <paramref name="c"/> for a set whose <see cref="Bound"/> is known.</summary>
    public bool Contains(int c)
        => (uint)c < 256 ? ((bits[offset + (c >> 6)] >> c) & 1) != 0 : Bound == SreSetBound.AllAbove256;

    /// <summary>The characters below 256 that are members (<paramref name="members"/> true) or not.</summary>
    private string Below256(bool members)
    {
        var chars = new List<char>();
        for (int c = 0; c < 256; c++)
            if ((((bits[offset + (c >> 6)] >> c) & 1) != 0) == members) chars.Add((char)c);
        return new string(chars.ToArray());
    }

    /// <summary>For <see cref="SreSetBound.Below256"/>: the members; for <see cref="SreSetBound.AllAbove256"/>:
    /// the non-members (all below 256).</summary>
    public SearchValues<char> Chars => _chars ??= SearchValues.Create(Below256(Bound == SreSetBound.Below256));

    public SearchValues<byte> Bytes
    {
        get
        {
            if (_bytes is null)
            {
                string s = Below256(Bound == SreSetBound.Below256);
                var b = new byte[s.Length];
                for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
                _bytes = SearchValues.Create(b);
            }
            return _bytes;
        }
    }
}
