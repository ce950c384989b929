using Kaa.Compiler.Bytecode;
using Kaa.Compiler.CodeGen;

namespace Kaa.Compiler.Flow;

/// <summary>
/// The PEP 626 line-number passes of compile.c: exits without a line are duplicated so each has
/// one predecessor to inherit a line from (<c>duplicate_exits_without_lineno</c>), lines flow
/// forward into instructions without one (<c>propagate_line_numbers</c>), and any return still
/// without a line gets the previous block's (<c>guarantee_lineno_for_exits</c>).
/// </summary>
internal static class LineNumbers
{
    public static void DuplicateExitsWithoutLineno(CompilerUnit unit)
    {
        // CPython walks its block list newest first; copies made on the way are not visited.
        for (int k = unit.Blocks.Count - 1; k >= 0; k--)
        {
            var b = unit.Blocks[k];
            if (b.Count == 0 || !FlowGraph.IsJump(b.Last)) continue;
            var target = b.TargetOf(b.Last);
            if (IsExitWithoutLineno(target) && target.Predecessors > 1)
            {
                var copy = CopyBlock(unit, target);
                copy[0].Loc = b.Last.Loc;
                b.Last.Target = copy.Label;
                target.Predecessors--;
                copy.Predecessors = 1;
                copy.Next = target.Next;
                target.Next = copy;
            }
        }
        for (int k = unit.Blocks.Count - 1; k >= 0; k--)
        {
            var b = unit.Blocks[k];
            while (b.Next is not null && b.Next.Count == 0) b.Next = b.Next.Next;
        }
        // What remains can only be reached by falling through, from a single predecessor.
        for (int k = unit.Blocks.Count - 1; k >= 0; k--)
        {
            var b = unit.Blocks[k];
            if (!b.NoFallthrough && b.Next is not null && b.Count > 0 && IsExitWithoutLineno(b.Next))
                b.Next[0].Loc = b.Last.Loc;
        }
    }

    private static bool IsExitWithoutLineno(BasicBlock b)
    {
        if (!b.Exit) return false;
        foreach (ref readonly var i in b.Instructions)
            if (i.Loc.Lineno >= 0) return false;
        return true;
    }

    /// <summary>compiler_copy_block: a new block of the unit with the same instructions.</summary>
    private static BasicBlock CopyBlock(CompilerUnit unit, BasicBlock block)
    {
        var result = BasicBlock.New(unit.Blocks, unit.InstructionPool);
        foreach (ref readonly var i in block.Instructions) result.Add(i);
        result.Exit = block.Exit;
        result.NoFallthrough = true;
        return result;
    }

    /// <summary>
    /// propagate_line_numbers. Returns the largest constant index a LOAD_CONST or KW_NAMES uses
    /// (0 if none), which <c>trim_unused_consts</c> needs: found on the same walk.
    /// </summary>
    public static int PropagateLineNumbers(BasicBlock entry)
    {
        var unset = Location.Unset;
        int maxConst = 0;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            var prev = unset;
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (instr.Loc.Lineno < 0) instr.Loc = prev;
                else prev = instr.Loc;
                if (instr.Opcode is (int)OpCode.LoadConst or (int)OpCode.KwNames && instr.Oparg > maxConst)
                    maxConst = instr.Oparg;
            }
            if (!b.NoFallthrough && b.Next is not null && b.Next.Predecessors == 1 && b.Next.Count > 0
                && b.Next[0].Loc.Lineno < 0)
            {
                b.Next[0].Loc = prev;
            }
            if (FlowGraph.IsJump(b.Last))
            {
                var target = b.TargetOf(b.Last);
                if (target.Predecessors == 1 && target.Count > 0 && target[0].Loc.Lineno < 0) target[0].Loc = prev;
            }
        }
        return maxConst;
    }

    public static void GuaranteeLinenoForExits(BasicBlock entry, int firstLineno)
    {
        int lineno = firstLineno;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            if (b.Last.Loc.Lineno < 0)
            {
                if (b.Last.Opcode == (int)OpCode.ReturnValue)
                {
                    // Only the line: the columns stay unknown, so the entry has no columns.
                    for (int i = 0; i < b.Count; i++) b[i].Loc = b[i].Loc with { Lineno = lineno };
                }
            }
            else lineno = b.Last.Loc.Lineno;
        }
    }
}
