using Kaa.Compiler.Code;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Statements, and the visitors other parts call (placeholders until code generation lands;
/// owned by the statements/expressions work, which replaces these bodies).
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private static bool FindAnnotations(List<Stmt> body) => false;

    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s) => throw Error($"statement {s.TypeName} not compiled yet");

    private void VisitExpr(Expr e) => throw Error($"expression {e.TypeName} not compiled yet");

    /// <summary>compiler_nameop: load/store/delete a name with the opcode its scope requires.</summary>
    private void NameOp(string name, ExprContext ctx) => throw Error($"name {name} not compiled yet");

    /// <summary>compiler_jump_if: jump to <paramref name="next"/> when <paramref name="e"/> is <paramref name="cond"/>.</summary>
    private void CompileJumpIf(Expr e, BasicBlock next, bool cond) => throw Error("jump_if not compiled yet");

    /// <summary>compiler_make_closure: MAKE_FUNCTION for <paramref name="code"/> with its free variables.</summary>
    private void MakeClosure(CodeObject code, int flags, string qualname) => throw Error("closures not compiled yet");
}
