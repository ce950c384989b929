using System.Collections.Concurrent;

namespace Kaa.Runtime;

/// <summary>What an ISO-2022 encoder writes for a character: the designation it needs and the code.</summary>
internal readonly record struct Iso2022Encoded(byte Final, byte Width, byte Plane, ushort Code)
{
    /// <summary>The charset as the codec state records it: the final byte, 0x80 set for double-byte sets.</summary>
    public byte Mark => (byte)(Width == 2 ? Final | 0x80 : Final);
}

/// <summary>One character set a codec can designate, with what its codes decode to.</summary>
internal sealed class Iso2022Designation(byte final, int width, int plane, Dictionary<int, CjkDecoded> decode)
{
    public readonly byte Final = final;
    public readonly int Width = width;
    /// <summary>0: G0; 1: G1 (shifted in with SO); 2: G2 (one character at a time after ESC N).</summary>
    public readonly int Plane = plane;
    /// <summary>Keyed by the code (big-endian for double-byte sets); for a G2 set, by the byte after ESC N.</summary>
    public readonly Dictionary<int, CjkDecoded> Decode = decode;

    public byte Mark => (byte)(Width == 2 ? Final | 0x80 : Final);
}

/// <summary>
/// The immutable tables of one ISO-2022 codec: its designations in the order the encoder tries them and the
/// encode map that order gives (from tools/gen_cjk_tables.py; the character sets' tables are shared files).
/// </summary>
internal sealed class Iso2022Tables
{
    public readonly Iso2022Designation[] Designations;
    public readonly Dictionary<int, Iso2022Encoded> Encode;
    public readonly Dictionary<long, Iso2022Encoded> Pairs = [];
    public readonly HashSet<int> PairStarters = [];

    private static readonly ConcurrentDictionary<string, Lazy<object>> s_loaded = new();

    public static Iso2022Tables Get(string name) =>
        (Iso2022Tables)s_loaded.GetOrAdd(name, static n => new Lazy<object>(() => Load(n))).Value;

    private static Dictionary<int, CjkDecoded> Charset(string name) =>
        (Dictionary<int, CjkDecoded>)s_loaded.GetOrAdd(name, static n => new Lazy<object>(() => LoadCharset(n))).Value;

    private static Dictionary<int, CjkDecoded> LoadCharset(string name)
    {
        var r = CjkTableReader.Open(name);
        r.U();
        if (r.U() != 2) throw new InvalidOperationException($"{name} is not an ISO-2022 character set table");
        r.S();
        r.U(); // width
        var decode = new Dictionary<int, CjkDecoded>();
        CjkTables.ReadDecodeEntries(r, decode);
        return decode;
    }

    private Iso2022Tables(CjkTableReader r, Iso2022Tables? baseTables)
    {
        int n = r.U();
        Designations = new Iso2022Designation[n];
        for (int i = 0; i < n; i++)
        {
            byte final = (byte)r.U();
            int width = r.U(), plane = r.U();
            Designations[i] = new Iso2022Designation(final, width, plane, Charset(r.S()));
        }
        Encode = baseTables is null ? Invert() : new(baseTables.Encode);
        n = r.U();
        int cp = 0;
        long code = 0;
        for (int i = 0; i < n; i++)
        {
            cp += r.U();
            int mark = r.U();
            if (mark == 0) { Encode.Remove(cp); continue; }
            code += r.Z();
            Encode[cp] = Encoded(Designations[mark - 1], (int)code);
        }
        n = r.U();
        for (int i = 0; i < n; i++)
        {
            int a = r.U(), b = r.U();
            var d = Designations[r.U()];
            Pairs[CjkTables.PairKey(a, b)] = Encoded(d, r.U());
        }
        n = r.U();
        for (int i = 0; i < n; i++) PairStarters.Add(r.U());
    }

    private static Iso2022Encoded Encoded(Iso2022Designation d, int code) =>
        new(d.Final, (byte)d.Width, (byte)d.Plane, (ushort)code);

    /// <summary>The starting encode map of a codec without a base table: its G0/G1 sets in designation order,
    /// codes ascending, the first to decode to a code point winning.</summary>
    private Dictionary<int, Iso2022Encoded> Invert()
    {
        var map = new Dictionary<int, Iso2022Encoded>();
        foreach (var d in Designations)
        {
            if (d.Plane == 2) continue;
            var keys = new List<int>(d.Decode.Keys);
            keys.Sort();
            foreach (int key in keys)
            {
                var v = d.Decode[key];
                if (v.IsMapped && !v.IsPair && v.First >= 0x80) map.TryAdd(v.First, Encoded(d, key));
            }
        }
        return map;
    }

    private static Iso2022Tables Load(string name)
    {
        var r = CjkTableReader.Open(name);
        r.U();
        if (r.U() != 3) throw new InvalidOperationException($"{name} is not an ISO-2022 codec table");
        string baseName = r.S();
        return new Iso2022Tables(r, baseName.Length == 0 ? null : Get(baseName));
    }
}
