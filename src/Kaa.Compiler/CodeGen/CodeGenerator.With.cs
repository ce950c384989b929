using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// with and async with (PEP 343 / PEP 492): each item is its own nested block, entered with
/// BEFORE_WITH (or BEFORE_ASYNC_WITH and an await) and protected by SETUP_WITH, whose handler
/// calls __exit__ with the exception and reraises unless it returns true.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>compiler_with: the items from <paramref name="pos"/> on.</summary>
    private void CompileWith(With s, int pos)
    {
        var item = s.Items[pos];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();

        VisitExpr(item.ContextExpr);
        AddOp(OpCode.BeforeWith); // pushes the bound __exit__, then __enter__()'s result
        AddOpJump(PseudoOp.SetupWith, final);

        UseNextBlock(block);
        PushFrameBlock(FrameBlockType.With, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(OpCode.PopTop); // __enter__()'s result

        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileWith(s, pos);

        // What follows is artificial until the exit call.
        UnsetLocation();
        AddPseudo(PseudoOp.PopBlock);
        PopFrameBlock(FrameBlockType.With, block);

        // Normal exit: __exit__(None, None, None).
        SetLocation(s);
        CallExitWithNones();
        AddOp(OpCode.PopTop);
        AddOpJump(PseudoOp.Jump, exit);

        // Exceptional exit.
        UseNextBlock(final);
        AddOpJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PushExcInfo);
        AddOp(OpCode.WithExceptStart);
        WithExceptFinish(cleanup);

        UseNextBlock(exit);
    }

    private void CompileAsyncWith(AsyncWith s, int pos)
    {
        var item = s.Items[pos];
        if (_u.ScopeType != ScopeType.AsyncFunction) throw Error("'async with' outside async function");
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();

        VisitExpr(item.ContextExpr);
        AddOp(OpCode.BeforeAsyncWith);
        AddOpI(OpCode.GetAwaitable, 1);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: true);
        AddOpJump(PseudoOp.SetupWith, final);

        UseNextBlock(block);
        PushFrameBlock(FrameBlockType.AsyncWith, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(OpCode.PopTop); // __aenter__()'s result

        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileAsyncWith(s, pos);

        PopFrameBlock(FrameBlockType.AsyncWith, block);
        AddPseudo(PseudoOp.PopBlock);

        // Normal exit: await __aexit__(None, None, None).
        SetLocation(s);
        CallExitWithNones();
        AddOpI(OpCode.GetAwaitable, 2);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: true);
        AddOp(OpCode.PopTop);
        AddOpJump(PseudoOp.Jump, exit);

        // Exceptional exit.
        UseNextBlock(final);
        AddOpJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PushExcInfo);
        AddOp(OpCode.WithExceptStart);
        AddOpI(OpCode.GetAwaitable, 2);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: true);
        WithExceptFinish(cleanup);

        UseNextBlock(exit);
    }

    /// <summary>
    /// After __exit__ ran for an exception: reraise unless it returned true, else drop the
    /// exception and the exit function and restore the previous exception.
    /// </summary>
    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLocation();
        var exit = NewBlock();
        AddOpJump(PseudoOp.PopJumpIfTrue, exit);
        AddOpI(OpCode.Reraise, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        AddOp(OpCode.PopTop); // exc_value
        AddPseudo(PseudoOp.PopBlock);
        AddOp(OpCode.PopExcept);
        AddOp(OpCode.PopTop);
        AddOp(OpCode.PopTop);
    }
}
