namespace Kaa.Runtime;

/// <summary>
/// The ISO-2022 codecs (iso2022_jp, _1, _2, _2004, _3, _ext, iso2022_kr): 7-bit text whose escape sequences
/// designate character sets into G0/G1 (G2 for iso2022_jp_2's single shifts). State bytes 0-3: the charset
/// of G0-G3 (final byte, 0x80 set when double-byte); byte 4: flags (1 shifted to G1, 2 passing a
/// non-ISO-2022 escape sequence through).
/// </summary>
internal sealed class Iso2022Codec(string name, bool noShift, bool useG2, bool jisx0208Ext) : CjkCodec(name)
{
    private const byte Esc = 0x1B, SO = 0x0E, SI = 0x0F, LF = 0x0A;
    private const byte Ascii = (byte)'B';
    private const byte Shifted = 1, EscThroughout = 2;
    private const int MaxEscapeLength = 16;

    private readonly Lazy<Iso2022Tables> _tables = new(() => Iso2022Tables.Get(name));

    private static bool IsEscapeEnd(int c) => c is >= 'A' and <= 'Z' or '@';

    public override void EncoderInit(ref CjkState state)
    {
        state[4] = 0;
        state[0] = Ascii;
        state[1] = Ascii;
    }

    public override bool HasEncoderReset => true;

    public override int EncoderReset(ref CjkState state, CjkByteBuffer output)
    {
        if ((state[4] & Shifted) != 0)
        {
            output.Add(SI);
            state[4] &= unchecked((byte)~Shifted);
        }
        if (state[0] != Ascii)
        {
            output.Add(Esc);
            output.Add((byte)'(');
            output.Add((byte)'B');
            state[0] = Ascii;
        }
        return 0;
    }

    public override int Encode(ref CjkState state, PyStr input, ref int inpos, int inlen, CjkByteBuffer output, bool flush)
    {
        var t = _tables.Value;
        while (inpos < inlen)
        {
            int c = input[inpos];
            if (c < 0x80)
            {
                if (state[0] != Ascii)
                {
                    output.Add(Esc);
                    output.Add((byte)'(');
                    output.Add((byte)'B');
                    state[0] = Ascii;
                }
                if ((state[4] & Shifted) != 0)
                {
                    output.Add(SI);
                    state[4] &= unchecked((byte)~Shifted);
                }
                output.Add((byte)c);
                inpos++;
                continue;
            }
            int insize = 1;
            Iso2022Encoded e = default;
            bool found = false;
            if (t.PairStarters.Contains(c))
            {
                if (inlen - inpos < 2)
                {
                    if (!flush) return TooFew;
                }
                else if (t.Pairs.TryGetValue(CjkTables.PairKey(c, input[inpos + 1]), out e))
                {
                    found = true;
                    insize = 2;
                }
            }
            if (!found && !t.Encode.TryGetValue(c, out e)) return 1;
            if (e.Plane == 0)
            {
                if ((state[4] & Shifted) != 0)
                {
                    output.Add(SI);
                    state[4] &= unchecked((byte)~Shifted);
                }
                if (state[0] != e.Mark)
                {
                    output.Add(Esc);
                    if (e.Width == 1)
                    {
                        output.Add((byte)'(');
                    }
                    else
                    {
                        output.Add((byte)'$');
                        if (e.Final != 'B') output.Add((byte)'(');
                    }
                    output.Add(e.Final);
                    state[0] = e.Mark;
                }
            }
            else if (e.Plane == 1)
            {
                if (state[1] != e.Mark)
                {
                    output.Add(Esc);
                    if (e.Width == 2) output.Add((byte)'$');
                    output.Add((byte)')');
                    output.Add(e.Final);
                    state[1] = e.Mark;
                }
                if ((state[4] & Shifted) == 0)
                {
                    output.Add(SO);
                    state[4] |= Shifted;
                }
            }
            else
            {
                return Internal;
            }
            if (e.Width == 2) output.Add((byte)(e.Code >> 8));
            output.Add((byte)e.Code);
            inpos += insize;
        }
        return 0;
    }

    public override void DecoderInit(ref CjkState state)
    {
        state[4] = 0;
        state[0] = Ascii;
        state[1] = Ascii;
        state[2] = Ascii;
    }

    public override void DecoderReset(ref CjkState state)
    {
        state[0] = Ascii;
        state[4] &= unchecked((byte)~Shifted);
    }

    private Iso2022Designation? Find(byte mark)
    {
        foreach (var d in _tables.Value.Designations)
            if (d.Mark == mark) return d;
        return null;
    }

    public override int Decode(ref CjkState state, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output)
    {
        while (inpos < input.Length)
        {
            int c = input[inpos];
            if ((state[4] & EscThroughout) != 0)
            {
                // An escape sequence that is not ISO-2022's passes through as ISO-8859-1 up to its end.
                output.AppendCodePoint(c);
                inpos++;
                if (IsEscapeEnd(c)) state[4] &= unchecked((byte)~EscThroughout);
                continue;
            }
            switch (c)
            {
                case Esc:
                {
                    if (input.Length - inpos < 2) return TooFew;
                    int c2 = input[inpos + 1];
                    int err;
                    if (c2 is '(' or ')' or '$' or '.' or '&')
                    {
                        err = ProcessEscape(ref state, input, ref inpos);
                        if (err != 0) return err;
                    }
                    else if (useG2 && c2 == 'N')
                    {
                        if (input.Length - inpos < 3) return TooFew;
                        err = ProcessSingleShift2(ref state, input, ref inpos, output);
                        if (err != 0) return err;
                    }
                    else
                    {
                        output.AppendCodePoint(Esc);
                        state[4] |= EscThroughout;
                        inpos++;
                    }
                    break;
                }
                case SI when !noShift:
                    state[4] &= unchecked((byte)~Shifted);
                    inpos++;
                    break;
                case SO when !noShift:
                    state[4] |= Shifted;
                    inpos++;
                    break;
                case LF:
                    state[4] &= unchecked((byte)~Shifted);
                    output.AppendCodePoint(LF);
                    inpos++;
                    break;
                default:
                {
                    if (c >= 0x80) return 1;
                    byte charset = (state[4] & Shifted) != 0 ? state[1] : state[0];
                    if (c < 0x20 || charset == Ascii)
                    {
                        output.AppendCodePoint(c);
                        inpos++;
                        break;
                    }
                    var d = Find(charset);
                    if (d is null) return Internal;
                    if (input.Length - inpos < d.Width) return TooFew;
                    int key = d.Width == 2 ? c << 8 | input[inpos + 1] : c;
                    if (d.Plane == 2 || !d.Decode.TryGetValue(key, out var v) || !v.IsMapped) return d.Width;
                    output.AppendCodePoint(v.First);
                    if (v.IsPair) output.AppendCodePoint(v.Second);
                    inpos += d.Width;
                    break;
                }
            }
        }
        return 0;
    }

    /// <summary>A designation escape sequence: 0 when applied, else the length of the illegal sequence (or
    /// <see cref="CjkCodec.TooFew"/> when the input ends inside it).</summary>
    private int ProcessEscape(ref CjkState state, ReadOnlySpan<byte> input, ref int inpos)
    {
        var s = input[inpos..];
        int escLength = 0;
        for (int i = 1; i < MaxEscapeLength; i++)
        {
            if (i >= s.Length) return TooFew;
            if (IsEscapeEnd(s[i]))
            {
                escLength = i + 1;
                break;
            }
            // ESC & @ announces the 1990 revision of JIS X 0208 before its ESC $ B.
            if (jisx0208Ext && i + 1 < s.Length && s[i] == '&' && s[i + 1] == '@') i += 2;
        }
        byte charset;
        int designation;
        switch (escLength)
        {
            case 0:
                return 1;
            case 3:
                if (s[1] == '$')
                {
                    charset = (byte)(s[2] | 0x80);
                    designation = 0;
                }
                else
                {
                    charset = s[2];
                    if (s[1] == '(') designation = 0;
                    else if (s[1] == ')') designation = 1;
                    else if (useG2 && s[1] == '.') designation = 2;
                    else return 3;
                }
                break;
            case 4:
                if (s[1] != '$') return 4;
                charset = (byte)(s[3] | 0x80);
                if (s[2] == '(') designation = 0;
                else if (s[2] == ')') designation = 1;
                else return 4;
                break;
            case 6:
                if (jisx0208Ext && s[3] == Esc && s[4] == '$' && s[5] == 'B')
                {
                    charset = 'B' | 0x80;
                    designation = 0;
                }
                else
                {
                    return 6;
                }
                break;
            default:
                return escLength;
        }
        if (charset != Ascii && Find(charset) is null) return escLength;
        state[designation] = charset;
        inpos += escLength;
        return 0;
    }

    /// <summary>ESC N and one byte: a character of the G2 set (ISO-8859-1 or ISO-8859-7 high half).</summary>
    private int ProcessSingleShift2(ref CjkState state, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output)
    {
        int c = input[inpos + 2];
        byte g2 = state[2];
        if (g2 == Ascii)
        {
            if ((c & 0x80) != 0) return 3;
            output.AppendCodePoint(c);
        }
        else
        {
            Iso2022Designation? d = null;
            foreach (var x in _tables.Value.Designations)
                if (x.Plane == 2 && x.Mark == g2) d = x;
            if (d is null) return Internal;
            if (!d.Decode.TryGetValue(c, out var v) || !v.IsMapped) return 3;
            output.AppendCodePoint(v.First);
        }
        inpos += 3;
        return 0;
    }
}
