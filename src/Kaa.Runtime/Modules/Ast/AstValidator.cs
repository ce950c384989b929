using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using NameNode = Kaa.Syntax.Ast.Name;

namespace Kaa.Runtime;

/// <summary>
/// The checks CPython makes on a tree that came from <c>ast</c> objects before compiling it (Python/ast.c,
/// _PyAST_Validate): positions, expression contexts, non-empty bodies, constant types, pattern shapes.
/// Every message is CPython's. Each method returns false with the error set.
/// </summary>
internal sealed class AstValidator
{
    private readonly ThreadState _ts;
    private readonly int _limit;
    private int _depth;

    private AstValidator(ThreadState ts)
    {
        _ts = ts;
        // As CPython's validator: three levels per Python frame, counted from the current depth.
        _depth = ts.RecursionDepth * 3;
        _limit = ts.Interp.RecursionLimit * 3;
    }

    public static bool Validate(ThreadState ts, Mod mod)
    {
        var v = new AstValidator(ts);
        return mod switch
        {
            Module m => v.Stmts(m.Body),
            Interactive i => v.Stmts(i.Body),
            Expression e => v.Expr(e.Body, ExprContext.Load),
            FunctionType f => v.Exprs(f.Argtypes, ExprContext.Load, nullOk: false) && v.Expr(f.Returns, ExprContext.Load),
            _ => v.Fail(PyExc.SystemError, "impossible module node"),
        };
    }

    private bool Fail(PyType type, string message)
    {
        _ts.SetError(type, message);
        return false;
    }

    private bool Enter()
    {
        if (++_depth > _limit) return Fail(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
        return true;
    }

    private bool Positions(LocatedNode node)
    {
        if (node.Lineno > node.EndLineno)
            return Fail(PyExc.ValueError, $"AST node line range ({node.Lineno}, {node.EndLineno}) is not valid");
        if ((node.Lineno < 0 && node.EndLineno != node.Lineno) || (node.ColOffset < 0 && node.ColOffset != node.EndColOffset))
            return Fail(PyExc.ValueError, $"AST node column range ({node.ColOffset}, {node.EndColOffset}) for line range ({node.Lineno}, {node.EndLineno}) is not valid");
        if (node.Lineno == node.EndLineno && node.ColOffset > node.EndColOffset)
            return Fail(PyExc.ValueError, $"line {node.Lineno}, column {node.ColOffset}-{node.EndColOffset} is not a valid range");
        return true;
    }

    private bool Name(string name)
    {
        if (name is "None" or "True" or "False")
            return Fail(PyExc.ValueError, $"identifier field can't represent '{name}' constant");
        return true;
    }

    private bool NonEmpty<T>(AstList<T> seq, string what, string owner)
        => seq.Count > 0 || Fail(PyExc.ValueError, $"empty {what} on {owner}");

    private bool Body(AstList<Stmt> body, string owner) => NonEmpty(body, "body", owner) && Stmts(body);

    // ---- statements ----------------------------------------------------------------------------------

    private bool Stmts(AstList<Stmt> seq)
    {
        foreach (var s in seq)
        {
            if (s is null) return Fail(PyExc.ValueError, "None disallowed in statement list");
            if (!Stmt(s)) return false;
        }
        return true;
    }

    private bool Stmt(Stmt stmt)
    {
        if (!Positions(stmt) || !Enter()) return false;
        bool ok;
        switch (stmt)
        {
            case FunctionDef f:
                ok = Body(f.Body, "FunctionDef") && Arguments(f.Args) && Exprs(f.DecoratorList, ExprContext.Load, false)
                    && (f.Returns is null || Expr(f.Returns, ExprContext.Load));
                break;
            case AsyncFunctionDef f:
                ok = Body(f.Body, "AsyncFunctionDef") && Arguments(f.Args) && Exprs(f.DecoratorList, ExprContext.Load, false)
                    && (f.Returns is null || Expr(f.Returns, ExprContext.Load));
                break;
            case ClassDef c:
                ok = Body(c.Body, "ClassDef") && Exprs(c.Bases, ExprContext.Load, false) && Keywords(c.Keywords)
                    && Exprs(c.DecoratorList, ExprContext.Load, false);
                break;
            case Return r:
                ok = r.Value is null || Expr(r.Value, ExprContext.Load);
                break;
            case Delete d:
                ok = NonEmpty(d.Targets, "targets", "Delete") && Exprs(d.Targets, ExprContext.Del, false);
                break;
            case Assign a:
                ok = NonEmpty(a.Targets, "targets", "Assign") && Exprs(a.Targets, ExprContext.Store, false) && Expr(a.Value, ExprContext.Load);
                break;
            case AugAssign a:
                ok = Expr(a.Target, ExprContext.Store) && Expr(a.Value, ExprContext.Load);
                break;
            case AnnAssign a:
                if (a.Target is not NameNode && a.Simple != 0)
                    return Fail(PyExc.TypeError, "AnnAssign with simple non-Name target");
                ok = Expr(a.Target, ExprContext.Store) && (a.Value is null || Expr(a.Value, ExprContext.Load)) && Expr(a.Annotation, ExprContext.Load);
                break;
            case For f:
                ok = Expr(f.Target, ExprContext.Store) && Expr(f.Iter, ExprContext.Load) && Body(f.Body, "For") && Stmts(f.Orelse);
                break;
            case AsyncFor f:
                ok = Expr(f.Target, ExprContext.Store) && Expr(f.Iter, ExprContext.Load) && Body(f.Body, "AsyncFor") && Stmts(f.Orelse);
                break;
            case While w:
                ok = Expr(w.Test, ExprContext.Load) && Body(w.Body, "While") && Stmts(w.Orelse);
                break;
            case If i:
                ok = Expr(i.Test, ExprContext.Load) && Body(i.Body, "If") && Stmts(i.Orelse);
                break;
            case With w:
                if (!WithItems(w.Items, "With")) return false;
                ok = Body(w.Body, "With");
                break;
            case AsyncWith w:
                if (!WithItems(w.Items, "AsyncWith")) return false;
                ok = Body(w.Body, "AsyncWith");
                break;
            case Match m:
                if (!Expr(m.Subject, ExprContext.Load) || !NonEmpty(m.Cases, "cases", "Match")) return false;
                foreach (var c in m.Cases)
                {
                    if (!Pattern(c.Pattern, starOk: false) || (c.Guard is not null && !Expr(c.Guard, ExprContext.Load)) || !Body(c.Body, "match_case"))
                        return false;
                }
                ok = true;
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    ok = Expr(r.Exc, ExprContext.Load) && (r.Cause is null || Expr(r.Cause, ExprContext.Load));
                    break;
                }
                if (r.Cause is not null) return Fail(PyExc.ValueError, "Raise with cause but no exception");
                ok = true;
                break;
            case Try t:
                if (!TryParts("Try", t.Body, t.Handlers, t.Orelse, t.Finalbody, checkHandlerPositions: true)) return false;
                ok = true;
                break;
            case TryStar t:
                if (!TryParts("TryStar", t.Body, t.Handlers, t.Orelse, t.Finalbody, checkHandlerPositions: false)) return false;
                ok = true;
                break;
            case Assert a:
                ok = Expr(a.Test, ExprContext.Load) && (a.Msg is null || Expr(a.Msg, ExprContext.Load));
                break;
            case Import i:
                ok = NonEmpty(i.Names, "names", "Import");
                break;
            case ImportFrom i:
                if (i.Level < 0) return Fail(PyExc.ValueError, "Negative ImportFrom level");
                ok = NonEmpty(i.Names, "names", "ImportFrom");
                break;
            case Global g:
                ok = NonEmpty(g.Names, "names", "Global");
                break;
            case Nonlocal n:
                ok = NonEmpty(n.Names, "names", "Nonlocal");
                break;
            case ExprStmt e:
                ok = Expr(e.Value, ExprContext.Load);
                break;
            case Pass or Break or Continue:
                ok = true;
                break;
            default:
                return Fail(PyExc.SystemError, "unexpected statement");
        }
        if (ok) _depth--;
        return ok;
    }

    private bool WithItems(AstList<WithItem> items, string owner)
    {
        if (!NonEmpty(items, "items", owner)) return false;
        foreach (var item in items)
        {
            if (!Expr(item.ContextExpr, ExprContext.Load) || (item.OptionalVars is not null && !Expr(item.OptionalVars, ExprContext.Store)))
                return false;
        }
        return true;
    }

    private bool TryParts(string owner, AstList<Stmt> body, AstList<ExceptHandlerBase> handlers, AstList<Stmt> orelse, AstList<Stmt> finalbody, bool checkHandlerPositions)
    {
        if (!Body(body, owner)) return false;
        if (handlers.Count == 0 && finalbody.Count == 0)
            return Fail(PyExc.ValueError, $"{owner} has neither except handlers nor finalbody");
        if (handlers.Count == 0 && orelse.Count > 0)
            return Fail(PyExc.ValueError, $"{owner} has orelse but no except handlers");
        foreach (var h in handlers)
        {
            var handler = (ExceptHandler)h;
            if (checkHandlerPositions && !Positions(handler)) return false;
            if ((handler.Type is not null && !Expr(handler.Type, ExprContext.Load)) || !Body(handler.Body, "ExceptHandler"))
                return false;
        }
        return (finalbody.Count == 0 || Stmts(finalbody)) && (orelse.Count == 0 || Stmts(orelse));
    }

    // ---- expressions ---------------------------------------------------------------------------------

    private bool Exprs(IReadOnlyList<Expr?> exprs, ExprContext ctx, bool nullOk)
    {
        foreach (var e in exprs)
        {
            if (e is null)
            {
                if (!nullOk) return Fail(PyExc.ValueError, "None disallowed in expression list");
                continue;
            }
            if (!Expr(e, ctx)) return false;
        }
        return true;
    }

    private bool Keywords(AstList<Keyword> keywords)
    {
        foreach (var k in keywords)
            if (!Expr(k.Value, ExprContext.Load)) return false;
        return true;
    }

    private bool Args(AstList<Arg> args)
    {
        foreach (var a in args)
        {
            if (!Positions(a)) return false;
            if (a.Annotation is not null && !Expr(a.Annotation, ExprContext.Load)) return false;
        }
        return true;
    }

    private bool Arguments(Arguments args)
    {
        if (!Args(args.Posonlyargs) || !Args(args.Args)) return false;
        if (args.Vararg?.Annotation is { } va && !Expr(va, ExprContext.Load)) return false;
        if (!Args(args.Kwonlyargs)) return false;
        if (args.Kwarg?.Annotation is { } ka && !Expr(ka, ExprContext.Load)) return false;
        if (args.Defaults.Count > args.Posonlyargs.Count + args.Args.Count)
            return Fail(PyExc.ValueError, "more positional defaults than args on arguments");
        if (args.KwDefaults.Count != args.Kwonlyargs.Count)
            return Fail(PyExc.ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
        return Exprs(args.Defaults, ExprContext.Load, false) && Exprs(args.KwDefaults, ExprContext.Load, true);
    }

    private bool Comprehension(AstList<Comprehension> gens)
    {
        if (gens.Count == 0) return Fail(PyExc.ValueError, "comprehension with no generators");
        foreach (var c in gens)
        {
            if (!Expr(c.Target, ExprContext.Store) || !Expr(c.Iter, ExprContext.Load) || !Exprs(c.Ifs, ExprContext.Load, false))
                return false;
        }
        return true;
    }

    private bool Constant(object? value)
    {
        if (value is InvalidConstant bad)
        {
            if (!bad.Failed) _ts.SetError(PyExc.TypeError, $"got an invalid type in Constant: {bad.TypeName}");
            return false;
        }
        return true;
    }

    private bool Expr(Expr exp, ExprContext ctx)
    {
        if (!Positions(exp) || !Enter()) return false;
        ExprContext? actual;
        switch (exp)
        {
            case Attribute a: actual = a.Ctx; break;
            case Subscript s: actual = s.Ctx; break;
            case Starred s: actual = s.Ctx; break;
            case NameNode n:
                if (!Name(n.Id)) return false;
                actual = n.Ctx;
                break;
            case List l: actual = l.Ctx; break;
            case Tuple t: actual = t.Ctx; break;
            default:
                if (ctx != ExprContext.Load)
                    return Fail(PyExc.ValueError, $"expression which can't be assigned to in {ctx} context");
                actual = null;
                break;
        }
        if (actual is { } a2 && a2 != ctx)
            return Fail(PyExc.ValueError, $"expression must have {ctx} context but has {a2} instead");
        bool ok;
        switch (exp)
        {
            case BoolOp b:
                if (b.Values.Count < 2) return Fail(PyExc.ValueError, "BoolOp with less than 2 values");
                ok = Exprs(b.Values, ExprContext.Load, false);
                break;
            case BinOp b: ok = Expr(b.Left, ExprContext.Load) && Expr(b.Right, ExprContext.Load); break;
            case UnaryOp u: ok = Expr(u.Operand, ExprContext.Load); break;
            case Lambda l: ok = Arguments(l.Args) && Expr(l.Body, ExprContext.Load); break;
            case IfExp i: ok = Expr(i.Test, ExprContext.Load) && Expr(i.Body, ExprContext.Load) && Expr(i.Orelse, ExprContext.Load); break;
            case Dict d:
                if (d.Keys.Count != d.Values.Count) return Fail(PyExc.ValueError, "Dict doesn't have the same number of keys as values");
                ok = Exprs(d.Keys, ExprContext.Load, true) && Exprs(d.Values, ExprContext.Load, false);
                break;
            case Set s: ok = Exprs(s.Elts, ExprContext.Load, false); break;
            case ListComp c: ok = Comprehension(c.Generators) && Expr(c.Elt, ExprContext.Load); break;
            case SetComp c: ok = Comprehension(c.Generators) && Expr(c.Elt, ExprContext.Load); break;
            case GeneratorExp c: ok = Comprehension(c.Generators) && Expr(c.Elt, ExprContext.Load); break;
            case DictComp c: ok = Comprehension(c.Generators) && Expr(c.Key, ExprContext.Load) && Expr(c.Value, ExprContext.Load); break;
            case Yield y: ok = y.Value is null || Expr(y.Value, ExprContext.Load); break;
            case YieldFrom y: ok = Expr(y.Value, ExprContext.Load); break;
            case Await a: ok = Expr(a.Value, ExprContext.Load); break;
            case Compare c:
                if (c.Comparators.Count == 0) return Fail(PyExc.ValueError, "Compare with no comparators");
                if (c.Comparators.Count != c.Ops.Count) return Fail(PyExc.ValueError, "Compare has a different number of comparators and operands");
                ok = Exprs(c.Comparators, ExprContext.Load, false) && Expr(c.Left, ExprContext.Load);
                break;
            case Call c: ok = Expr(c.Func, ExprContext.Load) && Exprs(c.Args, ExprContext.Load, false) && Keywords(c.Keywords); break;
            case Constant c: ok = Constant(c.Value); break;
            case JoinedStr j: ok = Exprs(j.Values, ExprContext.Load, false); break;
            case FormattedValue f:
                ok = Expr(f.Value, ExprContext.Load) && (f.FormatSpec is null || Expr(f.FormatSpec, ExprContext.Load));
                break;
            case Attribute a: ok = Expr(a.Value, ExprContext.Load); break;
            case Subscript s: ok = Expr(s.Slice, ExprContext.Load) && Expr(s.Value, ExprContext.Load); break;
            case Starred s: ok = Expr(s.Value, ctx); break;
            case Slice s:
                ok = (s.Lower is null || Expr(s.Lower, ExprContext.Load)) && (s.Upper is null || Expr(s.Upper, ExprContext.Load))
                    && (s.Step is null || Expr(s.Step, ExprContext.Load));
                break;
            case List l: ok = Exprs(l.Elts, ctx, false); break;
            case Tuple t: ok = Exprs(t.Elts, ctx, false); break;
            case NamedExpr n: ok = Expr(n.Value, ExprContext.Load); break;
            case NameNode: ok = true; break;
            default: return Fail(PyExc.SystemError, "unexpected expression");
        }
        if (ok) _depth--;
        return ok;
    }

    // ---- patterns ------------------------------------------------------------------------------------

    private static bool IsNumber(object? v, bool real, bool imaginary)
        => (real && v is double or long or System.Numerics.BigInteger) || (imaginary && v is System.Numerics.Complex);

    private static bool LiteralNegative(UnaryOp u, bool real, bool imaginary)
        => u.Op == UnaryOperator.USub && u.Operand is Constant c && IsNumber(c.Value, real, imaginary);

    private static bool LiteralComplex(BinOp b)
    {
        if (b.Op is not (Operator.Add or Operator.Sub)) return false;
        bool left = b.Left switch
        {
            Constant c => IsNumber(c.Value, true, false),
            UnaryOp u => LiteralNegative(u, true, false),
            _ => false,
        };
        return left && b.Right is Constant r && IsNumber(r.Value, false, true);
    }

    private bool MatchValue(Expr exp)
    {
        if (!Expr(exp, ExprContext.Load)) return false;
        switch (exp)
        {
            case Constant c:
                if (c.Value is long or System.Numerics.BigInteger or double or byte[] or System.Numerics.Complex or string or Kaa.Syntax.Text.CodePointString)
                    return true;
                return Fail(PyExc.ValueError, "unexpected constant inside of a literal pattern");
            case Attribute:
                return true;
            case UnaryOp u when LiteralNegative(u, true, true):
                return true;
            case BinOp b when LiteralComplex(b):
                return true;
            case JoinedStr:
                return true;
        }
        return Fail(PyExc.ValueError, "patterns may only match literals and attribute lookups");
    }

    private bool Capture(string name)
    {
        if (name == "_") return Fail(PyExc.ValueError, "can't capture name '_' in patterns");
        return Name(name);
    }

    private bool Patterns(AstList<Pattern> patterns, bool starOk)
    {
        foreach (var p in patterns)
            if (!Pattern(p, starOk)) return false;
        return true;
    }

    private bool Pattern(Pattern p, bool starOk)
    {
        if (!Positions(p) || !Enter()) return false;
        bool ok;
        switch (p)
        {
            case MatchValue v:
                ok = MatchValue(v.Value);
                break;
            case MatchSingleton s:
                ok = s.Value is null or bool;
                if (!ok) return Fail(PyExc.ValueError, "MatchSingleton can only contain True, False and None");
                break;
            case MatchSequence s:
                ok = Patterns(s.Patterns, starOk: true);
                break;
            case MatchMapping m:
                if (m.Keys.Count != m.Patterns.Count)
                    return Fail(PyExc.ValueError, "MatchMapping doesn't have the same number of keys as patterns");
                if (m.Rest is not null && !Capture(m.Rest)) return false;
                foreach (var key in m.Keys)
                {
                    if (key is Constant { Value: null or bool }) continue;
                    // CPython goes on to the patterns after a bad key (its loop only breaks): the error stays set.
                    if (!MatchValue(key)) break;
                }
                if (_ts.HasError) return false;
                ok = Patterns(m.Patterns, starOk: false);
                break;
            case MatchClass c:
                if (c.KwdAttrs.Count != c.KwdPatterns.Count)
                    return Fail(PyExc.ValueError, "MatchClass doesn't have the same number of keyword attributes as patterns");
                if (!Expr(c.Cls, ExprContext.Load)) return false;
                for (var cls = c.Cls; cls is not NameNode;)
                {
                    if (cls is Attribute a) cls = a.Value;
                    else return Fail(PyExc.ValueError, "MatchClass cls field can only contain Name or Attribute nodes.");
                }
                foreach (var attr in c.KwdAttrs)
                    if (!Name(attr)) return false;
                ok = Patterns(c.Patterns, starOk: false) && Patterns(c.KwdPatterns, starOk: false);
                break;
            case MatchStar s:
                if (!starOk) return Fail(PyExc.ValueError, "can't use MatchStar here");
                ok = s.Name is null || Capture(s.Name);
                break;
            case MatchAs a:
                if (a.Name is not null && !Capture(a.Name)) return false;
                if (a.Pattern is null) ok = true;
                else if (a.Name is null) return Fail(PyExc.ValueError, "MatchAs must specify a target name if a pattern is given");
                else ok = Pattern(a.Pattern, starOk: false);
                break;
            case MatchOr o:
                if (o.Patterns.Count < 2) return Fail(PyExc.ValueError, "MatchOr requires at least 2 patterns");
                ok = Patterns(o.Patterns, starOk: false);
                break;
            default:
                return Fail(PyExc.SystemError, "unexpected pattern");
        }
        if (ok) _depth--;
        return ok;
    }
}
