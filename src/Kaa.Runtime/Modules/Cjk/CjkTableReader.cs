using System.IO.Compression;

namespace Kaa.Runtime;

/// <summary>
/// Reads one of the CJK mapping tables embedded in the assembly (Modules/Cjk/Tables/*.bin, written by
/// tools/gen_cjk_tables.py from the oracle's codecs): raw deflate of unsigned LEB128 varints.
/// </summary>
internal sealed class CjkTableReader
{
    private readonly byte[] _data;
    private int _pos;

    private CjkTableReader(byte[] data) => _data = data;

    public static CjkTableReader Open(string name)
    {
        using var stream = typeof(CjkTableReader).Assembly.GetManifestResourceStream("Kaa.Cjk." + name)
            ?? throw new InvalidOperationException($"missing CJK table {name}");
        using var inflater = new DeflateStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        inflater.CopyTo(buffer);
        return new CjkTableReader(buffer.ToArray());
    }

    public bool AtEnd => _pos >= _data.Length;

    public ulong U64()
    {
        ulong v = 0;
        int shift = 0;
        while (true)
        {
            byte b = _data[_pos++];
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return v;
            shift += 7;
        }
    }

    public int U() => checked((int)U64());

    /// <summary>A zigzag-coded signed value.</summary>
    public long Z()
    {
        ulong v = U64();
        return (long)(v >> 1) ^ -(long)(v & 1);
    }

    public string S()
    {
        int n = U();
        var s = System.Text.Encoding.ASCII.GetString(_data, _pos, n);
        _pos += n;
        return s;
    }
}
