using Kaa.Compiler.Bytecode;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Code;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.Flow;

/// <summary>
/// compile.c's back half: from a finished unit's flow graph to a <see cref="CodeObject"/> —
/// the CFG optimisations, line-number propagation, stack depth, exception table, location
/// table, jump offsets with EXTENDED_ARG, CACHE entries, and the code object's tables.
/// The passes run in CPython's order (<c>assemble()</c>); each lives in its own class.
/// </summary>
public static partial class Assembler
{
    public static CodeObject Assemble(CompilerUnit unit, string filename, FutureFeatures future, int nestLevel,
        bool addNone, bool interactive)
    {
        // 3.11's assemble() depends on neither (they shape code generation); kept in the signature
        // that code generation calls.
        _ = nestLevel;
        _ = interactive;
        AddImplicitReturn(unit, addNone);

        // Most code objects have no try or with: no instruction has a handler, and the exception
        // table passes have nothing to do (the table is empty).
        bool hasHandlers = false;
        foreach (var b in unit.Blocks) hasHandlers |= ControlFlowOptimizer.NormalizeBasicBlock(b);
        ControlFlowOptimizer.ExtendBlocks(unit);

        var entry = unit.Entry ?? unit.Blocks[0];
        int nlocals = unit.VarNames.Count;
        int nlocalsplus = nlocals + unit.CellVars.Count + unit.FreeVars.Count;
        int[] cellFixedOffsets = FramePrologue.BuildCellFixedOffsets(unit);

        if (unit.FirstLineno == 0)
            unit.FirstLineno = entry.Count > 0 && entry[0].Loc.Lineno != 0 ? entry[0].Loc.Lineno : 1;

        var flags = ComputeCodeFlags(unit, future);
        FramePrologue.InsertPrefixInstructions(unit, entry, flags, cellFixedOffsets);
        nlocalsplus -= FramePrologue.FixCellOffsets(unit, entry, cellFixedOffsets);

        // The working copy (the optimiser appends folded constants), in the unit's reused list.
        var consts = unit.ConstsScratch;
        consts.Clear();
        consts.AddRange(unit.Consts.Items);
        ControlFlowOptimizer.Optimize(unit, entry, consts);
        LineNumbers.DuplicateExitsWithoutLineno(unit);
        // trim_unused_consts: constants after the last one used go (the first, maybe a docstring,
        // stays); the walk that propagates line numbers finds the last one used.
        int maxConst = LineNumbers.PropagateLineNumbers(entry);
        if (maxConst + 1 < consts.Count) consts.RemoveRange(maxConst + 1, consts.Count - maxConst - 1);
        LineNumbers.GuaranteeLinenoForExits(entry, unit.FirstLineno);
        var workStack = unit.InstructionPool?.BlockStack ?? new Stack<BasicBlock>();
        int maxDepth = StackDepth.Compute(unit.Blocks, entry, unit.Ste.IsGenerator || unit.Ste.IsCoroutine, workStack);

        if (hasHandlers)
        {
            ExceptionTable.LabelExceptionTargets(entry, workStack);
        }
        for (var b = entry; b is not null; b = b.Next)
        {
            // convert_exception_handlers_to_nops, then clean_basic_block, block by block (one walk).
            if (hasHandlers) ExceptionTable.ConvertExceptionHandlersToNops(b);
            ControlFlowOptimizer.CleanBasicBlock(b);
        }

        JumpResolution.NormalizeJumps(entry);
        int codeUnits = JumpResolution.AssembleJumpOffsets(entry);
        int instructions = 0;
        for (var b = entry; b is not null; b = b.Next) instructions += b.Count;
        var locations = LocationTable.Start(unit.FirstLineno, instructions, unit.InstructionPool);
        byte[] code = JumpResolution.WriteCode(entry, codeUnits, locations);
        byte[] lineTable = locations.Finish(unit.InstructionPool);
        byte[] exceptionTable = hasHandlers ? ExceptionTable.Assemble(entry) : [];

        var (localsPlusNames, localsPlusKinds) = FramePrologue.ComputeLocalsPlusInfo(unit, nlocalsplus);
        return new CodeObject
        {
            ArgCount = unit.PosOnlyArgCount + unit.ArgCount,
            PosOnlyArgCount = unit.PosOnlyArgCount,
            KwOnlyArgCount = unit.KwOnlyArgCount,
            StackSize = maxDepth,
            Flags = flags,
            FirstLineno = unit.FirstLineno,
            Code = code,
            Consts = consts.ToArray(),
            Names = unit.Names.Items.ToArray(),
            LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = localsPlusKinds,
            Filename = filename,
            Name = unit.Name,
            QualName = unit.QualName ?? unit.Name,
            LineTable = lineTable,
            ExceptionTable = exceptionTable,
        };
    }

    /// <summary>Code that can fall off the end returns None (an artificial instruction: no line yet).</summary>
    private static void AddImplicitReturn(CompilerUnit unit, bool addNone)
    {
        if (unit.CurrentBlock.Return) return;
        if (addNone) Emit(unit, (int)OpCode.LoadConst, unit.Consts.Add(null));
        Emit(unit, (int)OpCode.ReturnValue, 0);
    }

    /// <summary>compiler_addop as code generation does it, starting a new block after a block-ending instruction.</summary>
    private static void Emit(CompilerUnit unit, int opcode, int oparg)
    {
        if (unit.NeedNewImplicitBlock)
        {
            var block = BasicBlock.New(unit.Blocks, unit.InstructionPool);
            unit.CurrentBlock.Next = block;
            unit.CurrentBlock = block;
            unit.NeedNewImplicitBlock = false;
        }
        var b = unit.CurrentBlock;
        ref var instr = ref b.Add(opcode, oparg, Location.Unset);
        if (opcode == (int)OpCode.ReturnValue) b.Return = true;
        if (FlowGraph.IsEndOfBasicBlock(instr)) unit.NeedNewImplicitBlock = true;
    }

    /// <summary>compute_code_flags.</summary>
    internal static CodeFlags ComputeCodeFlags(CompilerUnit unit, FutureFeatures future)
    {
        var ste = unit.Ste;
        var flags = CodeFlags.None;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.Nested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.HasVarargs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        // The compiler flags of PyCF_MASK: the future features in force.
        flags |= (CodeFlags)future.Flags;
        return flags;
    }
}
