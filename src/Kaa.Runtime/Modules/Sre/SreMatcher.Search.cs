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
        int prefixLen = 0, prefixSkip = 0, prefix = -1, overlap = -1, charset = -1;
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
                // <length> <skip> <prefix...> <overlap table...>
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
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
            // A known prefix: scan for it with the overlap table (Knuth-Morris-Pratt).
            end = End;
            if (prefixLen > end - ptr) return 0;
            while (ptr < end)
            {
                int first = text.IndexOf((int)code[prefix], ptr, end);
                if (first < 0) return 0;
                ptr = first + 1;
                if (ptr >= end) return 0;
                int i = 1;
                MustAdvance = false;
                do
                {
                    if ((uint)text[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLen)
                        {
                            if (++ptr >= end) return 0;
                            continue;
                        }
                        // The whole prefix is here.
                        Start = ptr - (prefixLen - 1);
                        Ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & SreConst.InfoLiteral) != 0) return 1;
                        status = Run(pc + 2 * prefixSkip, false);
                        if (status != 0) return status;
                        if (++ptr >= end) return 0;
                        ResetCaptureGroups();
                    }
                    i = (int)code[overlap + i];
                }
                while (i != 0);
            }
            return 0;
        }

        if (charset >= 0)
        {
            // The first character is in a known set.
            end = End;
            MustAdvance = false;
            for (;;)
            {
                while (ptr < end && !InSet(charset, text[ptr])) ptr++;
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
}
