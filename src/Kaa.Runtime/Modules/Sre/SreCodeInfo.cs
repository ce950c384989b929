using System.Buffers;

namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// What the engine's fast paths need to know about a code list, worked out once when the pattern is
/// compiled (immutable afterwards, except for lazily made search tables that are idempotent caches):
/// <list type="bullet">
/// <item>every character set as a 256-bit membership table for characters below 256 (the set's items are
/// interpreted only for larger code points);</item>
/// <item>the INFO block's literal prefix in the three subject representations, for a vectorised substring
/// search instead of a character-by-character scan;</item>
/// <item>for patterns without a prefix or charset in INFO, the first item that consumes a character (past
/// MARKs and zero-width assertions): a search skips positions where it cannot match without starting
/// the matcher there.</item>
/// </list>
/// None of this changes what matches: each fast path only skips work whose outcome is known to be failure.
/// A code list the walk does not understand (hand-made code given to <c>_sre.compile</c>) simply gets no
/// fast paths.
/// </summary>
internal sealed class SreCodeInfo
{
    /// <summary>Per code index where a set's items start: its index in <see cref="Sets"/>, or -1.</summary>
    public readonly int[] SetSlot;
    /// <summary>The sets' membership bits for characters below 256, four words per set (set k at 4k).</summary>
    public readonly ulong[] SetBits;
    public readonly SreSet[] Sets;

    /// <summary>The INFO literal prefix as chars (null when a code point is astral), code points, and bytes
    /// (null when one is above 255): a subject that cannot hold the prefix cannot match.</summary>
    public readonly string? PrefixChars;
    public readonly int[]? PrefixCodePoints;
    public readonly byte[]? PrefixBytes;

    /// <summary>The code index of the first character-consuming item of a pattern searched the general
    /// way (no INFO prefix or charset), or -1 when the pattern can match without consuming one or its
    /// first item is not a single character.</summary>
    public readonly int FirstPc = -1;

    /// <summary>The code index of a zero-width assertion (AT) that every match's first position must
    /// satisfy (one between the start and <see cref="FirstPc"/>), or -1.</summary>
    public readonly int FirstAtPc = -1;

    private SreCodeInfo(uint[] code)
    {
        SetSlot = new int[code.Length];
        Array.Fill(SetSlot, -1);
        SetBits = [];
        Sets = [];
    }

    private SreCodeInfo(uint[] code, List<int> setStarts)
    {
        SetSlot = new int[code.Length];
        Array.Fill(SetSlot, -1);
        SetBits = new ulong[setStarts.Count * 4];
        Sets = new SreSet[setStarts.Count];
        for (int k = 0; k < setStarts.Count; k++)
        {
            int pc = setStarts[k];
            SetSlot[pc] = k;
            var bits = SetBits.AsSpan(4 * k, 4);
            for (int c = 0; c < 256; c++)
                if (SreSetItems.Contains(code, pc, c)) bits[c >> 6] |= 1UL << c;
            Sets[k] = new SreSet(SetBits, 4 * k, SreSetItems.Bound(code, pc));
        }

        if (code.Length > 0 && code[0] == SreOp.Info)
        {
            uint flags = code[2];
            if ((flags & SreConst.InfoPrefix) != 0)
            {
                int length = (int)code[5];
                var cps = new int[length];
                bool bmp = true, latin1 = true;
                for (int i = 0; i < length; i++)
                {
                    cps[i] = (int)code[7 + i];
                    if (code[7 + i] > 0xFFFF) bmp = false;
                    if (code[7 + i] > 0xFF) latin1 = false;
                }
                PrefixCodePoints = cps;
                if (bmp) PrefixChars = string.Create(length, cps, static (span, cps) =>
                {
                    for (int i = 0; i < span.Length; i++) span[i] = (char)cps[i];
                });
                if (latin1)
                {
                    PrefixBytes = new byte[length];
                    for (int i = 0; i < length; i++) PrefixBytes[i] = (byte)cps[i];
                }
            }
            else if ((flags & SreConst.InfoCharset) == 0)
            {
                FirstPc = FirstItem(code, 1 + (int)code[1], out FirstAtPc);
            }
        }
        else
        {
            FirstPc = FirstItem(code, 0, out FirstAtPc);
        }
    }

    /// <summary>The analysis of <paramref name="code"/> (one that passed the validator).</summary>
    public static SreCodeInfo Create(uint[] code)
    {
        try
        {
            var setStarts = new List<int>();
            if (!FindSets(code, 0, code.Length, setStarts)) return new SreCodeInfo(code);
            return new SreCodeInfo(code, setStarts);
        }
        catch (IndexOutOfRangeException)
        {
            return new SreCodeInfo(code);
        }
    }

    /// <summary>Collects where the items of every set in [pc, end) start: the operands of IN and its
    /// case-insensitive forms, and the INFO block's charset. False for an operator it does not know.</summary>
    private static bool FindSets(uint[] code, int pc, int end, List<int> sets)
    {
        while (pc < end)
        {
            switch (code[pc])
            {
                case SreOp.Failure: case SreOp.Success: case SreOp.Any: case SreOp.AnyAll:
                case SreOp.MaxUntil: case SreOp.MinUntil:
                    pc += 1;
                    break;
                case SreOp.Mark: case SreOp.Literal: case SreOp.NotLiteral: case SreOp.LiteralIgnore:
                case SreOp.NotLiteralIgnore: case SreOp.LiteralUniIgnore: case SreOp.NotLiteralUniIgnore:
                case SreOp.LiteralLocIgnore: case SreOp.NotLiteralLocIgnore: case SreOp.At: case SreOp.Category:
                case SreOp.GroupRef: case SreOp.GroupRefIgnore: case SreOp.GroupRefUniIgnore:
                case SreOp.GroupRefLocIgnore: case SreOp.Jump:
                    pc += 2;
                    break;
                case SreOp.In: case SreOp.InIgnore: case SreOp.InUniIgnore: case SreOp.InLocIgnore:
                    sets.Add(pc + 2);
                    pc += 1 + (int)code[pc + 1];
                    break;
                case SreOp.Info:
                    // <INFO> <skip> <flags> <min> <max> [<charset> when flags say so]
                    if ((code[pc + 2] & SreConst.InfoPrefix) == 0 && (code[pc + 2] & SreConst.InfoCharset) != 0)
                        sets.Add(pc + 5);
                    pc += 1 + (int)code[pc + 1];
                    break;
                case SreOp.Repeat: case SreOp.RepeatOne: case SreOp.MinRepeatOne:
                case SreOp.PossessiveRepeatOne: case SreOp.PossessiveRepeat:
                    // <op> <skip> <min> <max> item ...: the item follows in line.
                    pc += 4;
                    break;
                case SreOp.AtomicGroup:
                    pc += 2;
                    break;
                case SreOp.Assert: case SreOp.AssertNot: case SreOp.GroupRefExists:
                    pc += 3;
                    break;
                case SreOp.Branch:
                {
                    // <BRANCH> <skip> alternative <JUMP> <skip> ... <0>: each alternative with its JUMP.
                    int p = pc + 1;
                    while (code[p] != 0)
                    {
                        if (!FindSets(code, p + 1, p + (int)code[p], sets)) return false;
                        p += (int)code[p];
                    }
                    pc = p + 1;
                    break;
                }
                default:
                    return false;
            }
        }
        return true;
    }

    /// <summary>The first item at or after <paramref name="pc"/> that every match must start with (MARKs
    /// and assertions other than "at the beginning" do not consume), when it is a single-character item;
    /// the item of a single-character repeat with a minimum of at least one counts too. -1 otherwise.
    /// <paramref name="atPc"/> is the first assertion passed on the way (-1 for none).</summary>
    private static int FirstItem(uint[] code, int pc, out int atPc)
    {
        atPc = -1;
        for (;;)
        {
            switch (code[pc])
            {
                case SreOp.Mark:
                    pc += 2;
                    continue;
                case SreOp.At:
                    // An anchored pattern is searched as CPython does (one attempt, then give up).
                    if (code[pc + 1] is SreAt.Beginning or SreAt.BeginningString) return -1;
                    if (atPc < 0) atPc = pc;
                    pc += 2;
                    continue;
                case SreOp.RepeatOne: case SreOp.MinRepeatOne: case SreOp.PossessiveRepeatOne:
                    return code[pc + 2] >= 1 && IsSingleCharItem(code[pc + 4]) ? pc + 4 : -1;
                default:
                    return IsSingleCharItem(code[pc]) ? pc : -1;
            }
        }
    }

    /// <summary>Operators that match exactly one character (the items of REPEAT_ONE).</summary>
    public static bool IsSingleCharItem(uint op) => op is SreOp.Literal or SreOp.NotLiteral or SreOp.In or SreOp.Any
        or SreOp.AnyAll or SreOp.Category or SreOp.LiteralIgnore or SreOp.NotLiteralIgnore or SreOp.LiteralUniIgnore
        or SreOp.NotLiteralUniIgnore or SreOp.LiteralLocIgnore or SreOp.NotLiteralLocIgnore or SreOp.InIgnore
        or SreOp.InUniIgnore or SreOp.InLocIgnore;
}
