using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// try/except/else/finally and try/except* (PEP 654). Handlers are reached through the exception
/// table: SETUP_FINALLY / SETUP_CLEANUP pseudo-instructions mark the protected ranges, POP_BLOCK
/// ends them, and the runtime pushes the exception (and, under SETUP_CLEANUP, lasti).
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileTry(Try s)
    {
        if (s.FinalbodySpan.Length > 0) CompileTryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, star: false);
        else CompileTryExcept(s.Body, s.Handlers, s.Orelse);
    }

    private void CompileTryStar(TryStar s)
    {
        if (s.FinalbodySpan.Length > 0) CompileTryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, star: true);
        else CompileTryStarExcept(s.Body, s.Handlers, s.Orelse);
    }

    /// <summary>
    /// try/finally: the finally body is emitted twice, once on the normal path (after POP_BLOCK)
    /// and once as the exception handler, which reraises.
    /// </summary>
    private void CompileTryFinally(AstList<Stmt> tryBody, AstList<ExceptHandlerBase> handlers, AstList<Stmt> orelse,
        AstList<Stmt> finalBody, bool star)
    {
        var body = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();

        AddOpJump(PseudoOp.SetupFinally, end);
        UseNextBlock(body);
        PushFrameBlock(FrameBlockType.FinallyTry, body, end, finalBody);
        if (handlers.Count > 0)
        {
            if (star) CompileTryStarExcept(tryBody, handlers, orelse);
            else CompileTryExcept(tryBody, handlers, orelse);
        }
        else
        {
            VisitStmts(tryBody);
        }
        AddPseudoNoLine(PseudoOp.PopBlock);
        PopFrameBlock(FrameBlockType.FinallyTry, body);
        VisitStmts(finalBody);
        AddOpJumpNoLine(PseudoOp.Jump, exit);

        // The handler copy of the finally body.
        UseNextBlock(end);
        UnsetLocation();
        AddOpJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PushExcInfo);
        PushFrameBlock(FrameBlockType.FinallyEnd, end, null, null);
        VisitStmts(finalBody);
        PopFrameBlock(FrameBlockType.FinallyEnd, end);
        AddOpI(OpCode.Reraise, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    /// <summary>
    /// try/except[/else]: each handler tests the exception with CHECK_EXC_MATCH; a named handler's
    /// body is wrapped in an implicit try/finally that deletes the name.
    /// </summary>
    private void CompileTryExcept(AstList<Stmt> tryBody, AstList<ExceptHandlerBase> handlers, AstList<Stmt> orelse)
    {
        var body = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();

        AddOpJump(PseudoOp.SetupFinally, except);
        UseNextBlock(body);
        PushFrameBlock(FrameBlockType.TryExcept, body, null, null);
        VisitStmts(tryBody);
        PopFrameBlock(FrameBlockType.TryExcept, body);
        AddPseudoNoLine(PseudoOp.PopBlock);
        if (orelse.Count > 0) VisitStmts(orelse);
        AddOpJumpNoLine(PseudoOp.Jump, end);
        int n = handlers.Count;
        UseNextBlock(except);

        UnsetLocation();
        AddOpJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PushExcInfo);
        // The runtime pushes a block for the handler: account for it.
        PushFrameBlock(FrameBlockType.ExceptionHandler, null, null, null);
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLocation(handler);
            if (handler.Type is null && i < n - 1) throw Error("default 'except:' must be last");
            except = NewBlock();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(OpCode.CheckExcMatch);
                AddOpJump(PseudoOp.PopJumpIfFalse, except);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprContext.Store);

                // try: <body> finally: name = None; del name
                AddOpJump(PseudoOp.SetupCleanup, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
                VisitStmts(handler.Body);
                PopFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody);
                UnsetLocation();
                AddPseudo(PseudoOp.PopBlock);
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.PopExcept);
                AddOpLoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddOpJump(PseudoOp.Jump, end);

                // The body raised: clear the name and reraise.
                UseNextBlock(cleanupEnd);
                UnsetLocation();
                AddOpLoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddOpI(OpCode.Reraise, 1);
            }
            else
            {
                var cleanupBody = NewBlock();
                AddOp(OpCode.PopTop); // exc_value
                UseNextBlock(cleanupBody);
                PushFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(handler.Body);
                PopFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody);
                UnsetLocation();
                AddPseudo(PseudoOp.PopBlock);
                AddOp(OpCode.PopExcept);
                AddOpJump(PseudoOp.Jump, end);
            }
            UseNextBlock(except);
        }
        // No handler matched: reraise (artificial).
        UnsetLocation();
        PopFrameBlock(FrameBlockType.ExceptionHandler, null);
        AddOpI(OpCode.Reraise, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    /// <summary>
    /// try/except*: the original group and a list of raised/reraised exceptions stay on the stack
    /// while each handler splits off its match with CHECK_EG_MATCH; PREP_RERAISE_STAR combines
    /// what is left to reraise.
    /// </summary>
    private void CompileTryStarExcept(AstList<Stmt> tryBody, AstList<ExceptHandlerBase> handlers, AstList<Stmt> orelseBody)
    {
        var body = NewBlock();
        var except = NewBlock();
        var orelse = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        var reraiseStar = NewBlock();

        AddOpJump(PseudoOp.SetupFinally, except);
        UseNextBlock(body);
        PushFrameBlock(FrameBlockType.TryExcept, body, null, null);
        VisitStmts(tryBody);
        PopFrameBlock(FrameBlockType.TryExcept, body);
        AddPseudoNoLine(PseudoOp.PopBlock);
        AddOpJumpNoLine(PseudoOp.Jump, orelse);
        int n = handlers.Count;
        UseNextBlock(except);

        UnsetLocation();
        AddOpJump(PseudoOp.SetupCleanup, cleanup);
        AddOp(OpCode.PushExcInfo);
        PushFrameBlock(FrameBlockType.ExceptionGroupHandler, null, null, "except handler");
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLocation(handler);
            except = NewBlock();
            var handleMatch = NewBlock();
            if (i == 0)
            {
                // [exc] -> [orig, [], exc]: keep the original group and start the result list.
                AddOpI(OpCode.Copy, 1);
                AddOpI(OpCode.BuildList, 0);
                AddOpI(OpCode.Swap, 2);
            }
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(OpCode.CheckEgMatch);
                AddOpI(OpCode.Copy, 1);
                AddOpJump(PseudoOp.PopJumpIfNotNone, handleMatch);
                AddOp(OpCode.PopTop); // match
                AddOpJump(PseudoOp.Jump, except);
            }

            UseNextBlock(handleMatch);
            var cleanupEnd = NewBlock();
            var cleanupBody = NewBlock();
            if (handler.Name is not null) NameOp(handler.Name, ExprContext.Store);
            else AddOp(OpCode.PopTop); // match

            AddOpJump(PseudoOp.SetupCleanup, cleanupEnd);
            UseNextBlock(cleanupBody);
            PushFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
            VisitStmts(handler.Body);
            PopFrameBlock(FrameBlockType.HandlerCleanup, cleanupBody);
            UnsetLocation();
            AddPseudo(PseudoOp.PopBlock);
            if (handler.Name is not null)
            {
                AddOpLoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }
            AddOpJump(PseudoOp.Jump, except);

            // The handler body raised: clear the name and add the exception to the result list.
            UseNextBlock(cleanupEnd);
            UnsetLocation();
            if (handler.Name is not null)
            {
                AddOpLoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }
            AddOpI(OpCode.ListAppend, 3); // exc
            AddOp(OpCode.PopTop); // lasti
            AddOpJump(PseudoOp.Jump, except);
            UseNextBlock(except);

            if (i == n - 1)
            {
                // The unhandled rest of the group (or None) joins the list.
                AddOpI(OpCode.ListAppend, 1);
                AddOpJump(PseudoOp.Jump, reraiseStar);
            }
        }
        UnsetLocation();
        PopFrameBlock(FrameBlockType.ExceptionGroupHandler, null);
        var reraise = NewBlock();

        UseNextBlock(reraiseStar);
        AddOp(OpCode.PrepReraiseStar);
        AddOpI(OpCode.Copy, 1);
        AddOpJump(PseudoOp.PopJumpIfNotNone, reraise);
        // Nothing to reraise.
        AddOp(OpCode.PopTop);
        AddPseudo(PseudoOp.PopBlock);
        AddOp(OpCode.PopExcept);
        AddOpJump(PseudoOp.Jump, end);
        UseNextBlock(reraise);
        AddPseudo(PseudoOp.PopBlock);
        AddOpI(OpCode.Swap, 2);
        AddOp(OpCode.PopExcept);
        AddOpI(OpCode.Reraise, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(orelse);
        VisitStmts(orelseBody);
        UseNextBlock(end);
    }
}
