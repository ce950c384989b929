namespace Kaa.Runtime;

/// <summary>
/// Universal-newline decoding (CPython's IncrementalNewlineDecoder): wraps a decoder, holds back a final
/// "\r" until the next chunk shows whether "\n" follows, records which line endings were seen, and with
/// <see cref="Translate"/> turns "\r\n" and "\r" into "\n".
/// </summary>
internal sealed class NewlineDecoding(TextDecoder? inner, bool translate)
{
    public const int SeenLF = 1, SeenCR = 2, SeenCRLF = 4;

    public readonly TextDecoder? Inner = inner;
    public readonly bool Translate = translate;
    public bool PendingCR;
    public int Seen;

    public PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> input, bool final) =>
        Inner is null ? null : Process(ts, Inner.Decode(ts, input, final), final);

    /// <summary>The newline handling applied to already decoded text.</summary>
    public PyStr? Process(ThreadState ts, PyStr? output, bool final)
    {
        if (output is null) return null;
        if (PendingCR && (final || output.Length > 0))
        {
            output = Concat(PyStr.Intern("\r"), output);
            PendingCR = false;
        }
        if (!final && output.Length > 0 && output[output.Length - 1] == '\r')
        {
            output = output.Substring(0, output.Length - 1);
            PendingCR = true;
        }
        int len = output.Length;
        if (len == 0) return output;
        bool anyCR = false, anyLF = false;
        for (int i = 0; i < len; i++)
        {
            int c = output[i];
            if (c == '\r') anyCR = true;
            else if (c == '\n') anyLF = true;
        }
        if (!anyCR)
        {
            if (anyLF) Seen |= SeenLF;
            return output;
        }
        for (int i = 0; i < len; i++)
        {
            int c = output[i];
            if (c == '\n') Seen |= SeenLF;
            else if (c == '\r')
            {
                if (i + 1 < len && output[i + 1] == '\n') { Seen |= SeenCRLF; i++; }
                else Seen |= SeenCR;
            }
        }
        if (!Translate) return output;
        var sb = new PyStrBuilder();
        for (int i = 0; i < len; i++)
        {
            int c = output[i];
            if (c == '\r')
            {
                sb.AppendCodePoint('\n');
                if (i + 1 < len && output[i + 1] == '\n') i++;
            }
            else sb.AppendCodePoint(c);
        }
        return sb.ToPyStr();
    }

    private static PyStr Concat(PyStr a, PyStr b) => new PyStrBuilder().Append(a).Append(b).ToPyStr();

    public bool GetState(ThreadState ts, out byte[] pending, out long flags)
    {
        pending = [];
        flags = 0;
        if (Inner is not null && !Inner.GetState(ts, out pending, out flags)) return false;
        flags <<= 1;
        if (PendingCR) flags |= 1;
        return true;
    }

    public bool SetState(ThreadState ts, byte[] pending, long flags)
    {
        PendingCR = (flags & 1) != 0;
        return Inner is null || Inner.SetState(ts, pending, flags >> 1);
    }

    public bool Reset(ThreadState ts)
    {
        Seen = 0;
        PendingCR = false;
        return Inner is null || Inner.Reset(ts);
    }

    /// <summary>The <c>newlines</c> attribute: None, one ending, or a tuple of those seen.</summary>
    public PyObject Newlines => Seen switch
    {
        0 => PyNone.Instance,
        SeenLF => PyStr.Intern("\n"),
        SeenCR => PyStr.Intern("\r"),
        SeenCRLF => PyStr.Intern("\r\n"),
        SeenCR | SeenLF => PyTuple.Create(PyStr.Intern("\r"), PyStr.Intern("\n")),
        SeenLF | SeenCRLF => PyTuple.Create(PyStr.Intern("\n"), PyStr.Intern("\r\n")),
        SeenCR | SeenCRLF => PyTuple.Create(PyStr.Intern("\r"), PyStr.Intern("\r\n")),
        _ => PyTuple.Create([PyStr.Intern("\r"), PyStr.Intern("\n"), PyStr.Intern("\r\n")]),
    };
}
