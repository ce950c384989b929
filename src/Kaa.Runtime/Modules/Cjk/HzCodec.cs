namespace Kaa.Runtime;

/// <summary>
/// HZ (RFC 1843): 7-bit GB2312 text where <c>~{</c> enters GB mode and <c>~}</c> leaves it; <c>~~</c> is a
/// tilde and <c>~</c> before a newline continues the line. State byte 0: 1 in GB mode. The GB2312 codes are
/// the gb2312 codec's tables with the high bits cleared.
/// </summary>
internal sealed class HzCodec() : CjkCodec("hz")
{
    private readonly Lazy<CjkTables> _gb2312 = new(() => CjkTables.Get("gb2312"));

    public override void EncoderInit(ref CjkState state) => state[0] = 0;

    public override bool HasEncoderReset => true;

    public override int EncoderReset(ref CjkState state, CjkByteBuffer output)
    {
        if (state[0] != 0)
        {
            output.Add((byte)'~');
            output.Add((byte)'}');
            state[0] = 0;
        }
        return 0;
    }

    public override int Encode(ref CjkState state, PyStr input, ref int inpos, int inlen, CjkByteBuffer output, bool flush)
    {
        var t = _gb2312.Value;
        while (inpos < inlen)
        {
            int c = input[inpos];
            if (c < 0x80)
            {
                if (state[0] != 0)
                {
                    output.Add((byte)'~');
                    output.Add((byte)'}');
                    state[0] = 0;
                }
                output.Add((byte)c);
                inpos++;
                if (c == '~') output.Add((byte)'~');
                continue;
            }
            if (c > 0xFFFF || !t.Encode.TryGetValue(c, out var e) || e.Length != 2) return 1;
            if (state[0] == 0)
            {
                output.Add((byte)'~');
                output.Add((byte)'{');
                state[0] = 1;
            }
            output.Add((byte)(e.Code >> 8 & 0x7F));
            output.Add((byte)(e.Code & 0x7F));
            inpos++;
        }
        return 0;
    }

    public override void DecoderInit(ref CjkState state) => state[0] = 0;

    public override void DecoderReset(ref CjkState state) => state[0] = 0;

    public override int Decode(ref CjkState state, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output)
    {
        var t = _gb2312.Value;
        while (inpos < input.Length)
        {
            int c = input[inpos];
            if (c == '~')
            {
                if (input.Length - inpos < 2) return TooFew;
                int c2 = input[inpos + 1];
                bool gb = state[0] != 0;
                if (c2 == '~' && !gb) output.AppendCodePoint('~');
                else if (c2 == '{' && !gb) state[0] = 1;
                else if (c2 == '\n' && !gb) { }
                else if (c2 == '}' && gb) state[0] = 0;
                else return 1;
                inpos += 2;
                continue;
            }
            if ((c & 0x80) != 0) return 1;
            if (state[0] == 0)
            {
                output.AppendCodePoint(c);
                inpos++;
                continue;
            }
            if (input.Length - inpos < 2) return TooFew;
            int key = (c | 0x80) << 8 | input[inpos + 1] ^ 0x80;
            if (!t.Decode.TryGetValue(key, out var d) || !d.IsMapped || d.IsPair) return 1;
            output.AppendCodePoint(d.First);
            inpos += 2;
        }
        return 0;
    }
}
