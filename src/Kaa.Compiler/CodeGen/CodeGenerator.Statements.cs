using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>Statements (placeholder until code generation lands).</summary>
public sealed partial class CodeGenerator
{
    private void CompileBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private static bool FindAnnotations(List<Stmt> body) => false;

    private void VisitStmt(Stmt s) => throw Error($"statement {s.TypeName} not compiled yet");

    private void VisitExpr(Expr e) => throw Error($"expression {e.TypeName} not compiled yet");
}
