using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram's invalid_* rules about def and lambda parameters (one method for both,
/// as in Parser.Functions.cs).</summary>
internal sealed partial class Parser
{
    // invalid_parameters:
    //     | param_no_default* invalid_parameters_helper a=param_no_default { "non-default argument follows default argument" }
    //     | param_no_default* a='(' param_no_default+ ','? b=')' { "Function parameters cannot be parenthesized" }
    //       (lambda: lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' { "Lambda expression parameters cannot be parenthesized" })
    //     | a="/" ',' { "at least one argument must precede /" }
    //     | (slash_no_default | slash_with_default) param_maybe_default* a='/' { "/ may appear only once" }
    //     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' {
    //         "/ must be ahead of *" }
    //     | param_maybe_default+ '/' a='*' { "expected comma between / and *" }
    private void InvalidParameters(bool lambda)
    {
        Enter();
        int mark = _mark;
        ParamNoDefaultStar(lambda);
        if (InvalidParametersHelper(lambda))
        {
            var a = ParamNoDefault(lambda);
            if (a is not null) throw RaiseAtNode(a, "non-default argument follows default argument");
        }
        _mark = mark;
        ParamNoDefaultStar(lambda);
        if (At(TokenKind.Lpar))
        {
            int a = _mark++;
            bool any;
            if (lambda)
            {
                any = Param(lambda: true) is not null;
                if (any)
                {
                    while (true)
                    {
                        int m = _mark;
                        if (!Expect(TokenKind.Comma) || Param(lambda: true) is null) { _mark = m; break; }
                    }
                }
            }
            else any = ParamNoDefaultStar(lambda: false) is not null;
            if (any)
            {
                Expect(TokenKind.Comma);
                int b = ExpectIndex(TokenKind.Rpar);
                if (b >= 0)
                    throw RaiseRange(a, b, lambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
            }
        }
        _mark = mark;
        if (At(TokenKind.Slash) && KindAt(1) == TokenKind.Comma)
            throw RaiseAtToken(_mark, "at least one argument must precede /");
        {
            bool slash = SlashNoDefault(lambda) is not null;
            if (!slash)
            {
                _mark = mark;
                slash = SlashWithDefaultRule(lambda) is not null;
            }
            if (slash)
            {
                ParamMaybeDefaultStar(lambda);
                if (At(TokenKind.Slash)) throw RaiseAtToken(_mark, "/ may appear only once");
            }
            _mark = mark;
        }
        {
            bool slash = SlashNoDefault(lambda) is not null;
            if (!slash)
            {
                _mark = mark;
                slash = SlashWithDefaultRule(lambda) is not null;
                if (!slash) _mark = mark;
            }
            ParamMaybeDefaultStar(lambda);
            if (Expect(TokenKind.Star))
            {
                int m = _mark;
                bool ok = Expect(TokenKind.Comma);
                if (!ok)
                {
                    _mark = m;
                    ok = ParamNoDefault(lambda) is not null;
                }
                if (ok)
                {
                    ParamMaybeDefaultStar(lambda);
                    if (At(TokenKind.Slash)) throw RaiseAtToken(_mark, "/ must be ahead of *");
                }
            }
            _mark = mark;
        }
        if (ParamMaybeDefaultStar(lambda) is not null && Expect(TokenKind.Slash) && At(TokenKind.Star))
            throw RaiseAtToken(_mark, "expected comma between / and *");
        _mark = mark;
        Leave();
    }

    // invalid_parameters_helper: a=slash_with_default | param_with_default+
    private bool InvalidParametersHelper(bool lambda)
    {
        int mark = _mark;
        if (SlashWithDefaultRule(lambda) is not null) return true;
        _mark = mark;
        if (ParamWithDefaultStar(lambda) is not null) return true;
        _mark = mark;
        return false;
    }

    // invalid_star_etc:
    //     | a='*' (')' | ',' (')' | '**')) { "named arguments must follow bare *" }
    //     | '*' ',' TYPE_COMMENT { "bare * has associated type comment" }
    //     | '*' param a='=' { "var-positional argument cannot have default value" }
    //     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') { "* argument may appear only once" }
    // invalid_lambda_star_etc:
    //     | '*' (':' | ',' (':' | '**')) { RAISE_SYNTAX_ERROR("named arguments must follow bare *") }
    //     | '*' lambda_param a='=' | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (...)
    private void InvalidStarEtc(bool lambda)
    {
        Enter();
        int mark = _mark;
        if (At(TokenKind.Star))
        {
            TokenKind end = ParamsEnd(lambda);
            TokenKind k1 = KindAt(1);
            if (k1 == end || (k1 == TokenKind.Comma && KindAt(2) is var k2 && (k2 == end || k2 == TokenKind.Doublestar)))
            {
                if (lambda)
                {
                    _mark += k1 == end ? 2 : 3;
                    throw RaiseSyntaxError("named arguments must follow bare *");
                }
                throw RaiseAtToken(mark, "named arguments must follow bare *");
            }
            if (!lambda && k1 == TokenKind.Comma && KindAt(2) == TokenKind.TypeComment)
            {
                _mark += 3;
                throw RaiseSyntaxError("bare * has associated type comment");
            }
            _mark = mark + 1;
            if (Param(lambda) is not null && At(TokenKind.Equal))
                throw RaiseAtToken(_mark, "var-positional argument cannot have default value");
            _mark = mark + 1;
            if (ParamNoDefaultOrComma(lambda))
            {
                ParamMaybeDefaultStar(lambda);
                if (At(TokenKind.Star))
                {
                    int a = _mark++;
                    if (ParamNoDefaultOrComma(lambda)) throw RaiseAtToken(a, "* argument may appear only once");
                }
            }
        }
        _mark = mark;
        Leave();
    }

    // (param_no_default | ',')
    private bool ParamNoDefaultOrComma(bool lambda)
    {
        int m = _mark;
        if (ParamNoDefault(lambda) is not null) return true;
        _mark = m;
        return Expect(TokenKind.Comma);
    }

    // invalid_kwds:
    //     | '**' param a='=' { "var-keyword argument cannot have default value" }
    //     | '**' param ',' a=param { "arguments cannot follow var-keyword argument" }
    //     | '**' param ',' a=('*'|'**'|'/') { "arguments cannot follow var-keyword argument" }
    private void InvalidKwds(bool lambda)
    {
        Enter();
        int mark = _mark;
        if (Expect(TokenKind.Doublestar) && Param(lambda) is not null)
        {
            if (At(TokenKind.Equal)) throw RaiseAtToken(_mark, "var-keyword argument cannot have default value");
            if (Expect(TokenKind.Comma))
            {
                int a = _mark;
                var p = Param(lambda);
                if (p is not null) throw RaiseAtNode(p, "arguments cannot follow var-keyword argument");
                _mark = a;
                if (Kind is TokenKind.Star or TokenKind.Doublestar or TokenKind.Slash)
                    throw RaiseAtToken(a, "arguments cannot follow var-keyword argument");
            }
        }
        _mark = mark;
        Leave();
    }
}
