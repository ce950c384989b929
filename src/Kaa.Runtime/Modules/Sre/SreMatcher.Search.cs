namespace Kaa.Runtime.Modules.Sre;

/// <summary>SRE(search): finds the leftmost match, skipping ahead with the INFO block's literal prefix
/// (a KMP overlap table) or first-character set when the pattern has one.</summary>
internal sealed partial class SreMatcher<T>
{
    public override int Search()
    {
        try
        {
            return SearchCore();
        }
        catch (IndexOutOfRangeException)
        {
            return SreConst.ErrorIllegal;
        }
    }

    private void ResetCaptureGroups()
    {
        LastMark = -1;
        LastIndex = -1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int SearchCore()
    {
        uint[] code = Code;
        T text = _text;
        int ptr = Start;
        int end = End;
        int status = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1;
        uint flags = 0;
        int pc = 0;
        if (ptr > end) return 0;

        if (code[0] == SreOp.Info)
        {
            // <INFO> <skip> <flags> <min> <max> <prefix or charset>
            flags = code[2];
            if (code[3] != 0 && (uint)(end - ptr) < code[3]) return 0;
            if (code[3] > 1)
            {
                // No match can start in the last min-1 characters.
                end -= (int)(code[3] - 1);
                if (end <= ptr) end = ptr;
            }
            if ((flags & SreConst.InfoPrefix) != 0)
            {
                // <length> <skip> <prefix...> <overlap table...> (the overlap table is not needed: see below)
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
            }
            else if ((flags & SreConst.InfoCharset) != 0)
            {
                charset = 5;
            }
            pc = 1 + (int)code[1];
        }

        if (prefixLen == 1)
        {
            // The pattern starts with one known character.
            int c = (int)code[prefix];
            end = End;
            MustAdvance = false;
            while (ptr < end)
            {
                ptr = text.IndexOf(c, ptr, end);
                if (ptr < 0) return 0;
                Start = ptr;
                Ptr = ptr + prefixSkip;
                if ((flags & SreConst.InfoLiteral) != 0) return 1;
                status = Run(pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ++ptr;
                ResetCaptureGroups();
            }
            return 0;
        }

        if (prefixLen > 1)
        {
            // A known prefix: each place it occurs whole (a vectorised substring search finds the same
            // places, in the same order, as CPython's scan with the overlap table).
            end = End;
            if (prefixLen > end - ptr) return 0;
            MustAdvance = false;
            for (;;)
            {
                int at = text.IndexOfPrefix(_info, ptr, end);
                if (at < 0) return 0;
                Start = at;
                Ptr = at + prefixSkip;
                if ((flags & SreConst.InfoLiteral) != 0) return 1;
                status = Run(pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ptr = at + 1;
                ResetCaptureGroups();
            }
        }

        if (charset >= 0)
        {
            // The first character is in a known set.
            end = End;
            MustAdvance = false;
            int k = _setSlot[charset];
            var set = k >= 0 && _sets[k].Bound != SreSetBound.Unknown ? _sets[k] : null;
            for (;;)
            {
                if (set is not null)
                {
                    int at = text.IndexOfSet(set, true, ptr, end);
                    ptr = at < 0 ? end : at;
                }
                else
                {
                    while (ptr < end && !InSet(charset, text[ptr])) ptr++;
                }
                if (ptr >= end) return 0;
                Start = ptr;
                Ptr = ptr;
                status = Run(pc, false);
                if (status != 0) break;
                ptr++;
                ResetCaptureGroups();
            }
            return status;
        }

        int first = _info.FirstPc;
        if (first >= 0)
        {
            // Every match starts with one character its first item accepts: positions where that item
            // fails are passed over without starting the matcher (the positions tried are CPython's,
            // up to its last one, end, less those).
            int origin = ptr;
            int limit = Math.Min(end + 1, End);
            int firstAt = _info.FirstAtPc;
            for (;;)
            {
                int at = NextFirst(first, ptr, limit);
                if (at < 0)
                {
                    MustAdvance = false;
                    Start = Ptr = end;
                    return 0;
                }
                if (firstAt >= 0 && !At(at, code[firstAt + 1]))
                {
                    // The leading assertion (a word boundary, say) fails here: so would the match.
                    ptr = at + 1;
                    continue;
                }
                ResetCaptureGroups();
                Start = Ptr = at;
                status = Run(pc, at == origin);
                MustAdvance = false;
                if (status != 0) return status;
                ptr = at + 1;
            }
        }

        // The general case: try each position.
        Start = Ptr = ptr;
        status = Run(pc, true);
        MustAdvance = false;
        if (status == 0 && code[pc] == SreOp.At && (code[pc + 1] == SreAt.Beginning || code[pc + 1] == SreAt.BeginningString))
        {
            // Anchored at the beginning: no later position can match.
            Start = Ptr = end;
            return 0;
        }
        while (status == 0 && ptr < end)
        {
            ptr++;
            ResetCaptureGroups();
            Start = Ptr = ptr;
            status = Run(pc, false);
        }
        return status;
    }

    /// <summary>The first position in [from, limit) where the single-character item at <paramref name="first"/>
    /// matches, or -1.</summary>
    private int NextFirst(int first, int from, int limit)
    {
        if (from >= limit) return -1;
        uint[] code = Code;
        T text = _text;
        switch (code[first])
        {
            case SreOp.Literal:
                return text.IndexOf((int)code[first + 1], from, limit);
            case SreOp.In:
            {
                int k = _setSlot[first + 2];
                if (k >= 0 && _sets[k].Bound != SreSetBound.Unknown) return text.IndexOfSet(_sets[k], true, from, limit);
                for (int p = from; p < limit; p++)
                    if (InSet(first + 2, text[p])) return p;
                return -1;
            }
            default:
                for (int p = from; p < limit; p++)
                    if (OneChar(first, text[p])) return p;
                return -1;
        }
    }
}
