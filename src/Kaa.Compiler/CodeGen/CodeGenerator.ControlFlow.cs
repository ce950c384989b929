using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Loops and the statements that leave blocks early: for, async for, while, return, break and
/// continue. (try is in CodeGenerator.Try.cs, with in CodeGenerator.With.cs.)
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileReturn(Return s)
    {
        // A constant return value is loaded after unwinding, so nothing needs preserving.
        bool preserveTos = s.Value is not null and not Constant;
        if (_u.Ste.Type != BlockType.Function) throw Error("'return' outside function");
        if (s.Value is not null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator)
            throw Error("'return' with value in async generator");
        if (preserveTos)
        {
            VisitExpr(s.Value!);
        }
        else if (s.Value is not null)
        {
            // An instruction carrying the return value's line.
            SetLocation(s.Value);
            AddOp(OpCode.Nop);
        }
        if (s.Value is null || s.Value.Lineno != s.Lineno)
        {
            SetLocation(s);
            AddOp(OpCode.Nop);
        }
        UnwindFrameBlockStack(preserveTos, stopAtLoop: false);
        if (s.Value is null) AddOpLoadConst(null);
        else if (!preserveTos) AddOpLoadConst(((Constant)s.Value).Value);
        AddOp(OpCode.ReturnValue);
    }

    private void CompileBreak(Break s)
    {
        var loc = _u.Loc;
        AddOp(OpCode.Nop); // carries the statement's line
        var loop = UnwindFrameBlockStack(preserveTos: false, stopAtLoop: true);
        if (loop is null)
        {
            _u.Loc = loc;
            throw Error("'break' outside loop");
        }
        UnwindFrameBlock(loop, preserveTos: false);
        AddOpJump(PseudoOp.Jump, loop.Exit!);
    }

    private void CompileContinue(Continue s)
    {
        var loc = _u.Loc;
        AddOp(OpCode.Nop); // carries the statement's line
        var loop = UnwindFrameBlockStack(preserveTos: false, stopAtLoop: true);
        if (loop is null)
        {
            _u.Loc = loc;
            throw Error("'continue' not properly in loop");
        }
        AddOpJump(PseudoOp.Jump, loop.Block!);
    }

    private void CompileFor(For s)
    {
        var start = NewBlock();
        var body = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        PushFrameBlock(FrameBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        AddOp(OpCode.GetIter);
        UseNextBlock(start);
        AddOpJump((int)OpCode.ForIter, cleanup);
        UseNextBlock(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        // The jump back is artificial: it gets its line from its neighbours.
        UnsetLocation();
        AddOpJump(PseudoOp.Jump, start);
        UseNextBlock(cleanup);
        PopFrameBlock(FrameBlockType.ForLoop, start);
        VisitStmts(s.OrelseSpan);
        UseNextBlock(end);
    }

    private void CompileAsyncFor(AsyncFor s)
    {
        if (_u.ScopeType != ScopeType.AsyncFunction) throw Error("'async for' outside async function");
        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        AddOp(OpCode.GetAiter);

        UseNextBlock(start);
        PushFrameBlock(FrameBlockType.ForLoop, start, end, null);
        // The handler catches StopAsyncIteration from __anext__.
        AddOpJump(PseudoOp.SetupFinally, except);
        AddOp(OpCode.GetAnext);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: true);
        AddPseudo(PseudoOp.PopBlock);

        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLocation();
        AddOpJump(PseudoOp.Jump, start);
        PopFrameBlock(FrameBlockType.ForLoop, start);

        UseNextBlock(except);
        // END_ASYNC_FOR ends the loop, not the body: it takes the iterator's position.
        SetLocation(s.Iter);
        AddOp(OpCode.EndAsyncFor);
        VisitStmts(s.OrelseSpan);
        UseNextBlock(end);
    }

    private void CompileWhile(While s)
    {
        var loop = NewBlock();
        var body = NewBlock();
        var anchor = NewBlock();
        var end = NewBlock();
        UseNextBlock(loop);
        PushFrameBlock(FrameBlockType.WhileLoop, loop, end, null);
        CompileJumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        VisitStmts(s.Body);
        SetLocation(s);
        CompileJumpIf(s.Test, body, true);
        PopFrameBlock(FrameBlockType.WhileLoop, loop);
        UseNextBlock(anchor);
        VisitStmts(s.OrelseSpan);
        UseNextBlock(end);
    }
}
