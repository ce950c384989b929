using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// python.gram's invalid_* rules about statements: assignments, imports, blocks, compound
/// statements and their missing colons and indented blocks, match statements.
/// </summary>
internal sealed partial class Parser
{
    // invalid_assignment:
    //     | a=invalid_ann_assign_target ':' expression { "only single target (not %s) can be annotated" }
    //     | a=star_named_expression ',' star_named_expressions* ':' expression { "only single target (not tuple) can be annotated" }
    //     | a=expression ':' expression { "illegal target for annotation" }
    //     | (star_targets '=')* a=star_expressions '=' { INVALID_TARGET(STAR_TARGETS, a) }
    //     | (star_targets '=')* a=yield_expr '=' { "assignment to yield expression not possible" }
    //     | a=star_expressions augassign (yield_expr | star_expressions) { "'%s' is an illegal expression for augmented assignment" }
    private void InvalidAssignment()
    {
        Enter();
        int mark = _mark;
        {
            var a = InvalidAnnAssignTarget();
            if (a is not null && Expect(TokenKind.Colon) && Expression() is not null)
                throw RaiseAtNode(a, $"only single target (not {GetExprName(a)}) can be annotated");
        }
        _mark = mark;
        {
            var a = StarNamedExpression();
            if (a is not null && Expect(TokenKind.Comma))
            {
                while (true)
                {
                    int m = _mark;
                    if (StarNamedExpressions() is null) { _mark = m; break; }
                }
                if (Expect(TokenKind.Colon) && Expression() is not null)
                    throw RaiseAtNode(a, "only single target (not tuple) can be annotated");
            }
        }
        _mark = mark;
        {
            var a = Expression();
            if (a is not null && Expect(TokenKind.Colon) && Expression() is not null)
                throw RaiseAtNode(a, "illegal target for annotation");
        }
        _mark = mark;
        StarTargetsEqualsStar();
        {
            var a = StarExpressions();
            if (a is not null && Expect(TokenKind.Equal)) RaiseInvalidTarget(TargetsType.StarTargets, a);
        }
        _mark = mark;
        StarTargetsEqualsStar();
        {
            var a = At(TokenKind.KwYield) ? YieldExpr() : null;
            if (a is not null && Expect(TokenKind.Equal))
                throw RaiseAtNode(a, "assignment to yield expression not possible");
        }
        _mark = mark;
        {
            var a = StarExpressions();
            if (a is not null && AugAssignOperator() is not null)
            {
                int m = _mark;
                var c = At(TokenKind.KwYield) ? YieldExpr() : null;
                if (c is null) { _mark = m; c = StarExpressions(); }
                if (c is not null)
                    throw RaiseAtNode(a, $"'{GetExprName(a)}' is an illegal expression for augmented assignment");
            }
        }
        _mark = mark;
        Leave();
    }

    // (star_targets '=')*
    private void StarTargetsEqualsStar()
    {
        while (true)
        {
            int m = _mark;
            if (StarTargets() is null || !Expect(TokenKind.Equal)) { _mark = m; break; }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' a=invalid_ann_assign_target ')' { a }
    private Expr? InvalidAnnAssignTarget()
    {
        Enter();
        int mark = _mark;
        Expr? res = null;
        if (At(TokenKind.Lsqb)) res = ListDisplay();
        else if (At(TokenKind.Lpar))
        {
            res = TupleRule();
            if (res is null)
            {
                _mark = mark + 1;
                var a = InvalidAnnAssignTarget();
                if (a is not null && Expect(TokenKind.Rpar)) res = a;
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // invalid_del_stmt: 'del' a=star_expressions { INVALID_TARGET(DEL_TARGETS, a) }
    private void InvalidDelStmt()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwDel))
        {
            var a = StarExpressions();
            if (a is not null) RaiseInvalidTarget(TargetsType.DelTargets, a);
        }
        _mark = mark;
        Leave();
    }

    // invalid_import_from_targets: import_from_as_names ',' NEWLINE { "trailing comma not allowed without surrounding parentheses" }
    private void InvalidImportFromTargets()
    {
        Enter();
        int mark = _mark;
        if (ImportFromAsNames() is not null && Expect(TokenKind.Comma) && Expect(TokenKind.Newline))
            throw RaiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        _mark = mark;
        Leave();
    }

    // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') { INVALID_TARGET(STAR_TARGETS, a) }
    private void InvalidWithItem()
    {
        Enter();
        int mark = _mark;
        if (Expression() is not null && Expect(TokenKind.KwAs))
        {
            var a = Expression();
            if (a is not null && Kind is TokenKind.Comma or TokenKind.Rpar or TokenKind.Colon)
                RaiseInvalidTarget(TargetsType.StarTargets, a);
        }
        _mark = mark;
        Leave();
    }

    // invalid_for_target: ASYNC? 'for' a=star_expressions { INVALID_TARGET(FOR_TARGETS, a) }
    private void InvalidForTarget()
    {
        Enter();
        int mark = _mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.KwFor))
        {
            var a = StarExpressions();
            if (a is not null) RaiseInvalidTarget(TargetsType.ForTargets, a);
        }
        _mark = mark;
        Leave();
    }

    /// <summary>The tail shared by the "expected an indented block" rules: ':' NEWLINE !INDENT.</summary>
    private bool ColonNewlineNoIndent() => Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && !At(TokenKind.Indent);

    // ','.(expression ['as' star_target])+  or  ','.(expressions ['as' star_target])+
    private bool WithItemsLoose(bool parenthesized)
    {
        bool any = false;
        while (true)
        {
            int m = _mark;
            if (any && !Expect(TokenKind.Comma)) break;
            var e = parenthesized ? Expressions() : Expression();
            if (e is null) { _mark = m; break; }
            int afterE = _mark;
            if (!(Expect(TokenKind.KwAs) && StarTarget() is not null)) _mark = afterE;
            any = true;
        }
        return any;
    }

    // invalid_with_stmt:
    //     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { "expected ':'" }
    //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { "expected ':'" }
    private void InvalidWithStmt()
    {
        Enter();
        int mark = _mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.KwWith))
        {
            int afterWith = _mark;
            if (WithItemsLoose(false) && Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            _mark = afterWith;
            if (Expect(TokenKind.Lpar) && WithItemsLoose(true))
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.Rpar) && Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_with_stmt_indent:
    //     | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
    //     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
    private void InvalidWithStmtIndent()
    {
        Enter();
        int mark = _mark;
        Expect(TokenKind.Async);
        int a = ExpectIndex(TokenKind.KwWith);
        if (a >= 0)
        {
            if (WithItemsLoose(false) && ColonNewlineNoIndent())
                throw IndentedBlockExpected("'with' statement", a);
            _mark = a + 1;
            if (Expect(TokenKind.Lpar) && WithItemsLoose(true))
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.Rpar) && ColonNewlineNoIndent())
                    throw IndentedBlockExpected("'with' statement", a);
            }
        }
        _mark = mark;
        Leave();
    }

    private Errors.SyntaxErrorException IndentedBlockExpected(string what, int token)
        => RaiseIndentationError($"expected an indented block after {what} on line {Tok(token).Lineno}");

    // invalid_try_stmt:
    //     | a='try' ':' NEWLINE !INDENT
    //     | 'try' ':' block !('except' | 'finally') { "expected 'except' or 'finally' block" }
    //     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
    //     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
    private void InvalidTryStmt()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwTry) && ColonNewlineNoIndent())
            throw IndentedBlockExpected("'try' statement", mark);
        _mark = mark;
        if (Expect(TokenKind.KwTry) && Expect(TokenKind.Colon) && Block() is not null
            && !(Kind is TokenKind.KwExcept or TokenKind.KwFinally))
            throw RaiseSyntaxError("expected 'except' or 'finally' block");
        _mark = mark;
        if (Expect(TokenKind.KwTry) && Expect(TokenKind.Colon))
        {
            int afterColon = _mark;
            BlockStar();
            if (ExceptBlocks(star: false) is not null && At(TokenKind.KwExcept) && KindAt(1) == TokenKind.Star)
            {
                int a = _mark;
                _mark += 2;
                if (Expression() is not null)
                {
                    OptionalAsName();
                    if (Expect(TokenKind.Colon))
                        throw RaiseRange(a, a + 1, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
            _mark = afterColon;
            BlockStar();
            if (ExceptBlocks(star: true) is not null && At(TokenKind.KwExcept))
            {
                int a = _mark++;
                int m = _mark;
                if (Expression() is not null) OptionalAsName();
                else _mark = m;
                if (Expect(TokenKind.Colon))
                    throw RaiseAtToken(a, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }
        _mark = mark;
        Leave();
    }

    // block*
    private void BlockStar()
    {
        while (true)
        {
            int m = _mark;
            if (Block() is null) { _mark = m; break; }
        }
    }

    // invalid_except_stmt:
    //     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':' { STARTING_FROM(a, "multiple exception types must be parenthesized") }
    //     | a='except' '*'? expression ['as' NAME ] NEWLINE { "expected ':'" }
    //     | a='except' NEWLINE { "expected ':'" }
    //     | a='except' '*' (NEWLINE | ':') { "expected one or more exception types" }
    private void InvalidExceptStmt()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwExcept))
        {
            Expect(TokenKind.Star);
            var a = Expression();
            if (a is not null && Expect(TokenKind.Comma) && Expressions() is not null)
            {
                OptionalAsName();
                if (Expect(TokenKind.Colon)) throw RaiseStartingFrom(a, "multiple exception types must be parenthesized");
            }
            _mark = mark + 1;
            Expect(TokenKind.Star);
            if (Expression() is not null)
            {
                OptionalAsName();
                if (Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            }
            _mark = mark + 1;
            if (Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            _mark = mark + 1;
            if (Expect(TokenKind.Star) && (Expect(TokenKind.Newline) || Expect(TokenKind.Colon)))
                throw RaiseSyntaxError("expected one or more exception types");
        }
        _mark = mark;
        Leave();
    }

    // invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
    private void InvalidFinallyStmt()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwFinally) && ColonNewlineNoIndent())
            throw IndentedBlockExpected("'finally' statement", mark);
        _mark = mark;
        Leave();
    }

    // invalid_except_stmt_indent:
    //     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
    //     | a='except' ':' NEWLINE !INDENT
    private void InvalidExceptStmtIndent()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwExcept))
        {
            if (Expression() is not null)
            {
                OptionalAsName();
                if (ColonNewlineNoIndent()) throw IndentedBlockExpected("'except' statement", mark);
            }
            _mark = mark + 1;
            if (ColonNewlineNoIndent()) throw IndentedBlockExpected("'except' statement", mark);
        }
        _mark = mark;
        Leave();
    }

    // invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
    private void InvalidExceptStarStmtIndent()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwExcept) && Expect(TokenKind.Star) && Expression() is not null)
        {
            OptionalAsName();
            if (ColonNewlineNoIndent()) throw IndentedBlockExpected("'except*' statement", mark);
        }
        _mark = mark;
        Leave();
    }

    // invalid_match_stmt:
    //     | "match" subject_expr NEWLINE { "expected ':'" }
    //     | a="match" subject=subject_expr ':' NEWLINE !INDENT
    private void InvalidMatchStmt()
    {
        Enter();
        int mark = _mark;
        if (ExpectSoftKeyword("match") is not null && SubjectExpr() is not null && Expect(TokenKind.Newline))
            throw RaiseSyntaxError("expected ':'");
        _mark = mark;
        if (ExpectSoftKeyword("match") is not null && SubjectExpr() is not null && ColonNewlineNoIndent())
            throw IndentedBlockExpected("'match' statement", mark);
        _mark = mark;
        Leave();
    }

    // invalid_case_block:
    //     | "case" patterns guard? NEWLINE { "expected ':'" }
    //     | a="case" patterns guard? ':' NEWLINE !INDENT
    private void InvalidCaseBlock()
    {
        Enter();
        int mark = _mark;
        if (ExpectSoftKeyword("case") is not null && Patterns() is not null)
        {
            int m = _mark;
            if (Guard() is null) _mark = m;
            if (Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        }
        _mark = mark;
        if (ExpectSoftKeyword("case") is not null && Patterns() is not null)
        {
            int m = _mark;
            if (Guard() is null) _mark = m;
            if (ColonNewlineNoIndent()) throw IndentedBlockExpected("'case' statement", mark);
        }
        _mark = mark;
        Leave();
    }

    // invalid_as_pattern:
    //     | or_pattern 'as' a="_" { "cannot use '_' as a target" }
    //     | or_pattern 'as' !NAME a=expression { "invalid pattern target" }
    private void InvalidAsPattern()
    {
        Enter();
        int mark = _mark;
        if (OrPattern() is not null && Expect(TokenKind.KwAs))
        {
            int afterAs = _mark;
            var a = ExpectSoftKeyword("_");
            if (a is not null) throw RaiseAtNode(a, "cannot use '_' as a target");
            _mark = afterAs;
            if (!At(TokenKind.Name))
            {
                var e = Expression();
                if (e is not null) throw RaiseAtNode(e, "invalid pattern target");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_class_pattern:
    //     | name_or_attr '(' a=invalid_class_argument_pattern { RANGE(first(a), last(a), "positional patterns follow keyword patterns") }
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
    private void InvalidClassPattern()
    {
        Enter();
        int mark = _mark;
        if (NameOrAttr() is not null && Expect(TokenKind.Lpar))
        {
            int afterParen = _mark;
            if (!(PositionalPatterns() is not null && Expect(TokenKind.Comma))) _mark = afterParen;
            if (KeywordPatterns() is not null && Expect(TokenKind.Comma))
            {
                var a = PositionalPatterns();
                if (a is not null) throw RaiseRange(a[0], a[^1], "positional patterns follow keyword patterns");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_if_stmt:
    //     | 'if' named_expression NEWLINE { "expected ':'" }
    //     | a='if' a=named_expression ':' NEWLINE !INDENT  (the line is the condition's)
    private void InvalidIfStmt() => InvalidConditionalStmt(TokenKind.KwIf, "'if' statement", lineOfCondition: true);

    // invalid_elif_stmt:
    //     | 'elif' named_expression NEWLINE { "expected ':'" }
    //     | a='elif' named_expression ':' NEWLINE !INDENT
    private void InvalidElifStmt() => InvalidConditionalStmt(TokenKind.KwElif, "'elif' statement", lineOfCondition: false);

    // invalid_while_stmt:
    //     | 'while' named_expression NEWLINE { "expected ':'" }
    //     | a='while' named_expression ':' NEWLINE !INDENT
    private void InvalidWhileStmt() => InvalidConditionalStmt(TokenKind.KwWhile, "'while' statement", lineOfCondition: false);

    private void InvalidConditionalStmt(TokenKind keyword, string what, bool lineOfCondition)
    {
        Enter();
        int mark = _mark;
        if (Expect(keyword) && NamedExpression() is not null && Expect(TokenKind.Newline))
            throw RaiseSyntaxError("expected ':'");
        _mark = mark;
        if (Expect(keyword))
        {
            var a = NamedExpression();
            if (a is not null && ColonNewlineNoIndent())
            {
                int line = lineOfCondition ? a.Lineno : Tok(mark).Lineno;
                throw RaiseIndentationError($"expected an indented block after {what} on line {line}");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_else_stmt: a='else' ':' NEWLINE !INDENT
    private void InvalidElseStmt()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwElse) && ColonNewlineNoIndent())
            throw IndentedBlockExpected("'else' statement", mark);
        _mark = mark;
        Leave();
    }

    // invalid_for_stmt:
    //     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { "expected ':'" }
    //     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    private void InvalidForStmt()
    {
        Enter();
        int mark = _mark;
        Expect(TokenKind.Async);
        int a = ExpectIndex(TokenKind.KwFor);
        if (a >= 0 && StarTargets() is not null && Expect(TokenKind.KwIn) && StarExpressions() is not null)
        {
            int m = _mark;
            if (Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            _mark = m;
            if (ColonNewlineNoIndent()) throw IndentedBlockExpected("'for' statement", a);
        }
        _mark = mark;
        Leave();
    }

    // invalid_def_raw:
    //     | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    private void InvalidDefRaw()
    {
        Enter();
        int mark = _mark;
        Expect(TokenKind.Async);
        int a = ExpectIndex(TokenKind.KwDef);
        if (a >= 0 && NameToken() is not null && Expect(TokenKind.Lpar))
        {
            int m = _mark;
            if (Params() is null) _mark = m;
            if (Expect(TokenKind.Rpar))
            {
                m = _mark;
                if (!(Expect(TokenKind.Rarrow) && Expression() is not null)) _mark = m;
                if (ColonNewlineNoIndent()) throw IndentedBlockExpected("function definition", a);
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_class_def_raw:
    //     | 'class' NAME ['(' [arguments] ')'] NEWLINE { "expected ':'" }
    //     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
    private void InvalidClassDefRaw()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.KwClass) && NameToken() is not null)
        {
            int m = _mark;
            if (Expect(TokenKind.Lpar))
            {
                int m2 = _mark;
                if (ArgumentsRule() is null) _mark = m2;
                if (!Expect(TokenKind.Rpar)) _mark = m;
            }
            int afterHead = _mark;
            if (Expect(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
            _mark = afterHead;
            if (ColonNewlineNoIndent()) throw IndentedBlockExpected("class definition", mark);
        }
        _mark = mark;
        Leave();
    }
}
