namespace Kaa.Runtime;

/// <summary>
/// <c>_io.StringIO</c>: an in-memory text stream of code points. The position may lie past the end (a
/// later write pads with U+0000). Newline translation follows TextIOWrapper's rules, applied on write.
/// </summary>
public sealed class PyStringIO : PyIOBase
{
    internal int[] Buf = [];
    internal int Length;
    internal long Pos;
    internal bool Ok, IsClosed;
    internal NewlineDecoding? Decoder;
    internal string? WriteNewline;
    internal bool ReadUniversal, ReadTranslate;
    internal string? ReadNewline;
    internal PyObject NewlineArg = PyStr.Intern("\n");

    public PyStringIO(PyType type) : base(type) { }

    internal void EnsureCapacity(long size)
    {
        if (size <= Buf.Length) return;
        Array.Resize(ref Buf, (int)Math.Max(size, Math.Max(16, Buf.Length * 2L)));
    }

    /// <summary>Writes text at the position (after newline translation); the number of characters given.</summary>
    internal bool Write(ThreadState ts, PyStr text, out int written)
    {
        written = text.Length;
        if (Decoder is not null)
        {
            var translated = Decoder.Process(ts, text, final: true);
            if (translated is null) return false;
            text = translated;
        }
        if (WriteNewline is not null && text.Chars.Contains('\n'))
            text = PyStr.Create(text.Chars.Replace("\n", WriteNewline));
        int n = text.Length;
        if (n == 0) return true;
        long end = Pos + n;
        if (end > int.MaxValue) { ts.OverflowError("new position too large"); return false; }
        EnsureCapacity(end);
        if (Pos > Length) Array.Clear(Buf, Length, (int)(Pos - Length));
        for (int i = 0; i < n; i++) Buf[Pos + i] = text[i];
        Pos = end;
        if (end > Length) Length = (int)end;
        return true;
    }

    internal PyStr Slice(long start, long end)
    {
        if (start >= end) return PyStr.Empty;
        return PyStr.FromCodePoints(Buf.AsSpan((int)start, (int)(end - start)));
    }
}
