namespace Kaa.Runtime.Modules.Sre;

/// <summary>The single-position tests of the engine: assertions (AT), character sets, and counting the
/// repetitions of a single-character item.</summary>
internal sealed partial class SreMatcher<T>
{
    /// <summary>SRE(at): does the assertion <paramref name="at"/> hold at <paramref name="ptr"/>?</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool At(int ptr, uint at)
    {
        int end = End;
        switch (at)
        {
            case SreAt.Beginning:
            case SreAt.BeginningString:
                return ptr == 0;
            case SreAt.BeginningLine:
                return ptr == 0 || _text[ptr - 1] == '\n';
            case SreAt.End:
                return (end - ptr == 1 && _text[ptr] == '\n') || ptr == end;
            case SreAt.EndLine:
                return ptr == end || _text[ptr] == '\n';
            case SreAt.EndString:
                return ptr == end;
            case SreAt.Boundary:
            case SreAt.NonBoundary:
            case SreAt.LocBoundary:
            case SreAt.LocNonBoundary:
            case SreAt.UniBoundary:
            case SreAt.UniNonBoundary:
            {
                if (end == 0) return false;
                bool before = ptr > 0 && IsWordFor(at, _text[ptr - 1]);
                bool here = ptr < end && IsWordFor(at, _text[ptr]);
                bool boundary = at is SreAt.Boundary or SreAt.LocBoundary or SreAt.UniBoundary;
                return boundary ? before != here : before == here;
            }
        }
        return false;
    }

    private static bool IsWordFor(uint at, int ch) => at switch
    {
        SreAt.Boundary or SreAt.NonBoundary => SreChars.IsWord(ch),
        SreAt.LocBoundary or SreAt.LocNonBoundary => SreChars.IsLocWord(ch),
        _ => SreChars.IsUniWord(ch),
    };

    /// <summary>SRE(charset): is <paramref name="ch"/> in the set whose items start at <paramref name="pc"/>
    /// (LITERAL, CATEGORY, CHARSET bitmaps, RANGE, BIGCHARSET, NEGATE, ending with FAILURE)?</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool InSet(int pc, int ch)
    {
        uint[] code = Code;
        uint c = (uint)ch;
        bool ok = true;
        for (;;)
        {
            switch (code[pc++])
            {
                case SreOp.Failure:
                    return !ok;
                case SreOp.Literal:
                    if (c == code[pc]) return ok;
                    pc++;
                    break;
                case SreOp.Category:
                    if (SreChars.Category(code[pc], ch)) return ok;
                    pc++;
                    break;
                case SreOp.Charset:
                    // A 256-bit bitmap in 8 code words.
                    if (c < 256 && (code[pc + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    pc += 8;
                    break;
                case SreOp.Range:
                    if (code[pc] <= c && c <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                case SreOp.RangeUniIgnore:
                {
                    // ch is already lower-cased; its upper-case form may be in the range too.
                    if (code[pc] <= c && c <= code[pc + 1]) return ok;
                    uint upper = (uint)SreChars.UpperUnicode(ch);
                    if (code[pc] <= upper && upper <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                }
                case SreOp.Negate:
                    ok = !ok;
                    break;
                case SreOp.BigCharset:
                {
                    // <count> <256 block numbers packed 4 per word> <count 256-bit blocks>
                    int count = (int)code[pc++];
                    int block = -1;
                    if (c < 0x10000)
                    {
                        int hi = (int)(c >> 8);
                        block = (int)((code[pc + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
                    }
                    pc += 64;
                    if (block >= 0)
                    {
                        int bit = block * 256 + (int)(c & 255);
                        if ((code[pc + (bit >> 5)] & (1u << (bit & 31))) != 0) return ok;
                    }
                    pc += count * 8;
                    break;
                }
                default:
                    // Not a set item: treat as no match (as CPython does).
                    return false;
            }
        }
    }

    /// <summary>SRE(charset_loc_ignore): the locale lower- or upper-case form is in the set.</summary>
    private bool InSetLocIgnore(int pc, int ch)
    {
        int lo = SreChars.LowerLocale(ch);
        if (InSet(pc, lo)) return true;
        int up = SreChars.UpperLocale(ch);
        return up != lo && InSet(pc, up);
    }

    /// <summary>
    /// SRE(count): how many times (at most <paramref name="maxCount"/>) the single-character item at
    /// <paramref name="pc"/> matches from <see cref="SreState.Ptr"/> on; below zero on error.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int Count(int pc, uint maxCount)
    {
        uint[] code = Code;
        T text = _text;
        int start = Ptr;
        int ptr = start;
        int end = End;
        if (maxCount != SreConst.MaxRepeat && maxCount < (uint)(end - ptr)) end = ptr + (int)maxCount;
        uint chr;
        switch (code[pc])
        {
            case SreOp.In:
                while (ptr < end && InSet(pc + 2, text[ptr])) ptr++;
                break;
            case SreOp.Any:
                while (ptr < end && text[ptr] != '\n') ptr++;
                break;
            case SreOp.AnyAll:
                ptr = end;
                break;
            case SreOp.Literal:
                chr = code[pc + 1];
                while (ptr < end && (uint)text[ptr] == chr) ptr++;
                break;
            case SreOp.LiteralIgnore:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(text[ptr]) == chr) ptr++;
                break;
            case SreOp.LiteralUniIgnore:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(text[ptr]) == chr) ptr++;
                break;
            case SreOp.LiteralLocIgnore:
                chr = code[pc + 1];
                while (ptr < end && SreChars.CharLocIgnore(chr, text[ptr])) ptr++;
                break;
            case SreOp.NotLiteral:
                chr = code[pc + 1];
                while (ptr < end && (uint)text[ptr] != chr) ptr++;
                break;
            case SreOp.NotLiteralIgnore:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(text[ptr]) != chr) ptr++;
                break;
            case SreOp.NotLiteralUniIgnore:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(text[ptr]) != chr) ptr++;
                break;
            case SreOp.NotLiteralLocIgnore:
                chr = code[pc + 1];
                while (ptr < end && !SreChars.CharLocIgnore(chr, text[ptr])) ptr++;
                break;
            case SreOp.InIgnore:
                while (ptr < end && InSet(pc + 2, SreChars.LowerAscii(text[ptr]))) ptr++;
                break;
            case SreOp.InUniIgnore:
                while (ptr < end && InSet(pc + 2, SreChars.LowerUnicode(text[ptr]))) ptr++;
                break;
            case SreOp.InLocIgnore:
                while (ptr < end && InSetLocIgnore(pc + 2, text[ptr])) ptr++;
                break;
            default:
                // Any other single-character item: run it as a sub-match, one character at a time.
                while (Ptr < end)
                {
                    int i = Run(pc, false);
                    if (i < 0) return i;
                    if (i == 0) break;
                }
                return Ptr - start;
        }
        return ptr - start;
    }
}
