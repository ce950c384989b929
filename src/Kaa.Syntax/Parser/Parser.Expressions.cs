using System.Runtime.CompilerServices;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram: expressions, from <c>expressions</c> down to <c>await_primary</c>. The
/// left-recursive binary-operator rules are loops that build the same left-leaning trees.</summary>
internal sealed partial class Parser
{
    // expressions:
    //     | a=expression b=(',' c=expression)+ [','] { Tuple }
    //     | a=expression ',' { TupleRule([a]) }
    //     | expression
    private Expr? Expressions()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var a = Expression();
        if (a is not null)
        {
            if (At(TokenKind.Comma))
            {
                int elts = _exprScratch.Count;
                _exprScratch.Push(a);
                while (true)
                {
                    int m = _mark;
                    if (!Expect(TokenKind.Comma)) break;
                    var c = Expression();
                    if (c is null) { _mark = m; break; }
                    _exprScratch.Push(c);
                }
                Expect(TokenKind.Comma);
                res = Extra(new Tuple { Elts = _exprScratch.Take(elts), Ctx = ExprContext.Load }, mark);
            }
            else res = a;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // expression (memo):
    //     | invalid_expression
    //     | invalid_legacy_expression
    //     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
    //     | disjunction
    //     | lambdef
    private Expr? Expression()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoized(Rule.Expression, out object? memo)) { Leave(); return (Expr?)memo; }
        if (_callInvalidRules)
        {
            InvalidExpression();
            _mark = mark;
            InvalidLegacyExpression();
            _mark = mark;
        }
        var res = ExpressionWithoutInvalid(mark);
        Memoize(mark, Rule.Expression, res);
        Leave();
        return res;
    }

    // expression_without_invalid (the last three alternatives of expression)
    private Expr? ExpressionWithoutInvalid(int mark)
    {
        if (At(TokenKind.KwLambda))
        {
            var l = Lambdef();
            if (l is null) _mark = mark;
            return l;
        }
        var a = Disjunction();
        if (a is null) { _mark = mark; return null; }
        int afterA = _mark;
        if (Expect(TokenKind.KwIf))
        {
            var b = Disjunction();
            if (b is not null && Expect(TokenKind.KwElse))
            {
                var c = Expression();
                if (c is not null) return Extra(new IfExp { Test = b, Body = a, Orelse = c }, mark);
            }
        }
        _mark = afterA;
        return a;
    }

    /// <summary>expression_without_invalid as a rule of its own: invalid rules are off inside it.</summary>
    private Expr? ExpressionWithoutInvalidRule()
    {
        Enter();
        int mark = StartMark();
        bool saved = _callInvalidRules;
        _callInvalidRules = false;
        try
        {
            // The memo of 'expression' holds results computed with invalid rules on; the
            // results are the same (invalid rules only raise), so it stays valid here.
            return ExpressionWithoutInvalid(mark);
        }
        finally
        {
            _callInvalidRules = saved;
            Leave();
        }
    }

    // yield_expr: 'yield' 'from' a=expression | 'yield' a=[star_expressions]
    private Expr? YieldExpr()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.KwYield))
        {
            if (Expect(TokenKind.KwFrom))
            {
                var a = Expression();
                if (a is not null) res = Extra(new YieldFrom { Value = a }, mark);
            }
            if (res is null)
            {
                _mark = mark + 1;
                var a = StarExpressions();
                res = Extra(new Yield { Value = a }, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // star_expressions:
    //     | a=star_expression b=(',' c=star_expression)+ [','] { Tuple }
    //     | a=star_expression ',' { TupleRule([a]) }
    //     | star_expression
    private Expr? StarExpressions()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var a = StarExpression();
        if (a is not null)
        {
            if (At(TokenKind.Comma))
            {
                int elts = _exprScratch.Count;
                _exprScratch.Push(a);
                while (true)
                {
                    int m = _mark;
                    if (!Expect(TokenKind.Comma)) break;
                    var c = StarExpression();
                    if (c is null) { _mark = m; break; }
                    _exprScratch.Push(c);
                }
                Expect(TokenKind.Comma);
                res = Extra(new Tuple { Elts = _exprScratch.Take(elts), Ctx = ExprContext.Load }, mark);
            }
            else res = a;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // star_expression (memo): '*' a=bitwise_or { Starred } | expression
    private Expr? StarExpression()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.StarExpression, out object? memo)) { Leave(); return (Expr?)memo; }
        Expr? res = null;
        if (Expect(TokenKind.Star))
        {
            var a = BitwiseOr();
            if (a is not null) res = Extra(new Starred { Value = a, Ctx = ExprContext.Load }, mark);
            else _mark = mark;
        }
        res ??= Expression();
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.StarExpression, res);
        Leave();
        return res;
    }

    // star_named_expressions: a=','.star_named_expression+ [',']
    private Expr[]? StarNamedExpressions()
    {
        Enter(2);
        var first = StarNamedExpression();
        Expr[]? res = null;
        if (first is not null)
        {
            int items = _exprScratch.Count;
            _exprScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = StarNamedExpression();
                if (n is null) { _mark = m; break; }
                _exprScratch.Push(n);
            }
            Expect(TokenKind.Comma);
            res = _exprScratch.Take(items);
        }
        Leave(2);
        return res;
    }

    // star_named_expression: '*' a=bitwise_or { Starred } | named_expression
    private Expr? StarNamedExpression()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.Star))
        {
            var a = BitwiseOr();
            if (a is not null) res = Extra(new Starred { Value = a, Ctx = ExprContext.Load }, mark);
            else _mark = mark;
        }
        res ??= NamedExpression();
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // assignment_expression: a=NAME ':=' ~ b=expression
    private Expr? AssignmentExpression()
    {
        if (!At(TokenKind.Name) || KindAt(1) != TokenKind.Colonequal) return null;
        Enter();
        int mark = _mark;
        var a = NameToken()!;
        _mark++; // ':='
        // The cut ends the rule if the expression fails: it has no other alternative anyway.
        Expr? res = null;
        var b = Expression();
        if (b is not null) res = Extra(new NamedExpr { Target = SetContext(a, ExprContext.Store), Value = b }, mark);
        else _mark = mark;
        Leave();
        return res;
    }

    // named_expression:
    //     | assignment_expression
    //     | invalid_named_expression
    //     | expression !':='
    private Expr? NamedExpression()
    {
        Enter();
        int mark = _mark;
        // A cut inside assignment_expression only ends that rule: named_expression goes on.
        var res = AssignmentExpression();
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidNamedExpression();
                _mark = mark;
            }
            var e = Expression();
            if (e is not null && !At(TokenKind.Colonequal)) res = e;
            else _mark = mark;
        }
        Leave();
        return res;
    }

    // disjunction (memo): a=conjunction b=('or' c=conjunction)+ { BoolOp(Or) } | conjunction
    private Expr? Disjunction()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.Disjunction, out object? memo)) { Leave(); return (Expr?)memo; }
        var simple = SimpleAtom();
        if (simple is not null) { Leave(); return simple; }
        var a = Conjunction();
        Expr? res = a;
        if (a is not null && At(TokenKind.KwOr))
        {
            int values = _exprScratch.Count;
            _exprScratch.Push(a);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.KwOr)) break;
                var c = Conjunction();
                if (c is null) { _mark = m; break; }
                _exprScratch.Push(c);
            }
            if ((_exprScratch.Count - values) > 1) res = Extra(new BoolOp { Op = BoolOperator.Or, Values = _exprScratch.Take(values) }, mark);
            else _exprScratch.Truncate(values);
        }
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.Disjunction, res);
        Leave();
        return res;
    }

    /// <summary>
    /// A shortcut through the rules from conjunction down to atom, for the commonest case: a NAME
    /// or NUMBER that no operator, call, subscript or attribute follows. Every one of those rules
    /// would return the atom unchanged, so it is made directly. Only in the first pass (the second
    /// keeps CPython's memo exactly) and far from the nesting limit (so MemoryError is raised at
    /// the same depth as CPython's).
    /// </summary>
    private Expr? SimpleAtom()
    {
        if (_secondPass || _level > MaxStack - 64) return null;
        TokenKind k = Kind;
        if (k is not (TokenKind.Name or TokenKind.Number)) return null;
        if (ContinuesExpression(KindAt(1))) return null;
        if (k == TokenKind.Name) return NameToken();
        int i = _mark++;
        return Literals.NumberLiterals.NumberToken(this, Tok(i));
    }

    /// <summary>The tokens that, after an atom, make a larger disjunction of it.</summary>
    private static bool ContinuesExpression(TokenKind k) => k is TokenKind.Dot or TokenKind.Lpar or TokenKind.Lsqb
        or TokenKind.Doublestar or TokenKind.Star or TokenKind.Slash or TokenKind.Doubleslash or TokenKind.Percent
        or TokenKind.At or TokenKind.Plus or TokenKind.Minus or TokenKind.Leftshift or TokenKind.Rightshift
        or TokenKind.Amper or TokenKind.Circumflex or TokenKind.Vbar or TokenKind.Less or TokenKind.Greater
        or TokenKind.Eqequal or TokenKind.Notequal or TokenKind.Lessequal or TokenKind.Greaterequal
        or TokenKind.KwIn or TokenKind.KwNot or TokenKind.KwIs or TokenKind.KwAnd or TokenKind.KwOr;

    // conjunction (memo): a=inversion b=('and' c=inversion)+ { BoolOp(And) } | inversion
    private Expr? Conjunction()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.Conjunction, out object? memo)) { Leave(); return (Expr?)memo; }
        var a = Inversion();
        Expr? res = a;
        if (a is not null && At(TokenKind.KwAnd))
        {
            int values = _exprScratch.Count;
            _exprScratch.Push(a);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.KwAnd)) break;
                var c = Inversion();
                if (c is null) { _mark = m; break; }
                _exprScratch.Push(c);
            }
            if ((_exprScratch.Count - values) > 1) res = Extra(new BoolOp { Op = BoolOperator.And, Values = _exprScratch.Take(values) }, mark);
            else _exprScratch.Truncate(values);
        }
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.Conjunction, res);
        Leave();
        return res;
    }

    // inversion (memo): 'not' a=inversion { UnaryOp(Not) } | comparison
    private Expr? Inversion()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.Inversion, out object? memo)) { Leave(); return (Expr?)memo; }
        Expr? res = null;
        if (Expect(TokenKind.KwNot))
        {
            var a = Inversion();
            if (a is not null) res = Extra(new UnaryOp { Op = UnaryOperator.Not, Operand = a }, mark);
            else _mark = mark;
        }
        res ??= Comparison();
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.Inversion, res);
        Leave();
        return res;
    }

    // comparison: a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare } | bitwise_or
    private Expr? Comparison()
    {
        Enter();
        int mark = StartMark();
        var a = BitwiseOr();
        Expr? res = a;
        if (a is not null)
        {
            int ops = _cmpOpScratch.Count;
            int comparators = _exprScratch.Count;
            while (true)
            {
                int m = _mark;
                CmpOperator op;
                switch (Kind)
                {
                    case TokenKind.Eqequal: op = CmpOperator.Eq; _mark++; break;
                    case TokenKind.Notequal:
                        // '!=' only: '<>' is the Barry-as-FLUFL spelling, rejected here.
                        if (!TokenTextIs(_mark, "!=")) goto done;
                        op = CmpOperator.NotEq; _mark++; break;
                    case TokenKind.Lessequal: op = CmpOperator.LtE; _mark++; break;
                    case TokenKind.Less: op = CmpOperator.Lt; _mark++; break;
                    case TokenKind.Greaterequal: op = CmpOperator.GtE; _mark++; break;
                    case TokenKind.Greater: op = CmpOperator.Gt; _mark++; break;
                    case TokenKind.KwNot:
                        if (KindAt(1) != TokenKind.KwIn) goto done;
                        op = CmpOperator.NotIn; _mark += 2; break;
                    case TokenKind.KwIn: op = CmpOperator.In; _mark++; break;
                    case TokenKind.KwIs:
                        if (KindAt(1) == TokenKind.KwNot)
                        {
                            _mark += 2;
                            Enter(2);
                            var r = BitwiseOr();
                            Leave(2);
                            if (r is not null)
                            {
                                _cmpOpScratch.Push(CmpOperator.IsNot);
                                _exprScratch.Push(r);
                                continue;
                            }
                            _mark = m;
                        }
                        op = CmpOperator.Is; _mark++; break;
                    default: goto done;
                }
                Enter(2);
                var b = BitwiseOr();
                Leave(2);
                if (b is null) { _mark = m; break; }
                _cmpOpScratch.Push(op);
                _exprScratch.Push(b);
            }
        done:
            if ((_cmpOpScratch.Count - ops) > 0) res = Extra(new Compare { Left = a, Ops = _cmpOpScratch.Take(ops), Comparators = _exprScratch.Take(comparators) }, mark);
            else
            {
                _cmpOpScratch.Truncate(ops);
                _exprScratch.Truncate(comparators);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // bitwise_or: a=bitwise_or '|' b=bitwise_xor | bitwise_xor
    private Expr? BitwiseOr()
    {
        if (_secondPass) return BinaryChain(Rule.BitwiseOr);
        // The first pass memoizes none of the six levels: one precedence-climbing loop gives the
        // same tree without six nested calls per operand. The depth is counted as the six levels
        // count it (two each): every operand's factor is parsed twelve levels down.
        const int Depth = 2 * 6;
        int entered = _level;
        if (entered + Depth >= MaxStack)
        {
            _level = entered + Depth;
            AtDepthLimit();
        }
        if ((entered >> 5) != ((entered + Depth) >> 5) && !StackHasRoom())
            throw new InsufficientStackException();
        _level = entered + Depth;
        bool outerStopped = _chainStopped; // a chain inside a factor (in brackets) is its own
        _chainStopped = false;
        var result = ChainFrom(0);
        _chainStopped = outerStopped;
        _level = entered;
        return result;
    }

    /// <summary>Set when an operator's right operand failed: the whole chain ends there, as every
    /// level of the recursive rules finds the operator not its own and stops.</summary>
    private bool _chainStopped;

    /// <summary>
    /// Operands joined by the operators of precedence <paramref name="minPrecedence"/> (0: '|') and
    /// tighter (5: '*', '/', ...), left-nested, each BinOp spanning from its left operand's start.
    /// </summary>
    private Expr? ChainFrom(int minPrecedence)
    {
        int mark = StartMark();
        var a = Factor();
        if (a is null)
        {
            _mark = mark;
            return null;
        }
        while (!_chainStopped)
        {
            var (op, precedence) = ChainOperatorOf(Kind);
            if (precedence < minPrecedence) break;
            int m = _mark;
            _mark++;
            var b = ChainFrom(precedence + 1);
            if (b is null)
            {
                _mark = m;
                _chainStopped = true;
                break;
            }
            a = Extra(new BinOp { Left = a, Op = op, Right = b }, mark);
        }
        return a;
    }

    /// <summary>A binary operator token's operator and precedence (0 for '|' to 5 for '*'), or precedence -1.</summary>
    private static (Operator Op, int Precedence) ChainOperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.Vbar => (Operator.BitOr, 0),
        TokenKind.Circumflex => (Operator.BitXor, 1),
        TokenKind.Amper => (Operator.BitAnd, 2),
        TokenKind.Leftshift => (Operator.LShift, 3),
        TokenKind.Rightshift => (Operator.RShift, 3),
        TokenKind.Plus => (Operator.Add, 4),
        TokenKind.Minus => (Operator.Sub, 4),
        TokenKind.Star => (Operator.Mult, 5),
        TokenKind.Slash => (Operator.Div, 5),
        TokenKind.Doubleslash => (Operator.FloorDiv, 5),
        TokenKind.Percent => (Operator.Mod, 5),
        TokenKind.At => (Operator.MatMult, 5),
        _ => (default, -1),
    };

    // bitwise_xor: a=bitwise_xor '^' b=bitwise_and | bitwise_and
    private Expr? BitwiseXor() => BinaryChain(Rule.BitwiseXor);

    // bitwise_and: a=bitwise_and '&' b=shift_expr | shift_expr
    private Expr? BitwiseAnd() => BinaryChain(Rule.BitwiseAnd);

    // shift_expr: a=shift_expr '<<' b=sum | a=shift_expr '>>' b=sum | sum
    private Expr? ShiftExpr() => BinaryChain(Rule.ShiftExpr);

    // sum: a=sum '+' b=term | a=sum '-' b=term | term
    private Expr? Sum() => BinaryChain(Rule.Sum);

    // term: a=term ('*' | '/' | '//' | '%' | '@') b=factor | factor
    private Expr? Term() => BinaryChain(Rule.Term);

    /// <summary>
    /// The six left-recursive binary-operator rules above share one shape, `a=rule OP b=operand |
    /// operand`: parsed as a loop that builds the same left-nested BinOps, memoized in the second
    /// pass as CPython memoizes left-recursive rules.
    /// </summary>
    private Expr? BinaryChain(Rule rule)
    {
        Enter(2);
        int mark = StartMark();
        if (IsMemoizedSecondPass(rule, out object? memo)) { Leave(2); return (Expr?)memo; }
        var a = ChainOperand(rule);
        if (a is not null)
        {
            while (true)
            {
                int m = _mark;
                Operator? op = ChainOperator(rule, Kind);
                if (op is null) break;
                _mark++;
                var b = ChainOperand(rule);
                if (b is null) { _mark = m; break; }
                a = Extra(new BinOp { Left = a, Op = op.Value, Right = b }, mark);
            }
        }
        else _mark = mark;
        MemoizeSecondPass(mark, rule, a);
        Leave(2);
        return a;
    }

    /// <summary>The rule one level down the precedence ladder.</summary>
    private Expr? ChainOperand(Rule rule) => rule switch
    {
        Rule.BitwiseOr => BitwiseXor(),
        Rule.BitwiseXor => BitwiseAnd(),
        Rule.BitwiseAnd => ShiftExpr(),
        Rule.ShiftExpr => Sum(),
        Rule.Sum => Term(),
        _ => Factor(),
    };

    /// <summary>The operator <paramref name="kind"/> stands for in <paramref name="rule"/>, or null.</summary>
    private static Operator? ChainOperator(Rule rule, TokenKind kind)
    {
        var (op, precedence) = ChainOperatorOf(kind);
        int level = rule switch
        {
            Rule.BitwiseOr => 0,
            Rule.BitwiseXor => 1,
            Rule.BitwiseAnd => 2,
            Rule.ShiftExpr => 3,
            Rule.Sum => 4,
            _ => 5, // term
        };
        return precedence == level ? op : null;
    }

    // factor (memo): '+' a=factor | '-' a=factor | '~' a=factor | power
    private Expr? Factor()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.Factor, out object? memo)) { Leave(); return (Expr?)memo; }
        Expr? res = null;
        UnaryOperator? op = Kind switch
        {
            TokenKind.Plus => UnaryOperator.UAdd,
            TokenKind.Minus => UnaryOperator.USub,
            TokenKind.Tilde => UnaryOperator.Invert,
            _ => null,
        };
        if (op is not null)
        {
            _mark++;
            var a = Factor();
            if (a is not null) res = Extra(new UnaryOp { Op = op.Value, Operand = a }, mark);
            else _mark = mark;
        }
        res ??= Power();
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.Factor, res);
        Leave();
        return res;
    }

    // power: a=await_primary '**' b=factor | await_primary
    private Expr? Power()
    {
        Enter();
        int mark = StartMark();
        var a = AwaitPrimary();
        Expr? res = a;
        if (a is not null)
        {
            int m = _mark;
            if (Expect(TokenKind.Doublestar))
            {
                var b = Factor();
                if (b is not null) res = Extra(new BinOp { Left = a, Op = Operator.Pow, Right = b }, mark);
                else _mark = m;
            }
        }
        else _mark = mark;
        Leave();
        return res;
    }

    // await_primary (memo): AWAIT a=primary { Await } | primary
    private Expr? AwaitPrimary()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.AwaitPrimary, out object? memo)) { Leave(); return (Expr?)memo; }
        Expr? res = null;
        if (Expect(TokenKind.Await))
        {
            var a = Primary();
            if (a is not null) res = Extra(new Await { Value = a }, mark);
            else _mark = mark;
        }
        res ??= Primary();
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.AwaitPrimary, res);
        Leave();
        return res;
    }
}
