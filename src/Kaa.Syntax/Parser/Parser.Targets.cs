using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram: assignment and del targets.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// CPython's <c>_PyPegen_set_expr_context</c>: a copy of <paramref name="e"/> (and of the
    /// elements of a tuple, list or starred) with the given context. A copy, not a change in place,
    /// because the node may be a memoized result that other parses share.
    /// </summary>
    private static Expr SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                return CopyLocation(new Name { Id = n.Id, Ctx = ctx }, e);
            case Tuple t:
                return CopyLocation(new Tuple { Elts = SetContext(t.Elts, ctx), Ctx = ctx }, e);
            case List l:
                return CopyLocation(new List { Elts = SetContext(l.Elts, ctx), Ctx = ctx }, e);
            case Subscript s:
                return CopyLocation(new Subscript { Value = s.Value, Slice = s.Slice, Ctx = ctx }, e);
            case Attribute a:
                return CopyLocation(new Attribute { Value = a.Value, Attr = a.Attr, Ctx = ctx }, e);
            case Starred st:
                return CopyLocation(new Starred { Value = SetContext(st.Value, ctx), Ctx = ctx }, e);
            default:
                return e;
        }
    }

    private static AstList<Expr> SetContext(AstList<Expr> elts, ExprContext ctx)
    {
        if (elts.IsEmpty) return default;
        var res = new Expr[elts.Count];
        for (int i = 0; i < res.Length; i++) res[i] = SetContext(elts[i], ctx);
        return res;
    }

    private static T CopyLocation<T>(T node, LocatedNode from) where T : LocatedNode
    {
        node.CopyLocation(from);
        return node;
    }

    // star_targets:
    //     | a=star_target !',' { a }
    //     | a=star_target b=(',' c=star_target)* [','] { TupleRule(Store) }
    private Expr? StarTargets()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var a = StarTarget();
        if (a is not null)
        {
            if (!At(TokenKind.Comma)) res = a;
            else
            {
                int elts = _exprScratch.Count;
                _exprScratch.Push(a);
                while (true)
                {
                    int m = _mark;
                    if (!Expect(TokenKind.Comma)) break;
                    var c = StarTarget();
                    if (c is null) { _mark = m; break; }
                    _exprScratch.Push(c);
                }
                Expect(TokenKind.Comma);
                res = Extra(new Tuple { Elts = _exprScratch.Take(elts), Ctx = ExprContext.Store }, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // star_targets_list_seq: a=','.star_target+ [',']
    private Expr[]? StarTargetsListSeq()
    {
        Enter();
        var first = StarTarget();
        Expr[]? res = null;
        if (first is not null)
        {
            int items = _exprScratch.Count;
            _exprScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = StarTarget();
                if (n is null) { _mark = m; break; }
                _exprScratch.Push(n);
            }
            Expect(TokenKind.Comma);
            res = _exprScratch.Take(items);
        }
        Leave();
        return res;
    }

    // star_targets_tuple_seq:
    //     | a=star_target b=(',' c=star_target)+ [',']
    //     | a=star_target ','
    private Expr[]? StarTargetsTupleSeq()
    {
        Enter();
        int mark = _mark;
        Expr[]? res = null;
        var a = StarTarget();
        if (a is not null && At(TokenKind.Comma))
        {
            int items = _exprScratch.Count;
            _exprScratch.Push(a);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var c = StarTarget();
                if (c is null) { _mark = m; break; }
                _exprScratch.Push(c);
            }
            // (',' star_target)+ matched nothing: the second alternative, a=star_target ','
            Expect(TokenKind.Comma);
            res = _exprScratch.Take(items);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // star_target (memo):
    //     | '*' a=(!'*' star_target) { Starred(set_context(a, Store), Store) }
    //     | target_with_star_atom
    private Expr? StarTarget()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.StarTarget, out object? memo)) { Leave(); return (Expr?)memo; }
        Expr? res = null;
        if (Expect(TokenKind.Star))
        {
            if (!At(TokenKind.Star))
            {
                Enter();
                var a = StarTarget();
                Leave();
                if (a is not null) res = Extra(new Starred { Value = SetContext(a, ExprContext.Store), Ctx = ExprContext.Store }, mark);
            }
            if (res is null) _mark = mark;
        }
        res ??= TargetWithStarAtom();
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.StarTarget, res);
        Leave();
        return res;
    }

    // target_with_star_atom (memo):
    //     | a=t_primary '.' b=NAME !t_lookahead { Attribute(Store) }
    //     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(Store) }
    //     | star_atom
    private Expr? TargetWithStarAtom()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.TargetWithStarAtom, out object? memo)) { Leave(); return (Expr?)memo; }
        var res = SubscriptAttributeTarget(mark, ExprContext.Store);
        if (res is null)
        {
            _mark = mark;
            res = StarAtom();
        }
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.TargetWithStarAtom, res);
        Leave();
        return res;
    }

    /// <summary>The two alternatives <c>t_primary '.' NAME !t_lookahead</c> and
    /// <c>t_primary '[' slices ']' !t_lookahead</c>, shared by the target rules.</summary>
    private Expr? SubscriptAttributeTarget(int mark, ExprContext ctx)
    {
        var a = TPrimary();
        if (a is null) { _mark = mark; return null; }
        if (Expect(TokenKind.Dot))
        {
            var b = NameTokenId();
            if (b is not null && !AtTLookahead())
                return Extra(new Attribute { Value = a, Attr = b, Ctx = ctx }, mark);
        }
        _mark = mark;
        a = TPrimary(); // memoized: the same result
        if (a is null) { _mark = mark; return null; }
        if (Expect(TokenKind.Lsqb))
        {
            var b = Slices();
            if (b is not null && Expect(TokenKind.Rsqb) && !AtTLookahead())
                return Extra(new Subscript { Value = a, Slice = b, Ctx = ctx }, mark);
        }
        _mark = mark;
        return null;
    }

    // t_lookahead: '(' | '[' | '.'
    private bool AtTLookahead() => Kind is TokenKind.Lpar or TokenKind.Lsqb or TokenKind.Dot;

    // star_atom:
    //     | a=NAME { set_context(a, Store) }
    //     | '(' a=target_with_star_atom ')' { set_context(a, Store) }
    //     | '(' a=[star_targets_tuple_seq] ')' { TupleRule(Store) }
    //     | '[' a=[star_targets_list_seq] ']' { List(Store) }
    private Expr? StarAtom()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        switch (Tok(mark).Kind)
        {
            case TokenKind.Name:
                res = SetContext(NameToken()!, ExprContext.Store);
                break;
            case TokenKind.Lpar:
                _mark++;
                var a = TargetWithStarAtom();
                if (a is not null && Expect(TokenKind.Rpar)) { res = SetContext(a, ExprContext.Store); break; }
                _mark = mark + 1;
                var t = StarTargetsTupleSeq();
                if (Expect(TokenKind.Rpar)) res = Extra(new Tuple { Elts = t, Ctx = ExprContext.Store }, mark);
                break;
            case TokenKind.Lsqb:
                _mark++;
                var l = StarTargetsListSeq();
                if (Expect(TokenKind.Rsqb)) res = Extra(new List { Elts = l, Ctx = ExprContext.Store }, mark);
                break;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // single_target:
    //     | single_subscript_attribute_target
    //     | a=NAME { set_context(a, Store) }
    //     | '(' a=single_target ')' { a }
    private Expr? SingleTarget()
    {
        Enter();
        int mark = StartMark();
        Expr? res = SingleSubscriptAttributeTarget();
        if (res is null)
        {
            _mark = mark;
            if (At(TokenKind.Name)) res = SetContext(NameToken()!, ExprContext.Store);
            else if (Expect(TokenKind.Lpar))
            {
                var a = SingleTarget();
                if (a is not null && Expect(TokenKind.Rpar)) res = a;
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // single_subscript_attribute_target:
    //     | a=t_primary '.' b=NAME !t_lookahead | a=t_primary '[' b=slices ']' !t_lookahead
    private Expr? SingleSubscriptAttributeTarget()
    {
        Enter();
        int mark = StartMark();
        var res = SubscriptAttributeTarget(mark, ExprContext.Store);
        Leave();
        return res;
    }

    // t_primary:
    //     | a=t_primary '.' b=NAME &t_lookahead { Attribute(Load) }
    //     | a=t_primary '[' b=slices ']' &t_lookahead { Subscript(Load) }
    //     | a=t_primary b=genexp &t_lookahead { Call(a, [b]) }
    //     | a=t_primary '(' b=[arguments] ')' &t_lookahead { Call }
    //     | a=atom &t_lookahead { a }
    private Expr? TPrimary()
    {
        Enter(2);
        int mark = StartMark();
        if (IsMemoized(Rule.TPrimary, out object? memo)) { Leave(2); return (Expr?)memo; }
        var a = Atom();
        if (a is not null && !AtTLookahead()) a = null;
        if (a is not null)
        {
            while (true)
            {
                int m = _mark;
                // '.' NAME &t_lookahead
                if (Expect(TokenKind.Dot))
                {
                    var b = NameTokenId();
                    if (b is not null && AtTLookahead())
                    {
                        a = Extra(new Attribute { Value = a, Attr = b, Ctx = ExprContext.Load }, mark);
                        continue;
                    }
                    _mark = m;
                }
                // '[' slices ']' &t_lookahead
                if (Expect(TokenKind.Lsqb))
                {
                    var b = Slices();
                    if (b is not null && Expect(TokenKind.Rsqb) && AtTLookahead())
                    {
                        a = Extra(new Subscript { Value = a, Slice = b, Ctx = ExprContext.Load }, mark);
                        continue;
                    }
                    _mark = m;
                }
                // genexp &t_lookahead: its invalid_comprehension alternative also tries '[' and '{'.
                TokenKind k = Kind;
                if (k == TokenKind.Lpar || (_callInvalidRules && k is TokenKind.Lsqb or TokenKind.Lbrace))
                {
                    var g = Genexp();
                    if (g is not null && AtTLookahead())
                    {
                        a = Extra(new Call { Func = a, Args = new Expr[] { g } }, mark);
                        continue;
                    }
                    _mark = m;
                }
                if (k == TokenKind.Lpar)
                {
                    // '(' [arguments] ')' &t_lookahead
                    _mark++;
                    var args = ArgumentsRule();
                    if (Expect(TokenKind.Rpar) && AtTLookahead())
                    {
                        var call = new Call { Func = a };
                        if (args is not null) call.TakeArguments(args);
                        a = Extra(call, mark);
                        continue;
                    }
                    _mark = m;
                }
                break;
            }
        }
        else _mark = mark;
        Memoize(mark, Rule.TPrimary, a);
        Leave(2);
        return a;
    }

    // del_targets: a=','.del_target+ [',']
    private Expr[]? DelTargets()
    {
        Enter();
        var first = DelTarget();
        Expr[]? res = null;
        if (first is not null)
        {
            int items = _exprScratch.Count;
            _exprScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = DelTarget();
                if (n is null) { _mark = m; break; }
                _exprScratch.Push(n);
            }
            Expect(TokenKind.Comma);
            res = _exprScratch.Take(items);
        }
        Leave();
        return res;
    }

    // del_target (memo):
    //     | a=t_primary '.' b=NAME !t_lookahead { Attribute(Del) }
    //     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(Del) }
    //     | del_t_atom
    private Expr? DelTarget()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.DelTarget, out object? memo)) { Leave(); return (Expr?)memo; }
        var res = SubscriptAttributeTarget(mark, ExprContext.Del);
        if (res is null)
        {
            _mark = mark;
            res = DelTAtom();
        }
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.DelTarget, res);
        Leave();
        return res;
    }

    // del_t_atom:
    //     | a=NAME { set_context(a, Del) }
    //     | '(' a=del_target ')' { set_context(a, Del) }
    //     | '(' a=[del_targets] ')' { TupleRule(Del) }
    //     | '[' a=[del_targets] ']' { List(Del) }
    private Expr? DelTAtom()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        switch (Tok(mark).Kind)
        {
            case TokenKind.Name:
                res = SetContext(NameToken()!, ExprContext.Del);
                break;
            case TokenKind.Lpar:
                _mark++;
                var a = DelTarget();
                if (a is not null && Expect(TokenKind.Rpar)) { res = SetContext(a, ExprContext.Del); break; }
                _mark = mark + 1;
                var t = DelTargets();
                if (Expect(TokenKind.Rpar)) res = Extra(new Tuple { Elts = t, Ctx = ExprContext.Del }, mark);
                break;
            case TokenKind.Lsqb:
                _mark++;
                var l = DelTargets();
                if (Expect(TokenKind.Rsqb)) res = Extra(new List { Elts = l, Ctx = ExprContext.Del }, mark);
                break;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }
}
