using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// The frame-block stack: what return, break and continue must undo on their way out of loops,
/// try bodies, handlers and with blocks, and the small instruction sequences shared by those
/// constructs (calling __exit__ with Nones, the yield-from loop, the handler's reraise).
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>CPython's static limit on nested blocks (CO_MAXBLOCKS).</summary>
    private const int MaxFrameBlocks = 20;

    private void PushFrameBlock(FrameBlockType type, BasicBlock? block, BasicBlock? exit, object? datum)
    {
        if (_u.FrameBlocks.Count >= MaxFrameBlocks) throw Error("too many statically nested blocks");
        _u.FrameBlocks.Add(new FrameBlock(type, block, exit, datum));
    }

    private void PopFrameBlock(FrameBlockType type, BasicBlock? block)
    {
        var top = _u.FrameBlocks[^1];
        System.Diagnostics.Debug.Assert(top.Type == type && top.Block == block);
        _u.FrameBlocks.RemoveAt(_u.FrameBlocks.Count - 1);
    }

    /// <summary>A pseudo-instruction without a line of its own (ADDOP_NOLINE of POP_BLOCK).</summary>
    private void AddPseudoNoLine(int opcode) => Emit(opcode, 0, Location.NoLocation);

    /// <summary>__exit__(None, None, None) for a with block left normally or by a jump.</summary>
    private void CallExitWithNones()
    {
        AddOpLoadConst(null);
        AddOpLoadConst(null);
        AddOpLoadConst(null);
        AddOpI(OpCode.Precall, 2);
        AddOpI(OpCode.Call, 2);
    }

    /// <summary>The SEND / YIELD_VALUE loop of yield from and await (RESUME 2 or 3 tells which).</summary>
    private void AddYieldFrom(bool isAwait)
    {
        var start = NewBlock();
        var resume = NewBlock();
        var exit = NewBlock();
        UseNextBlock(start);
        AddOpJump((int)OpCode.Send, exit);
        UseNextBlock(resume);
        AddOp(OpCode.YieldValue);
        AddOpI(OpCode.Resume, isAwait ? 3 : 2);
        AddOpJump(PseudoOp.JumpNoInterrupt, start);
        UseNextBlock(exit);
    }

    /// <summary>
    /// The cleanup handler of an except block: [exc_info, lasti, exc] → restore the previous
    /// exception and reraise (COPY 3, POP_EXCEPT, RERAISE 1).
    /// </summary>
    private void PopExceptAndReraise()
    {
        AddOpI(OpCode.Copy, 3);
        AddOp(OpCode.PopExcept);
        AddOpI(OpCode.Reraise, 1);
    }

    /// <summary>
    /// Emits what leaving <paramref name="info"/> early requires. With <paramref name="preserveTos"/>
    /// the value on top of the stack (a return value) is kept above whatever is popped.
    /// </summary>
    private void UnwindFrameBlock(FrameBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FrameBlockType.WhileLoop:
            case FrameBlockType.ExceptionHandler:
            case FrameBlockType.ExceptionGroupHandler:
            case FrameBlockType.AsyncComprehensionGenerator:
                return;

            case FrameBlockType.ForLoop:
                // The iterator.
                if (preserveTos) AddOpI(OpCode.Swap, 2);
                AddOp(OpCode.PopTop);
                return;

            case FrameBlockType.TryExcept:
                AddPseudo(PseudoOp.PopBlock);
                return;

            case FrameBlockType.FinallyTry:
                // This POP_BLOCK carries the line of the statement that leaves the try.
                AddPseudo(PseudoOp.PopBlock);
                if (preserveTos) PushFrameBlock(FrameBlockType.PopValue, null, null, null);
                VisitStmts((AstList<Stmt>)info.Datum!);
                if (preserveTos) PopFrameBlock(FrameBlockType.PopValue, null);
                // The finally body should look as if it ran after the leaving statement, so the
                // jump that follows is artificial.
                UnsetLocation();
                return;

            case FrameBlockType.FinallyEnd:
                if (preserveTos) AddOpI(OpCode.Swap, 2);
                AddOp(OpCode.PopTop); // exc_value
                if (preserveTos) AddOpI(OpCode.Swap, 2);
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.PopExcept);
                return;

            case FrameBlockType.With:
            case FrameBlockType.AsyncWith:
                SetLocation((LocatedNode)info.Datum!);
                AddPseudo(PseudoOp.PopBlock);
                if (preserveTos) AddOpI(OpCode.Swap, 2);
                CallExitWithNones();
                if (info.Type == FrameBlockType.AsyncWith)
                {
                    AddOpI(OpCode.GetAwaitable, 2);
                    AddOpLoadConst(null);
                    AddYieldFrom(isAwait: true);
                }
                AddOp(OpCode.PopTop);
                // As for finally: the exit call appears to run after the leaving statement.
                UnsetLocation();
                return;

            case FrameBlockType.HandlerCleanup:
            {
                var name = (string?)info.Datum;
                if (name is not null) AddPseudo(PseudoOp.PopBlock);
                if (preserveTos) AddOpI(OpCode.Swap, 2);
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.PopExcept);
                if (name is not null)
                {
                    AddOpLoadConst(null);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            }

            case FrameBlockType.PopValue:
                if (preserveTos) AddOpI(OpCode.Swap, 2);
                AddOp(OpCode.PopTop);
                return;
        }
        throw new InvalidOperationException($"frame block {info.Type} has no unwinding");
    }

    /// <summary>
    /// Unwinds the whole frame-block stack (return), or up to the innermost loop when
    /// <paramref name="stopAtLoop"/> (break/continue), which is then returned. The stack is
    /// restored afterwards: the code after the jump still runs inside those blocks.
    /// </summary>
    private FrameBlock? UnwindFrameBlockStack(bool preserveTos, bool stopAtLoop)
    {
        var blocks = _u.FrameBlocks;
        if (blocks.Count == 0) return null;
        var top = blocks[^1];
        if (top.Type == FrameBlockType.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (stopAtLoop && top.Type is FrameBlockType.WhileLoop or FrameBlockType.ForLoop) return top;
        blocks.RemoveAt(blocks.Count - 1);
        UnwindFrameBlock(top, preserveTos);
        var loop = UnwindFrameBlockStack(preserveTos, stopAtLoop);
        blocks.Add(top);
        return loop;
    }
}
