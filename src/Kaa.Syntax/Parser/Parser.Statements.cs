using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram: the start rules and the simple statements.</summary>
internal sealed partial class Parser
{
    // file: a=[statements] ENDMARKER
    private Module? FileRule()
    {
        Enter();
        int mark = _mark;
        var a = Statements();
        Module? res = null;
        if (Expect(TokenKind.Endmarker)) res = new Module { Body = a };
        else _mark = mark;
        Leave();
        return res;
    }

    // interactive: a=statement_newline
    private Interactive? InteractiveRule()
    {
        Enter();
        var a = StatementNewline();
        Leave();
        return a is null ? null : new Interactive { Body = a };
    }

    // eval: a=expressions NEWLINE* ENDMARKER
    private Ast.Expression? EvalRule()
    {
        Enter();
        int mark = _mark;
        Ast.Expression? res = null;
        var a = Expressions();
        if (a is not null)
        {
            while (Expect(TokenKind.Newline)) { }
            if (Expect(TokenKind.Endmarker)) res = new Ast.Expression { Body = a };
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // func_type: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER
    private FunctionType? FuncTypeRule()
    {
        Enter();
        int mark = _mark;
        FunctionType? res = null;
        if (Expect(TokenKind.Lpar))
        {
            var a = TypeExpressions();
            if (Expect(TokenKind.Rpar) && Expect(TokenKind.Rarrow))
            {
                var b = Expression();
                if (b is not null)
                {
                    while (Expect(TokenKind.Newline)) { }
                    if (Expect(TokenKind.Endmarker)) res = new FunctionType { Argtypes = a ?? new List<Expr>(), Returns = b };
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // fstring: star_expressions
    private Expr? FStringRule()
    {
        Enter();
        var a = StarExpressions();
        Leave();
        return a;
    }

    // statements: a=statement+ { flatten }
    private Stmt[]? Statements()
    {
        Enter(2);
        int res = _stmtScratch.Count;
        while (true)
        {
            int mark = _mark;
            if (!Statement()) { _mark = mark; break; }
        }
        Leave(2);
        return _stmtScratch.Take(res); // null when none (a statement adds at least one)
    }

    // statement: a=compound_stmt { [a] } | a=simple_stmts
    /// <summary>Pushes the statement's statements on the statement stack (straight into the
    /// block's items: no list per line); false, pushing nothing, if there is none.</summary>
    private bool Statement()
    {
        Enter();
        int mark = _mark;
        bool res = true;
        var c = CompoundStmt();
        if (c is not null) _stmtScratch.Push(c);
        else
        {
            _mark = mark;
            res = PushSimpleStmts();
            if (!res) _mark = mark;
        }
        Leave();
        return res;
    }

    // statement_newline:
    //     | a=compound_stmt NEWLINE | simple_stmts | NEWLINE { [Pass] } | ENDMARKER { interactive_exit }
    private Stmt[]? StatementNewline()
    {
        Enter();
        int mark = StartMark();
        Stmt[]? res = null;
        var c = CompoundStmt();
        if (c is not null && Expect(TokenKind.Newline)) res = [c];
        if (res is null)
        {
            _mark = mark;
            res = SimpleStmts();
        }
        if (res is null)
        {
            _mark = mark;
            if (Expect(TokenKind.Newline)) res = [Extra(new Pass(), mark)];
        }
        if (res is null)
        {
            _mark = mark;
            if (Expect(TokenKind.Endmarker)) { Leave(); return null; }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // simple_stmts:
    //     | a=simple_stmt !';' NEWLINE { [a] }
    //     | a=';'.simple_stmt+ [';'] NEWLINE { a }
    private Stmt[]? SimpleStmts()
    {
        int res = _stmtScratch.Count;
        return PushSimpleStmts() ? _stmtScratch.Take(res) : null;
    }

    /// <summary><c>simple_stmts</c>, its statements pushed on the statement stack; false,
    /// pushing nothing, if it fails.</summary>
    private bool PushSimpleStmts()
    {
        Enter();
        int mark = _mark;
        var a = SimpleStmt();
        if (a is not null && !At(TokenKind.Semi) && Expect(TokenKind.Newline))
        {
            Leave();
            _stmtScratch.Push(a);
            return true;
        }
        _mark = mark;
        bool res = false;
        int start = _stmtScratch.Count;
        Enter(2);
        var first = SimpleStmt();
        if (first is not null)
        {
            _stmtScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Semi)) break;
                var next = SimpleStmt();
                if (next is null) { _mark = m; break; }
                _stmtScratch.Push(next);
            }
            Leave(2);
            Expect(TokenKind.Semi);
            res = Expect(TokenKind.Newline);
        }
        else Leave(2);
        if (!res)
        {
            _stmtScratch.Truncate(start);
            _mark = mark;
        }
        Leave();
        return res;
    }

    // simple_stmt (memo)
    private Stmt? SimpleStmt()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoized(Rule.SimpleStmt, out object? memo)) { Leave(); return (Stmt?)memo; }
        var res = SimpleStmtBody(mark);
        if (res is null) _mark = mark;
        Memoize(mark, Rule.SimpleStmt, res);
        Leave();
        return res;
    }

    private Stmt? SimpleStmtBody(int mark)
    {
        TokenKind k = Tok(mark).Kind;
        // A statement keyword cannot start an assignment or an expression (not even for the
        // invalid_assignment rule, except 'yield': "assignment to yield expression not possible").
        bool keywordStatement = k is TokenKind.KwReturn or TokenKind.KwImport or TokenKind.KwFrom
            or TokenKind.KwRaise or TokenKind.KwPass or TokenKind.KwDel or TokenKind.KwAssert
            or TokenKind.KwBreak or TokenKind.KwContinue or TokenKind.KwGlobal or TokenKind.KwNonlocal
            || (k == TokenKind.KwYield && !_callInvalidRules);
        if (!keywordStatement)
        {
            // First pass: a statement that looks like an expression statement is parsed as one
            // before the assignment alternatives are tried (and parse it all again). That order
            // gives the same tree whenever the expression runs to the end of the statement: an
            // assignment needs a '=', ':' or augmented-assignment token at bracket depth 0 right
            // after a target, and an expression holds none there (a depth-0 '=' or ':' in an
            // expression follows 'lambda', which no target contains).
            if (!_callInvalidRules && StartsLikeExpressionStatement(mark))
            {
                var x = StarExpressions();
                if (x is not null && Kind is TokenKind.Newline or TokenKind.Semi)
                    return Extra(new ExprStmt { Value = x }, mark);
                _mark = mark;
            }
            var a = Assignment();
            if (a is not null) return a;
            _mark = mark;
            var e = StarExpressions();
            if (e is not null) return Extra(new ExprStmt { Value = e }, mark);
            _mark = mark;
        }
        switch (k)
        {
            case TokenKind.KwReturn: return ReturnStmt();
            case TokenKind.KwImport or TokenKind.KwFrom: return ImportStmt();
            case TokenKind.KwRaise: return RaiseStmt();
            case TokenKind.KwPass: _mark++; return Extra(new Pass(), mark);
            case TokenKind.KwDel: return DelStmt();
            case TokenKind.KwYield: return YieldStmt();
            case TokenKind.KwAssert: return AssertStmt();
            case TokenKind.KwBreak: _mark++; return Extra(new Break(), mark);
            case TokenKind.KwContinue: _mark++; return Extra(new Continue(), mark);
            case TokenKind.KwGlobal: return GlobalStmt();
            case TokenKind.KwNonlocal: return NonlocalStmt();
        }
        return null;
    }

    /// <summary>
    /// Whether the statement at <paramref name="mark"/> is more likely an expression statement
    /// than an assignment, from tokens the assignment alternatives read anyway: a string (a
    /// docstring), or a dotted name called (<c>f(...)</c>, <c>self.log.warn(...)</c>).
    /// </summary>
    private bool StartsLikeExpressionStatement(int mark)
    {
        TokenKind k = Tok(mark).Kind;
        if (k is TokenKind.String or TokenKind.Await) return true;
        if (k != TokenKind.Name) return false;
        int i = mark + 1;
        while (true)
        {
            k = KindAtIndex(i);
            if (k != TokenKind.Dot) return k == TokenKind.Lpar;
            if (KindAtIndex(i + 1) != TokenKind.Name) return false;
            i += 2;
        }
    }

    /// <summary>The kind of token <paramref name="index"/>, reading up to it if needed.</summary>
    private TokenKind KindAtIndex(int index)
    {
        while (index >= _fill) FillToken();
        return Tok(index).Kind;
    }

    // assignment:
    //     | a=NAME ':' b=expression c=['=' d=annotated_rhs] { AnnAssign(a Store, b, c, 1) }
    //     | a=('(' b=single_target ')' | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs]
    //     | a=(z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT]
    //     | a=single_target b=augassign ~ c=(yield_expr | star_expressions)
    //     | invalid_assignment
    private Stmt? Assignment()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = AssignmentBody(mark);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    private Stmt? AssignmentBody(int mark)
    {
        // NAME ':' expression ['=' annotated_rhs]
        if (At(TokenKind.Name))
        {
            var a = NameToken()!;
            if (Expect(TokenKind.Colon))
            {
                var b = Expression();
                if (b is not null)
                {
                    var c = OptionalAssignedValue();
                    return Extra(new AnnAssign { Target = SetContext(a, ExprContext.Store), Annotation = b, Value = c, Simple = 1 }, mark);
                }
            }
            _mark = mark;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        {
            Expr? target = null;
            Enter();
            if (Expect(TokenKind.Lpar))
            {
                var b = SingleTarget();
                if (b is not null && Expect(TokenKind.Rpar)) target = b;
            }
            if (target is null)
            {
                _mark = mark;
                target = SingleSubscriptAttributeTarget();
            }
            Leave();
            if (target is not null && Expect(TokenKind.Colon))
            {
                var b = Expression();
                if (b is not null)
                {
                    var c = OptionalAssignedValue();
                    return Extra(new AnnAssign { Target = target, Annotation = b, Value = c, Simple = 0 }, mark);
                }
            }
            _mark = mark;
        }
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        {
            int targetList = _exprScratch.Count;
            Enter(2);
            while (true)
            {
                int m = _mark;
                var z = StarTargets();
                if (z is null || !Expect(TokenKind.Equal)) { _mark = m; break; }
                _exprScratch.Push(z);
            }
            Leave(2);
            var targets = _exprScratch.Take(targetList);
            if (targets is not null)
            {
                Enter();
                var b = At(TokenKind.KwYield) ? YieldExpr() : StarExpressions();
                Leave();
                if (b is not null && !At(TokenKind.Equal))
                {
                    Expect(TokenKind.TypeComment);
                    return Extra(new Assign { Targets = targets, Value = b }, mark);
                }
            }
            _mark = mark;
        }
        // single_target augassign ~ (yield_expr | star_expressions)
        {
            var a = SingleTarget();
            if (a is not null)
            {
                var op = AugAssignOperator();
                if (op is not null)
                {
                    Enter();
                    var c = At(TokenKind.KwYield) ? YieldExpr() : StarExpressions();
                    Leave();
                    if (c is not null) return Extra(new AugAssign { Target = a, Op = op.Value, Value = c }, mark);
                    return null; // cut
                }
            }
            _mark = mark;
        }
        if (_callInvalidRules)
        {
            InvalidAssignment();
            _mark = mark;
        }
        return null;
    }

    // ['=' d=annotated_rhs]
    private Expr? OptionalAssignedValue()
    {
        int m = _mark;
        if (Expect(TokenKind.Equal))
        {
            var d = AnnotatedRhs();
            if (d is not null) return d;
        }
        _mark = m;
        return null;
    }

    // annotated_rhs: yield_expr | star_expressions
    private Expr? AnnotatedRhs()
    {
        Enter();
        int mark = _mark;
        Expr? res = null;
        if (At(TokenKind.KwYield)) res = YieldExpr();
        if (res is null) { _mark = mark; res = StarExpressions(); }
        Leave();
        return res;
    }

    // augassign
    private Operator? AugAssignOperator()
    {
        Operator? op = Kind switch
        {
            TokenKind.Plusequal => Operator.Add,
            TokenKind.Minequal => Operator.Sub,
            TokenKind.Starequal => Operator.Mult,
            TokenKind.Atequal => Operator.MatMult,
            TokenKind.Slashequal => Operator.Div,
            TokenKind.Percentequal => Operator.Mod,
            TokenKind.Amperequal => Operator.BitAnd,
            TokenKind.Vbarequal => Operator.BitOr,
            TokenKind.Circumflexequal => Operator.BitXor,
            TokenKind.Leftshiftequal => Operator.LShift,
            TokenKind.Rightshiftequal => Operator.RShift,
            TokenKind.Doublestarequal => Operator.Pow,
            TokenKind.Doubleslashequal => Operator.FloorDiv,
            _ => null,
        };
        if (op is not null) _mark++;
        return op;
    }

    // return_stmt: 'return' a=[star_expressions]
    private Stmt? ReturnStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwReturn))
        {
            var a = StarExpressions();
            res = Extra(new Return { Value = a }, mark);
        }
        Leave();
        return res;
    }

    // raise_stmt: 'raise' a=expression b=['from' z=expression] | 'raise'
    private Stmt? RaiseStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwRaise))
        {
            var a = Expression();
            if (a is not null)
            {
                Expr? b = null;
                int m = _mark;
                if (Expect(TokenKind.KwFrom))
                {
                    b = Expression();
                    if (b is null) _mark = m;
                }
                res = Extra(new Raise { Exc = a, Cause = b }, mark);
            }
            else
            {
                _mark = mark + 1;
                res = Extra(new Raise(), mark);
            }
        }
        Leave();
        return res;
    }

    // global_stmt: 'global' a=','.NAME+
    private Stmt? GlobalStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwGlobal))
        {
            var names = NameList();
            if (names is not null) res = Extra(new Global { Names = names }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // nonlocal_stmt: 'nonlocal' a=','.NAME+
    private Stmt? NonlocalStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwNonlocal))
        {
            var names = NameList();
            if (names is not null) res = Extra(new Nonlocal { Names = names }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // ','.NAME+, as identifiers
    private string[]? NameList()
    {
        var first = NameToken();
        if (first is null) return null;
        int names = _nameScratch.Count;
        _nameScratch.Push(first.Id);
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma)) break;
            var n = NameToken();
            if (n is null) { _mark = m; break; }
            _nameScratch.Push(n.Id);
        }
        return _nameScratch.Take(names);
    }

    // del_stmt: 'del' a=del_targets &(';' | NEWLINE) | invalid_del_stmt
    private Stmt? DelStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwDel))
        {
            var a = DelTargets();
            if (a is not null && (At(TokenKind.Semi) || At(TokenKind.Newline)))
                res = Extra(new Delete { Targets = a }, mark);
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidDelStmt();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // yield_stmt: y=yield_expr { Expr(y) }
    private Stmt? YieldStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        var y = YieldExpr();
        if (y is not null) res = Extra(new ExprStmt { Value = y }, mark);
        else _mark = mark;
        Leave();
        return res;
    }

    // assert_stmt: 'assert' a=expression b=[',' z=expression]
    private Stmt? AssertStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwAssert))
        {
            var a = Expression();
            if (a is not null)
            {
                Expr? b = null;
                int m = _mark;
                if (Expect(TokenKind.Comma))
                {
                    b = Expression();
                    if (b is null) _mark = m;
                }
                res = Extra(new Assert { Test = a, Msg = b }, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // import_stmt: import_name | import_from
    private Stmt? ImportStmt()
    {
        Enter();
        int mark = _mark;
        Stmt? res = At(TokenKind.KwImport) ? ImportName() : null;
        if (res is null) { _mark = mark; res = ImportFromRule(); }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // import_name: 'import' a=dotted_as_names
    private Stmt? ImportName()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwImport))
        {
            var a = DottedAsNames();
            if (a is not null) res = Extra(new Import { Names = a }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // import_from:
    //     | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets
    //     | 'from' a=('.' | '...')+ 'import' b=import_from_targets
    private Stmt? ImportFromRule()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (Expect(TokenKind.KwFrom))
        {
            int dots = 0;
            while (true)
            {
                if (Expect(TokenKind.Dot)) dots += 1;
                else if (Expect(TokenKind.Ellipsis)) dots += 3;
                else break;
            }
            int afterDots = _mark;
            var b = DottedName();
            if (b is not null && Expect(TokenKind.KwImport))
            {
                var c = ImportFromTargets();
                if (c is not null) res = Extra(new ImportFrom { Module = ((Name)b).Id, Names = c, Level = dots }, mark);
            }
            if (res is null && afterDots > mark + 1)
            {
                _mark = afterDots;
                if (Expect(TokenKind.KwImport))
                {
                    var c = ImportFromTargets();
                    if (c is not null) res = Extra(new ImportFrom { Module = null, Names = c, Level = dots }, mark);
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // import_from_targets:
    //     | '(' a=import_from_as_names [','] ')'
    //     | import_from_as_names !','
    //     | '*' { [alias('*')] }
    //     | invalid_import_from_targets
    private Alias[]? ImportFromTargets()
    {
        Enter();
        int mark = StartMark();
        Alias[]? res = null;
        if (Expect(TokenKind.Lpar))
        {
            var a = ImportFromAsNames();
            if (a is not null)
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.Rpar)) res = a;
            }
        }
        if (res is null)
        {
            _mark = mark;
            var a = ImportFromAsNames();
            if (a is not null && !At(TokenKind.Comma)) res = a;
        }
        if (res is null)
        {
            _mark = mark;
            if (Expect(TokenKind.Star)) res = [Extra(new Alias { Name = "*" }, mark)];
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidImportFromTargets();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // import_from_as_names: ','.import_from_as_name+
    private Alias[]? ImportFromAsNames()
    {
        Enter();
        var first = ImportFromAsName();
        Alias[]? res = null;
        if (first is not null)
        {
            int items = _aliasScratch.Count;
            _aliasScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = ImportFromAsName();
                if (n is null) { _mark = m; break; }
                _aliasScratch.Push(n);
            }
            res = _aliasScratch.Take(items);
        }
        Leave();
        return res;
    }

    // import_from_as_name: a=NAME b=['as' z=NAME]
    private Alias? ImportFromAsName()
    {
        Enter();
        int mark = StartMark();
        Alias? res = null;
        var a = NameToken();
        if (a is not null)
        {
            var b = OptionalAsName();
            res = Extra(new Alias { Name = a.Id, Asname = b?.Id }, mark);
        }
        Leave();
        return res;
    }

    // ['as' z=NAME]
    private Name? OptionalAsName()
    {
        int m = _mark;
        if (Expect(TokenKind.KwAs))
        {
            var z = NameToken();
            if (z is not null) return z;
        }
        _mark = m;
        return null;
    }

    // dotted_as_names: ','.dotted_as_name+
    private Alias[]? DottedAsNames()
    {
        Enter();
        var first = DottedAsName();
        Alias[]? res = null;
        if (first is not null)
        {
            int items = _aliasScratch.Count;
            _aliasScratch.Push(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = DottedAsName();
                if (n is null) { _mark = m; break; }
                _aliasScratch.Push(n);
            }
            res = _aliasScratch.Take(items);
        }
        Leave();
        return res;
    }

    // dotted_as_name: a=dotted_name b=['as' z=NAME]
    private Alias? DottedAsName()
    {
        Enter();
        int mark = StartMark();
        Alias? res = null;
        var a = DottedName();
        if (a is not null)
        {
            var b = OptionalAsName();
            res = Extra(new Alias { Name = ((Name)a).Id, Asname = b?.Id }, mark);
        }
        Leave();
        return res;
    }

    // dotted_name: a=dotted_name '.' b=NAME { join } | NAME  (left-recursive: a loop)
    private Expr? DottedName()
    {
        Enter(2);
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.DottedName, out object? memo)) { Leave(2); return (Expr?)memo; }
        Name? a = NameToken();
        if (a is not null)
        {
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Dot)) break;
                var b = NameToken();
                if (b is null) { _mark = m; break; }
                a = Span(new Name { Id = a.Id + "." + b.Id, Ctx = ExprContext.Load }, a, b);
            }
        }
        MemoizeSecondPass(mark, Rule.DottedName, a);
        Leave(2);
        return a;
    }
}
