namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The matching engine over subjects of one representation <typeparamref name="T"/>: runs the code list of
/// a compiled pattern with backtracking. Backtracking never recurses on the .NET stack: like CPython's
/// engine, each nested attempt is a <see cref="SreFrame"/> on an explicit stack, and the place to resume in
/// the parent is recorded in the frame (<see cref="SreFrame.Resume"/>) and dispatched when the child ends.
/// Saved marks and the zero-width guards of repeats go on a separate integer stack (<see cref="SreStacks"/>). The engine polls the
/// interpreter's eval breaker every 4096 steps so that KeyboardInterrupt stops a runaway match.
/// </summary>
internal sealed partial class SreMatcher<T> : SreState where T : struct, ISreText
{
    private readonly T _text;

    /// <summary>Where the parent frame continues when a child attempt ends (<see cref="SreFrame.Resume"/>).</summary>
    private static class Resume
    {
        public const byte None = 0, MaxUntil1 = 1, MaxUntil2 = 2, MaxUntil3 = 3, MinUntil1 = 4, MinUntil2 = 5,
            MinUntil3 = 6, Repeat = 7, RepeatOne1 = 8, RepeatOne2 = 9, MinRepeatOne = 10, Branch = 11, Assert = 12,
            AssertNot = 13, PossRepeat1 = 14, PossRepeat2 = 15, AtomicGroup = 16;
    }

    private SreFrame[] _frames;
    private int _frameTop;
    private SreRepeat[] _repeats;
    private int _repeatTop;
    /// <summary>The innermost open repeat (index into <see cref="_repeats"/>), or -1.</summary>
    private int _repeat = -1;
    private int[] _data;
    private int _dataTop;
    /// <summary>The pattern's set tables (<see cref="SreCodeInfo"/>), held here for the hot paths.</summary>
    private readonly SreCodeInfo _info;
    private readonly int[] _setSlot;
    private readonly ulong[] _setBits;
    private readonly SreSet[] _sets;

    public SreMatcher(ThreadState ts, SrePattern pattern, PyObject @string, T text, bool isBytes, int length,
        byte[]? bytes, int byteOffset, long pos, long endpos)
        : base(ts, pattern, @string, isBytes, length, bytes, byteOffset, pos, endpos)
    {
        _text = text;
        _info = pattern.Info;
        _setSlot = _info.SetSlot;
        _setBits = _info.SetBits;
        _sets = _info.Sets;
        _frames = Stacks.Frames;
        _repeats = Stacks.Repeats;
        _data = Stacks.Data;
    }

    /// <summary>Keeps grown stacks for the next borrower.</summary>
    protected override void SaveStacks()
    {
        Stacks.Frames = _frames;
        Stacks.Repeats = _repeats;
        Stacks.Data = _data;
        Stacks.Marks = Marks;
    }

    protected override void ResetStacks()
    {
        _frameTop = 0;
        _repeatTop = 0;
        _repeat = -1;
        _dataTop = 0;
    }

    public override int Match()
    {
        try
        {
            return Run(0, true);
        }
        catch (IndexOutOfRangeException e)
        {
            if (Environment.GetEnvironmentVariable("KAA_DEBUG") is not null) Console.Error.WriteLine(e);
            // Code lists that re._compiler never produces (hand-made ones given to _sre.compile).
            return SreConst.ErrorIllegal;
        }
    }

    // ---- the stacks -------------------------------------------------------------------------------

    private int PushFrame(int parent, byte resume, bool topLevel)
    {
        if (_frameTop == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        var f = _frames[_frameTop] ??= new SreFrame();
        f.Parent = parent;
        f.Resume = resume;
        f.TopLevel = topLevel;
        return _frameTop++;
    }

    private int PushRepeat(int pc)
    {
        if (_repeatTop == _repeats.Length) Array.Resize(ref _repeats, _repeats.Length * 2);
        var r = _repeats[_repeatTop] ??= new SreRepeat();
        r.Count = -1;
        r.Pc = pc;
        r.LastPtr = -1;
        r.Prev = _repeat;
        return _repeatTop++;
    }

    /// <summary>Closes the repeat record <paramref name="rep"/>: its enclosing one is open again.</summary>
    private void PopRepeat(int rep)
    {
        _repeat = _repeats[rep].Prev;
        if (rep == _repeatTop - 1) _repeatTop--;
    }

    private void DataPush(int value)
    {
        if (_dataTop == _data.Length) Array.Resize(ref _data, _data.Length * 2);
        _data[_dataTop++] = value;
    }

    private int DataPop() => _data[--_dataTop];

    /// <summary>MARK_PUSH: saves marks 0..lastmark.</summary>
    private void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (_dataTop + n > _data.Length) Array.Resize(ref _data, Math.Max(_data.Length * 2, _dataTop + n));
        Array.Copy(Marks, 0, _data, _dataTop, n);
        _dataTop += n;
    }

    /// <summary>MARK_POP: restores and drops the saved marks.</summary>
    private void MarkPop(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        _dataTop -= n;
        Array.Copy(_data, _dataTop, Marks, 0, n);
    }

    /// <summary>MARK_POP_KEEP: restores the saved marks and keeps them saved.</summary>
    private void MarkPopKeep(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(_data, _dataTop - n, Marks, 0, n);
    }

    private void MarkPopDiscard(int lastmark)
    {
        if (lastmark >= 0) _dataTop -= lastmark + 1;
    }

    private bool CheckSignals()
    {
        var interp = Ts.Interp;
        return interp.EvalBreaker != 0 && !interp.HandleEvalBreaker(Ts);
    }

    private void SetMark(int i, int ptr)
    {
        if ((i & 1) != 0) LastIndex = i / 2 + 1;
        if (i > LastMark)
        {
            // Marks between the old and the new highest are "not seen yet".
            if (i >= Marks.Length) Array.Resize(ref Marks, Math.Max(Marks.Length * 2, i + 2));
            for (int j = LastMark + 1; j < i; j++) Marks[j] = -1;
            LastMark = i;
        }
        Marks[i] = ptr;
    }

    // ---- the matcher ------------------------------------------------------------------------------

    /// <summary>
    /// SRE(match): matches the code at <paramref name="pc"/> at <see cref="SreState.Ptr"/>; on success
    /// <see cref="SreState.Ptr"/> is the end of the match. 1, 0, or an error status below zero.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int Run(int pc, bool topLevel)
    {
        uint[] code = Code;
        T text = _text;
        int end = End;
        int ret = 0;
        int ptr;
        uint sigcount = 0;
        int fi = PushFrame(-1, Resume.None, topLevel);
        SreFrame ctx = _frames[fi];
        SreRepeat rp;

    entrance:
        ptr = Ptr;
        if (code[pc] == SreOp.Info)
        {
            // <INFO> <skip> <flags> <min> ...: too few characters left for the shortest match.
            if (code[pc + 3] != 0 && (uint)(end - ptr) < code[pc + 3]) goto failure;
            pc += (int)code[pc + 1] + 1;
        }

    dispatch:
        if ((++sigcount & 0xfff) == 0 && CheckSignals()) return SreConst.ErrorInterrupted;
        switch (code[pc++])
        {
            case SreOp.Mark:
                SetMark((int)code[pc], ptr);
                pc++;
                goto dispatch;

            case SreOp.Literal:
                if (ptr >= end || (uint)text[ptr] != code[pc]) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.NotLiteral:
                if (ptr >= end || (uint)text[ptr] == code[pc]) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.Success:
                if (ctx.TopLevel && ((MatchAll && ptr != End) || (MustAdvance && ptr == Start))) goto failure;
                Ptr = ptr;
                goto success;

            case SreOp.At:
                if (!At(ptr, code[pc])) goto failure;
                pc++;
                goto dispatch;

            case SreOp.Category:
                if (ptr >= end || !SreChars.Category(code[pc], text[ptr])) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.Any:
                if (ptr >= end || text[ptr] == '\n') goto failure;
                ptr++;
                goto dispatch;

            case SreOp.AnyAll:
                if (ptr >= end) goto failure;
                ptr++;
                goto dispatch;

            case SreOp.In:
                if (ptr >= end || !InSet(pc + 1, text[ptr])) goto failure;
                pc += (int)code[pc];
                ptr++;
                goto dispatch;

            case SreOp.LiteralIgnore:
                if (ptr >= end || (uint)SreChars.LowerAscii(text[ptr]) != code[pc]) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.LiteralUniIgnore:
                if (ptr >= end || (uint)SreChars.LowerUnicode(text[ptr]) != code[pc]) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.LiteralLocIgnore:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pc], text[ptr])) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.NotLiteralIgnore:
                if (ptr >= end || (uint)SreChars.LowerAscii(text[ptr]) == code[pc]) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.NotLiteralUniIgnore:
                if (ptr >= end || (uint)SreChars.LowerUnicode(text[ptr]) == code[pc]) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.NotLiteralLocIgnore:
                if (ptr >= end || SreChars.CharLocIgnore(code[pc], text[ptr])) goto failure;
                pc++;
                ptr++;
                goto dispatch;

            case SreOp.InIgnore:
                if (ptr >= end || !InSet(pc + 1, SreChars.LowerAscii(text[ptr]))) goto failure;
                pc += (int)code[pc];
                ptr++;
                goto dispatch;

            case SreOp.InUniIgnore:
                if (ptr >= end || !InSet(pc + 1, SreChars.LowerUnicode(text[ptr]))) goto failure;
                pc += (int)code[pc];
                ptr++;
                goto dispatch;

            case SreOp.InLocIgnore:
                if (ptr >= end || !InSetLocIgnore(pc + 1, text[ptr])) goto failure;
                pc += (int)code[pc];
                ptr++;
                goto dispatch;

            case SreOp.Jump:
            case SreOp.Info:
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.Branch:
                // <BRANCH> <skip> alternative <JUMP> ... <0>
                ctx.LastMark = LastMark;
                ctx.LastIndex = LastIndex;
                if (_repeat >= 0) MarkPush(ctx.LastMark);
                goto branch_next;

            case SreOp.RepeatOne:
            {
                // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a single-character item, greedy.
                if (code[pc + 1] > (long)end - ptr) goto failure;
                Ptr = ptr;
                int n = Count(pc + 3, code[pc + 2]);
                if (n < 0) return n;
                ctx.Count = n;
                ptr += n;
                if (n < code[pc + 1]) goto failure;
                int tail = pc + (int)code[pc];
                if (code[tail] == SreOp.Success && ptr == End && !(ctx.TopLevel && MustAdvance && ptr == Start))
                {
                    // Nothing follows: done.
                    Ptr = ptr;
                    goto success;
                }
                if (n == code[pc + 1])
                {
                    // No shorter run to fall back on: the tail is the only continuation, run in this frame.
                    pc = tail;
                    goto dispatch;
                }
                ctx.LastMark = LastMark;
                ctx.LastIndex = LastIndex;
                if (_repeat >= 0) MarkPush(ctx.LastMark);
                // The tail starts with a literal (after group marks, which change nothing a failure keeps):
                // only positions followed by it can succeed.
                int literal = tail;
                while (code[literal] == SreOp.Mark) literal += 2;
                if (code[literal] == SreOp.Literal)
                {
                    ctx.Chr = code[literal + 1];
                    goto repeat_one_literal;
                }
                goto repeat_one_general;
            }

            case SreOp.MinRepeatOne:
            {
                // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy.
                if (code[pc + 1] > (long)end - ptr) goto failure;
                Ptr = ptr;
                if (code[pc + 1] == 0) ctx.Count = 0;
                else
                {
                    int n = Count(pc + 3, code[pc + 1]);
                    if (n < 0) return n;
                    if (n < code[pc + 1]) goto failure;
                    ctx.Count = n;
                    ptr += n;
                }
                if (code[pc + (int)code[pc]] == SreOp.Success
                    && !(ctx.TopLevel && ((MatchAll && ptr != End) || (MustAdvance && ptr == Start))))
                {
                    Ptr = ptr;
                    goto success;
                }
                ctx.LastMark = LastMark;
                ctx.LastIndex = LastIndex;
                if (_repeat >= 0) MarkPush(ctx.LastMark);
                goto min_repeat_one_next;
            }

            case SreOp.PossessiveRepeatOne:
            {
                // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, never gives back.
                if (code[pc + 1] > (long)end - ptr) goto failure;
                Ptr = ptr;
                int n = Count(pc + 3, code[pc + 2]);
                if (n < 0) return n;
                ctx.Count = n;
                ptr += n;
                if (n < code[pc + 1]) goto failure;
                pc += (int)code[pc];
                if (code[pc] == SreOp.Success && ptr == End && !(ctx.TopLevel && MustAdvance && ptr == Start))
                {
                    Ptr = ptr;
                    goto success;
                }
                goto dispatch;
            }

            case SreOp.Repeat:
                // <REPEAT> <skip> <min> <max> item <UNTIL> tail: the UNTIL operator does the work.
                ctx.Rep = PushRepeat(pc);
                _repeat = ctx.Rep;
                Ptr = ptr;
                ctx.Pc = pc;
                ctx.Ptr = ptr;
                fi = PushFrame(fi, Resume.Repeat, ctx.TopLevel);
                pc += (int)code[pc];
                ctx = _frames[fi];
                goto entrance;

            case SreOp.MaxUntil:
                // Greedy repeat: one more item if possible, else the tail.
                ctx.Rep = _repeat;
                if (ctx.Rep < 0) return SreConst.ErrorState;
                rp = _repeats[ctx.Rep];
                Ptr = ptr;
                ctx.Count = rp.Count + 1;
                if (ctx.Count < code[rp.Pc + 1])
                {
                    // Not enough items yet.
                    rp.Count = ctx.Count;
                    ctx.Pc = pc;
                    ctx.Ptr = ptr;
                    fi = PushFrame(fi, Resume.MaxUntil1, ctx.TopLevel);
                    pc = rp.Pc + 3;
                    ctx = _frames[fi];
                    goto entrance;
                }
                goto max_until_more;

            case SreOp.MinUntil:
                // Lazy repeat: the tail first, then one more item.
                ctx.Rep = _repeat;
                if (ctx.Rep < 0) return SreConst.ErrorState;
                rp = _repeats[ctx.Rep];
                Ptr = ptr;
                ctx.Count = rp.Count + 1;
                if (ctx.Count < code[rp.Pc + 1])
                {
                    rp.Count = ctx.Count;
                    ctx.Pc = pc;
                    ctx.Ptr = ptr;
                    fi = PushFrame(fi, Resume.MinUntil1, ctx.TopLevel);
                    pc = rp.Pc + 3;
                    ctx = _frames[fi];
                    goto entrance;
                }
                goto min_until_tail;

            case SreOp.PossessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                Ptr = ptr;
                ctx.Count = 0;
                goto poss_repeat_min;

            case SreOp.AtomicGroup:
                // <ATOMIC_GROUP> <skip> item <SUCCESS> tail: the item's first success is final.
                Ptr = ptr;
                ctx.Pc = pc;
                ctx.Ptr = ptr;
                fi = PushFrame(fi, Resume.AtomicGroup, false);
                pc += 1;
                ctx = _frames[fi];
                goto entrance;

            case SreOp.GroupRef:
            case SreOp.GroupRefIgnore:
            case SreOp.GroupRefUniIgnore:
            case SreOp.GroupRefLocIgnore:
            {
                int g = (int)code[pc] * 2;
                if (g >= LastMark) goto failure;
                int p = Marks[g], e = Marks[g + 1];
                if (p < 0 || e < 0 || e < p) goto failure;
                uint op = code[pc - 1];
                while (p < e)
                {
                    if (ptr >= end || !SameChar(op, text[ptr], text[p])) goto failure;
                    p++;
                    ptr++;
                }
                pc++;
                goto dispatch;
            }

            case SreOp.GroupRefExists:
            {
                // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
                int g = (int)code[pc] * 2;
                if (g >= LastMark || Marks[g] < 0 || Marks[g + 1] < 0 || Marks[g + 1] < Marks[g])
                {
                    pc += (int)code[pc + 1];
                    goto dispatch;
                }
                pc += 2;
                goto dispatch;
            }

            case SreOp.Assert:
                // <ASSERT> <skip> <back> item
                if (ptr < code[pc + 1]) goto failure;
                Ptr = ptr - (int)code[pc + 1];
                ctx.Pc = pc;
                ctx.Ptr = ptr;
                fi = PushFrame(fi, Resume.Assert, false);
                pc += 2;
                ctx = _frames[fi];
                goto entrance;

            case SreOp.AssertNot:
                if (ptr >= code[pc + 1])
                {
                    Ptr = ptr - (int)code[pc + 1];
                    ctx.LastMark = LastMark;
                    ctx.LastIndex = LastIndex;
                    if (_repeat >= 0) MarkPush(ctx.LastMark);
                    ctx.Pc = pc;
                    ctx.Ptr = ptr;
                    fi = PushFrame(fi, Resume.AssertNot, false);
                    pc += 2;
                    ctx = _frames[fi];
                    goto entrance;
                }
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.Failure:
                goto failure;

            default:
                return SreConst.ErrorIllegal;
        }

    // ---- BRANCH ----
    branch_next:
        // pc is at the <skip> of the next alternative (0 ends the list).
        if (code[pc] == 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        if (code[pc + 1] == SreOp.Literal && (ptr >= end || (uint)text[ptr] != code[pc + 2]))
        {
            pc += (int)code[pc];
            goto branch_next;
        }
        if (code[pc + 1] == SreOp.In && (ptr >= end || !InSet(pc + 3, text[ptr])))
        {
            pc += (int)code[pc];
            goto branch_next;
        }
        if (code[pc + (int)code[pc]] == 0)
        {
            // The last alternative is the only continuation: it runs in this frame.
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            pc += 1;
            goto dispatch;
        }
        Ptr = ptr;
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.Branch, ctx.TopLevel);
        pc += 1;
        ctx = _frames[fi];
        goto entrance;
    resume_branch:
        if (ret != 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (_repeat >= 0) MarkPopKeep(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        pc += (int)code[pc];
        goto branch_next;

    // ---- REPEAT_ONE ----
    repeat_one_literal:
    {
        // The last position at most ptr, and leaving at least the minimum count, where the literal is.
        int min = (int)code[pc + 1];
        int lowest = ptr - (ctx.Count - min);
        int above = Math.Min(ptr + 1, end);
        int at = lowest < above ? text.LastIndexOf((int)ctx.Chr, lowest, above) : -1;
        if (at < 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        ctx.Count -= ptr - at;
        ptr = at;
        if (ctx.Count == min)
        {
            // The last candidate: the tail runs in this frame.
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            pc += (int)code[pc];
            goto dispatch;
        }
    }
        Ptr = ptr;
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.RepeatOne1, ctx.TopLevel);
        pc += (int)code[pc];
        ctx = _frames[fi];
        goto entrance;
    resume_repeat_one_1:
        if (ret != 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (_repeat >= 0) MarkPopKeep(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto repeat_one_literal;

    repeat_one_general:
        if (ctx.Count <= code[pc + 1])
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            if (ctx.Count < code[pc + 1]) goto failure;
            // The last candidate: the tail runs in this frame.
            pc += (int)code[pc];
            goto dispatch;
        }
        Ptr = ptr;
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.RepeatOne2, ctx.TopLevel);
        pc += (int)code[pc];
        ctx = _frames[fi];
        goto entrance;
    resume_repeat_one_2:
        if (ret != 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (_repeat >= 0) MarkPopKeep(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto repeat_one_general;

    // ---- MIN_REPEAT_ONE ----
    min_repeat_one_next:
        if (code[pc + 2] != SreConst.MaxRepeat && ctx.Count > code[pc + 2])
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        Ptr = ptr;
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.MinRepeatOne, ctx.TopLevel);
        pc += (int)code[pc];
        ctx = _frames[fi];
        goto entrance;
    resume_min_repeat_one:
        if (ret != 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (_repeat >= 0) MarkPopKeep(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        Ptr = ptr;
        {
            int n = Count(pc + 3, 1);
            if (n < 0) return n;
            if (n == 0)
            {
                if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
                goto failure;
            }
        }
        ptr++;
        ctx.Count++;
        goto min_repeat_one_next;

    // ---- REPEAT ----
    resume_repeat:
        PopRepeat(ctx.Rep);
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        goto failure;

    // ---- MAX_UNTIL ----
    resume_max_until_1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        _repeats[ctx.Rep].Count = ctx.Count - 1;
        Ptr = ptr;
        goto failure;

    max_until_more:
        rp = _repeats[ctx.Rep];
        if ((ctx.Count < code[rp.Pc + 2] || code[rp.Pc + 2] == SreConst.MaxRepeat) && Ptr != rp.LastPtr)
        {
            // Enough items, but try one more first.
            rp.Count = ctx.Count;
            ctx.LastMark = LastMark;
            ctx.LastIndex = LastIndex;
            MarkPush(ctx.LastMark);
            // Zero-width guard: an item that matched empty here is not tried again.
            DataPush(rp.LastPtr);
            rp.LastPtr = Ptr;
            ctx.Pc = pc;
            ctx.Ptr = ptr;
            fi = PushFrame(fi, Resume.MaxUntil2, ctx.TopLevel);
            pc = rp.Pc + 3;
            ctx = _frames[fi];
            goto entrance;
        }
        goto max_until_tail;
    resume_max_until_2:
        rp = _repeats[ctx.Rep];
        rp.LastPtr = DataPop();
        if (ret != 0)
        {
            MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        MarkPop(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        rp.Count = ctx.Count - 1;
        Ptr = ptr;
        goto max_until_tail;

    max_until_tail:
        // No more items here: the tail must match.
        _repeat = _repeats[ctx.Rep].Prev;
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.MaxUntil3, ctx.TopLevel);
        ctx = _frames[fi];
        goto entrance;
    resume_max_until_3:
        _repeat = ctx.Rep;
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        Ptr = ptr;
        goto failure;

    // ---- MIN_UNTIL ----
    resume_min_until_1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        _repeats[ctx.Rep].Count = ctx.Count - 1;
        Ptr = ptr;
        goto failure;

    min_until_tail:
        _repeat = _repeats[ctx.Rep].Prev;
        ctx.LastMark = LastMark;
        ctx.LastIndex = LastIndex;
        if (_repeat >= 0) MarkPush(ctx.LastMark);
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.MinUntil2, ctx.TopLevel);
        ctx = _frames[fi];
        goto entrance;
    resume_min_until_2:
    {
        int repeatOfTail = _repeat;
        _repeat = ctx.Rep;
        if (ret != 0)
        {
            if (repeatOfTail >= 0) MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (repeatOfTail >= 0) MarkPop(ctx.LastMark);
    }
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        Ptr = ptr;
        rp = _repeats[ctx.Rep];
        if ((ctx.Count >= code[rp.Pc + 2] && code[rp.Pc + 2] != SreConst.MaxRepeat) || Ptr == rp.LastPtr)
            goto failure;
        rp.Count = ctx.Count;
        DataPush(rp.LastPtr);
        rp.LastPtr = Ptr;
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        fi = PushFrame(fi, Resume.MinUntil3, ctx.TopLevel);
        pc = rp.Pc + 3;
        ctx = _frames[fi];
        goto entrance;
    resume_min_until_3:
        rp = _repeats[ctx.Rep];
        rp.LastPtr = DataPop();
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        rp.Count = ctx.Count - 1;
        Ptr = ptr;
        goto failure;

    // ---- POSSESSIVE_REPEAT ----
    poss_repeat_min:
        if (ctx.Count < code[pc + 1])
        {
            ctx.Pc = pc;
            ctx.Ptr = ptr;
            fi = PushFrame(fi, Resume.PossRepeat1, false);
            pc += 3;
            ctx = _frames[fi];
            goto entrance;
        }
        // No previous position: the loop below runs at least once.
        ptr = -1;
        goto poss_repeat_more;
    resume_poss_repeat_1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            ctx.Count++;
            goto poss_repeat_min;
        }
        Ptr = ptr;
        goto failure;

    poss_repeat_more:
        if ((ctx.Count < code[pc + 2] || code[pc + 2] == SreConst.MaxRepeat) && Ptr != ptr)
        {
            ctx.LastMark = LastMark;
            ctx.LastIndex = LastIndex;
            MarkPush(ctx.LastMark);
            // An item that matched empty stops the loop (all further ones would too).
            ptr = Ptr;
            ctx.Pc = pc;
            ctx.Ptr = ptr;
            fi = PushFrame(fi, Resume.PossRepeat2, false);
            pc += 3;
            ctx = _frames[fi];
            goto entrance;
        }
        goto poss_repeat_tail;
    resume_poss_repeat_2:
        if (ret != 0)
        {
            MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            ctx.Count++;
            goto poss_repeat_more;
        }
        MarkPop(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        // The failed iteration may have moved the position: back to where it began.
        Ptr = ptr;
        goto poss_repeat_tail;
    poss_repeat_tail:
        pc += (int)code[pc] + 1;
        ptr = Ptr;
        goto dispatch;

    // ---- ATOMIC_GROUP, ASSERT, ASSERT_NOT ----
    resume_atomic_group:
        if (ret < 0) return ret;
        if (ret == 0)
        {
            Ptr = ptr;
            goto failure;
        }
        pc += (int)code[pc];
        ptr = Ptr;
        goto dispatch;

    resume_assert:
        if (ret < 0) return ret;
        if (ret == 0) goto failure;
        pc += (int)code[pc];
        goto dispatch;

    resume_assert_not:
        if (ret != 0)
        {
            if (_repeat >= 0) MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto failure;
        }
        if (_repeat >= 0) MarkPop(ctx.LastMark);
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
        pc += (int)code[pc];
        goto dispatch;

    // ---- leaving a frame ----
    failure:
        ret = 0;
        goto exit;
    success:
        ret = 1;
    exit:
        {
            var resume = ctx.Resume;
            int parent = ctx.Parent;
            _frameTop = fi;
            if (parent < 0) return ret;
            fi = parent;
            ctx = _frames[fi];
            pc = ctx.Pc;
            ptr = ctx.Ptr;
            switch (resume)
            {
                case Resume.Branch: goto resume_branch;
                case Resume.RepeatOne1: goto resume_repeat_one_1;
                case Resume.RepeatOne2: goto resume_repeat_one_2;
                case Resume.MinRepeatOne: goto resume_min_repeat_one;
                case Resume.Repeat: goto resume_repeat;
                case Resume.MaxUntil1: goto resume_max_until_1;
                case Resume.MaxUntil2: goto resume_max_until_2;
                case Resume.MaxUntil3: goto resume_max_until_3;
                case Resume.MinUntil1: goto resume_min_until_1;
                case Resume.MinUntil2: goto resume_min_until_2;
                case Resume.MinUntil3: goto resume_min_until_3;
                case Resume.PossRepeat1: goto resume_poss_repeat_1;
                case Resume.PossRepeat2: goto resume_poss_repeat_2;
                case Resume.AtomicGroup: goto resume_atomic_group;
                case Resume.Assert: goto resume_assert;
                case Resume.AssertNot: goto resume_assert_not;
                default: return ret;
            }
        }
    }

    /// <summary>The comparison of a GROUPREF variant: exact, ASCII-, Unicode- or locale-case-insensitive.</summary>
    private static bool SameChar(uint op, int a, int b) => op switch
    {
        SreOp.GroupRef => a == b,
        SreOp.GroupRefIgnore => SreChars.LowerAscii(a) == SreChars.LowerAscii(b),
        SreOp.GroupRefUniIgnore => SreChars.LowerUnicode(a) == SreChars.LowerUnicode(b),
        _ => SreChars.LowerLocale(a) == SreChars.LowerLocale(b),
    };
}
