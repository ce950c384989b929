namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The items of a character set in a code list (LITERAL, CATEGORY, CHARSET bitmaps, RANGE, RANGE_UNI_IGNORE,
/// BIGCHARSET, NEGATE, ending with FAILURE), interpreted: membership of one code point (SRE(charset)), and
/// how far membership reaches beyond the first 256 code points. Membership depends only on the code and the
/// code point, which lets <see cref="SreCodeInfo"/> tabulate it.
/// </summary>
internal static class SreSetItems
{
    /// <summary>Is <paramref name="ch"/> in the set whose items start at <paramref name="pc"/>?</summary>
    public static bool Contains(uint[] code, int pc, int ch)
    {
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

    /// <summary>Whether every member of the set at <paramref name="pc"/> is below 256 (or, negated, every
    /// code point from 256 on is a member), judged from the kinds of its items.</summary>
    public static SreSetBound Bound(uint[] code, int pc)
    {
        // A NEGATE counts only as the first item (where the compiler puts it).
        bool negated = code[pc] == SreOp.Negate;
        if (negated) pc++;
        for (;;)
        {
            switch (code[pc++])
            {
                case SreOp.Failure:
                    return negated ? SreSetBound.AllAbove256 : SreSetBound.Below256;
                case SreOp.Literal:
                    if (code[pc] > 255) return SreSetBound.Unknown;
                    pc++;
                    break;
                case SreOp.Category:
                    // The ASCII and locale categories hold ASCII characters only; their negations and the
                    // Unicode ones reach further.
                    if (code[pc] is not (SreCategory.Digit or SreCategory.Space or SreCategory.Word
                        or SreCategory.LineBreak or SreCategory.LocWord))
                        return SreSetBound.Unknown;
                    pc++;
                    break;
                case SreOp.Charset:
                    pc += 8;
                    break;
                case SreOp.Range:
                    if (code[pc + 1] > 255) return SreSetBound.Unknown;
                    pc += 2;
                    break;
                default:
                    return SreSetBound.Unknown;
            }
        }
    }
}
