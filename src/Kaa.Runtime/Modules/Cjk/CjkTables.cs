using System.Collections.Concurrent;

namespace Kaa.Runtime;

/// <summary>What a multibyte sequence decodes to: one code point, a pair, nothing, or an error of a length.</summary>
internal readonly record struct CjkDecoded(int First, int Second)
{
    /// <summary>No mapping: the decoder reports an illegal sequence of one byte.</summary>
    public static readonly CjkDecoded Unmapped = new(-1, 0);

    public static CjkDecoded Error(int length) => new(-2, length);

    public bool IsMapped => First >= 0;
    public bool IsPair => First >= 0 && Second >= 0;
    /// <summary>The length of the illegal sequence when not mapped (1 unless the table says otherwise).</summary>
    public int ErrorLength => First == -2 ? Second : 1;
}

/// <summary>The bytes a code point encodes to: up to 8, big-endian in <see cref="Code"/>.</summary>
internal readonly record struct CjkEncoded(ulong Code, int Length)
{
    public void WriteTo(CjkByteBuffer output)
    {
        for (int i = Length - 1; i >= 0; i--) output.Add((byte)(Code >> (8 * i)));
    }
}

/// <summary>
/// The immutable tables of one stateless multibyte codec (gbk, big5, shift_jis, ...), built from the embedded
/// resource on first use and shared by every interpreter of the process. A table file names a base codec whose
/// tables it starts from; a table without one derives its encode map by inverting its decode map.
/// </summary>
internal sealed class CjkTables
{
    public const int LeadNone = 0, LeadSingle = 1, LeadError = 2, LeadMulti = 3;

    /// <summary>Per first byte: its kind and value (the code point, the error length, or the sequence length).</summary>
    public readonly byte[] LeadKind = new byte[256];
    public readonly int[] LeadValue = new int[256];
    /// <summary>Multibyte sequences, keyed by their bytes big-endian.</summary>
    public readonly Dictionary<int, CjkDecoded> Decode;
    public readonly Dictionary<int, CjkEncoded> Encode;
    /// <summary>Code point pairs encoded as one code (JIS X 0213, HKSCS), keyed by <see cref="PairKey"/>.</summary>
    public readonly Dictionary<long, CjkEncoded> Pairs;
    /// <summary>First code points of <see cref="Pairs"/>: the encoder looks at the next character after them.</summary>
    public readonly HashSet<int> PairStarters;
    /// <summary>gb18030: the four-byte BMP sequences as pieces (first linear index, first code point).</summary>
    public readonly int[]? RangeIndex, RangeCodePoint;
    /// <summary>euc_kr: the jamo index of each byte in the make-up sequences (-1 none).</summary>
    public readonly sbyte[]? Choseong, Jungseong, Jongseong;

    private static readonly ConcurrentDictionary<string, Lazy<CjkTables>> s_loaded = new();

    public static CjkTables Get(string name) =>
        s_loaded.GetOrAdd(name, static n => new Lazy<CjkTables>(() => Load(n))).Value;

    public static long PairKey(int first, int second) => (long)first << 21 | (uint)second;

    private CjkTables(CjkTables? baseTables)
    {
        Decode = baseTables is null ? new() : new(baseTables.Decode);
        Encode = baseTables is null ? new() : new(baseTables.Encode);
        Pairs = baseTables is null ? new() : new(baseTables.Pairs);
        PairStarters = [];
        if (baseTables is not null)
        {
            RangeIndex = baseTables.RangeIndex;
            RangeCodePoint = baseTables.RangeCodePoint;
            Choseong = baseTables.Choseong;
            Jungseong = baseTables.Jungseong;
            Jongseong = baseTables.Jongseong;
        }
    }

    private CjkTables(CjkTableReader r, CjkTables? baseTables) : this(baseTables)
    {
        for (int c = 0; c < 256; c++)
        {
            LeadKind[c] = (byte)r.U();
            LeadValue[c] = r.U();
        }
        ReadDecodeEntries(r, Decode);
        if (baseTables is null) InvertDecode();
        int n = r.U();
        int cp = 0;
        long code = 0;
        for (int i = 0; i < n; i++)
        {
            cp += r.U();
            int len = r.U();
            if (len == 0) { Encode.Remove(cp); continue; }
            if (len > 4)
            {
                // EUC-KR's eight-byte make-up sequences are written whole, outside the deltas.
                Encode[cp] = new CjkEncoded(r.U64(), len);
                continue;
            }
            code += r.Z();
            Encode[cp] = new CjkEncoded((ulong)code, len);
        }
        n = r.U();
        for (int i = 0; i < n; i++)
        {
            int a = r.U(), b = r.U(), len = r.U();
            Pairs[PairKey(a, b)] = new CjkEncoded(r.U64(), len);
        }
        // The characters the encoder holds back at the end of its input (probed: not every first
        // character of a pair, and not only those).
        n = r.U();
        for (int i = 0; i < n; i++) PairStarters.Add(r.U());
        switch (r.U())
        {
            case 1:
                n = r.U();
                RangeIndex = new int[n];
                RangeCodePoint = new int[n];
                for (int i = 0; i < n; i++)
                {
                    RangeIndex[i] = r.U();
                    RangeCodePoint[i] = r.U();
                }
                break;
            case 2:
                Choseong = ReadIndex(r);
                Jungseong = ReadIndex(r);
                Jongseong = ReadIndex(r);
                break;
        }
    }

    private static sbyte[] ReadIndex(CjkTableReader r)
    {
        var table = new sbyte[256];
        Array.Fill(table, (sbyte)-1);
        int n = r.U();
        for (int i = 0; i < n; i++)
        {
            int b = r.U();
            table[b] = (sbyte)r.U();
        }
        return table;
    }

    /// <summary>Reads decode entries over <paramref name="into"/> (tag 0 removes a base entry).</summary>
    internal static void ReadDecodeEntries(CjkTableReader r, Dictionary<int, CjkDecoded> into)
    {
        int n = r.U();
        int key = 0, cp = 0;
        for (int i = 0; i < n; i++)
        {
            key += (int)r.Z();
            switch (r.U())
            {
                case 0:
                    into.Remove(key);
                    break;
                case 1:
                    cp += (int)r.Z();
                    into[key] = new CjkDecoded(cp, -1);
                    break;
                case 2:
                {
                    int a = r.U();
                    into[key] = new CjkDecoded(a, r.U());
                    break;
                }
                default:
                    into[key] = CjkDecoded.Error(r.U());
                    break;
            }
        }
    }

    /// <summary>The starting encode map of a table without a base: single bytes, then the multibyte sequences
    /// in byte order, the first one decoding to a code point winning (as the generator assumes).</summary>
    private void InvertDecode()
    {
        for (int c = 0; c < 256; c++)
            if (LeadKind[c] == LeadSingle && LeadValue[c] >= 0x80)
                Encode.TryAdd(LeadValue[c], new CjkEncoded((ulong)c, 1));
        var keys = new List<int>(Decode.Keys);
        keys.Sort();
        foreach (int key in keys)
        {
            var d = Decode[key];
            if (d.IsMapped && !d.IsPair) Encode.TryAdd(d.First, new CjkEncoded((ulong)key, key < 0x10000 ? 2 : 3));
        }
    }

    private static CjkTables Load(string name)
    {
        var r = CjkTableReader.Open(name);
        r.U(); // version
        if (r.U() != 1) throw new InvalidOperationException($"{name} is not a multibyte codec table");
        string baseName = r.S();
        return new CjkTables(r, baseName.Length == 0 ? null : Get(baseName));
    }
}
