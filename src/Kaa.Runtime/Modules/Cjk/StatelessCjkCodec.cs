namespace Kaa.Runtime;

/// <summary>
/// The stateless CJK codecs (gb2312, gbk, gb18030, big5, cp950, big5hkscs, euc_kr, cp949, johab, euc_jp,
/// shift_jis, cp932 and the JIS X 0213 ones), all driven by their <see cref="CjkTables"/>: a first byte is a
/// character, an illegal byte, or the start of a sequence of fixed length looked up whole; an encoder looks
/// each character up, after trying it with the next one when the pair could combine. Two codecs add forms
/// computed rather than tabled: GB18030's four-byte sequences and EUC-KR's eight-byte make-up sequences.
/// </summary>
internal sealed class StatelessCjkCodec(string name) : CjkCodec(name)
{
    private readonly Lazy<CjkTables> _tables = new(() => CjkTables.Get(name));
    private readonly bool _gb18030 = name == "gb18030";
    private readonly bool _eucKr = name == "euc_kr";

    public CjkTables Tables => _tables.Value;

    public override int Decode(ref CjkState state, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output)
    {
        var t = Tables;
        while (inpos < input.Length)
        {
            int c = input[inpos];
            switch (t.LeadKind[c])
            {
                case CjkTables.LeadSingle:
                    output.AppendCodePoint(t.LeadValue[c]);
                    inpos++;
                    continue;
                case CjkTables.LeadError:
                    return t.LeadValue[c];
            }
            int need = t.LeadValue[c];
            int left = input.Length - inpos;
            if (left < need) return TooFew;
            int c2 = input[inpos + 1];
            if (_gb18030 && c2 is >= 0x30 and <= 0x39)
            {
                int r = DecodeFourBytes(t, input, ref inpos, output);
                if (r != 0) return r;
                continue;
            }
            if (_eucKr && c == 0xA4 && c2 == 0xD4)
            {
                int r = DecodeMakeup(t, input, ref inpos, output);
                if (r != 0) return r;
                continue;
            }
            int key = need == 2 ? c << 8 | c2 : c << 16 | c2 << 8 | input[inpos + 2];
            if (!t.Decode.TryGetValue(key, out var d)) return 1;
            if (!d.IsMapped) return d.ErrorLength;
            output.AppendCodePoint(d.First);
            if (d.IsPair) output.AppendCodePoint(d.Second);
            inpos += need;
        }
        return 0;
    }

    /// <summary>GB18030's four-byte form: the BMP characters the two-byte table lacks, in order, and the
    /// supplementary planes from 0x90308130.</summary>
    private static int DecodeFourBytes(CjkTables t, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output)
    {
        if (input.Length - inpos < 4) return TooFew;
        int c1 = input[inpos], c2 = input[inpos + 1], c3 = input[inpos + 2], c4 = input[inpos + 3];
        if (c1 is < 0x81 or > 0xFE || c3 is < 0x81 or > 0xFE || c4 is < 0x30 or > 0x39) return 1;
        int a = c1 - 0x81, b = c2 - 0x30, c = c3 - 0x81, d = c4 - 0x30;
        if (a < 4)
        {
            int lseq = (a * 10 + b) * 1260 + c * 10 + d;
            if (lseq < 39420)
            {
                var starts = t.RangeIndex!;
                int i = Array.BinarySearch(starts, lseq);
                if (i < 0) i = ~i - 1;
                output.AppendCodePoint(t.RangeCodePoint![i] + (lseq - starts[i]));
                inpos += 4;
                return 0;
            }
        }
        else if (a >= 15)
        {
            int cp = 0x10000 + ((a - 15) * 10 + b) * 1260 + c * 10 + d;
            if (cp <= 0x10FFFF)
            {
                output.AppendCodePoint(cp);
                inpos += 4;
                return 0;
            }
        }
        return 1;
    }

    /// <summary>EUC-KR's KS X 1001:1998 Annex 3 make-up sequence: a Hangul syllable spelled by its jamo.</summary>
    private static int DecodeMakeup(CjkTables t, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output)
    {
        if (input.Length - inpos < 8) return TooFew;
        if (input[inpos + 2] != 0xA4 || input[inpos + 4] != 0xA4 || input[inpos + 6] != 0xA4) return 1;
        int cho = t.Choseong![input[inpos + 3]], jung = t.Jungseong![input[inpos + 5]], jong = t.Jongseong![input[inpos + 7]];
        if (cho < 0 || jung < 0 || jong < 0) return 1;
        output.AppendCodePoint(0xAC00 + cho * 588 + jung * 28 + jong);
        inpos += 8;
        return 0;
    }

    public override int Encode(ref CjkState state, PyStr input, ref int inpos, int inlen, CjkByteBuffer output, bool flush)
    {
        var t = Tables;
        bool pairs = t.PairStarters.Count > 0;
        while (inpos < inlen)
        {
            int c = input[inpos];
            if (pairs && t.PairStarters.Contains(c))
            {
                if (inlen - inpos >= 2)
                {
                    if (t.Pairs.TryGetValue(CjkTables.PairKey(c, input[inpos + 1]), out var pair))
                    {
                        pair.WriteTo(output);
                        inpos += 2;
                        continue;
                    }
                }
                else if (!flush)
                {
                    return TooFew;
                }
            }
            if (t.Encode.TryGetValue(c, out var e))
            {
                e.WriteTo(output);
                inpos++;
                continue;
            }
            if (_gb18030 && EncodeFourBytes(t, c, output))
            {
                inpos++;
                continue;
            }
            return 1;
        }
        return 0;
    }

    private static bool EncodeFourBytes(CjkTables t, int c, CjkByteBuffer output)
    {
        int lseq;
        int lead;
        if (c >= 0x10000)
        {
            lseq = c - 0x10000;
            lead = 0x90;
        }
        else
        {
            var cps = t.RangeCodePoint!;
            var starts = t.RangeIndex!;
            int i = Array.BinarySearch(cps, c);
            if (i < 0) i = ~i - 1;
            if (i < 0) return false;
            int length = (i + 1 < starts.Length ? starts[i + 1] : 39420) - starts[i];
            if (c >= cps[i] + length) return false;
            lseq = starts[i] + (c - cps[i]);
            lead = 0x81;
        }
        int b4 = lseq % 10 + 0x30;
        lseq /= 10;
        int b3 = lseq % 126 + 0x81;
        lseq /= 126;
        int b2 = lseq % 10 + 0x30;
        lseq /= 10;
        output.Add((byte)(lseq + lead));
        output.Add((byte)b2);
        output.Add((byte)b3);
        output.Add((byte)b4);
        return true;
    }
}
