using System.Text;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// Raising errors as pegen_errors.c does: positions of known locations, of the last token read,
/// the conversion of byte columns to character offsets, the "f-string: " prefix.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>CPython's CURRENT_POS: "where the tokenizer is now".</summary>
    private const int CurrentPos = Tokenizer.CurrentPos;

    /// <summary>
    /// CPython's <c>_PyPegen_raise_error_known_location</c>: <paramref name="col"/> and
    /// <paramref name="endCol"/> are 1-based byte offsets (or <see cref="CurrentPos"/>).
    /// </summary>
    private SyntaxErrorException RaiseErrorKnownLocation1(string pythonType, int lineno, int col, int endLineno,
        int endCol, string msg)
        => Tokenizer.RaiseErrorKnownLocationRaw(pythonType, lineno, col, endLineno, endCol, msg);

    /// <summary>CPython's <c>RAISE_ERROR_KNOWN_LOCATION</c>: 0-based byte columns (-1: none).</summary>
    private SyntaxErrorException RaiseKnownLocation(string pythonType, int lineno, int colOffset, int endLineno,
        int endColOffset, string msg)
        => RaiseErrorKnownLocation1(pythonType, lineno, colOffset == CurrentPos ? CurrentPos : colOffset + 1,
            endLineno, endColOffset == CurrentPos ? CurrentPos : endColOffset + 1, msg);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) for a node.</summary>
    private SyntaxErrorException RaiseAtNode(LocatedNode a, string msg)
        => RaiseKnownLocation("SyntaxError", a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset, msg);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) for a token.</summary>
    private SyntaxErrorException RaiseAtToken(int index, string msg)
    {
        ref Token t = ref Tok(index);
        return RaiseKnownLocation("SyntaxError", t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) for nodes.</summary>
    private SyntaxErrorException RaiseRange(LocatedNode a, LocatedNode b, string msg)
        => RaiseKnownLocation("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) from a token to a node.</summary>
    private SyntaxErrorException RaiseRange(int tokenA, LocatedNode b, string msg)
    {
        ref Token a = ref Tok(tokenA);
        return RaiseKnownLocation("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) from a node to a token.</summary>
    private SyntaxErrorException RaiseRange(LocatedNode a, int tokenB, string msg)
    {
        ref Token b = ref Tok(tokenB);
        return RaiseKnownLocation("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) between tokens.</summary>
    private SyntaxErrorException RaiseRange(int tokenA, int tokenB, string msg)
    {
        ref Token a = ref Tok(tokenA);
        ref Token b = ref Tok(tokenB);
        return RaiseKnownLocation("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a node to where the tokenizer is.</summary>
    private SyntaxErrorException RaiseStartingFrom(LocatedNode a, string msg)
        => RaiseErrorKnownLocation1("SyntaxError", a.Lineno, a.ColOffset + 1, CurrentPos, CurrentPos, msg);

    private SyntaxErrorException RaiseStartingFrom(int token, string msg)
    {
        ref Token a = ref Tok(token);
        return RaiseErrorKnownLocation1("SyntaxError", a.Lineno, a.ColOffset + 1, CurrentPos, CurrentPos, msg);
    }

    /// <summary>CPython's <c>_PyPegen_raise_error</c> (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR):
    /// at the last token read.</summary>
    private SyntaxErrorException RaiseError(string pythonType, string msg)
        => Tokenizer.RaiseErrorAt(pythonType, _fill == 0 ? null : Tok(_fill - 1), msg);

    private SyntaxErrorException RaiseIndentationError(string msg) => RaiseError("IndentationError", msg);

    // ------------------------------------------------------------ invalid targets

    private enum TargetsType { StarTargets, DelTargets, ForTargets }

    /// <summary>CPython's <c>_PyPegen_get_invalid_target</c>.</summary>
    private static Expr? GetInvalidTarget(Expr? e, TargetsType type)
    {
        if (e is null) return null;
        switch (e)
        {
            case List l:
                foreach (var x in l.Elts)
                {
                    var child = GetInvalidTarget(x, type);
                    if (child is not null) return child;
                }
                return null;
            case Tuple t:
                foreach (var x in t.Elts)
                {
                    var child = GetInvalidTarget(x, type);
                    if (child is not null) return child;
                }
                return null;
            case Starred s:
                if (type == TargetsType.DelTargets) return e;
                return GetInvalidTarget(s.Value, type);
            case Compare c:
                if (type == TargetsType.ForTargets)
                {
                    if (c.Ops[0] == CmpOperator.In) return GetInvalidTarget(c.Left, type);
                    return null;
                }
                return e;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if <paramref name="e"/> has an invalid target.</summary>
    private void RaiseInvalidTarget(TargetsType type, Expr? e)
    {
        var invalid = GetInvalidTarget(e, type);
        if (invalid is null) return;
        string msg = type == TargetsType.DelTargets ? "cannot delete {0}" : "cannot assign to {0}";
        throw RaiseAtNode(invalid, string.Format(msg, GetExprName(invalid)));
    }

    /// <summary>CPython's <c>_PyPegen_get_expr_name</c>.</summary>
    private static string GetExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            false => "False",
            true => "True",
            Text.EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
