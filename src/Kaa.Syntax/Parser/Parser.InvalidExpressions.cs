using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// python.gram's invalid_* rules about expressions, calls, displays and comprehensions. They run
/// only in the second pass; each either throws its SyntaxError or matches nothing (the caller
/// resets the mark).
/// </summary>
internal sealed partial class Parser
{
    // invalid_arguments:
    //     | a=args ',' '*'
    //     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
    //     | a=NAME b='=' expression for_if_clauses
    //     | a=args b=for_if_clauses { nonparen_genexp_in_call }
    //     | args ',' a=expression b=for_if_clauses
    //     | a=args ',' args { arguments_parsing_error }
    private void InvalidArguments()
    {
        Enter();
        int mark = _mark;
        var a = Args();
        if (a is not null && Expect(TokenKind.Comma) && Expect(TokenKind.Star))
            throw RaiseAtNode(a, "iterable argument unpacking follows keyword argument unpacking");
        _mark = mark;
        {
            var e = Expression();
            if (e is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Expect(TokenKind.Comma))
                {
                    int m = _mark;
                    if (Args() is null)
                    {
                        _mark = m;
                        if (Expression() is null || ForIfClauses() is null) _mark = m;
                    }
                    throw RaiseRange(e, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
                }
            }
        }
        _mark = mark;
        if (At(TokenKind.Name) && KindAt(1) == TokenKind.Equal)
        {
            int nameTok = _mark;
            _mark += 2;
            if (Expression() is not null && ForIfClauses() is not null)
                throw RaiseRange(nameTok, nameTok + 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = mark;
        a = Args();
        if (a is not null)
        {
            var b = ForIfClauses();
            if (b is not null && a.Args.Count > 1)
                throw RaiseRange(a.Args[^1], LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
        }
        _mark = mark;
        if (Args() is not null && Expect(TokenKind.Comma))
        {
            var e = Expression();
            if (e is not null)
            {
                var b = ForIfClauses();
                if (b is not null)
                    throw RaiseRange(e, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
            }
        }
        _mark = mark;
        a = Args();
        if (a is not null && Expect(TokenKind.Comma) && Args() is not null)
        {
            bool kwargUnpacking = false;
            foreach (var k in a.Keywords)
                if (k.Arg is null) kwargUnpacking = true;
            throw RaiseSyntaxError(kwargUnpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument");
        }
        _mark = mark;
        Leave();
    }

    /// <summary>CPython's <c>_PyPegen_get_last_comprehension_item</c>.</summary>
    private static Expr LastComprehensionItem(Comprehension c) => c.Ifs.Count == 0 ? c.Iter : c.Ifs[^1];

    // invalid_kwarg:
    //     | a=('True'|'False'|'None') b='=' { "cannot assign to %s" }
    //     | a=NAME b='=' expression for_if_clauses
    //     | !(NAME '=') a=expression b='='
    private void InvalidKwarg()
    {
        Enter();
        int mark = _mark;
        if (Kind is TokenKind.KwTrue or TokenKind.KwFalse or TokenKind.KwNone && KindAt(1) == TokenKind.Equal)
            throw RaiseRange(mark, mark + 1, "cannot assign to " + TokenText(mark));
        if (At(TokenKind.Name) && KindAt(1) == TokenKind.Equal)
        {
            _mark += 2;
            if (Expression() is not null && ForIfClauses() is not null)
                throw RaiseRange(mark, mark + 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            _mark = mark;
        }
        else
        {
            var a = Expression();
            if (a is not null && At(TokenKind.Equal))
                throw RaiseRange(a, _mark, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        _mark = mark;
        Leave();
    }

    // invalid_legacy_expression:
    //     | a=NAME !'(' b=star_expressions { legacy ? "Missing parentheses in call to '%U'. Did you mean %U(...)?" : NULL }
    private void InvalidLegacyExpression()
    {
        Enter();
        int mark = _mark;
        var a = NameToken();
        if (a is not null && !At(TokenKind.Lpar))
        {
            var b = StarExpressions();
            if (b is not null && IsLegacyStatementName(a))
                throw RaiseRange(a, b, $"Missing parentheses in call to '{a.Id}'. Did you mean {a.Id}(...)?");
        }
        _mark = mark;
        Leave();
    }

    /// <summary>CPython's <c>_PyPegen_check_legacy_stmt</c>: print and exec.</summary>
    private static bool IsLegacyStatementName(Expr e) => e is Name { Id: "print" or "exec" };

    // invalid_expression:
    //     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {
    //         legacy(a) ? NULL : tokens[mark-1].level == 0 ? NULL : "invalid syntax. Perhaps you forgot a comma?" }
    //     | a=disjunction 'if' b=disjunction !('else'|':') { "expected 'else' after 'if' expression" }
    private void InvalidExpression()
    {
        Enter();
        int mark = _mark;
        bool nameString = At(TokenKind.Name) && KindAt(1) == TokenKind.String;
        if (!nameString && !AtAnySoftKeyword())
        {
            var a = Disjunction();
            if (a is not null)
            {
                var b = ExpressionWithoutInvalidRule();
                if (b is not null && !IsLegacyStatementName(a) && Slot(_mark - 1).Level != 0)
                    throw RaiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        _mark = mark;
        {
            var a = Disjunction();
            if (a is not null && Expect(TokenKind.KwIf))
            {
                var b = Disjunction();
                if (b is not null && !(Kind is TokenKind.KwElse or TokenKind.Colon))
                    throw RaiseRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_named_expression (memo):
    //     | a=expression ':=' expression { "cannot use assignment expressions with %s" }
    //     | a=NAME '=' b=bitwise_or !('='|':=') { "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" }
    //     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') {
    //         "cannot assign to %s here. Maybe you meant '==' instead of '='?" }
    private void InvalidNamedExpression()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoized(Rule.InvalidNamedExpression, out _)) { _mark = mark; Leave(); return; }
        {
            var a = Expression();
            if (a is not null && Expect(TokenKind.Colonequal) && Expression() is not null)
                throw RaiseAtNode(a, "cannot use assignment expressions with " + GetExprName(a));
        }
        _mark = mark;
        if (At(TokenKind.Name) && KindAt(1) == TokenKind.Equal)
        {
            var a = NameToken()!;
            _mark++;
            var b = BitwiseOr();
            if (b is not null && !(Kind is TokenKind.Equal or TokenKind.Colonequal))
                throw RaiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = mark;
        if (!InvalidNamedExpressionExcluded())
        {
            _mark = mark;
            var a = BitwiseOr();
            if (a is not null && Expect(TokenKind.Equal) && BitwiseOr() is not null
                && !(Kind is TokenKind.Equal or TokenKind.Colonequal))
                throw RaiseAtNode(a, $"cannot assign to {GetExprName(a)} here. Maybe you meant '==' instead of '='?");
        }
        _mark = mark;
        Memoize(mark, Rule.InvalidNamedExpression, null);
        Leave();
    }

    // &(list|tuple|genexp|'True'|'None'|'False')
    private bool InvalidNamedExpressionExcluded()
    {
        int mark = _mark;
        bool res = Kind switch
        {
            TokenKind.KwTrue or TokenKind.KwNone or TokenKind.KwFalse => true,
            TokenKind.Lsqb => ListDisplay() is not null,
            TokenKind.Lpar => TupleRule() is not null || Reset(mark, Genexp() is not null),
            _ => false,
        };
        _mark = mark;
        return res;
    }

    /// <summary>Resets the mark, then yields <paramref name="value"/> (for lookahead chains).</summary>
    private bool Reset(int mark, bool value)
    {
        _mark = mark;
        return value;
    }

    // invalid_comprehension:
    //     | ('[' | '(' | '{') a=starred_expression for_if_clauses { "iterable unpacking cannot be used in comprehension" }
    //     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses {
    //         RANGE(a, last(b), "did you forget parentheses around the comprehension target?") }
    //     | ('[' | '{') a=star_named_expression b=',' for_if_clauses { RANGE(a, b, ...) }
    private void InvalidComprehension()
    {
        Enter();
        int mark = _mark;
        TokenKind open = Kind;
        if (open is TokenKind.Lsqb or TokenKind.Lpar or TokenKind.Lbrace)
        {
            _mark++;
            var a = StarredExpression();
            if (a is not null && ForIfClauses() is not null)
                throw RaiseAtNode(a, "iterable unpacking cannot be used in comprehension");
        }
        _mark = mark;
        if (open is TokenKind.Lsqb or TokenKind.Lbrace)
        {
            _mark++;
            var a = StarNamedExpression();
            if (a is not null && Expect(TokenKind.Comma))
            {
                var b = StarNamedExpressions();
                if (b is not null && ForIfClauses() is not null)
                    throw RaiseRange(a, b[^1], "did you forget parentheses around the comprehension target?");
            }
            _mark = mark + 1;
            a = StarNamedExpression();
            if (a is not null)
            {
                int comma = _mark;
                if (Expect(TokenKind.Comma) && ForIfClauses() is not null)
                    throw RaiseRange(a, comma, "did you forget parentheses around the comprehension target?");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
    private void InvalidDictComprehension()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.Lbrace) && At(TokenKind.Doublestar))
        {
            int a = _mark++;
            if (BitwiseOr() is not null && ForIfClauses() is not null && Expect(TokenKind.Rbrace))
                throw RaiseAtToken(a, "dict unpacking cannot be used in dict comprehension");
        }
        _mark = mark;
        Leave();
    }

    // invalid_group:
    //     | '(' a=starred_expression ')' { "cannot use starred expression here" }
    //     | '(' a='**' expression ')' { "cannot use double starred expression here" }
    private void InvalidGroup()
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.Lpar))
        {
            var a = StarredExpression();
            if (a is not null && Expect(TokenKind.Rpar)) throw RaiseAtNode(a, "cannot use starred expression here");
            _mark = mark + 1;
            if (At(TokenKind.Doublestar))
            {
                int t = _mark++;
                if (Expression() is not null && Expect(TokenKind.Rpar))
                    throw RaiseAtToken(t, "cannot use double starred expression here");
            }
        }
        _mark = mark;
        Leave();
    }

    // invalid_double_starred_kvpairs:
    //     | ','.double_starred_kvpair+ ',' invalid_kvpair
    //     | expression ':' a='*' bitwise_or { STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
    //     | expression a=':' &('}'|',') { "expression expected after dictionary key and ':'" }
    private void InvalidDoubleStarredKvpairs()
    {
        Enter();
        int mark = _mark;
        {
            var first = DoubleStarredKvpair();
            if (first is not null)
            {
                while (true)
                {
                    int m = _mark;
                    if (!Expect(TokenKind.Comma)) break;
                    if (DoubleStarredKvpair() is null) { _mark = m; break; }
                }
                if (Expect(TokenKind.Comma)) InvalidKvpair();
            }
        }
        _mark = mark;
        InvalidKvpairTail();
        _mark = mark;
        Leave();
    }

    // invalid_kvpair:
    //     | a=expression !(':') { "':' expected after dictionary key" at (a.lineno, a.end_col_offset - 1, a.end_lineno, -1) }
    //     | expression ':' a='*' bitwise_or
    //     | expression a=':' &('}'|',')
    private void InvalidKvpair()
    {
        Enter();
        int mark = _mark;
        var a = Expression();
        if (a is not null && !At(TokenKind.Colon))
            throw RaiseKnownLocation("SyntaxError", a.Lineno, a.EndColOffset - 1, a.EndLineno, -1,
                "':' expected after dictionary key");
        _mark = mark;
        InvalidKvpairTail();
        _mark = mark;
        Leave();
    }

    // The two alternatives invalid_kvpair and invalid_double_starred_kvpairs share.
    private void InvalidKvpairTail()
    {
        int mark = _mark;
        if (Expression() is not null && At(TokenKind.Colon))
        {
            int colon = _mark++;
            if (At(TokenKind.Star))
            {
                int star = _mark++;
                if (BitwiseOr() is not null)
                    throw RaiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
            }
            _mark = colon + 1;
            if (Kind is TokenKind.Rbrace or TokenKind.Comma)
                throw RaiseAtToken(colon, "expression expected after dictionary key and ':'");
        }
        _mark = mark;
    }
}
