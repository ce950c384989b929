using System.Numerics;

namespace Kaa.Compiler.Flow;

/// <summary>
/// Instruction arrays recycled from block to block: a unit's blocks give their storage back once
/// the unit is assembled, and the next unit's blocks (of the same compilation, or of the next
/// compilation given the same pool) take it, instead of
/// every block allocating (and the collector clearing) fresh arrays (they were a quarter of all the
/// memory the compile pipeline allocated). Arrays come in power-of-two lengths from
/// <see cref="MinLength"/>; past <see cref="MaxLength"/> (large object heap territory) they are
/// ordinary garbage. Not for concurrent compilations.
/// </summary>
public sealed class InstructionArrayPool
{
    public const int MinLength = 4;
    private const int MaxLength = 1024;
    private const int MinShift = 2; // log2(MinLength)

    private readonly Stack<Instruction[]>?[] _free = new Stack<Instruction[]>?[BitOperations.Log2(MaxLength) - MinShift + 1];

    /// <summary>
    /// A work stack for the flow-graph walks (reachability, stack depth, exception handlers), which
    /// run one at a time and leave it empty: one per pool instead of one per walk per code object.
    /// </summary>
    public Stack<BasicBlock> BlockStack { get; } = new();

    /// <summary>Blocks of assembled units, reused for the next blocks (see <see cref="BasicBlock.Recycle"/>).</summary>
    internal Stack<BasicBlock> SpareBlocks { get; } = new();

    /// <summary>Assembled compiler units, reused for the next code objects (see <see cref="CodeGen.CompilerUnit.Reset"/>).</summary>
    internal Stack<CodeGen.CompilerUnit> SpareUnits { get; } = new();

    /// <summary>The location table's working array, lent from one code object to the next (see <see cref="LocationTable"/>).</summary>
    internal byte[]? LineTableScratch;

    /// <summary>An array of at least <paramref name="minLength"/> instructions (its contents are left over: a block reads only what it added).</summary>
    public Instruction[] Rent(int minLength)
    {
        int length = minLength <= MinLength ? MinLength : (int)BitOperations.RoundUpToPowerOf2((uint)minLength);
        if (length > MaxLength) return new Instruction[length];
        var stack = _free[BitOperations.Log2((uint)length) - MinShift];
        return stack is not null && stack.TryPop(out var array) ? array : new Instruction[length];
    }

    /// <summary>Takes back an array no longer used (not cleared: instructions hold no references).</summary>
    public void Return(Instruction[] array)
    {
        int length = array.Length;
        if (length < MinLength || length > MaxLength || !BitOperations.IsPow2(length)) return;
        (_free[BitOperations.Log2((uint)length) - MinShift] ??= new Stack<Instruction[]>()).Push(array);
    }
}
