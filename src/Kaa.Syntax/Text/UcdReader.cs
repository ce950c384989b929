using System.IO.Compression;
using System.Text;

namespace Kaa.Syntax.Text;

/// <summary>
/// Reads one of the Unicode tables tools/gen_unicode.py writes (embedded resources under
/// Text/Data/): a zlib stream of little-endian integers, LEB128 varints and length-prefixed ASCII.
/// </summary>
internal ref struct UcdReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;

    private UcdReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _pos = 0;
    }

    /// <summary>The decompressed bytes of the embedded resource <paramref name="name"/>.</summary>
    public static byte[] LoadResource(string name)
    {
        using Stream? stream = typeof(UcdReader).Assembly.GetManifestResourceStream(name);
        if (stream is null) throw new InvalidOperationException($"embedded Unicode table {name} is missing");
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress);
        using var result = new MemoryStream();
        zlib.CopyTo(result);
        return result.ToArray();
    }

    public static UcdReader Over(byte[] data) => new(data);

    public byte U8() => _data[_pos++];

    public sbyte I8() => (sbyte)_data[_pos++];

    public ushort U16()
    {
        ushort v = (ushort)(_data[_pos] | _data[_pos + 1] << 8);
        _pos += 2;
        return v;
    }

    public double F64()
    {
        double v = BitConverter.ToDouble(_data.Slice(_pos, 8));
        _pos += 8;
        return v;
    }

    public int VarInt()
    {
        int result = 0, shift = 0;
        while (true)
        {
            byte b = _data[_pos++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80) return result;
            shift += 7;
        }
    }

    public string Text()
    {
        int n = VarInt();
        string s = Encoding.ASCII.GetString(_data.Slice(_pos, n));
        _pos += n;
        return s;
    }

    public string[] Texts()
    {
        var items = new string[VarInt()];
        for (int i = 0; i < items.Length; i++) items[i] = Text();
        return items;
    }

    public ushort[] U16Array(int count)
    {
        var items = new ushort[count];
        for (int i = 0; i < count; i++) items[i] = U16();
        return items;
    }
}
