using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;

namespace Kaa.Compiler.Flow;

/// <summary>
/// The frame layout of a 3.11 code object ("locals plus"): locals, then cells that are not also
/// arguments, then free variables. Code generation numbers cells and free variables 0..n-1 in
/// one space (free variable j is <c>CellVars.Count + j</c>); these passes move them to their frame
/// slots (<c>build_cellfixedoffsets</c>, <c>fix_cell_offsets</c>), add the prologue
/// (<c>insert_prefix_instructions</c>: COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR + POP_TOP) and
/// name the slots (<c>compute_localsplus_info</c>).
/// </summary>
internal static class FramePrologue
{
    /// <summary>For each cell/free index, its frame slot; a cell that is also an argument shares the argument's.</summary>
    public static int[] BuildCellFixedOffsets(CompilerUnit unit)
    {
        int nlocals = unit.VarNames.Count;
        var fixedOffsets = new int[unit.CellVars.Count + unit.FreeVars.Count];
        for (int i = 0; i < fixedOffsets.Length; i++) fixedOffsets[i] = nlocals + i;
        for (int i = 0; i < unit.CellVars.Count; i++)
            if (unit.VarNames.TryGetIndex(unit.CellVars[i], out int argOffset)) fixedOffsets[i] = argOffset;
        return fixedOffsets;
    }

    public static void InsertPrefixInstructions(CompilerUnit unit, BasicBlock entry, CodeFlags flags, int[] fixedOffsets)
    {
        if ((flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
        {
            var firstLine = new Location(unit.FirstLineno, unit.FirstLineno, -1, -1);
            entry.InsertAt(0, new Instruction((int)OpCode.ReturnGenerator, 0, firstLine));
            entry.InsertAt(1, new Instruction((int)OpCode.PopTop, 0, Location.Unset));
        }

        // MAKE_CELL in frame-slot order (argument cells come first, in their argument's slot).
        int ncellvars = unit.CellVars.Count;
        if (ncellvars > 0)
        {
            var sorted = new int[ncellvars + unit.VarNames.Count];
            for (int i = 0; i < ncellvars; i++) sorted[fixedOffsets[i]] = i + 1;
            for (int i = 0, used = 0; used < ncellvars; i++)
            {
                int oldIndex = sorted[i] - 1;
                if (oldIndex == -1) continue;
                entry.InsertAt(used, new Instruction((int)OpCode.MakeCell, oldIndex, Location.Unset));
                used++;
            }
        }

        if (unit.FreeVars.Count > 0)
            entry.InsertAt(0, new Instruction((int)OpCode.CopyFreeVars, unit.FreeVars.Count, Location.Unset));
    }

    /// <summary>Rewrites cell and free-variable arguments to frame slots; returns how many cells were argument cells.</summary>
    public static int FixCellOffsets(CompilerUnit unit, BasicBlock entry, int[] fixedOffsets)
    {
        int nlocals = unit.VarNames.Count;
        int dropped = 0;
        for (int i = 0; i < fixedOffsets.Length; i++)
        {
            if (fixedOffsets[i] == i + nlocals) fixedOffsets[i] -= dropped;
            else dropped++;
        }
        for (var b = entry; b is not null; b = b.Next)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (instr.Opcode is (int)OpCode.MakeCell or (int)OpCode.LoadClosure or (int)OpCode.LoadDeref
                    or (int)OpCode.StoreDeref or (int)OpCode.DeleteDeref or (int)OpCode.LoadClassderef)
                {
                    instr.Oparg = fixedOffsets[instr.Oparg];
                }
            }
        }
        return dropped;
    }

    /// <summary>co_localsplusnames and co_localspluskinds.</summary>
    public static (string[] Names, byte[] Kinds) ComputeLocalsPlusInfo(CompilerUnit unit, int nlocalsplus)
    {
        var names = new string[nlocalsplus];
        var kinds = new byte[nlocalsplus];
        int nlocals = unit.VarNames.Count;
        for (int i = 0; i < nlocals; i++)
        {
            string name = unit.VarNames[i];
            var kind = LocalKind.Local;
            if (unit.CellVars.TryGetIndex(name, out _)) kind |= LocalKind.Cell;
            names[i] = name;
            kinds[i] = (byte)kind;
        }
        int dropped = 0;
        for (int i = 0; i < unit.CellVars.Count; i++)
        {
            string name = unit.CellVars[i];
            if (unit.VarNames.TryGetIndex(name, out _))
            {
                dropped++;
                continue;
            }
            names[i + nlocals - dropped] = name;
            kinds[i + nlocals - dropped] = (byte)LocalKind.Cell;
        }
        int ncells = unit.CellVars.Count;
        for (int j = 0; j < unit.FreeVars.Count; j++)
        {
            int offset = ncells + j + nlocals - dropped;
            names[offset] = unit.FreeVars[j];
            kinds[offset] = (byte)LocalKind.Free;
        }
        return (names, kinds);
    }
}
