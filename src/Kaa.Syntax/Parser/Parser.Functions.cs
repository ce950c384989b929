using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// python.gram: function parameters and lambda parameters. The lambda_* rules duplicate the
/// parameter rules without annotations and with ':' where a def has ')'; here one method serves
/// both, <c>lambda</c> selecting the variant.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>CPython's NameDefaultPair.</summary>
    private sealed class NameDefault(Arg arg, Expr? value)
    {
        public readonly Arg Arg = arg;
        public readonly Expr? Value = value;
    }

    /// <summary>CPython's SlashWithDefault.</summary>
    private sealed class SlashWithDefault(Arg[]? plainNames, List<NameDefault> namesWithDefaults)
    {
        public readonly Arg[]? PlainNames = plainNames;
        public readonly List<NameDefault> NamesWithDefaults = namesWithDefaults;
    }

    /// <summary>CPython's StarEtc.</summary>
    private sealed class StarEtc(Arg? vararg, List<NameDefault>? kwonlyargs, Arg? kwarg)
    {
        public readonly Arg? Vararg = vararg;
        public readonly List<NameDefault>? Kwonlyargs = kwonlyargs;
        public readonly Arg? Kwarg = kwarg;
    }

    private static Arguments EmptyArguments() => new();

    // params: invalid_parameters | parameters
    // lambda_params: invalid_lambda_parameters | lambda_parameters
    private Arguments? Params(bool lambda = false)
    {
        Enter();
        int mark = _mark;
        if (_callInvalidRules)
        {
            InvalidParameters(lambda);
            _mark = mark;
        }
        var res = Parameters(lambda);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // parameters:
    //     | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
    //     | a=slash_with_default b=param_with_default* c=[star_etc]
    //     | a=param_no_default+ b=param_with_default* c=[star_etc]
    //     | a=param_with_default+ b=[star_etc]
    //     | a=star_etc
    private Arguments? Parameters(bool lambda)
    {
        Enter();
        int mark = _mark;
        Arguments? res = null;
        var sn = SlashNoDefault(lambda);
        if (sn is not null)
        {
            var b = ParamNoDefaultStar(lambda);
            var c = ParamWithDefaultStar(lambda);
            var d = StarEtcRule(lambda);
            res = MakeArguments(sn, null, b, c, d);
        }
        if (res is null)
        {
            _mark = mark;
            var sw = SlashWithDefaultRule(lambda);
            if (sw is not null)
            {
                var b = ParamWithDefaultStar(lambda);
                var c = StarEtcRule(lambda);
                res = MakeArguments(null, sw, null, b, c);
            }
        }
        if (res is null)
        {
            _mark = mark;
            var a = ParamNoDefaultStar(lambda);
            if (a is not null)
            {
                var b = ParamWithDefaultStar(lambda);
                var c = StarEtcRule(lambda);
                res = MakeArguments(null, null, a, b, c);
            }
        }
        if (res is null)
        {
            _mark = mark;
            var a = ParamWithDefaultStar(lambda);
            if (a is not null)
            {
                var b = StarEtcRule(lambda);
                res = MakeArguments(null, null, null, a, b);
            }
        }
        if (res is null)
        {
            _mark = mark;
            var a = StarEtcRule(lambda);
            if (a is not null) res = MakeArguments(null, null, null, null, a);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    /// <summary>CPython's <c>_PyPegen_make_arguments</c>.</summary>
    private static Arguments MakeArguments(Arg[]? slashWithoutDefault, SlashWithDefault? slashWithDefault,
        Arg[]? plainNames, List<NameDefault>? namesWithDefault, StarEtc? starEtc)
    {
        var a = new Arguments();
        // Each list is made once at its size (the fields are exact arrays).
        if (slashWithoutDefault is not null) a.Posonlyargs = slashWithoutDefault;
        else if (slashWithDefault is not null)
        {
            int plain = slashWithDefault.PlainNames?.Length ?? 0;
            var posonly = new Arg[plain + slashWithDefault.NamesWithDefaults.Count];
            slashWithDefault.PlainNames?.CopyTo(posonly, 0);
            for (int i = plain; i < posonly.Length; i++) posonly[i] = slashWithDefault.NamesWithDefaults[i - plain].Arg;
            a.Posonlyargs = posonly;
        }
        int withDefault = namesWithDefault?.Count ?? 0;
        if (withDefault > 0)
        {
            int plain = plainNames?.Length ?? 0;
            var args = new Arg[plain + withDefault];
            plainNames?.CopyTo(args, 0);
            for (int i = 0; i < withDefault; i++) args[plain + i] = namesWithDefault![i].Arg;
            a.Args = args;
        }
        else if (plainNames is not null) a.Args = plainNames;
        int slashDefaults = slashWithDefault?.NamesWithDefaults.Count ?? 0;
        if (slashDefaults + withDefault > 0)
        {
            var defaults = new Expr[slashDefaults + withDefault];
            for (int i = 0; i < slashDefaults; i++) defaults[i] = slashWithDefault!.NamesWithDefaults[i].Value!;
            for (int i = 0; i < withDefault; i++) defaults[slashDefaults + i] = namesWithDefault![i].Value!;
            a.Defaults = defaults;
        }
        if (starEtc is not null)
        {
            a.Vararg = starEtc.Vararg;
            if (starEtc.Kwonlyargs is { Count: > 0 } kwonly)
            {
                var names = new Arg[kwonly.Count];
                var kwDefaults = new Expr?[kwonly.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = kwonly[i].Arg;
                    kwDefaults[i] = kwonly[i].Value;
                }
                a.Kwonlyargs = names;
                a.KwDefaults = kwDefaults;
            }
            a.Kwarg = starEtc.Kwarg;
        }
        return a;
    }

    // param_no_default*, returned as null when empty
    private Arg[]? ParamNoDefaultStar(bool lambda)
    {
        Enter();
        int res = _argScratch.Count;
        while (true)
        {
            int m = _mark;
            var p = ParamNoDefault(lambda);
            if (p is null) { _mark = m; break; }
            _argScratch.Push(p);
        }
        Leave();
        return _argScratch.Take(res);
    }

    // param_with_default*, returned as null when empty
    private List<NameDefault>? ParamWithDefaultStar(bool lambda)
    {
        Enter();
        List<NameDefault>? res = null;
        while (true)
        {
            int m = _mark;
            var p = ParamWithDefault(lambda);
            if (p is null) { _mark = m; break; }
            (res ??= new List<NameDefault>()).Add(p);
        }
        Leave();
        return res;
    }

    // param_maybe_default*, returned as null when empty
    private List<NameDefault>? ParamMaybeDefaultStar(bool lambda)
    {
        Enter();
        List<NameDefault>? res = null;
        while (true)
        {
            int m = _mark;
            var p = ParamMaybeDefault(lambda);
            if (p is null) { _mark = m; break; }
            (res ??= new List<NameDefault>()).Add(p);
        }
        Leave();
        return res;
    }

    /// <summary>The token that ends a parameter list: ')' for a def, ':' for a lambda.</summary>
    private static TokenKind ParamsEnd(bool lambda) => lambda ? TokenKind.Colon : TokenKind.Rpar;

    // slash_no_default: a=param_no_default+ '/' ',' | a=param_no_default+ '/' &')'
    private Arg[]? SlashNoDefault(bool lambda)
    {
        Enter();
        int mark = _mark;
        Arg[]? res = null;
        var a = ParamNoDefaultStar(lambda);
        if (a is not null && Expect(TokenKind.Slash))
        {
            if (Expect(TokenKind.Comma) || At(ParamsEnd(lambda))) res = a;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // slash_with_default: a=param_no_default* b=param_with_default+ '/' ',' | ... '/' &')'
    private SlashWithDefault? SlashWithDefaultRule(bool lambda)
    {
        Enter();
        int mark = _mark;
        SlashWithDefault? res = null;
        var a = ParamNoDefaultStar(lambda);
        var b = ParamWithDefaultStar(lambda);
        if (b is not null && Expect(TokenKind.Slash))
        {
            if (Expect(TokenKind.Comma) || At(ParamsEnd(lambda)))
                res = new SlashWithDefault(a, b);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // star_etc:
    //     | invalid_star_etc
    //     | '*' a=param_no_default b=param_maybe_default* c=[kwds]
    //     | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds]   (not for lambda)
    //     | '*' ',' b=param_maybe_default+ c=[kwds]
    //     | a=kwds
    private StarEtc? StarEtcRule(bool lambda)
    {
        Enter();
        int mark = _mark;
        StarEtc? res = null;
        if (_callInvalidRules)
        {
            InvalidStarEtc(lambda);
            _mark = mark;
        }
        if (Expect(TokenKind.Star))
        {
            var a = ParamNoDefault(lambda);
            if (a is not null)
            {
                var b = ParamMaybeDefaultStar(lambda);
                var c = Kwds(lambda);
                res = new StarEtc(a, b, c);
            }
            if (res is null && !lambda)
            {
                _mark = mark + 1;
                a = ParamNoDefaultStarAnnotation();
                if (a is not null)
                {
                    var b = ParamMaybeDefaultStar(lambda);
                    var c = Kwds(lambda);
                    res = new StarEtc(a, b, c);
                }
            }
            if (res is null)
            {
                _mark = mark + 1;
                if (Expect(TokenKind.Comma))
                {
                    var b = ParamMaybeDefaultStar(lambda);
                    if (b is not null)
                    {
                        var c = Kwds(lambda);
                        res = new StarEtc(null, b, c);
                    }
                }
            }
        }
        if (res is null)
        {
            _mark = mark;
            var a = Kwds(lambda);
            if (a is not null) res = new StarEtc(null, null, a);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // kwds: invalid_kwds | '**' a=param_no_default
    private Arg? Kwds(bool lambda)
    {
        Enter();
        int mark = _mark;
        Arg? res = null;
        if (_callInvalidRules)
        {
            InvalidKwds(lambda);
            _mark = mark;
        }
        if (Expect(TokenKind.Doublestar)) res = ParamNoDefault(lambda);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // param_no_default: a=param ',' tc=TYPE_COMMENT? | a=param tc=TYPE_COMMENT? &')'
    // lambda_param_no_default: a=lambda_param ',' | a=lambda_param &':'
    private Arg? ParamNoDefault(bool lambda)
    {
        Enter();
        int mark = _mark;
        Arg? res = null;
        var a = Param(lambda);
        if (a is not null)
        {
            if (Expect(TokenKind.Comma)) { Expect(TokenKind.TypeComment); res = a; }
            else
            {
                if (!lambda) Expect(TokenKind.TypeComment);
                if (At(ParamsEnd(lambda))) res = a;
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // param_no_default_star_annotation:
    //     | a=param_star_annotation ',' tc=TYPE_COMMENT? | a=param_star_annotation tc=TYPE_COMMENT? &')'
    private Arg? ParamNoDefaultStarAnnotation()
    {
        Enter();
        int mark = StartMark();
        Arg? res = null;
        // param_star_annotation: a=NAME b=star_annotation; star_annotation: ':' a=star_expression
        var n = NameToken();
        if (n is not null && Expect(TokenKind.Colon))
        {
            var b = StarExpression();
            if (b is not null)
            {
                var a = Extra(new Arg { Name = n.Id, Annotation = b }, mark);
                if (Expect(TokenKind.Comma)) { Expect(TokenKind.TypeComment); res = a; }
                else
                {
                    Expect(TokenKind.TypeComment);
                    if (At(TokenKind.Rpar)) res = a;
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // param_with_default: a=param c=default ',' tc=TYPE_COMMENT? | a=param c=default tc=TYPE_COMMENT? &')'
    private NameDefault? ParamWithDefault(bool lambda)
    {
        Enter();
        int mark = _mark;
        NameDefault? res = null;
        var a = Param(lambda);
        if (a is not null)
        {
            var c = Default();
            if (c is not null)
            {
                if (Expect(TokenKind.Comma)) { Expect(TokenKind.TypeComment); res = new NameDefault(a, c); }
                else
                {
                    if (!lambda) Expect(TokenKind.TypeComment);
                    if (At(ParamsEnd(lambda))) res = new NameDefault(a, c);
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // param_maybe_default: a=param c=default? ',' tc=TYPE_COMMENT? | a=param c=default? tc=TYPE_COMMENT? &')'
    private NameDefault? ParamMaybeDefault(bool lambda)
    {
        Enter();
        int mark = _mark;
        NameDefault? res = null;
        var a = Param(lambda);
        if (a is not null)
        {
            int m = _mark;
            var c = Default();
            if (c is null) _mark = m;
            if (Expect(TokenKind.Comma)) { Expect(TokenKind.TypeComment); res = new NameDefault(a, c); }
            else
            {
                if (!lambda) Expect(TokenKind.TypeComment);
                if (At(ParamsEnd(lambda))) res = new NameDefault(a, c);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // param: a=NAME b=annotation? ; lambda_param: a=NAME
    private Arg? Param(bool lambda)
    {
        Enter();
        int mark = StartMark();
        Arg? res = null;
        var a = NameTokenId();
        if (a is not null)
        {
            Expr? b = null;
            if (!lambda)
            {
                // annotation: ':' a=expression
                int m = _mark;
                if (Expect(TokenKind.Colon))
                {
                    b = Expression();
                    if (b is null) _mark = m;
                }
            }
            res = Extra(new Arg { Name = a, Annotation = b }, mark);
        }
        Leave();
        return res;
    }

    // default: '=' a=expression | invalid_default
    private Expr? Default()
    {
        Enter();
        int mark = _mark;
        Expr? res = null;
        if (Expect(TokenKind.Equal)) res = Expression();
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                // invalid_default: a='=' &(')'|',')
                if (Expect(TokenKind.Equal) && Kind is TokenKind.Rpar or TokenKind.Comma)
                    throw RaiseAtToken(mark, "expected default value expression");
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // lambdef: 'lambda' a=[lambda_params] ':' b=expression
    private Expr? Lambdef()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (Expect(TokenKind.KwLambda))
        {
            var a = Params(lambda: true);
            if (Expect(TokenKind.Colon))
            {
                var b = Expression();
                if (b is not null) res = Extra(new Lambda { Args = a ?? EmptyArguments(), Body = b }, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }
}
