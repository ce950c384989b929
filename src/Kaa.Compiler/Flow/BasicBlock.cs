namespace Kaa.Compiler.Flow;

/// <summary>
/// A basic block of the flow graph (compile.c's <c>basicblock</c>): a run of instructions, entered
/// only at the top. <see cref="Next"/> is the block control falls through to. The flags and
/// counters are the ones CPython's passes keep.
/// </summary>
public sealed class BasicBlock
{
    private readonly InstructionArrayPool? _pool;
    private List<BasicBlock> _graph;
    private Instruction[] _instrs;

    /// <summary>A new block, appended to <paramref name="graph"/> (its unit's blocks).</summary>
    /// <param name="pool">Where the block's instruction storage comes from and goes back to.</param>
    public BasicBlock(List<BasicBlock> graph, InstructionArrayPool? pool = null)
    {
        Label = graph.Count;
        graph.Add(this);
        _graph = graph;
        _pool = pool;
        _instrs = []; // storage on the first Add: many blocks stay empty (jump targets that end up unused)
    }

    /// <summary>
    /// A new block appended to <paramref name="graph"/>: a block of an assembled unit given back
    /// to <paramref name="pool"/> (see <see cref="Recycle"/>) when there is one (blocks were 5% of
    /// the memory compiling the stdlib allocated), else a fresh one.
    /// </summary>
    public static BasicBlock New(List<BasicBlock> graph, InstructionArrayPool? pool)
    {
        if (pool is null || !pool.SpareBlocks.TryPop(out var block)) return new BasicBlock(graph, pool);
        block.Label = graph.Count;
        graph.Add(block);
        block._graph = graph;
        return block;
    }

    /// <summary>
    /// Gives the block, whose unit is assembled, back to its pool for a later <see cref="New"/>:
    /// its instruction storage goes back, and every field returns to a new block's state (so a
    /// spare block keeps nothing alive).
    /// </summary>
    public void Recycle()
    {
        ReleaseStorage();
        if (_pool is null) return;
        _graph = null!;
        Label = 0;
        Next = null;
        ExceptStack = null;
        Predecessors = 0;
        StartDepth = int.MinValue;
        Offset = 0;
        NoFallthrough = PreserveLasti = Visited = Exit = Return = false;
        PushesHandler = false;
        _pool.SpareBlocks.Push(this);
    }

    /// <summary>
    /// The storage of a block's first instructions. Over the stdlib 85% of the blocks hold fewer;
    /// a larger array costs nothing more, as arrays come from the pool uncleared and only the part
    /// used is touched.
    /// </summary>
    private const int InitialLength = 16;

    /// <summary>
    /// The block's index in its unit's block list (creation order): what an instruction's
    /// <see cref="Instruction.Target"/> and <see cref="Instruction.Except"/> hold.
    /// </summary>
    public int Label { get; private set; }

    /// <summary>The block of the same graph with label <paramref name="label"/>.</summary>
    public BasicBlock Block(int label) => _graph[label];

    /// <summary>The block <paramref name="instruction"/> (a jump or SETUP_*) goes to.</summary>
    public BasicBlock TargetOf(in Instruction instruction) => _graph[instruction.Target];

    public int Count { get; private set; }

    public Span<Instruction> Instructions => _instrs.AsSpan(0, Count);

    public ref Instruction this[int index] => ref _instrs[index];

    public ref Instruction Last => ref _instrs[Count - 1];

    /// <summary>b_next: the block reached by falling off the end of this one.</summary>
    public BasicBlock? Next;

    /// <summary>b_exceptstack: the handler stack at the start of this block (exception-table pass).</summary>
    public ExceptStack? ExceptStack;

    public int Predecessors;
    public int StartDepth = int.MinValue;
    public int Offset;
    public bool NoFallthrough;
    public bool PreserveLasti;
    public bool Visited;
    public bool Exit;
    public bool Return;

    /// <summary>
    /// Appends an instruction given by its fields, written into the block's storage one by one: an
    /// Instruction built by the caller and copied in was read back (as one wide load) right after
    /// its fields were stored, a store-forwarding stall at every instruction emitted.
    /// </summary>
    /// <remarks><paramref name="loc"/> by reference: passed by value, it was spilled to the stack
    /// field by field and read back whole, the same stall.</remarks>
    public ref Instruction Add(int opcode, int oparg, in Location loc, int target = Instruction.NoBlock)
    {
        if (Count == _instrs.Length) Grow();
        if (PseudoOp.IsBlockPush(opcode)) PushesHandler = true;
        ref var slot = ref _instrs[Count++];
        slot.Opcode = opcode;
        slot.Oparg = oparg;
        slot.Target = target;
        slot.Except = Instruction.NoBlock;
        slot.Loc = loc;
        return ref slot;
    }

    public ref Instruction Add(in Instruction instruction)
    {
        if (Count == _instrs.Length) Grow();
        if (PseudoOp.IsBlockPush(instruction.Opcode)) PushesHandler = true;
        ref var slot = ref _instrs[Count++];
        slot = instruction;
        return ref slot;
    }

    /// <summary>
    /// The block has (or had) a SETUP_FINALLY / SETUP_WITH / SETUP_CLEANUP: noted as instructions
    /// are added, so that normalisation need not look at any instruction but the last.
    /// </summary>
    public bool PushesHandler { get; private set; }

    public void InsertAt(int index, in Instruction instruction)
    {
        if (Count == _instrs.Length) Grow();
        if (PseudoOp.IsBlockPush(instruction.Opcode)) PushesHandler = true;
        Array.Copy(_instrs, index, _instrs, index + 1, Count - index);
        _instrs[index] = instruction;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(_instrs, index + 1, _instrs, index, Count - index - 1);
        Count--;
    }

    private void Grow()
    {
        int length = Math.Max(InitialLength, Count * 2);
        var bigger = _pool is null ? new Instruction[length] : _pool.Rent(length);
        Array.Copy(_instrs, bigger, Count);
        _pool?.Return(_instrs);
        _instrs = bigger;
    }

    /// <summary>Gives the instruction storage back to the pool: the block is empty and done with.</summary>
    public void ReleaseStorage()
    {
        _pool?.Return(_instrs);
        _instrs = [];
        Count = 0;
    }

    /// <summary>Sets the number of instructions, dropping the tail (for in-place compaction).</summary>
    public void Truncate(int count) => Count = count;

    public override string ToString() => $"block {Label} ({Count} instructions)";
}

/// <summary>The stack of active exception handlers (compile.c's <c>ExceptStack</c>).</summary>
public sealed class ExceptStack
{
    public readonly List<BasicBlock?> Handlers = [null];

    public int Depth => Handlers.Count - 1;

    public ExceptStack Copy()
    {
        var copy = new ExceptStack();
        copy.Handlers.Clear();
        copy.Handlers.AddRange(Handlers);
        return copy;
    }
}
