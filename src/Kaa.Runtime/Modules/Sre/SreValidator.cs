namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// Checks a code list before it is used (CPython's _validate): every operator is known, its arguments and
/// skips stay inside the code, group numbers are below the group count. The engine also guards its reads,
/// so a code list that passes but is still malformed fails the match with an internal error, never a crash.
/// </summary>
internal static class SreValidator
{
    public static bool Validate(uint[] code, int groups) => ValidateBlock(code, 0, code.Length, groups);

    private static bool ValidateBlock(uint[] code, int pc, int end, int groups)
    {
        while (pc < end)
        {
            uint op = code[pc++];
            switch (op)
            {
                case SreOp.Mark:
                    if (pc >= end || code[pc] >= 2u * (uint)groups) return false;
                    pc++;
                    break;
                case SreOp.Literal: case SreOp.NotLiteral: case SreOp.LiteralIgnore: case SreOp.NotLiteralIgnore:
                case SreOp.LiteralUniIgnore: case SreOp.NotLiteralUniIgnore: case SreOp.LiteralLocIgnore:
                case SreOp.NotLiteralLocIgnore: case SreOp.At: case SreOp.Category:
                    if (pc >= end) return false;
                    pc++;
                    break;
                case SreOp.GroupRef: case SreOp.GroupRefIgnore: case SreOp.GroupRefUniIgnore: case SreOp.GroupRefLocIgnore:
                    if (pc >= end || code[pc] >= (uint)groups) return false;
                    pc++;
                    break;
                case SreOp.Success: case SreOp.Failure: case SreOp.Any: case SreOp.AnyAll:
                    break;
                case SreOp.In: case SreOp.InIgnore: case SreOp.InUniIgnore: case SreOp.InLocIgnore:
                case SreOp.Info: case SreOp.Jump:
                case SreOp.Repeat: case SreOp.RepeatOne: case SreOp.MinRepeatOne: case SreOp.PossessiveRepeatOne:
                case SreOp.PossessiveRepeat: case SreOp.AtomicGroup: case SreOp.Assert: case SreOp.AssertNot:
                case SreOp.MaxUntil: case SreOp.MinUntil:
                    if (op is SreOp.MaxUntil or SreOp.MinUntil) break;
                    if (pc >= end || code[pc] == 0 || code[pc] > (uint)(end - pc)) return false;
                    pc += (int)code[pc];
                    break;
                case SreOp.Branch:
                    // <BRANCH> <skip> ... <JUMP> ... <0>
                    while (true)
                    {
                        if (pc >= end) return false;
                        uint skip = code[pc];
                        if (skip == 0) { pc++; break; }
                        if (skip > (uint)(end - pc)) return false;
                        pc += (int)skip;
                    }
                    break;
                case SreOp.GroupRefExists:
                    if (pc + 1 >= end || code[pc] >= (uint)groups) return false;
                    if (code[pc + 1] == 0 || code[pc + 1] > (uint)(end - pc)) return false;
                    pc += 2;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }
}
