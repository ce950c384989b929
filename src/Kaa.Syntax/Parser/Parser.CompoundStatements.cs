using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram: compound statements (if, while, for, with, try, class, def) and blocks.</summary>
internal sealed partial class Parser
{
    // compound_stmt:
    //     | &('def' | '@' | ASYNC) function_def
    //     | &'if' if_stmt
    //     | &('class' | '@') class_def
    //     | &('with' | ASYNC) with_stmt
    //     | &('for' | ASYNC) for_stmt
    //     | &'try' try_stmt
    //     | &'while' while_stmt
    //     | match_stmt
    private Stmt? CompoundStmt()
    {
        Enter();
        int mark = _mark;
        Stmt? res = null;
        TokenKind k = Kind;
        if (k is TokenKind.KwDef or TokenKind.At or TokenKind.Async)
        {
            res = FunctionDefRule();
            if (res is null) _mark = mark;
        }
        if (res is null && k == TokenKind.KwIf) { res = IfStmt(); if (res is null) _mark = mark; }
        if (res is null && k is TokenKind.KwClass or TokenKind.At) { res = ClassDefRule(); if (res is null) _mark = mark; }
        if (res is null && k is TokenKind.KwWith or TokenKind.Async) { res = WithStmt(); if (res is null) _mark = mark; }
        if (res is null && k is TokenKind.KwFor or TokenKind.Async) { res = ForStmt(); if (res is null) _mark = mark; }
        if (res is null && k == TokenKind.KwTry) { res = TryStmt(); if (res is null) _mark = mark; }
        if (res is null && k == TokenKind.KwWhile) { res = WhileStmt(); if (res is null) _mark = mark; }
        if (res is null && k == TokenKind.Name) { res = MatchStmt(); if (res is null) _mark = mark; }
        Leave();
        return res;
    }

    // block (memo): NEWLINE INDENT a=statements DEDENT | simple_stmts | invalid_block
    private Stmt[]? Block()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.Block, out object? memo)) { Leave(); return (Stmt[]?)memo; }
        Stmt[]? res = null;
        if (Expect(TokenKind.Newline) && Expect(TokenKind.Indent))
        {
            var a = Statements();
            if (a is not null && Expect(TokenKind.Dedent)) res = a;
        }
        if (res is null)
        {
            _mark = mark;
            res = SimpleStmts();
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                // invalid_block: NEWLINE !INDENT
                if (Expect(TokenKind.Newline) && !At(TokenKind.Indent))
                    throw RaiseIndentationError("expected an indented block");
                _mark = mark;
            }
        }
        MemoizeSecondPass(mark, Rule.Block, res);
        Leave();
        return res;
    }

    // decorators: ('@' f=named_expression NEWLINE)+
    private Expr[]? Decorators()
    {
        Enter(2);
        int res = _exprScratch.Count;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.At)) break;
            var f = NamedExpression();
            if (f is null || !Expect(TokenKind.Newline)) { _mark = m; break; }
            _exprScratch.Push(f);
        }
        Leave(2);
        return _exprScratch.Take(res);
    }

    // class_def: a=decorators b=class_def_raw | class_def_raw
    private Stmt? ClassDefRule()
    {
        Enter();
        int mark = _mark;
        Stmt? res = null;
        var a = At(TokenKind.At) ? Decorators() : null;
        if (a is not null)
        {
            var b = (ClassDef?)ClassDefRaw();
            if (b is not null) { b.DecoratorList = a; res = b; }
        }
        if (res is null)
        {
            _mark = mark;
            res = ClassDefRaw();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // class_def_raw:
    //     | invalid_class_def_raw
    //     | 'class' a=NAME b=['(' z=[arguments] ')'] ':' c=block
    private Stmt? ClassDefRaw()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (_callInvalidRules)
        {
            InvalidClassDefRaw();
            _mark = mark;
        }
        if (Expect(TokenKind.KwClass))
        {
            var a = NameToken();
            if (a is not null)
            {
                Call? b = null;
                int m = _mark;
                if (Expect(TokenKind.Lpar))
                {
                    var z = ArgumentsRule();
                    if (Expect(TokenKind.Rpar)) b = z ?? new Call();
                    else _mark = m;
                }
                if (Expect(TokenKind.Colon))
                {
                    var c = Block();
                    if (c is not null)
                    {
                        res = Extra(new ClassDef
                        {
                            Name = a.Id,
                            Bases = b is null ? default : b.Args,
                            Keywords = b is null ? default : b.Keywords,
                            Body = c,
                        }, mark);
                    }
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // function_def: d=decorators f=function_def_raw | function_def_raw
    private Stmt? FunctionDefRule()
    {
        Enter();
        int mark = _mark;
        Stmt? res = null;
        var d = At(TokenKind.At) ? Decorators() : null;
        if (d is not null)
        {
            var f = FunctionDefRaw();
            if (f is FunctionDef fd) { fd.DecoratorList = d; res = fd; }
            else if (f is AsyncFunctionDef afd) { afd.DecoratorList = d; res = afd; }
        }
        if (res is null)
        {
            _mark = mark;
            res = FunctionDefRaw();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // function_def_raw:
    //     | invalid_def_raw
    //     | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' tc=[func_type_comment] b=block
    //     | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' tc=[func_type_comment] b=block
    private Stmt? FunctionDefRaw()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (_callInvalidRules)
        {
            InvalidDefRaw();
            _mark = mark;
        }
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.KwDef))
        {
            var n = NameTokenId();
            if (n is not null)
            {
                ExpectForced(TokenKind.Lpar, "(");
                var parameters = Params();
                if (Expect(TokenKind.Rpar))
                {
                    Expr? a = null;
                    int m = _mark;
                    if (Expect(TokenKind.Rarrow))
                    {
                        a = Expression();
                        if (a is null) _mark = m;
                    }
                    ExpectForced(TokenKind.Colon, ":");
                    FuncTypeComment();
                    var b = Block();
                    if (b is not null)
                    {
                        var args = parameters ?? EmptyArguments();
                        res = isAsync
                            ? Extra(new AsyncFunctionDef { Name = n, Args = args, Body = b, Returns = a }, mark)
                            : Extra(new FunctionDef { Name = n, Args = args, Body = b, Returns = a }, mark);
                    }
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // func_type_comment: NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    // Type comments are not produced (type_comments=False), so this matches nothing.
    private void FuncTypeComment()
    {
        int m = _mark;
        if (Expect(TokenKind.TypeComment)) return;
        _mark = m;
    }

    // if_stmt:
    //     | invalid_if_stmt
    //     | 'if' a=named_expression ':' b=block c=elif_stmt
    //     | 'if' a=named_expression ':' b=block c=[else_block]
    private Stmt? IfStmt()
    {
        Enter();
        int mark = StartMark();
        if (_callInvalidRules)
        {
            InvalidIfStmt();
            _mark = mark;
        }
        var res = IfOrElifBody(mark, TokenKind.KwIf);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block elif_stmt | 'elif' ... [else_block]
    private Stmt? ElifStmt()
    {
        Enter();
        int mark = StartMark();
        if (_callInvalidRules)
        {
            InvalidElifStmt();
            _mark = mark;
        }
        var res = IfOrElifBody(mark, TokenKind.KwElif);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    private Stmt? IfOrElifBody(int mark, TokenKind keyword)
    {
        if (!Expect(keyword)) return null;
        var a = NamedExpression();
        if (a is null || !Expect(TokenKind.Colon)) return null;
        var b = Block();
        if (b is null) return null;
        int afterBlock = _mark;
        var c = At(TokenKind.KwElif) ? ElifStmt() : null;
        if (c is not null) return Extra(new If { Test = a, Body = b, Orelse = new Stmt[] { c } }, mark);
        _mark = afterBlock;
        var e = ElseBlock();
        return Extra(new If { Test = a, Body = b, Orelse = e }, mark);
    }

    // else_block: invalid_else_stmt | 'else' &&':' b=block
    private Stmt[]? ElseBlock()
    {
        Enter();
        int mark = _mark;
        Stmt[]? res = null;
        if (_callInvalidRules)
        {
            InvalidElseStmt();
            _mark = mark;
        }
        if (Expect(TokenKind.KwElse))
        {
            ExpectForced(TokenKind.Colon, ":");
            res = Block();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // while_stmt: invalid_while_stmt | 'while' a=named_expression ':' b=block c=[else_block]
    private Stmt? WhileStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (_callInvalidRules)
        {
            InvalidWhileStmt();
            _mark = mark;
        }
        if (Expect(TokenKind.KwWhile))
        {
            var a = NamedExpression();
            if (a is not null && Expect(TokenKind.Colon))
            {
                var b = Block();
                if (b is not null)
                {
                    var c = ElseBlock();
                    res = Extra(new While { Test = a, Body = b, Orelse = c }, mark);
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // for_stmt:
    //     | invalid_for_stmt
    //     | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
    //     | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
    //     | invalid_for_target
    private Stmt? ForStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (_callInvalidRules)
        {
            InvalidForStmt();
            _mark = mark;
        }
        bool cut = false;
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.KwFor))
        {
            var t = StarTargets();
            if (t is not null && Expect(TokenKind.KwIn))
            {
                cut = true;
                var ex = StarExpressions();
                if (ex is not null && Expect(TokenKind.Colon))
                {
                    Expect(TokenKind.TypeComment);
                    var b = Block();
                    if (b is not null)
                    {
                        var el = ElseBlock();
                        res = isAsync
                            ? Extra(new AsyncFor { Target = t, Iter = ex, Body = b, Orelse = el }, mark)
                            : Extra(new For { Target = t, Iter = ex, Body = b, Orelse = el }, mark);
                    }
                }
            }
        }
        if (res is null && !cut)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidForTarget();
                _mark = mark;
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // with_stmt:
    //     | invalid_with_stmt_indent
    //     | 'with' '(' a=','.with_item+ ','? ')' ':' b=block
    //     | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
    //     | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block
    //     | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
    //     | invalid_with_stmt
    private Stmt? WithStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (_callInvalidRules)
        {
            InvalidWithStmtIndent();
            _mark = mark;
        }
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.KwWith))
        {
            int afterWith = _mark;
            if (Expect(TokenKind.Lpar))
            {
                var a = WithItems();
                if (a is not null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.Rpar) && Expect(TokenKind.Colon))
                    {
                        var b = Block();
                        if (b is not null) res = MakeWith(isAsync, a, b, mark);
                    }
                }
            }
            if (res is null)
            {
                _mark = afterWith;
                var a = WithItems();
                if (a is not null && Expect(TokenKind.Colon))
                {
                    Expect(TokenKind.TypeComment);
                    var b = Block();
                    if (b is not null) res = MakeWith(isAsync, a, b, mark);
                }
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidWithStmt();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    private Stmt MakeWith(bool isAsync, AstList<WithItem> items, AstList<Stmt> body, int mark)
        => isAsync ? Extra(new AsyncWith { Items = items, Body = body }, mark) : Extra(new With { Items = items, Body = body }, mark);

    // ','.with_item+
    private WithItem[]? WithItems()
    {
        Enter(2);
        var first = WithItemRule();
        WithItem[]? res = null;
        if (first is not null)
        {
            var items = new List<WithItem>(2) { first };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = WithItemRule();
                if (n is null) { _mark = m; break; }
                items.Add(n);
            }
            res = items.ToArray();
        }
        Leave(2);
        return res;
    }

    // with_item:
    //     | e=expression 'as' t=star_target &(',' | ')' | ':')
    //     | invalid_with_item
    //     | e=expression
    private WithItem? WithItemRule()
    {
        Enter();
        int mark = _mark;
        WithItem? res = null;
        var e = Expression();
        if (e is not null)
        {
            int afterExpr = _mark;
            if (Expect(TokenKind.KwAs))
            {
                var t = StarTarget();
                if (t is not null && Kind is TokenKind.Comma or TokenKind.Rpar or TokenKind.Colon)
                    res = new WithItem { ContextExpr = e, OptionalVars = t };
            }
            if (res is null)
            {
                if (_callInvalidRules)
                {
                    _mark = mark;
                    InvalidWithItem();
                }
                _mark = afterExpr;
                res = new WithItem { ContextExpr = e };
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // try_stmt:
    //     | invalid_try_stmt
    //     | 'try' &&':' b=block f=finally_block
    //     | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block]
    //     | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
    private Stmt? TryStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (_callInvalidRules)
        {
            InvalidTryStmt();
            _mark = mark;
        }
        if (Expect(TokenKind.KwTry))
        {
            ExpectForced(TokenKind.Colon, ":");
            var b = Block();
            if (b is not null)
            {
                int afterBlock = _mark;
                var f = FinallyBlock();
                if (f is not null) res = Extra(new Try { Body = b, Finalbody = f }, mark);
                if (res is null)
                {
                    _mark = afterBlock;
                    var ex = ExceptBlocks(star: false);
                    if (ex is not null)
                    {
                        var el = ElseBlock();
                        var fin = FinallyBlock();
                        res = Extra(new Try { Body = b, Handlers = ex, Orelse = el, Finalbody = fin }, mark);
                    }
                }
                if (res is null)
                {
                    _mark = afterBlock;
                    var ex = ExceptBlocks(star: true);
                    if (ex is not null)
                    {
                        var el = ElseBlock();
                        var fin = FinallyBlock();
                        res = Extra(new TryStar { Body = b, Handlers = ex, Orelse = el, Finalbody = fin }, mark);
                    }
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // except_block+ / except_star_block+
    private ExceptHandlerBase[]? ExceptBlocks(bool star)
    {
        Enter(2);
        List<ExceptHandlerBase>? res = null;
        while (true)
        {
            int m = _mark;
            var h = star ? ExceptStarBlock() : ExceptBlock();
            if (h is null) { _mark = m; break; }
            (res ??= new List<ExceptHandlerBase>(2)).Add(h);
        }
        Leave(2);
        return res?.ToArray();
    }

    // except_block:
    //     | invalid_except_stmt_indent
    //     | 'except' e=expression t=['as' z=NAME] ':' b=block
    //     | 'except' ':' b=block
    //     | invalid_except_stmt
    private ExceptHandler? ExceptBlock()
    {
        Enter();
        int mark = StartMark();
        ExceptHandler? res = null;
        if (_callInvalidRules)
        {
            InvalidExceptStmtIndent();
            _mark = mark;
        }
        if (Expect(TokenKind.KwExcept))
        {
            var e = Expression();
            if (e is not null)
            {
                var t = OptionalAsName();
                if (Expect(TokenKind.Colon))
                {
                    var b = Block();
                    if (b is not null) res = Extra(new ExceptHandler { Type = e, Name = t?.Id, Body = b }, mark);
                }
            }
            if (res is null)
            {
                _mark = mark + 1;
                if (Expect(TokenKind.Colon))
                {
                    var b = Block();
                    if (b is not null) res = Extra(new ExceptHandler { Body = b }, mark);
                }
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidExceptStmt();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // except_star_block:
    //     | invalid_except_star_stmt_indent
    //     | 'except' '*' e=expression t=['as' z=NAME] ':' b=block
    //     | invalid_except_stmt
    private ExceptHandler? ExceptStarBlock()
    {
        Enter();
        int mark = StartMark();
        ExceptHandler? res = null;
        if (_callInvalidRules)
        {
            InvalidExceptStarStmtIndent();
            _mark = mark;
        }
        if (Expect(TokenKind.KwExcept) && Expect(TokenKind.Star))
        {
            var e = Expression();
            if (e is not null)
            {
                var t = OptionalAsName();
                if (Expect(TokenKind.Colon))
                {
                    var b = Block();
                    if (b is not null) res = Extra(new ExceptHandler { Type = e, Name = t?.Id, Body = b }, mark);
                }
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidExceptStmt();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' a=block
    private Stmt[]? FinallyBlock()
    {
        Enter();
        int mark = _mark;
        Stmt[]? res = null;
        if (_callInvalidRules)
        {
            InvalidFinallyStmt();
            _mark = mark;
        }
        if (Expect(TokenKind.KwFinally))
        {
            ExpectForced(TokenKind.Colon, ":");
            res = Block();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }
}
