using System.Runtime.InteropServices;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kaa.Compiler.Code;
using Kaa.Compiler.Hashing;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;

namespace Kaa.Compiler.Optimizer;

/// <summary>
/// The AST optimiser of CPython 3.11 (ast_opt.c), run by the compiler before the symbol table:
/// folds constant unary/binary operations, subscripts and tuples, turns list/set displays after
/// <c>in</c> and in <c>for</c> loops into tuple/frozenset constants, <c>'%s' % (x,)</c> into an
/// f-string, <c>not (a is b)</c> into <c>a is not b</c>, and <c>__debug__</c> into a constant.
/// The tree is rewritten in place; a replaced expression keeps the position of the node it replaces.
/// </summary>
public sealed class AstOptimizer
{
    private readonly int _optimize;
    private readonly bool _futureAnnotations;
    private readonly int _depthLimit;
    private int _depth;

    private AstOptimizer(int optimize, bool futureAnnotations, int depthLimit)
    {
        _optimize = optimize;
        _futureAnnotations = futureAnnotations;
        _depthLimit = depthLimit;
    }

    /// <summary>
    /// Optimises <paramref name="module"/> in place. <paramref name="depthLimit"/> is CPython's
    /// recursion limit scaled by 3, as for the symbol table. Throws RecursionError as a
    /// <see cref="SyntaxErrorException"/> when the tree nests deeper.
    /// </summary>
    public static void Optimize(Mod module, int optimize, bool futureAnnotations, int depthLimit = 3000)
    {
        var optimizer = new AstOptimizer(optimize, futureAnnotations, depthLimit);
        switch (module)
        {
            case Module m: optimizer.Body(m.Body); break;
            case Interactive i: optimizer.Statements(i.Body); break;
            case Expression e: e.Body = optimizer.Expr(e.Body); break;
        }
    }

    private void Enter()
    {
        // The stack is checked every 8 levels (the check is a runtime call; its margin covers 8 frames).
        if (++_depth > _depthLimit || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            throw new SyntaxErrorException("RecursionError", "maximum recursion depth exceeded during compilation");
    }

    // ---- statements ----

    private static bool IsDocString(AstList<Stmt> body)
        => body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string or Kaa.Syntax.Text.CodePointString } };

    /// <summary>A body that may carry a docstring: one that folding creates is hidden in a JoinedStr.</summary>
    private void Body(AstList<Stmt> body)
    {
        bool hadDocString = IsDocString(body);
        Statements(body);
        if (!hadDocString && IsDocString(body))
        {
            var st = (ExprStmt)body[0];
            var joined = new JoinedStr { Values = [st.Value] };
            joined.CopyLocation(st);
            st.Value = joined;
        }
    }

    private void Statements(AstList<Stmt> body) => Statements(body.AsSpan());

    private void Statements(Span<Stmt> body)
    {
        foreach (var s in body) Stmt(s);
    }

    // A node is stored back only when folding replaced it: most are not, and an unchanged store
    // still paid the array's type check and the collector's write barrier.
    private void Exprs(AstList<Expr> list) => Exprs(list.AsSpan());

    private void Exprs(Span<Expr> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            var e = Expr(items[i]);
            if (!ReferenceEquals(e, items[i])) items[i] = e;
        }
    }

    private void OptionalExprs(Span<Expr?> items)
    {
        for (int i = 0; i < items.Length; i++)
            VisitOptional(ref items[i]);
    }

    private void Visit(ref Expr field)
    {
        var e = Expr(field);
        if (!ReferenceEquals(e, field)) field = e;
    }

    private void VisitOptional(ref Expr? field)
    {
        if (field is null) return;
        var e = Expr(field);
        if (!ReferenceEquals(e, field)) field = e;
    }

    private Expr? OptionalExpr(Expr? e) => e is null ? null : Expr(e);

    private Expr? Annotation(Expr? e) => _futureAnnotations ? e : OptionalExpr(e);

    private void Arguments(Arguments a)
    {
        foreach (var arg in a.PosonlyargsSpan) arg.Annotation = Annotation(arg.Annotation);
        foreach (var arg in a.Args) arg.Annotation = Annotation(arg.Annotation);
        if (a.Vararg is { } va) va.Annotation = Annotation(va.Annotation);
        foreach (var arg in a.KwonlyargsSpan) arg.Annotation = Annotation(arg.Annotation);
        OptionalExprs(a.KwDefaultsSpan);
        if (a.Kwarg is { } ka) ka.Annotation = Annotation(ka.Annotation);
        Exprs(a.DefaultsSpan);
    }

    private void Keywords(Span<Keyword> keywords)
    {
        foreach (var k in keywords) Visit(ref k.Value);
    }

    private void Stmt(Stmt node)
    {
        Enter();
        switch (node)
        {
            case FunctionDef f:
                Arguments(f.Args);
                Body(f.Body);
                Exprs(f.DecoratorListSpan);
                f.Returns = Annotation(f.Returns);
                break;
            case AsyncFunctionDef f:
                Arguments(f.Args);
                Body(f.Body);
                Exprs(f.DecoratorListSpan);
                f.Returns = Annotation(f.Returns);
                break;
            case ClassDef c:
                Exprs(c.BasesSpan);
                Keywords(c.KeywordsSpan);
                Body(c.Body);
                Exprs(c.DecoratorListSpan);
                break;
            case Return r: VisitOptional(ref r.Value); break;
            case Delete d: Exprs(d.Targets); break;
            case Assign a:
                Exprs(a.Targets);
                Visit(ref a.Value);
                break;
            case AugAssign a:
                Visit(ref a.Target);
                Visit(ref a.Value);
                break;
            case AnnAssign a:
                Visit(ref a.Target);
                if (!_futureAnnotations) Visit(ref a.Annotation);
                VisitOptional(ref a.Value);
                break;
            case For f:
                Visit(ref f.Target);
                Visit(ref f.Iter);
                Statements(f.Body);
                Statements(f.OrelseSpan);
                f.Iter = FoldIter(f.Iter);
                break;
            case AsyncFor f:
                Visit(ref f.Target);
                Visit(ref f.Iter);
                Statements(f.Body);
                Statements(f.OrelseSpan);
                break;
            case While w:
                Visit(ref w.Test);
                Statements(w.Body);
                Statements(w.OrelseSpan);
                break;
            case If i:
                Visit(ref i.Test);
                Statements(i.Body);
                Statements(i.OrelseSpan);
                break;
            case With w:
                WithItems(w.Items);
                Statements(w.Body);
                break;
            case AsyncWith w:
                WithItems(w.Items);
                Statements(w.Body);
                break;
            case Raise r:
                VisitOptional(ref r.Exc);
                VisitOptional(ref r.Cause);
                break;
            case Try t:
                Statements(t.Body);
                Handlers(t.Handlers);
                Statements(t.OrelseSpan);
                Statements(t.FinalbodySpan);
                break;
            case TryStar t:
                Statements(t.Body);
                Handlers(t.Handlers);
                Statements(t.OrelseSpan);
                Statements(t.FinalbodySpan);
                break;
            case Assert a:
                Visit(ref a.Test);
                VisitOptional(ref a.Msg);
                break;
            case ExprStmt e: Visit(ref e.Value); break;
            case Match m:
                Visit(ref m.Subject);
                foreach (var c in m.Cases)
                {
                    Pattern(c.Pattern);
                    VisitOptional(ref c.Guard);
                    Statements(c.Body);
                }
                break;
            // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing to fold.
        }
        _depth--;
    }

    private void WithItems(AstList<WithItem> items)
    {
        foreach (var item in items)
        {
            Visit(ref item.ContextExpr);
            VisitOptional(ref item.OptionalVars);
        }
    }

    private void Handlers(AstList<ExceptHandlerBase> handlers)
    {
        foreach (var h in handlers)
        {
            if (h is ExceptHandler eh)
            {
                VisitOptional(ref eh.Type);
                Statements(eh.Body);
            }
        }
    }

    private void Pattern(Pattern node)
    {
        Enter();
        switch (node)
        {
            case MatchValue v: Visit(ref v.Value); break;
            case MatchSequence s: foreach (var p in s.Patterns) Pattern(p); break;
            case MatchMapping m:
                Exprs(m.Keys);
                foreach (var p in m.Patterns) Pattern(p);
                break;
            case MatchClass c:
                Visit(ref c.Cls);
                foreach (var p in c.Patterns) Pattern(p);
                foreach (var p in c.KwdPatterns) Pattern(p);
                break;
            case MatchAs a:
                if (a.Pattern is { } inner) Pattern(inner);
                break;
            case MatchOr o: foreach (var p in o.Patterns) Pattern(p); break;
        }
        _depth--;
    }

    // ---- expressions ----

    /// <summary>Optimises an expression; returns what replaces it (itself when nothing folds).</summary>
    private Expr Expr(Expr node)
    {
        Enter();
        Expr result = node;
        // The cases are tested in order: the most frequent node types first.
        switch (node)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load && n.Id == "__debug__")
                    result = MakeConstant(n, _optimize == 0);
                break;
            case Constant: break;
            case Attribute a: Visit(ref a.Value); break;
            case Call c:
                Visit(ref c.Func);
                Exprs(c.ArgsSpan);
                Keywords(c.KeywordsSpan);
                break;
            case BoolOp b: Exprs(b.Values); break;
            case BinOp b:
                Visit(ref b.Left);
                Visit(ref b.Right);
                result = FoldBinOp(b);
                break;
            case UnaryOp u:
                Visit(ref u.Operand);
                result = FoldUnaryOp(u);
                break;
            case Lambda l:
                Arguments(l.Args);
                Visit(ref l.Body);
                break;
            case IfExp i:
                Visit(ref i.Test);
                Visit(ref i.Body);
                Visit(ref i.Orelse);
                break;
            case Dict d:
                OptionalExprs(d.KeysSpan);
                Exprs(d.Values);
                break;
            case Set s: Exprs(s.Elts); break;
            case ListComp c:
                Visit(ref c.Elt);
                Comprehensions(c.Generators);
                break;
            case SetComp c:
                Visit(ref c.Elt);
                Comprehensions(c.Generators);
                break;
            case DictComp c:
                Visit(ref c.Key);
                Visit(ref c.Value);
                Comprehensions(c.Generators);
                break;
            case GeneratorExp c:
                Visit(ref c.Elt);
                Comprehensions(c.Generators);
                break;
            case Await a: Visit(ref a.Value); break;
            case Yield y: VisitOptional(ref y.Value); break;
            case YieldFrom y: Visit(ref y.Value); break;
            case Compare c:
                Visit(ref c.Left);
                Exprs(c.Comparators);
                // `x in [a, b]` / `x in {a, b}`: the display becomes a tuple/frozenset.
                var last = c.Ops[^1];
                if (last is CmpOperator.In or CmpOperator.NotIn)
                    c.Comparators[^1] = FoldIter(c.Comparators[^1]);
                break;
            case FormattedValue f:
                Visit(ref f.Value);
                VisitOptional(ref f.FormatSpec);
                break;
            case JoinedStr j: Exprs(j.Values); break;
            case Subscript s:
                Visit(ref s.Value);
                Visit(ref s.Slice);
                if (s.Ctx == ExprContext.Load && s.Value is Constant container && s.Slice is Constant index
                    && ConstantOperations.TrySubscript(container.Value, index.Value, out var item))
                    result = MakeConstant(s, item);
                break;
            case Starred s: Visit(ref s.Value); break;
            case Slice s:
                VisitOptional(ref s.Lower);
                VisitOptional(ref s.Upper);
                VisitOptional(ref s.Step);
                break;
            case List l: Exprs(l.Elts); break;
            case Tuple t:
                Exprs(t.Elts);
                if (t.Ctx == ExprContext.Load && TryConstantTuple(t.Elts, out var tuple))
                    result = MakeConstant(t, tuple);
                break;
            case NamedExpr n: Visit(ref n.Value); break;
        }
        _depth--;
        return result;
    }

    private void Comprehensions(AstList<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            Visit(ref g.Target);
            Visit(ref g.Iter);
            Exprs(g.Ifs);
            g.Iter = FoldIter(g.Iter);
        }
    }

    private static Constant MakeConstant(Expr at, object? value)
    {
        var c = new Constant { Value = value };
        c.CopyLocation(at);
        return c;
    }

    private static bool TryConstantTuple(AstList<Expr> elts, out ConstTuple tuple)
    {
        tuple = null!;
        foreach (var e in elts)
            if (e is not Constant) return false;
        var items = ImmutableArray.CreateBuilder<object?>(elts.Count);
        foreach (var e in elts) items.Add(((Constant)e).Value);
        tuple = new ConstTuple(items.MoveToImmutable());
        return true;
    }

    private static Expr FoldUnaryOp(UnaryOp node)
    {
        if (node.Operand is Constant c)
            return ConstantOperations.TryUnary(node.Op, c.Value, out var value) ? MakeConstant(node, value) : node;
        // `not (a is b)` → `a is not b` (and in/not in); the comparison replaces the `not` whole,
        // positions included. ==, <, ... are not inverted: they need not be each other's negation.
        if (node.Op == UnaryOperator.Not && node.Operand is Compare { Ops.Count: 1 } cmp)
        {
            CmpOperator? inverted = cmp.Ops[0] switch
            {
                CmpOperator.Is => CmpOperator.IsNot,
                CmpOperator.IsNot => CmpOperator.Is,
                CmpOperator.In => CmpOperator.NotIn,
                CmpOperator.NotIn => CmpOperator.In,
                _ => null,
            };
            if (inverted is { } op)
            {
                cmp.Ops[0] = op;
                return cmp;
            }
        }
        return node;
    }

    private static Expr FoldBinOp(BinOp node)
    {
        if (node.Left is not Constant lhs) return node;
        if (node.Op == Operator.Mod && node.Right is Tuple t && PyStr.IsStr(lhs.Value) && !t.Elts.Exists(e => e is Starred))
            return (Expr?)PercentFormat.TryOptimize(node, lhs.Value!, t.Elts) ?? node;
        if (node.Right is not Constant rhs) return node;
        return ConstantOperations.TryBinary(node.Op, lhs.Value, rhs.Value, out var value) ? MakeConstant(node, value) : node;
    }

    /// <summary>
    /// fold_iter: a list display becomes a tuple (a constant one when all items are constants); a set
    /// display of constants becomes a frozenset constant.
    /// </summary>
    private static Expr FoldIter(Expr arg)
    {
        switch (arg)
        {
            case List l:
                if (l.Elts.Exists(e => e is Starred)) return arg;
                var tuple = new Tuple { Elts = l.Elts, Ctx = l.Ctx };
                tuple.CopyLocation(l);
                return TryConstantTuple(l.Elts, out var t) ? MakeConstant(l, t) : tuple;
            case Set s:
                if (!TryConstantTuple(s.Elts, out var items)) return arg;
                return MakeConstant(s, PySet.FrozenSetConstant(items.Items));
            default:
                return arg;
        }
    }
}
