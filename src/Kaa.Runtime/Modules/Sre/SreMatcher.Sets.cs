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

    /// <summary>SRE(charset): is <paramref name="ch"/> in the set whose items start at <paramref name="pc"/>?
    /// Below 256 the set's table answers; above, its items (<see cref="SreSetItems.Contains"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool InSet(int pc, int ch)
    {
        if ((uint)ch < 256)
        {
            int k = _setSlot[pc];
            if (k >= 0) return ((_setBits[4 * k + (ch >> 6)] >> ch) & 1) != 0;
        }
        return SreSetItems.Contains(Code, pc, ch);
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
        if (ptr >= end) return 0;
        uint chr;
        switch (code[pc])
        {
            case SreOp.In:
            {
                int k = _setSlot[pc + 2];
                if (k >= 0 && _sets[k].Bound != SreSetBound.Unknown && end - ptr > 4)
                {
                    // A long enough run is counted with the set's vectorised table.
                    int stop = text.IndexOfSet(_sets[k], false, ptr, end);
                    ptr = stop < 0 ? end : stop;
                }
                else
                {
                    while (ptr < end && InSet(pc + 2, text[ptr])) ptr++;
                }
                break;
            }
            case SreOp.Any:
            {
                int stop = text.IndexOf('\n', ptr, end);
                ptr = stop < 0 ? end : stop;
                break;
            }
            case SreOp.AnyAll:
                ptr = end;
                break;
            case SreOp.Literal:
            {
                int stop = text.IndexOfAnyExcept((int)code[pc + 1], ptr, end);
                ptr = stop < 0 ? end : stop;
                break;
            }
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
            {
                int stop = text.IndexOf((int)code[pc + 1], ptr, end);
                ptr = stop < 0 ? end : stop;
                break;
            }
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

    /// <summary>Does the single-character item at <paramref name="pc"/> (an operator for which
    /// <see cref="SreCodeInfo.IsSingleCharItem"/> holds) match <paramref name="ch"/>?</summary>
    private bool OneChar(int pc, int ch)
    {
        uint[] code = Code;
        switch (code[pc])
        {
            case SreOp.Literal: return (uint)ch == code[pc + 1];
            case SreOp.NotLiteral: return (uint)ch != code[pc + 1];
            case SreOp.In: return InSet(pc + 2, ch);
            case SreOp.Any: return ch != '\n';
            case SreOp.AnyAll: return true;
            case SreOp.Category: return SreChars.Category(code[pc + 1], ch);
            case SreOp.LiteralIgnore: return (uint)SreChars.LowerAscii(ch) == code[pc + 1];
            case SreOp.NotLiteralIgnore: return (uint)SreChars.LowerAscii(ch) != code[pc + 1];
            case SreOp.LiteralUniIgnore: return (uint)SreChars.LowerUnicode(ch) == code[pc + 1];
            case SreOp.NotLiteralUniIgnore: return (uint)SreChars.LowerUnicode(ch) != code[pc + 1];
            case SreOp.LiteralLocIgnore: return SreChars.CharLocIgnore(code[pc + 1], ch);
            case SreOp.NotLiteralLocIgnore: return !SreChars.CharLocIgnore(code[pc + 1], ch);
            case SreOp.InIgnore: return InSet(pc + 2, SreChars.LowerAscii(ch));
            case SreOp.InUniIgnore: return InSet(pc + 2, SreChars.LowerUnicode(ch));
            case SreOp.InLocIgnore: return InSetLocIgnore(pc + 2, ch);
            default: return true;
        }
    }
}
