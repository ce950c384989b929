using System.Globalization;
using System.Numerics;
using System.Text;
using Kaa.Compiler.Code;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Text;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Expressions back to source text, as CPython's limited C unparser writes them (not
/// <c>ast.unparse</c>, which differs in places): the strings that
/// <c>from __future__ import annotations</c> stores for annotations. Parentheses come from
/// operator priorities, not from the source.
/// </summary>
public sealed class ExprUnparser
{
    // Priorities, loosest first.
    private const int PrTuple = 0;
    private const int PrTest = 1;   // if-else, lambda
    private const int PrOr = 2;
    private const int PrAnd = 3;
    private const int PrNot = 4;
    private const int PrCmp = 5;
    private const int PrExpr = 6;
    private const int PrBor = PrExpr;
    private const int PrBxor = 7;
    private const int PrBand = 8;
    private const int PrShift = 9;
    private const int PrArith = 10;
    private const int PrTerm = 11;
    private const int PrFactor = 12;
    private const int PrPower = 13;
    private const int PrAwait = 14;
    private const int PrAtom = 15;

    /// <summary>An infinite float is written as a literal that overflows back to infinity.</summary>
    private static readonly string InfReplacement = "1e" + (1 + 308).ToString(CultureInfo.InvariantCulture);

    private readonly StringBuilder _sb = new();

    private ExprUnparser() { }

    /// <summary>_PyAST_ExprAsUnicode: the text of an annotation.</summary>
    public static string Unparse(Expr e) => AsString(e, PrTest);

    private static string AsString(Expr e, int level)
    {
        var u = new ExprUnparser();
        u.Append(e, level);
        return u._sb.ToString();
    }

    private void Open(bool cond)
    {
        if (cond) _sb.Append('(');
    }

    private void Close(bool cond)
    {
        if (cond) _sb.Append(')');
    }

    private void Append(Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOperator.And ? PrAnd : PrOr;
                Open(level > pr);
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) _sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                    Append(b.Values[i], pr + 1);
                }
                Close(level > pr);
                break;
            }
            case BinOp b:
            {
                var (op, pr) = b.Op switch
                {
                    Operator.Add => (" + ", PrArith),
                    Operator.Sub => (" - ", PrArith),
                    Operator.Mult => (" * ", PrTerm),
                    Operator.MatMult => (" @ ", PrTerm),
                    Operator.Div => (" / ", PrTerm),
                    Operator.Mod => (" % ", PrTerm),
                    Operator.LShift => (" << ", PrShift),
                    Operator.RShift => (" >> ", PrShift),
                    Operator.BitOr => (" | ", PrBor),
                    Operator.BitXor => (" ^ ", PrBxor),
                    Operator.BitAnd => (" & ", PrBand),
                    Operator.FloorDiv => (" // ", PrTerm),
                    _ => (" ** ", PrPower),
                };
                int rightAssoc = b.Op == Operator.Pow ? 1 : 0;
                Open(level > pr);
                Append(b.Left, pr + rightAssoc);
                _sb.Append(op);
                Append(b.Right, pr + 1 - rightAssoc);
                Close(level > pr);
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Invert => ("~", PrFactor),
                    UnaryOperator.Not => ("not ", PrNot),
                    UnaryOperator.UAdd => ("+", PrFactor),
                    _ => ("-", PrFactor),
                };
                Open(level > pr);
                _sb.Append(op);
                Append(u.Operand, pr);
                Close(level > pr);
                break;
            }
            case Lambda l:
                Open(level > PrTest);
                _sb.Append(l.Args.Args.Count + l.Args.Posonlyargs.Count > 0 ? "lambda " : "lambda");
                AppendArguments(l.Args);
                _sb.Append(": ");
                Append(l.Body, PrTest);
                Close(level > PrTest);
                break;
            case IfExp i:
                Open(level > PrTest);
                Append(i.Body, PrTest + 1);
                _sb.Append(" if ");
                Append(i.Test, PrTest + 1);
                _sb.Append(" else ");
                Append(i.Orelse, PrTest);
                Close(level > PrTest);
                break;
            case Dict d:
                _sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        Append(key, PrTest);
                        _sb.Append(": ");
                        Append(d.Values[i], PrTest);
                    }
                    else
                    {
                        _sb.Append("**");
                        Append(d.Values[i], PrExpr);
                    }
                }
                _sb.Append('}');
                break;
            case Set s:
                _sb.Append('{');
                AppendItems(s.Elts);
                _sb.Append('}');
                break;
            case GeneratorExp g:
                AppendGenExp(g);
                break;
            case ListComp lc:
                _sb.Append('[');
                Append(lc.Elt, PrTest);
                AppendComprehensions(lc.Generators);
                _sb.Append(']');
                break;
            case SetComp sc:
                _sb.Append('{');
                Append(sc.Elt, PrTest);
                AppendComprehensions(sc.Generators);
                _sb.Append('}');
                break;
            case DictComp dc:
                _sb.Append('{');
                Append(dc.Key, PrTest);
                _sb.Append(": ");
                Append(dc.Value, PrTest);
                AppendComprehensions(dc.Generators);
                _sb.Append('}');
                break;
            case Yield y:
                if (y.Value is null)
                {
                    _sb.Append("(yield)");
                    break;
                }
                _sb.Append("(yield ");
                Append(y.Value, PrTest);
                _sb.Append(')');
                break;
            case YieldFrom yf:
                _sb.Append("(yield from ");
                Append(yf.Value, PrTest);
                _sb.Append(')');
                break;
            case Await a:
                Open(level > PrAwait);
                _sb.Append("await ");
                Append(a.Value, PrAtom);
                Close(level > PrAwait);
                break;
            case Compare c:
                Open(level > PrCmp);
                Append(c.Left, PrCmp + 1);
                for (int i = 0; i < c.Comparators.Count; i++)
                {
                    _sb.Append(c.Ops[i] switch
                    {
                        CmpOperator.Eq => " == ",
                        CmpOperator.NotEq => " != ",
                        CmpOperator.Lt => " < ",
                        CmpOperator.LtE => " <= ",
                        CmpOperator.Gt => " > ",
                        CmpOperator.GtE => " >= ",
                        CmpOperator.Is => " is ",
                        CmpOperator.IsNot => " is not ",
                        CmpOperator.In => " in ",
                        _ => " not in ",
                    });
                    Append(c.Comparators[i], PrCmp + 1);
                }
                Close(level > PrCmp);
                break;
            case Call call:
                AppendCall(call);
                break;
            case Constant k:
                if (k.Value is EllipsisValue)
                {
                    _sb.Append("...");
                    break;
                }
                if (k.Kind is not null) _sb.Append(k.Kind);
                AppendConstant(k.Value);
                break;
            case JoinedStr j:
                AppendJoinedStr(j, isFormatSpec: false);
                break;
            case FormattedValue f:
                AppendFormattedValue(f);
                break;
            case Attribute at:
                Append(at.Value, PrAtom);
                // An integer needs a space before the dot ("1 .real").
                _sb.Append(at.Value is Constant { Value: long or BigInteger } ? " ." : ".");
                _sb.Append(at.Attr);
                break;
            case Subscript sub:
                Append(sub.Value, PrAtom);
                _sb.Append('[');
                Append(sub.Slice, PrTuple);
                _sb.Append(']');
                break;
            case Starred st:
                _sb.Append('*');
                Append(st.Value, PrExpr);
                break;
            case Slice sl:
                if (sl.Lower is not null) Append(sl.Lower, PrTest);
                _sb.Append(':');
                if (sl.Upper is not null) Append(sl.Upper, PrTest);
                if (sl.Step is not null)
                {
                    _sb.Append(':');
                    Append(sl.Step, PrTest);
                }
                break;
            case Name n:
                _sb.Append(n.Id);
                break;
            case List l:
                _sb.Append('[');
                AppendItems(l.Elts);
                _sb.Append(']');
                break;
            case Tuple t:
                if (t.Elts.Count == 0)
                {
                    _sb.Append("()");
                    break;
                }
                Open(level > PrTuple);
                AppendItems(t.Elts);
                if (t.Elts.Count == 1) _sb.Append(',');
                Close(level > PrTuple);
                break;
            case NamedExpr ne:
                Open(level > PrTuple);
                Append(ne.Target, PrAtom);
                _sb.Append(" := ");
                Append(ne.Value, PrAtom);
                Close(level > PrTuple);
                break;
            default:
                throw new InvalidOperationException($"unknown expression kind {e.TypeName}");
        }
    }

    private void AppendItems(AstList<Expr> elts)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            Append(elts[i], PrTest);
        }
    }

    private void AppendGenExp(GeneratorExp g)
    {
        _sb.Append('(');
        Append(g.Elt, PrTest);
        AppendComprehensions(g.Generators);
        _sb.Append(')');
    }

    private void AppendComprehensions(AstList<Comprehension> generators)
    {
        foreach (var gen in generators)
        {
            _sb.Append(gen.IsAsync != 0 ? " async for " : " for ");
            Append(gen.Target, PrTuple);
            _sb.Append(" in ");
            Append(gen.Iter, PrTest + 1);
            foreach (var cond in gen.Ifs)
            {
                _sb.Append(" if ");
                Append(cond, PrTest + 1);
            }
        }
    }

    private void AppendCall(Call call)
    {
        Append(call.Func, PrAtom);
        if (call.Args.Count == 1 && call.Keywords.Count == 0 && call.Args[0] is GeneratorExp only)
        {
            // A sole generator expression argument brings its own parentheses.
            AppendGenExp(only);
            return;
        }
        _sb.Append('(');
        bool first = true;
        foreach (var a in call.Args)
        {
            if (!first) _sb.Append(", ");
            first = false;
            Append(a, PrTest);
        }
        foreach (var kw in call.Keywords)
        {
            if (!first) _sb.Append(", ");
            first = false;
            if (kw.Arg is null) _sb.Append("**");
            else _sb.Append(kw.Arg).Append('=');
            Append(kw.Value, PrTest);
        }
        _sb.Append(')');
    }

    private void AppendArg(Arg arg)
    {
        _sb.Append(arg.Name);
        if (arg.Annotation is not null)
        {
            _sb.Append(": ");
            Append(arg.Annotation, PrTest);
        }
    }

    private void AppendArguments(Arguments args)
    {
        bool first = true;
        int posonly = args.Posonlyargs.Count, count = args.Args.Count, ndefaults = args.Defaults.Count;
        for (int i = 0; i < posonly + count; i++)
        {
            if (!first) _sb.Append(", ");
            first = false;
            AppendArg(i < posonly ? args.Posonlyargs[i] : args.Args[i - posonly]);
            int di = i - posonly - count + ndefaults;
            if (di >= 0)
            {
                _sb.Append('=');
                Append(args.Defaults[di], PrTest);
            }
            if (posonly > 0 && i + 1 == posonly) _sb.Append(", /");
        }
        if (args.Vararg is not null || args.Kwonlyargs.Count > 0)
        {
            if (!first) _sb.Append(", ");
            first = false;
            _sb.Append('*');
            if (args.Vararg is not null) AppendArg(args.Vararg);
        }
        int nkw = args.Kwonlyargs.Count, nkwdefaults = args.KwDefaults.Count;
        for (int i = 0; i < nkw; i++)
        {
            if (!first) _sb.Append(", ");
            first = false;
            AppendArg(args.Kwonlyargs[i]);
            int di = i - nkw + nkwdefaults;
            if (di >= 0 && args.KwDefaults[di] is { } d)
            {
                _sb.Append('=');
                Append(d, PrTest);
            }
        }
        if (args.Kwarg is not null)
        {
            if (!first) _sb.Append(", ");
            _sb.Append("**");
            AppendArg(args.Kwarg);
        }
    }

    private void AppendConstant(object? value)
    {
        if (value is ConstTuple t)
        {
            _sb.Append('(');
            for (int i = 0; i < t.Items.Length; i++)
            {
                if (i > 0) _sb.Append(", ");
                AppendConstant(t.Items[i]);
            }
            if (t.Items.Length == 1) _sb.Append(',');
            _sb.Append(')');
            return;
        }
        AppendRepr(value);
    }

    private void AppendRepr(object? value)
    {
        string repr = PyRepr.Repr(value);
        if ((value is double d && double.IsInfinity(d)) || value is Complex)
            repr = repr.Replace("inf", InfReplacement, StringComparison.Ordinal);
        _sb.Append(repr);
    }

    /// <summary>An f-string: its body is built separately, then written as a repr after "f".</summary>
    private void AppendJoinedStr(JoinedStr j, bool isFormatSpec)
    {
        var body = new ExprUnparser();
        foreach (var v in j.Values) body.AppendFStringElement(v);
        string text = body._sb.ToString();
        if (isFormatSpec) _sb.Append(text);
        else
        {
            _sb.Append('f');
            AppendRepr(text);
        }
    }

    private void AppendFStringElement(Expr e)
    {
        switch (e)
        {
            case Constant c:
                string s = c.Value switch
                {
                    string str => str,
                    CodePointString cps => CodePointsToString(cps.CodePoints),
                    _ => throw new InvalidOperationException("unknown constant inside f-string"),
                };
                _sb.Append(s.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                break;
            case JoinedStr j:
                AppendJoinedStr(j, isFormatSpec: true);
                break;
            case FormattedValue f:
                AppendFormattedValue(f);
                break;
            default:
                throw new InvalidOperationException("unknown expression kind inside f-string");
        }
    }

    private void AppendFormattedValue(FormattedValue f)
    {
        // Above PR_TEST, so that a lambda (with its ':') gets parentheses.
        string value = AsString(f.Value, PrTest + 1);
        // A value starting with a brace is kept apart from the outer one.
        _sb.Append(value.StartsWith('{') ? "{ " : "{");
        _sb.Append(value);
        if (f.Conversion > 0)
        {
            _sb.Append(f.Conversion switch
            {
                'a' => "!a",
                'r' => "!r",
                's' => "!s",
                _ => throw new InvalidOperationException("unknown f-value conversion kind"),
            });
        }
        if (f.FormatSpec is not null)
        {
            _sb.Append(':');
            AppendFStringElement(f.FormatSpec);
        }
        _sb.Append('}');
    }

    private static string CodePointsToString(int[] codePoints)
    {
        var sb = new StringBuilder();
        foreach (int cp in codePoints)
        {
            if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }
}
