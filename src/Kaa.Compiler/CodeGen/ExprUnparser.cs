using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Expressions back to source text, as CPython's ast_unparse.c writes them: the strings that
/// <c>from __future__ import annotations</c> stores for annotations.
/// </summary>
public static class ExprUnparser
{
    public static string Unparse(Expr e) => throw new NotImplementedException("annotation unparsing");
}
