using System.Collections.Immutable;
using System.Numerics;
using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;

namespace Kaa.Compiler.Flow;

/// <summary>
/// compile.c's peephole and flow-graph clean-up passes: <c>optimize_cfg</c> with
/// <c>optimize_basic_block</c> (constant conditions, tuple folding, jump threading, SWAP
/// reduction, PUSH_NULL folding), <c>clean_basic_block</c> (NOP removal), <c>extend_block</c>
/// (copying small exit blocks into the jumps to them), reachability, and removal of empty
/// blocks and redundant jumps. Every transformation keeps the code the same size or smaller.
/// </summary>
internal sealed class ControlFlowOptimizer
{
    /// <summary>Blocks no larger than this are copied into the blocks that jump to them.</summary>
    private const int MaxCopySize = 4;

    private readonly CompilerUnit _unit;
    private readonly List<object?> _consts;

    private ControlFlowOptimizer(CompilerUnit unit, List<object?> consts)
    {
        _unit = unit;
        _consts = consts;
    }

    /// <summary>optimize_cfg: <paramref name="consts"/> may grow (folded tuples are appended).</summary>
    public static void Optimize(CompilerUnit unit, BasicBlock entry, List<object?> consts)
    {
        var optimizer = new ControlFlowOptimizer(unit, consts);
        for (var b = entry; b is not null; b = b.Next)
        {
            optimizer.OptimizeBasicBlock(b);
            CleanBasicBlock(b);
        }
        ExtendBlocks(unit);
        MarkReachable(entry, unit.InstructionPool?.BlockStack ?? new Stack<BasicBlock>());
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Predecessors == 0)
            {
                b.Truncate(0);
                b.NoFallthrough = false;
            }
        }
        EliminateEmptyBasicBlocks(entry);
        for (var b = entry; b is not null; b = b.Next) CleanBasicBlock(b);
        if (RemoveRedundantJumps(entry)) EliminateEmptyBasicBlocks(entry);
    }

    /// <summary>
    /// normalize_basic_block: marks exits and blocks that cannot fall through, and points jumps
    /// past empty blocks. Returns whether the block pushes an exception handler (SETUP_*).
    /// Only the last instruction is looked at: code generation starts a new block after every
    /// jump, return and raise, so no other can be one (CPython's "malformed control flow graph"
    /// cannot arise), and the block noted its SETUP_* as they were added.
    /// </summary>
    public static bool NormalizeBasicBlock(BasicBlock b)
    {
        if (b.Count == 0) return b.PushesHandler;
        ref var last = ref b.Last;
        switch (last.Opcode)
        {
            case (int)OpCode.ReturnValue or (int)OpCode.RaiseVarargs or (int)OpCode.Reraise:
                b.Exit = true;
                b.NoFallthrough = true;
                break;
            case PseudoOp.Jump or PseudoOp.JumpNoInterrupt:
                b.NoFallthrough = true;
                last.Target = FirstNonEmpty(b.TargetOf(last)).Label;
                break;
            case PseudoOp.PopJumpIfNotNone or PseudoOp.PopJumpIfNone or PseudoOp.PopJumpIfFalse
                or PseudoOp.PopJumpIfTrue or (int)OpCode.JumpIfFalseOrPop or (int)OpCode.JumpIfTrueOrPop
                or (int)OpCode.ForIter:
                last.Target = FirstNonEmpty(b.TargetOf(last)).Label;
                break;
        }
        return b.PushesHandler;
    }

    /// <summary>The first block from <paramref name="b"/> on (following fall-through) that has instructions.</summary>
    private static BasicBlock FirstNonEmpty(BasicBlock b)
    {
        while (b.Count == 0) b = b.Next!;
        return b;
    }

    /// <summary>extend_block over every block, in CPython's block-list order (newest first).</summary>
    public static void ExtendBlocks(CompilerUnit unit)
    {
        for (int k = unit.Blocks.Count - 1; k >= 0; k--) ExtendBlock(unit.Blocks[k]);
    }

    /// <summary>
    /// extend_block: a block ending in an unconditional jump to a small exit block without line
    /// numbers (an implicit <c>return None</c>, say) gets a copy of that block instead of the jump.
    /// </summary>
    private static void ExtendBlock(BasicBlock b)
    {
        if (b.Count == 0) return;
        ref var last = ref b.Last;
        if (last.Opcode is not (PseudoOp.Jump or (int)OpCode.JumpForward or (int)OpCode.JumpBackward)) return;
        var toCopy = b.TargetOf(last);
        if (!toCopy.Exit || toCopy.Count > MaxCopySize) return;
        if (HasLineno(toCopy)) return;
        last.Opcode = (int)OpCode.Nop;
        for (int i = 0; i < toCopy.Count; i++) b.Add(toCopy[i]);
        b.Exit = true;
    }

    private static bool HasLineno(BasicBlock b)
    {
        foreach (ref readonly var i in b.Instructions)
            if (i.Loc.Lineno > 0) return true;
        return false;
    }

    /// <summary>
    /// clean_basic_block: drops NOPs that carry no line of their own — no line, the same line as
    /// the instruction before or after, or (handing their location on) one before an instruction
    /// without a line.
    /// </summary>
    public static void CleanBasicBlock(BasicBlock b)
    {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < b.Count; src++)
        {
            int lineno = b[src].Loc.Lineno;
            if (b[src].Opcode == (int)OpCode.Nop)
            {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < b.Count - 1)
                {
                    int nextLineno = b[src + 1].Loc.Lineno;
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0)
                    {
                        b[src + 1].Loc = b[src].Loc;
                        continue;
                    }
                }
                else
                {
                    var next = b.Next;
                    while (next is not null && next.Count == 0) next = next.Next;
                    if (next is not null && lineno == next[0].Loc.Lineno) continue;
                }
            }
            if (dest != src) b[dest] = b[src];
            dest++;
            prevLineno = lineno;
        }
        b.Truncate(dest);
    }

    /// <summary>mark_reachable: counts each block's predecessors, from the entry.</summary>
    /// <param name="stack">An empty work stack (left empty).</param>
    public static void MarkReachable(BasicBlock entry, Stack<BasicBlock> stack)
    {
        stack.Clear();
        entry.Predecessors = 1;
        stack.Push(entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is not null && !b.NoFallthrough)
            {
                if (b.Next.Predecessors == 0) stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            if (!b.PushesHandler)
            {
                // Then only the last instruction can have a target (a jump ends its block).
                if (b.Count > 0 && FlowGraph.IsJump(b.Last)) CountPredecessor(stack, b.TargetOf(b.Last));
                continue;
            }
            foreach (ref readonly var instr in b.Instructions)
            {
                if (FlowGraph.IsJump(instr) || FlowGraph.IsBlockPush(instr)) CountPredecessor(stack, b.TargetOf(instr));
            }
        }
    }

    private static void CountPredecessor(Stack<BasicBlock> stack, BasicBlock target)
    {
        if (target.Predecessors == 0) stack.Push(target);
        target.Predecessors++;
    }

    /// <summary>eliminate_empty_basic_blocks: unlinks empty blocks and retargets jumps past them.</summary>
    public static void EliminateEmptyBasicBlocks(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            var next = b.Next;
            if (next is null) continue;
            while (next.Count == 0 && next.Next is not null) next = next.Next;
            b.Next = next;
        }
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            ref var last = ref b.Last;
            if (!FlowGraph.IsJump(last)) continue;
            last.Target = FirstNonEmpty(b.TargetOf(last)).Label;
        }
    }

    /// <summary>An unconditional jump to the block that follows anyway becomes a NOP.</summary>
    private static bool RemoveRedundantJumps(BasicBlock entry)
    {
        bool maybeEmptyBlocks = false;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            ref var last = ref b.Last;
            if (last.Opcode is PseudoOp.Jump or PseudoOp.JumpNoInterrupt && last.Target == b.Next?.Label)
            {
                b.NoFallthrough = false;
                last.Opcode = (int)OpCode.Nop;
                maybeEmptyBlocks = true;
            }
        }
        return maybeEmptyBlocks;
    }

    // ---- optimize_basic_block ----

    private void OptimizeBasicBlock(BasicBlock bb)
    {
        var nop = new Instruction((int)OpCode.Nop, 0, Location.NoLocation);
        for (int i = 0; i < bb.Count; i++)
        {
            ref var inst = ref bb[i];
            int oparg = inst.Oparg;
            int nextop = i + 1 < bb.Count ? bb[i + 1].Opcode : 0;
            Instruction target;
            if (FlowGraph.IsJump(inst) || FlowGraph.IsBlockPush(inst))
            {
                var targetBlock = FirstNonEmpty(bb.TargetOf(inst));
                inst.Target = targetBlock.Label;
                target = targetBlock[0];
            }
            else target = nop;

            switch (inst.Opcode)
            {
                case (int)OpCode.LoadConst:
                    FoldConstantCondition(bb, i, nextop);
                    break;
                case (int)OpCode.BuildTuple:
                    if (nextop == (int)OpCode.UnpackSequence && oparg == bb[i + 1].Oparg && oparg is >= 1 and <= 3)
                    {
                        // Building a tuple only to unpack it is at most a reordering of the stack.
                        inst.Opcode = (int)OpCode.Nop;
                        if (oparg == 1) bb[i + 1].Opcode = (int)OpCode.Nop;
                        else bb[i + 1].Opcode = (int)OpCode.Swap;
                        continue;
                    }
                    if (i >= oparg) FoldTupleOnConstants(bb, i - oparg, oparg);
                    break;
                case (int)OpCode.JumpIfFalseOrPop:
                    switch (target.Opcode)
                    {
                        case PseudoOp.PopJumpIfFalse:
                            i -= JumpThread(ref inst, target, PseudoOp.PopJumpIfFalse);
                            break;
                        case PseudoOp.Jump or (int)OpCode.JumpIfFalseOrPop:
                            i -= JumpThread(ref inst, target, (int)OpCode.JumpIfFalseOrPop);
                            break;
                        case (int)OpCode.JumpIfTrueOrPop or PseudoOp.PopJumpIfTrue:
                            // The value is false, so the opposite test fails: go past it, popping.
                            if (inst.Loc.Lineno == target.Loc.Lineno)
                            {
                                inst.Opcode = PseudoOp.PopJumpIfFalse;
                                inst.Target = bb.TargetOf(inst).Next!.Label;
                                i--;
                            }
                            break;
                    }
                    break;
                case (int)OpCode.JumpIfTrueOrPop:
                    switch (target.Opcode)
                    {
                        case PseudoOp.PopJumpIfTrue:
                            i -= JumpThread(ref inst, target, PseudoOp.PopJumpIfTrue);
                            break;
                        case PseudoOp.Jump or (int)OpCode.JumpIfTrueOrPop:
                            i -= JumpThread(ref inst, target, (int)OpCode.JumpIfTrueOrPop);
                            break;
                        case (int)OpCode.JumpIfFalseOrPop or PseudoOp.PopJumpIfFalse:
                            if (inst.Loc.Lineno == target.Loc.Lineno)
                            {
                                inst.Opcode = PseudoOp.PopJumpIfTrue;
                                inst.Target = bb.TargetOf(inst).Next!.Label;
                                i--;
                            }
                            break;
                    }
                    break;
                case PseudoOp.PopJumpIfNotNone or PseudoOp.PopJumpIfNone or PseudoOp.PopJumpIfFalse
                    or PseudoOp.PopJumpIfTrue or PseudoOp.Jump:
                    if (target.Opcode == PseudoOp.Jump) i -= JumpThread(ref inst, target, inst.Opcode);
                    break;
                case (int)OpCode.Swap:
                    if (oparg == 1)
                    {
                        inst.Opcode = (int)OpCode.Nop;
                        break;
                    }
                    SwapOptimizer.Swaptimize(bb, ref i);
                    SwapOptimizer.ApplyStaticSwaps(bb, i);
                    break;
                case (int)OpCode.PushNull:
                    // LOAD_GLOBAL pushes the NULL itself when its low bit is set. (CPython tests the
                    // low bit of the next *opcode*, which LOAD_GLOBAL's even number always passes.)
                    if (nextop == (int)OpCode.LoadGlobal && (bb[i + 1].Opcode & 1) == 0)
                    {
                        inst.Opcode = (int)OpCode.Nop;
                        inst.Oparg = 0;
                        bb[i + 1].Oparg |= 1;
                    }
                    break;
            }
        }
    }

    /// <summary>LOAD_CONST followed by a test of it: the test is decided now.</summary>
    private void FoldConstantCondition(BasicBlock bb, int i, int nextop)
    {
        ref var inst = ref bb[i];
        switch (nextop)
        {
            case PseudoOp.PopJumpIfFalse or PseudoOp.PopJumpIfTrue:
            {
                bool isTrue = IsTrue(_consts[inst.Oparg]);
                inst.Opcode = (int)OpCode.Nop;
                bool jumpIfTrue = nextop == PseudoOp.PopJumpIfTrue;
                if (isTrue == jumpIfTrue)
                {
                    bb[i + 1].Opcode = PseudoOp.Jump;
                    bb.NoFallthrough = true;
                }
                else bb[i + 1].Opcode = (int)OpCode.Nop;
                break;
            }
            case (int)OpCode.JumpIfFalseOrPop or (int)OpCode.JumpIfTrueOrPop:
            {
                bool isTrue = IsTrue(_consts[inst.Oparg]);
                bool jumpIfTrue = nextop == (int)OpCode.JumpIfTrueOrPop;
                if (isTrue == jumpIfTrue)
                {
                    bb[i + 1].Opcode = PseudoOp.Jump;
                    bb.NoFallthrough = true;
                }
                else
                {
                    inst.Opcode = (int)OpCode.Nop;
                    bb[i + 1].Opcode = (int)OpCode.Nop;
                }
                break;
            }
            case (int)OpCode.IsOp:
            {
                // `x is None` / `x is not None` feeding a jump becomes one POP_JUMP_IF_(NOT_)NONE.
                int jumpOp = i + 2 < bb.Count ? bb[i + 2].Opcode : 0;
                if (_consts[inst.Oparg] is null && jumpOp is PseudoOp.PopJumpIfFalse or PseudoOp.PopJumpIfTrue)
                {
                    int isNot = bb[i + 1].Oparg & 0xFF;
                    inst.Opcode = (int)OpCode.Nop;
                    bb[i + 1].Opcode = (int)OpCode.Nop;
                    bool jumpsIfNotNone = (isNot ^ (jumpOp == PseudoOp.PopJumpIfFalse ? 1 : 0)) != 0;
                    bb[i + 2].Opcode = jumpsIfNotNone ? PseudoOp.PopJumpIfNotNone : PseudoOp.PopJumpIfNone;
                }
                break;
            }
        }
    }

    /// <summary>
    /// fold_tuple_on_constants: n LOAD_CONSTs then BUILD_TUPLE n become one LOAD_CONST of the
    /// tuple (appended to the constants unless an equal constant is already there).
    /// </summary>
    private void FoldTupleOnConstants(BasicBlock bb, int start, int n)
    {
        for (int k = 0; k < n; k++)
            if (bb[start + k].Opcode is not ((int)OpCode.LoadConst or (int)OpCode.KwNames)) return;
        for (int k = 0; k < n; k++)
        {
            // KW_NAMES counts as a constant-loading opcode but has no value to fold (CPython fails too).
            if (bb[start + k].Opcode == (int)OpCode.KwNames)
                throw new InvalidOperationException("Internal error: failed to get value of a constant");
        }
        var items = ImmutableArray.CreateBuilder<object?>(n);
        for (int k = 0; k < n; k++) items.Add(_consts[bb[start + k].Oparg]);
        var tuple = new ConstTuple(items.MoveToImmutable());
        int index = _consts.FindIndex(c => ConstantComparer.Instance.Equals(c, tuple));
        if (index < 0)
        {
            index = _consts.Count;
            _consts.Add(tuple);
        }
        for (int k = 0; k < n; k++) bb[start + k].Opcode = (int)OpCode.Nop;
        bb[start + n].Opcode = (int)OpCode.LoadConst;
        bb[start + n].Oparg = index;
    }

    /// <summary>
    /// jump_thread: a jump to a jump goes straight to the second one's target (with
    /// <paramref name="opcode"/>) when both are on the same line. Returns 1 when it changed
    /// something, so the caller looks at the instruction again.
    /// </summary>
    private static int JumpThread(ref Instruction inst, in Instruction target, int opcode)
    {
        if (inst.Loc.Lineno == target.Loc.Lineno && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Opcode = opcode;
            return 1;
        }
        return 0;
    }

    /// <summary>PyObject_IsTrue for a compile-time constant.</summary>
    internal static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        int l => l != 0,
        BigInteger big => !big.IsZero,
        double d => d != 0.0,
        Complex c => c.Real != 0.0 || c.Imaginary != 0.0,
        string s => s.Length != 0,
        Kaa.Syntax.Text.CodePointString s => s.CodePoints.Length != 0,
        byte[] bytes => bytes.Length != 0,
        ConstTuple t => t.Items.Length != 0,
        ConstFrozenSet f => f.Items.Length != 0,
        _ => true,
    };
}
