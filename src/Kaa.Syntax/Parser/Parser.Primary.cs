using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Literals;
using Kaa.Syntax.Text;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram: primaries, atoms, displays, comprehensions, call arguments, slices.</summary>
internal sealed partial class Parser
{
    // primary:
    //     | a=primary '.' b=NAME { Attribute }
    //     | a=primary b=genexp { Call(a, [b]) }
    //     | a=primary '(' b=[arguments] ')' { Call }
    //     | a=primary '[' b=slices ']' { Subscript }
    //     | atom
    private Expr? Primary()
    {
        Enter(2);
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.Primary, out object? memo)) { Leave(2); return (Expr?)memo; }
        var a = Atom();
        if (a is not null)
        {
            while (true)
            {
                int m = _mark;
                TokenKind k = Kind;
                if (k == TokenKind.Dot)
                {
                    _mark++;
                    var b = NameTokenId();
                    if (b is not null)
                    {
                        a = Extra(new Attribute { Value = a, Attr = b, Ctx = ExprContext.Load }, mark);
                        continue;
                    }
                    _mark = m;
                    break;
                }
                // genexp: its invalid_comprehension alternative also tries '[' and '{'.
                if (k == TokenKind.Lpar || (_callInvalidRules && k is TokenKind.Lsqb or TokenKind.Lbrace))
                {
                    var g = Genexp();
                    if (g is not null)
                    {
                        a = Extra(new Call { Func = a, Args = new Expr[] { g } }, mark);
                        continue;
                    }
                    _mark = m;
                }
                if (k == TokenKind.Lpar)
                {
                    _mark = m + 1;
                    var args = ArgumentsRule();
                    if (Expect(TokenKind.Rpar))
                    {
                        var call = new Call { Func = a };
                        if (args is not null) call.TakeArguments(args);
                        a = Extra(call, mark);
                        continue;
                    }
                    _mark = m;
                    break;
                }
                if (k == TokenKind.Lsqb)
                {
                    _mark++;
                    var s = Slices();
                    if (s is not null && Expect(TokenKind.Rsqb))
                    {
                        a = Extra(new Subscript { Value = a, Slice = s, Ctx = ExprContext.Load }, mark);
                        continue;
                    }
                    _mark = m;
                    break;
                }
                break;
            }
        }
        else _mark = mark;
        MemoizeSecondPass(mark, Rule.Primary, a);
        Leave(2);
        return a;
    }

    // slices:
    //     | a=slice !',' { a }
    //     | a=','.(slice | starred_expression)+ [','] { Tuple }
    private Expr? Slices()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var a = SliceRule();
        if (a is not null && !At(TokenKind.Comma)) res = a;
        else
        {
            _mark = mark;
            var first = SliceOrStarred();
            if (first is not null)
            {
                int elts = _exprScratch.Count;
                _exprScratch.Push(first);
                while (true)
                {
                    int m = _mark;
                    if (!Expect(TokenKind.Comma)) break;
                    var n = SliceOrStarred();
                    if (n is null) { _mark = m; break; }
                    _exprScratch.Push(n);
                }
                Expect(TokenKind.Comma);
                res = Extra(new Tuple { Elts = _exprScratch.Take(elts), Ctx = ExprContext.Load }, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    private Expr? SliceOrStarred()
    {
        int mark = _mark;
        var s = SliceRule();
        if (s is not null) return s;
        _mark = mark;
        s = StarredExpression();
        if (s is null) _mark = mark;
        return s;
    }

    // slice:
    //     | a=[expression] ':' b=[expression] c=[':' d=[expression]] { Slice }
    //     | a=named_expression
    private Expr? SliceRule()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var a = Expression();
        if (a is null) _mark = mark;
        if (Expect(TokenKind.Colon))
        {
            int m = _mark;
            var b = Expression();
            if (b is null) _mark = m;
            Expr? c = null;
            m = _mark;
            if (Expect(TokenKind.Colon))
            {
                int m2 = _mark;
                c = Expression();
                if (c is null) _mark = m2;
            }
            res = Extra(new Slice { Lower = a, Upper = b, Step = c }, mark);
        }
        if (res is null)
        {
            _mark = mark;
            res = NamedExpression();
            if (res is null) _mark = mark;
        }
        Leave();
        return res;
    }

    // atom:
    //     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
    //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
    //     | &'{' (dict | set | dictcomp | setcomp) | '...'
    private Expr? Atom()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        switch (Tok(mark).Kind)
        {
            case TokenKind.Name:
                res = NameToken();
                break;
            case TokenKind.KwTrue:
                _mark++;
                res = Extra(new Constant { Value = true }, mark);
                break;
            case TokenKind.KwFalse:
                _mark++;
                res = Extra(new Constant { Value = false }, mark);
                break;
            case TokenKind.KwNone:
                _mark++;
                res = Extra(new Constant { Value = null }, mark);
                break;
            case TokenKind.String:
                res = Strings();
                break;
            case TokenKind.Number:
                _mark++;
                res = NumberLiterals.NumberToken(this, Tok(mark));
                break;
            case TokenKind.Lpar:
                Enter();
                res = TupleRule();
                if (res is null) { _mark = mark; res = Group(); }
                if (res is null) { _mark = mark; res = Genexp(); }
                Leave();
                break;
            case TokenKind.Lsqb:
                Enter();
                res = ListDisplay();
                if (res is null) { _mark = mark; res = Listcomp(); }
                Leave();
                break;
            case TokenKind.Lbrace:
                Enter();
                res = DictRule();
                if (res is null) { _mark = mark; res = SetDisplay(); }
                if (res is null) { _mark = mark; res = Dictcomp(); }
                if (res is null) { _mark = mark; res = Setcomp(); }
                Leave();
                break;
            case TokenKind.Ellipsis:
                _mark++;
                res = Extra(new Constant { Value = EllipsisValue.Instance }, mark);
                break;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // strings (memo): a=STRING+
    private Expr? Strings()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoized(Rule.Strings, out object? memo)) { Leave(); return (Expr?)memo; }
        Expr? res = null;
        while (Expect(TokenKind.String)) { }
        if (_mark > mark) res = StringLiterals.Concatenate(this, TokenRange(mark, _mark));
        Memoize(mark, Rule.Strings, res);
        Leave();
        return res;
    }

    // group: '(' a=(yield_expr | named_expression) ')' | invalid_group
    private Expr? Group()
    {
        Enter();
        int mark = _mark;
        Expr? res = null;
        if (Expect(TokenKind.Lpar))
        {
            Expr? a = At(TokenKind.KwYield) ? YieldExpr() : null;
            if (a is null) { _mark = mark + 1; a = NamedExpression(); }
            if (a is not null && Expect(TokenKind.Rpar)) res = a;
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidGroup();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // tuple: '(' a=[y=star_named_expression ',' z=[star_named_expressions]] ')'
    private Expr? TupleRule()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lpar))
        {
            Expr[]? elts = null;
            int m = _mark;
            var y = StarNamedExpression();
            if (y is not null && Expect(TokenKind.Comma))
            {
                var z = StarNamedExpressions();
                elts = new Expr[z is null ? 1 : z.Length + 1];
                elts[0] = y;
                z?.CopyTo(elts, 1);
            }
            else _mark = m;
            if (Expect(TokenKind.Rpar)) res = Extra(new Tuple { Elts = elts, Ctx = ExprContext.Load }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // list: '[' a=[star_named_expressions] ']'
    private Expr? ListDisplay()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lsqb))
        {
            var a = StarNamedExpressions();
            if (Expect(TokenKind.Rsqb)) res = Extra(new List { Elts = a, Ctx = ExprContext.Load }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // set: '{' a=star_named_expressions '}'
    private Expr? SetDisplay()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lbrace))
        {
            var a = StarNamedExpressions();
            if (a is not null && Expect(TokenKind.Rbrace)) res = Extra(new Set { Elts = a }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    /// <summary>CPython's KeyValuePair: a dict item, or '**' mapping (null key).</summary>
    private sealed class KeyValue(Expr? key, Expr value)
    {
        public readonly Expr? Key = key;
        public readonly Expr Value = value;
    }

    // dict:
    //     | '{' a=[double_starred_kvpairs] '}'
    //     | '{' invalid_double_starred_kvpairs '}'   (tried in both passes)
    private Expr? DictRule()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lbrace))
        {
            var a = DoubleStarredKvpairs();
            if (Expect(TokenKind.Rbrace))
            {
                var d = new Dict();
                if (a is not null)
                {
                    var keys = new Expr?[a.Length];
                    var values = new Expr[a.Length];
                    for (int i = 0; i < keys.Length; i++)
                    {
                        keys[i] = a[i].Key;
                        values[i] = a[i].Value;
                    }
                    d.Keys = keys;
                    d.Values = values;
                }
                res = Extra(d, mark);
            }
        }
        if (res is null)
        {
            // Not gated by the second pass: the generated C parser calls this alternative in the
            // first pass too (it does not start with the invalid rule), so its errors and the
            // tokens it reads count there as well.
            _mark = mark;
            if (Expect(TokenKind.Lbrace)) InvalidDoubleStarredKvpairs();
            _mark = mark;
        }
        Leave();
        return res;
    }

    // double_starred_kvpairs: a=','.double_starred_kvpair+ [',']
    private KeyValue[]? DoubleStarredKvpairs()
    {
        Enter(2);
        var first = DoubleStarredKvpair();
        KeyValue[]? res = null;
        if (first is not null)
        {
            int items = _keyValueScratch.Count;
            _keyValueScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = DoubleStarredKvpair();
                if (n is null) { _mark = m; break; }
                _keyValueScratch.Push(n);
            }
            Expect(TokenKind.Comma);
            res = _keyValueScratch.Take(items);
        }
        Leave(2);
        return res;
    }

    // double_starred_kvpair: '**' a=bitwise_or | kvpair
    private KeyValue? DoubleStarredKvpair()
    {
        Enter();
        int mark = _mark;
        KeyValue? res = null;
        if (Expect(TokenKind.Doublestar))
        {
            var a = BitwiseOr();
            if (a is not null) res = new KeyValue(null, a);
            else _mark = mark;
        }
        res ??= Kvpair();
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // kvpair: a=expression ':' b=expression
    private KeyValue? Kvpair()
    {
        Enter();
        int mark = _mark;
        KeyValue? res = null;
        var a = Expression();
        if (a is not null && Expect(TokenKind.Colon))
        {
            var b = Expression();
            if (b is not null) res = new KeyValue(a, b);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // for_if_clauses: for_if_clause+
    private Comprehension[]? ForIfClauses()
    {
        Enter(2);
        int res = _comprehensionScratch.Count;
        while (true)
        {
            int m = _mark;
            var c = ForIfClause();
            if (c is null) { _mark = m; break; }
            _comprehensionScratch.Push(c);
        }
        Leave(2);
        return _comprehensionScratch.Take(res);
    }

    // for_if_clause:
    //     | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction)*
    //     | 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction)*
    //     | invalid_for_target
    private Comprehension? ForIfClause()
    {
        Enter();
        int mark = _mark;
        Comprehension? res = null;
        bool cut = false;
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.KwFor))
        {
            var a = StarTargets();
            if (a is not null && Expect(TokenKind.KwIn))
            {
                cut = true;
                var b = Disjunction();
                if (b is not null)
                {
                    int ifs = _exprScratch.Count;
                    while (true)
                    {
                        int m = _mark;
                        if (!Expect(TokenKind.KwIf)) break;
                        var z = Disjunction();
                        if (z is null) { _mark = m; break; }
                        _exprScratch.Push(z);
                    }
                    res = new Comprehension { Target = a, Iter = b, Ifs = _exprScratch.Take(ifs), IsAsync = isAsync ? 1 : 0 };
                }
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (!cut && _callInvalidRules)
            {
                InvalidForTarget();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // listcomp: '[' a=named_expression b=for_if_clauses ']' | invalid_comprehension
    private Expr? Listcomp()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lsqb))
        {
            var a = NamedExpression();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Expect(TokenKind.Rsqb)) res = Extra(new ListComp { Elt = a, Generators = b }, mark);
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidComprehension();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // setcomp: '{' a=named_expression b=for_if_clauses '}' | invalid_comprehension
    private Expr? Setcomp()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lbrace))
        {
            var a = NamedExpression();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Expect(TokenKind.Rbrace)) res = Extra(new SetComp { Elt = a, Generators = b }, mark);
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidComprehension();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // genexp: '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')' | invalid_comprehension
    private Expr? Genexp()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lpar))
        {
            var a = AssignmentExpressionOrExpression();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Expect(TokenKind.Rpar)) res = Extra(new GeneratorExp { Elt = a, Generators = b }, mark);
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidComprehension();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // (assignment_expression | expression !':=')
    private Expr? AssignmentExpressionOrExpression()
    {
        int mark = _mark;
        // A call's first argument is parsed first as a generator expression's element (primary
        // genexp comes before primary '(' arguments ')'), then again as an argument: the second
        // time takes the first one's result. A first-pass result depends on the position only
        // (nodes are not mutated) — and on the depth, near the nesting limit: a parse that never
        // reached the limit would not have failed one level deeper either.
        if (mark == _reusable.Start && !_secondPass && !_depthLimitReached && _level <= _reusable.Level + 1)
        {
            _mark = _reusable.End;
            return _reusable.Node;
        }
        Enter();
        var a = AssignmentExpression();
        if (a is null)
        {
            _mark = mark;
            a = Expression();
            if (a is not null && At(TokenKind.Colonequal)) a = null;
            if (a is null) _mark = mark;
        }
        Leave();
        if (!_secondPass) _reusable = new ReusableResult(mark, _mark, _level, a);
        return a;
    }

    /// <summary>The last first-pass result of <see cref="AssignmentExpressionOrExpression"/>: where it
    /// started and ended, the nesting it was parsed at, and the node (Start is -1 when there is none).</summary>
    private readonly record struct ReusableResult(int Start, int End, int Level, Expr? Node)
    {
        public static readonly ReusableResult None = new(-1, 0, 0, null);
    }

    private ReusableResult _reusable = ReusableResult.None;

    // dictcomp: '{' a=kvpair b=for_if_clauses '}' | invalid_dict_comprehension
    private Expr? Dictcomp()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Lbrace))
        {
            var a = Kvpair();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Expect(TokenKind.Rbrace))
                    res = Extra(new DictComp { Key = a.Key!, Value = a.Value, Generators = b }, mark);
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidDictComprehension();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // arguments (memo): a=args [','] &')' | invalid_arguments
    private Call? ArgumentsRule()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoized(Rule.Arguments, out object? memo)) { Leave(); return (Call?)memo; }
        Call? res = null;
        var a = Args();
        if (a is not null)
        {
            Expect(TokenKind.Comma);
            if (At(TokenKind.Rpar)) res = a;
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidArguments();
                _mark = mark;
            }
        }
        Memoize(mark, Rule.Arguments, res);
        Leave();
        return res;
    }

    /// <summary>CPython's KeywordOrStarred: a keyword, or a starred expression among keywords.</summary>
    private readonly struct KeywordOrStarred(LocatedNode element, bool isKeyword)
    {
        public readonly LocatedNode Element = element;
        public readonly bool IsKeyword = isKeyword;
    }

    // args:
    //     | a=','.(starred_expression | (assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs]
    //     | a=kwargs
    // The result is a Call whose func is a placeholder; callers take its args and keywords.
    private Call? Args()
    {
        Enter();
        int mark = StartMark();
        Call? res = null;
        var first = PositionalArg();
        if (first is not null)
        {
            int positional = _exprScratch.Count;
            _exprScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = PositionalArg();
                if (n is null) { _mark = m; break; }
                _exprScratch.Push(n);
            }
            List<KeywordOrStarred>? kw = null;
            int beforeComma = _mark;
            if (Expect(TokenKind.Comma))
            {
                kw = Kwargs();
                if (kw is null) _mark = beforeComma;
            }
            var call = new Call { Func = DummyName() };
            SplitKeywords(call, _exprScratch.Since(positional), kw);
            _exprScratch.Truncate(positional);
            res = Extra(call, mark);
        }
        else
        {
            _mark = mark;
            var kw = Kwargs();
            if (kw is not null)
            {
                var call = new Call { Func = DummyName() };
                SplitKeywords(call, default, kw);
                res = Extra(call, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    /// <summary>
    /// pegen's dummy name: the Func of the Call that 'args' returns, which only carries the
    /// arguments and never reaches the tree. One per parser, as CPython caches one (a Name per
    /// argument list was 3% of the memory compiling the stdlib allocates).
    /// </summary>
    private Name DummyName() => _dummyName ??= new() { Id = "", Ctx = ExprContext.Load, Lineno = 1, ColOffset = 0, EndLineno = 1, EndColOffset = 0 };

    private Name? _dummyName;

    // starred_expression | (assignment_expression | expression !':=') !'='
    private Expr? PositionalArg()
    {
        int mark = _mark;
        var s = StarredExpression();
        if (s is not null) return s;
        _mark = mark;
        var e = AssignmentExpressionOrExpression();
        if (e is not null && !At(TokenKind.Equal)) return e;
        _mark = mark;
        return null;
    }

    // kwargs:
    //     | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { join }
    //     | ','.kwarg_or_starred+
    //     | ','.kwarg_or_double_starred+
    private List<KeywordOrStarred>? Kwargs()
    {
        Enter();
        int mark = _mark;
        List<KeywordOrStarred>? res = null;
        var a = KwargList(doubleStarred: false);
        if (a is not null)
        {
            int m = _mark;
            if (Expect(TokenKind.Comma))
            {
                var b = KwargList(doubleStarred: true);
                if (b is not null) { a.AddRange(b); res = a; }
            }
            if (res is null)
            {
                _mark = m;
                res = a;
            }
        }
        if (res is null)
        {
            _mark = mark;
            res = KwargList(doubleStarred: true);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    private List<KeywordOrStarred>? KwargList(bool doubleStarred)
    {
        Enter(2);
        var first = KwargOrStarred(doubleStarred);
        List<KeywordOrStarred>? res = null;
        if (first is not null)
        {
            res = new List<KeywordOrStarred> { first.Value };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = KwargOrStarred(doubleStarred);
                if (n is null) { _mark = m; break; }
                res.Add(n.Value);
            }
        }
        Leave(2);
        return res;
    }

    // kwarg_or_starred: invalid_kwarg | a=NAME '=' b=expression | a=starred_expression
    // kwarg_or_double_starred: invalid_kwarg | a=NAME '=' b=expression | '**' a=expression
    private KeywordOrStarred? KwargOrStarred(bool doubleStarred)
    {
        Enter();
        int mark = StartMark();
        KeywordOrStarred? res = null;
        if (_callInvalidRules)
        {
            InvalidKwarg();
            _mark = mark;
        }
        if (At(TokenKind.Name) && KindAt(1) == TokenKind.Equal)
        {
            var a = NameToken()!;
            _mark++;
            var b = Expression();
            if (b is not null) res = new KeywordOrStarred(Extra(new Keyword { Arg = a.Id, Value = b }, mark), true);
            else _mark = mark;
        }
        if (res is null)
        {
            if (!doubleStarred)
            {
                var s = StarredExpression();
                if (s is not null) res = new KeywordOrStarred(s, false);
            }
            else if (Expect(TokenKind.Doublestar))
            {
                var a = Expression();
                if (a is not null) res = new KeywordOrStarred(Extra(new Keyword { Arg = null, Value = a }, mark), true);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // starred_expression: '*' a=expression
    private Expr? StarredExpression()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Star))
        {
            var a = Expression();
            if (a is not null) res = Extra(new Starred { Value = a, Ctx = ExprContext.Load }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // type_expressions:
    //     | a=','.expression+ ',' '*' b=expression ',' '**' c=expression
    //     | a=','.expression+ ',' '*' b=expression
    //     | a=','.expression+ ',' '**' b=expression
    //     | '*' a=expression ',' '**' b=expression
    //     | '*' a=expression
    //     | '**' a=expression
    //     | a=','.expression+
    private List<Expr>? TypeExpressions()
    {
        Enter();
        int mark = _mark;
        List<Expr>? res = null;
        var a = ExpressionList();
        if (a is not null)
        {
            int afterA = _mark;
            if (Expect(TokenKind.Comma))
            {
                if (Expect(TokenKind.Star))
                {
                    var b = Expression();
                    if (b is not null)
                    {
                        a.Add(b);
                        int m = _mark;
                        if (Expect(TokenKind.Comma) && Expect(TokenKind.Doublestar))
                        {
                            var c = Expression();
                            if (c is not null) a.Add(c);
                            else _mark = m;
                        }
                        else _mark = m;
                        res = a;
                    }
                }
                else if (Expect(TokenKind.Doublestar))
                {
                    var b = Expression();
                    if (b is not null) { a.Add(b); res = a; }
                }
            }
            if (res is null) { _mark = afterA; res = a; }
        }
        else
        {
            _mark = mark;
            if (Expect(TokenKind.Star))
            {
                var b = Expression();
                if (b is not null)
                {
                    res = new List<Expr> { b };
                    int m = _mark;
                    if (Expect(TokenKind.Comma) && Expect(TokenKind.Doublestar))
                    {
                        var c = Expression();
                        if (c is not null) res.Add(c);
                        else _mark = m;
                    }
                    else _mark = m;
                }
            }
            else if (Expect(TokenKind.Doublestar))
            {
                var b = Expression();
                if (b is not null) res = new List<Expr> { b };
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // ','.expression+
    private List<Expr>? ExpressionList()
    {
        var first = Expression();
        if (first is null) return null;
        var res = new List<Expr> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma)) break;
            var n = Expression();
            if (n is null) { _mark = m; break; }
            res.Add(n);
        }
        return res;
    }

    /// <summary>Sets the placeholder call's lists: the positional arguments, then the starred ones
    /// among <paramref name="kw"/> after them, and the keywords, each list made once at its size.</summary>
    private static void SplitKeywords(Call call, ReadOnlySpan<Expr> positional, List<KeywordOrStarred>? kw)
    {
        int keywords = 0;
        if (kw is not null) foreach (var k in kw) if (k.IsKeyword) keywords++;
        int starred = (kw?.Count ?? 0) - keywords;
        int plain = positional.Length;
        if (plain + starred > 0)
        {
            var args = new Expr[plain + starred];
            positional.CopyTo(args);
            int j = plain;
            if (starred > 0) foreach (var k in kw!) if (!k.IsKeyword) args[j++] = (Expr)k.Element;
            call.Args = args;
        }
        if (keywords > 0)
        {
            var kws = new Keyword[keywords];
            int j = 0;
            foreach (var k in kw!) if (k.IsKeyword) kws[j++] = (Keyword)k.Element;
            call.Keywords = kws;
        }
    }
}
