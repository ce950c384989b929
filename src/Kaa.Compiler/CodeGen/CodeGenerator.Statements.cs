using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Bodies and simple statements: the statement dispatcher, docstrings and SETUP_ANNOTATIONS,
/// expression statements, if, assert, raise, delete, pass, global/nonlocal. Assignments, imports
/// and definitions live in their own partial files; loops, try, with and match in the control-flow
/// and pattern files.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>compiler_body: a module or class body, with its docstring and annotations dict.</summary>
    private void CompileBody(AstList<Stmt> body)
    {
        // The module's first instruction (SETUP_ANNOTATIONS or the docstring) takes the line of
        // its first statement.
        if (_u.ScopeType == ScopeType.Module && body.Count > 0) SetLocation(body[0]);
        if (FindAnnotations(body)) AddOp(OpCode.SetupAnnotations);
        if (body.Count == 0) return;
        int i = 0;
        if (_optimize < 2 && GetDocString(body) is not null)
        {
            i = 1;
            VisitExpr(((ExprStmt)body[0]).Value);
            UnsetLocation();
            NameOp("__doc__", ExprContext.Store);
        }
        for (; i < body.Count; i++) VisitStmt(body[i]);
    }

    /// <summary>_PyAST_GetDocString: the first statement when it is a string constant expression.</summary>
    private static object? GetDocString(AstList<Stmt> body)
    {
        if (body.Count == 0 || body[0] is not ExprStmt { Value: Constant c }) return null;
        return c.Value is string or CodePointString ? c.Value : null;
    }

    /// <summary>find_ann: does the body (not nested scopes) contain an annotated assignment?</summary>
    private static bool FindAnnotations(AstList<Stmt> body) => FindAnnotations(body.AsSpan());

    private static bool FindAnnotations(Span<Stmt> body)
    {
        foreach (var st in body)
        {
            bool found = st switch
            {
                AnnAssign => true,
                For f => FindAnnotations(f.Body) || FindAnnotations(f.OrelseSpan),
                AsyncFor f => FindAnnotations(f.Body) || FindAnnotations(f.OrelseSpan),
                While w => FindAnnotations(w.Body) || FindAnnotations(w.OrelseSpan),
                If i => FindAnnotations(i.Body) || FindAnnotations(i.OrelseSpan),
                With w => FindAnnotations(w.Body),
                AsyncWith w => FindAnnotations(w.Body),
                Try t => HandlersHaveAnnotations(t.Handlers)
                    || FindAnnotations(t.Body) || FindAnnotations(t.FinalbodySpan) || FindAnnotations(t.OrelseSpan),
                TryStar t => HandlersHaveAnnotations(t.Handlers)
                    || FindAnnotations(t.Body) || FindAnnotations(t.FinalbodySpan) || FindAnnotations(t.OrelseSpan),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    private static bool HandlersHaveAnnotations(AstList<ExceptHandlerBase> handlers)
    {
        foreach (var h in handlers)
            if (h is ExceptHandler eh && FindAnnotations(eh.Body)) return true;
        return false;
    }

    private void VisitStmts(AstList<Stmt> body) => VisitStmts(body.AsSpan());

    private void VisitStmts(Span<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    /// <summary>compiler_visit_stmt: every statement starts at its own location.</summary>
    private void VisitStmt(Stmt s)
    {
        SetLocation(s);
        switch (s)
        {
            case FunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorListSpan, f.Returns, isAsync: false); break;
            case AsyncFunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorListSpan, f.Returns, isAsync: true); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a: CompileAssign(a); break;
            case AugAssign a: CompileAugAssign(a); break;
            case AnnAssign a: CompileAnnAssign(a); break;
            case For f: CompileFor(f); break;
            case AsyncFor f: CompileAsyncFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case With w: CompileWith(w, 0); break;
            case AsyncWith w: CompileAsyncWith(w, 0); break;
            case Match m: CompileMatch(m); break;
            case Raise r: CompileRaise(r); break;
            case Try t: CompileTry(t); break;
            case TryStar t: CompileTryStar(t); break;
            case Assert a: CompileAssert(a); break;
            case Import i: CompileImport(i); break;
            case ImportFrom i: CompileImportFrom(i); break;
            case Global or Nonlocal: break;
            case ExprStmt e: CompileExprStmt(e.Value); break;
            case Pass: AddOp(OpCode.Nop); break;
            case Break b: CompileBreak(b); break;
            case Continue c: CompileContinue(c); break;
            default: throw new InvalidOperationException($"statement {s.TypeName} should not be possible");
        }
    }

    /// <summary>compiler_visit_stmt_expr: evaluate and discard (or print, at the interactive prompt).</summary>
    private void CompileExprStmt(Expr value)
    {
        if (_interactive && _stack.Count == 0)
        {
            VisitExpr(value);
            AddOp(OpCode.PrintExpr);
            return;
        }
        if (value is Constant)
        {
            // A constant statement does nothing, but keeps its line.
            AddOp(OpCode.Nop);
            return;
        }
        VisitExpr(value);
        UnsetLocation(); // the POP_TOP is artificial
        AddOp(OpCode.PopTop);
    }

    private void CompileIf(If s)
    {
        var end = NewBlock();
        var next = s.OrelseSpan.Length > 0 ? NewBlock() : end;
        CompileJumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.OrelseSpan.Length > 0)
        {
            AddOpJumpNoLine(PseudoOp.Jump, end);
            UseNextBlock(next);
            VisitStmts(s.OrelseSpan);
        }
        UseNextBlock(end);
    }

    private void CompileRaise(Raise s)
    {
        int n = 0;
        if (s.Exc is not null)
        {
            VisitExpr(s.Exc);
            n++;
            if (s.Cause is not null)
            {
                VisitExpr(s.Cause);
                n++;
            }
        }
        AddOpI(OpCode.RaiseVarargs, n);
    }

    private void CompileAssert(Assert s)
    {
        // (A non-empty tuple test only warns: "assertion is always true".)
        if (_optimize > 0) return;
        var end = NewBlock();
        CompileJumpIf(s.Test, end, true);
        AddOp(OpCode.LoadAssertionError);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            AddOpI(OpCode.Precall, 0);
            AddOpI(OpCode.Call, 0);
        }
        AddOpI(OpCode.RaiseVarargs, 1);
        UseNextBlock(end);
    }
}
