using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Text;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>python.gram: the match statement and its patterns ("match", "case" and "_" are soft keywords).</summary>
internal sealed partial class Parser
{
    // match_stmt:
    //     | "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT
    //     | invalid_match_stmt
    private Stmt? MatchStmt()
    {
        Enter();
        int mark = StartMark();
        Stmt? res = null;
        if (ExpectSoftKeyword("match") is not null)
        {
            var subject = SubjectExpr();
            if (subject is not null && Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && Expect(TokenKind.Indent))
            {
                List<MatchCase>? cases = null;
                Enter(2);
                while (true)
                {
                    int m = _mark;
                    var c = CaseBlock();
                    if (c is null) { _mark = m; break; }
                    (cases ??= new List<MatchCase>()).Add(c);
                }
                Leave(2);
                if (cases is not null && Expect(TokenKind.Dedent))
                    res = Extra(new Match { Subject = subject, Cases = cases }, mark);
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidMatchStmt();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // subject_expr:
    //     | value=star_named_expression ',' values=star_named_expressions? { Tuple }
    //     | named_expression
    private Expr? SubjectExpr()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var value = StarNamedExpression();
        if (value is not null && Expect(TokenKind.Comma))
        {
            var values = StarNamedExpressions();
            var elts = new List<Expr> { value };
            if (values is not null) elts.AddRange(values);
            res = Extra(new Tuple { Elts = elts, Ctx = ExprContext.Load }, mark);
        }
        if (res is null)
        {
            _mark = mark;
            res = NamedExpression();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // case_block:
    //     | invalid_case_block
    //     | "case" pattern=patterns guard=guard? ':' body=block
    private MatchCase? CaseBlock()
    {
        Enter();
        int mark = _mark;
        MatchCase? res = null;
        if (_callInvalidRules)
        {
            InvalidCaseBlock();
            _mark = mark;
        }
        if (ExpectSoftKeyword("case") is not null)
        {
            var pattern = Patterns();
            if (pattern is not null)
            {
                var guard = Guard();
                if (Expect(TokenKind.Colon))
                {
                    var body = Block();
                    if (body is not null) res = new MatchCase { Pattern = pattern, Guard = guard, Body = body };
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // guard: 'if' guard=named_expression
    private Expr? Guard()
    {
        Enter();
        int mark = _mark;
        Expr? res = null;
        if (Expect(TokenKind.KwIf)) res = NamedExpression();
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // patterns: patterns=open_sequence_pattern { MatchSequence } | pattern
    private Pattern? Patterns()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var seq = OpenSequencePattern();
        if (seq is not null) res = Extra(new MatchSequence { Patterns = seq }, mark);
        else
        {
            _mark = mark;
            res = PatternRule();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // pattern: as_pattern | or_pattern
    private Pattern? PatternRule()
    {
        Enter();
        int mark = _mark;
        var res = AsPattern();
        if (res is null)
        {
            _mark = mark;
            res = OrPattern();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // as_pattern:
    //     | pattern=or_pattern 'as' target=pattern_capture_target { MatchAs }
    //     | invalid_as_pattern
    private Pattern? AsPattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var pattern = OrPattern();
        if (pattern is not null && Expect(TokenKind.KwAs))
        {
            var target = PatternCaptureTarget();
            if (target is not null) res = Extra(new MatchAs { Pattern = pattern, Name = target.Id }, mark);
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidAsPattern();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    // or_pattern: patterns='|'.closed_pattern+ { one ? it : MatchOr }
    private Pattern? OrPattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var first = ClosedPattern();
        if (first is not null)
        {
            List<Pattern>? list = null;
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Vbar)) break;
                var n = ClosedPattern();
                if (n is null) { _mark = m; break; }
                (list ??= new List<Pattern> { first }).Add(n);
            }
            res = list is null ? first : Extra(new MatchOr { Patterns = list }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // closed_pattern (memo):
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private Pattern? ClosedPattern()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.ClosedPattern, out object? memo)) { Leave(); return (Pattern?)memo; }
        Pattern? res = LiteralPattern();
        if (res is null) { _mark = mark; res = CapturePattern(); }
        if (res is null) { _mark = mark; res = WildcardPattern(); }
        if (res is null) { _mark = mark; res = ValuePattern(); }
        if (res is null) { _mark = mark; res = GroupPattern(); }
        if (res is null) { _mark = mark; res = SequencePattern(); }
        if (res is null) { _mark = mark; res = MappingPattern(); }
        if (res is null) { _mark = mark; res = ClassPattern(); }
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.ClosedPattern, res);
        Leave();
        return res;
    }

    // literal_pattern:
    //     | value=signed_number !('+' | '-') | value=complex_number | value=strings
    //     | 'None' | 'True' | 'False'
    private Pattern? LiteralPattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var value = LiteralValue();
        if (value is not null) res = Extra(new MatchValue { Value = value }, mark);
        else
        {
            _mark = mark;
            if (Expect(TokenKind.KwNone)) res = Extra(new MatchSingleton { Value = null }, mark);
            else if (Expect(TokenKind.KwTrue)) res = Extra(new MatchSingleton { Value = true }, mark);
            else if (Expect(TokenKind.KwFalse)) res = Extra(new MatchSingleton { Value = false }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // The first three alternatives of literal_pattern and literal_expr:
    //     signed_number !('+' | '-') | complex_number | strings
    private Expr? LiteralValue()
    {
        int mark = _mark;
        var n = SignedNumber();
        if (n is not null && !(Kind is TokenKind.Plus or TokenKind.Minus)) return n;
        _mark = mark;
        n = ComplexNumber();
        if (n is not null) return n;
        _mark = mark;
        if (At(TokenKind.String))
        {
            n = Strings();
            if (n is not null) return n;
        }
        _mark = mark;
        return null;
    }

    // literal_expr:
    //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    private Expr? LiteralExpr()
    {
        Enter();
        int mark = StartMark();
        Expr? res = LiteralValue();
        if (res is null)
        {
            _mark = mark;
            if (Expect(TokenKind.KwNone)) res = Extra(new Constant { Value = null }, mark);
            else if (Expect(TokenKind.KwTrue)) res = Extra(new Constant { Value = true }, mark);
            else if (Expect(TokenKind.KwFalse)) res = Extra(new Constant { Value = false }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // complex_number:
    //     | real=signed_real_number '+' imag=imaginary_number { BinOp(Add) }
    //     | real=signed_real_number '-' imag=imaginary_number { BinOp(Sub) }
    private Expr? ComplexNumber()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        var real = SignedRealNumber();
        if (real is not null)
        {
            Operator? op = Expect(TokenKind.Plus) ? Operator.Add : Expect(TokenKind.Minus) ? Operator.Sub : null;
            if (op is not null)
            {
                var imag = ImaginaryNumber();
                if (imag is not null) res = Extra(new BinOp { Left = real, Op = op.Value, Right = imag }, mark);
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // signed_number: NUMBER | '-' number=NUMBER { UnaryOp(USub) }
    private Expr? SignedNumber()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (At(TokenKind.Number)) res = NumberAtMark();
        else if (Expect(TokenKind.Minus) && At(TokenKind.Number))
        {
            var number = NumberAtMark();
            res = Extra(new UnaryOp { Op = UnaryOperator.USub, Operand = number }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    private Expr NumberAtMark()
    {
        int i = _mark++;
        return Literals.NumberLiterals.NumberToken(this, Tok(i));
    }

    // signed_real_number: real_number | '-' real=real_number { UnaryOp(USub) }
    private Expr? SignedRealNumber()
    {
        Enter();
        int mark = StartMark();
        Expr? res = null;
        if (At(TokenKind.Number)) res = RealNumber();
        else if (Expect(TokenKind.Minus) && At(TokenKind.Number))
        {
            var real = RealNumber();
            res = Extra(new UnaryOp { Op = UnaryOperator.USub, Operand = real }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // real_number: real=NUMBER { ensure_real }
    private Expr RealNumber()
    {
        var n = NumberAtMark();
        if (n is Constant { Value: System.Numerics.Complex })
            throw RaiseAtNode(n, "real number required in complex literal");
        return n;
    }

    // imaginary_number: imag=NUMBER { ensure_imaginary }
    private Expr? ImaginaryNumber()
    {
        if (!At(TokenKind.Number)) return null;
        var n = NumberAtMark();
        if (n is not Constant { Value: System.Numerics.Complex })
            throw RaiseAtNode(n, "imaginary number required in complex literal");
        return n;
    }

    // capture_pattern: target=pattern_capture_target { MatchAs(NULL, target) }
    private Pattern? CapturePattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var target = PatternCaptureTarget();
        if (target is not null) res = Extra(new MatchAs { Name = target.Id }, mark);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // pattern_capture_target: !"_" name=NAME !('.' | '(' | '=') { set_context(name, Store) }
    private Name? PatternCaptureTarget()
    {
        Enter();
        int mark = _mark;
        Name? res = null;
        if (!AtSoftKeyword("_"))
        {
            var name = NameToken();
            if (name is not null && !(Kind is TokenKind.Dot or TokenKind.Lpar or TokenKind.Equal))
                res = (Name)SetContext(name, ExprContext.Store);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // wildcard_pattern: "_" { MatchAs(NULL, NULL) }
    private Pattern? WildcardPattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        if (ExpectSoftKeyword("_") is not null) res = Extra(new MatchAs(), mark);
        Leave();
        return res;
    }

    // value_pattern: attr=attr !('.' | '(' | '=') { MatchValue }
    private Pattern? ValuePattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var attr = Attr();
        if (attr is not null && !(Kind is TokenKind.Dot or TokenKind.Lpar or TokenKind.Equal))
            res = Extra(new MatchValue { Value = attr }, mark);
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // attr: value=name_or_attr '.' attr=NAME { Attribute(Load) }   (left-recursive through name_or_attr)
    private Expr? Attr()
    {
        Enter(2);
        int mark = StartMark();
        Expr? res = null;
        var a = NameToken();
        if (a is not null)
        {
            Expr value = a;
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Dot)) break;
                var b = NameTokenId();
                if (b is null) { _mark = m; break; }
                value = Extra(new Attribute { Value = value, Attr = b, Ctx = ExprContext.Load }, mark);
                res = value;
            }
        }
        if (res is null) _mark = mark;
        Leave(2);
        return res;
    }

    // name_or_attr: attr | NAME
    private Expr? NameOrAttr()
    {
        Enter();
        int mark = _mark;
        Expr? res = Attr();
        if (res is null)
        {
            _mark = mark;
            res = NameToken();
        }
        Leave();
        return res;
    }

    // group_pattern: '(' pattern=pattern ')'
    private Pattern? GroupPattern()
    {
        Enter();
        int mark = _mark;
        Pattern? res = null;
        if (Expect(TokenKind.Lpar))
        {
            var p = PatternRule();
            if (p is not null && Expect(TokenKind.Rpar)) res = p;
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // sequence_pattern:
    //     | '[' patterns=maybe_sequence_pattern? ']' { MatchSequence }
    //     | '(' patterns=open_sequence_pattern? ')' { MatchSequence }
    private Pattern? SequencePattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        if (Expect(TokenKind.Lsqb))
        {
            var patterns = MaybeSequencePattern();
            if (Expect(TokenKind.Rsqb)) res = Extra(new MatchSequence { Patterns = patterns ?? new() }, mark);
        }
        else if (Expect(TokenKind.Lpar))
        {
            var patterns = OpenSequencePattern();
            if (Expect(TokenKind.Rpar)) res = Extra(new MatchSequence { Patterns = patterns ?? new() }, mark);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // open_sequence_pattern: pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern?
    private List<Pattern>? OpenSequencePattern()
    {
        Enter();
        int mark = _mark;
        List<Pattern>? res = null;
        var pattern = MaybeStarPattern();
        if (pattern is not null && Expect(TokenKind.Comma))
        {
            var patterns = MaybeSequencePattern();
            res = new List<Pattern> { pattern };
            if (patterns is not null) res.AddRange(patterns);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // maybe_sequence_pattern: patterns=','.maybe_star_pattern+ ','?
    private List<Pattern>? MaybeSequencePattern()
    {
        Enter();
        var first = MaybeStarPattern();
        List<Pattern>? res = null;
        if (first is not null)
        {
            res = new List<Pattern> { first };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = MaybeStarPattern();
                if (n is null) { _mark = m; break; }
                res.Add(n);
            }
            Expect(TokenKind.Comma);
        }
        Leave();
        return res;
    }

    // maybe_star_pattern: star_pattern | pattern
    private Pattern? MaybeStarPattern()
    {
        Enter();
        int mark = _mark;
        var res = StarPattern();
        if (res is null)
        {
            _mark = mark;
            res = PatternRule();
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // star_pattern (memo):
    //     | '*' target=pattern_capture_target { MatchStar(target) }
    //     | '*' wildcard_pattern { MatchStar(NULL) }
    private Pattern? StarPattern()
    {
        Enter();
        int mark = StartMark();
        if (IsMemoizedSecondPass(Rule.StarPattern, out object? memo)) { Leave(); return (Pattern?)memo; }
        Pattern? res = null;
        if (Expect(TokenKind.Star))
        {
            var target = PatternCaptureTarget();
            if (target is not null) res = Extra(new MatchStar { Name = target.Id }, mark);
            else if (WildcardPattern() is not null) res = Extra(new MatchStar(), mark);
        }
        if (res is null) _mark = mark;
        MemoizeSecondPass(mark, Rule.StarPattern, res);
        Leave();
        return res;
    }

    /// <summary>CPython's KeyPatternPair.</summary>
    private sealed class KeyPattern(Expr key, Pattern pattern)
    {
        public readonly Expr Key = key;
        public readonly Pattern Pattern = pattern;
    }

    // mapping_pattern:
    //     | '{' '}'
    //     | '{' rest=double_star_pattern ','? '}'
    //     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
    //     | '{' items=items_pattern ','? '}'
    private Pattern? MappingPattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        if (Expect(TokenKind.Lbrace))
        {
            if (Expect(TokenKind.Rbrace)) res = Extra(new MatchMapping(), mark);
            if (res is null)
            {
                _mark = mark + 1;
                var rest = DoubleStarPattern();
                if (rest is not null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.Rbrace)) res = Extra(new MatchMapping { Rest = rest.Id }, mark);
                }
            }
            if (res is null)
            {
                _mark = mark + 1;
                var items = ItemsPattern();
                if (items is not null && Expect(TokenKind.Comma))
                {
                    var rest = DoubleStarPattern();
                    if (rest is not null)
                    {
                        Expect(TokenKind.Comma);
                        if (Expect(TokenKind.Rbrace)) res = Extra(MakeMapping(items, rest.Id), mark);
                    }
                }
            }
            if (res is null)
            {
                _mark = mark + 1;
                var items = ItemsPattern();
                if (items is not null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.Rbrace)) res = Extra(MakeMapping(items, null), mark);
                }
            }
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    private static MatchMapping MakeMapping(List<KeyPattern> items, string? rest)
    {
        var keys = new Expr[items.Count];
        var patterns = new Pattern[items.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = items[i].Key;
            patterns[i] = items[i].Pattern;
        }
        return new MatchMapping { Rest = rest, Keys = keys, Patterns = patterns };
    }

    // items_pattern: ','.key_value_pattern+
    private List<KeyPattern>? ItemsPattern()
    {
        Enter(2);
        var first = KeyValuePattern();
        List<KeyPattern>? res = null;
        if (first is not null)
        {
            res = new List<KeyPattern> { first };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = KeyValuePattern();
                if (n is null) { _mark = m; break; }
                res.Add(n);
            }
        }
        Leave(2);
        return res;
    }

    // key_value_pattern: key=(literal_expr | attr) ':' pattern=pattern
    private KeyPattern? KeyValuePattern()
    {
        Enter();
        int mark = _mark;
        KeyPattern? res = null;
        var key = LiteralExpr();
        if (key is null) { _mark = mark; key = Attr(); }
        if (key is not null && Expect(TokenKind.Colon))
        {
            var pattern = PatternRule();
            if (pattern is not null) res = new KeyPattern(key, pattern);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // double_star_pattern: '**' target=pattern_capture_target
    private Name? DoubleStarPattern()
    {
        Enter();
        int mark = _mark;
        Name? res = null;
        if (Expect(TokenKind.Doublestar)) res = PatternCaptureTarget();
        if (res is null) _mark = mark;
        Leave();
        return res;
    }

    // class_pattern:
    //     | cls=name_or_attr '(' ')'
    //     | cls=name_or_attr '(' patterns=positional_patterns ','? ')'
    //     | cls=name_or_attr '(' keywords=keyword_patterns ','? ')'
    //     | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')'
    //     | invalid_class_pattern
    private Pattern? ClassPattern()
    {
        Enter();
        int mark = StartMark();
        Pattern? res = null;
        var cls = NameOrAttr();
        if (cls is not null && Expect(TokenKind.Lpar))
        {
            int afterParen = _mark;
            if (Expect(TokenKind.Rpar)) res = Extra(new MatchClass { Cls = cls }, mark);
            if (res is null)
            {
                _mark = afterParen;
                var patterns = PositionalPatterns();
                if (patterns is not null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.Rpar)) res = Extra(new MatchClass { Cls = cls, Patterns = patterns }, mark);
                }
            }
            if (res is null)
            {
                _mark = afterParen;
                var keywords = KeywordPatterns();
                if (keywords is not null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.Rpar)) res = Extra(MakeClass(cls, new List<Pattern>(), keywords), mark);
                }
            }
            if (res is null)
            {
                _mark = afterParen;
                var patterns = PositionalPatterns();
                if (patterns is not null && Expect(TokenKind.Comma))
                {
                    var keywords = KeywordPatterns();
                    if (keywords is not null)
                    {
                        Expect(TokenKind.Comma);
                        if (Expect(TokenKind.Rpar)) res = Extra(MakeClass(cls, patterns, keywords), mark);
                    }
                }
            }
        }
        if (res is null)
        {
            _mark = mark;
            if (_callInvalidRules)
            {
                InvalidClassPattern();
                _mark = mark;
            }
        }
        Leave();
        return res;
    }

    private static MatchClass MakeClass(Expr cls, List<Pattern> patterns, List<KeyPattern> keywords)
    {
        var attrs = new string[keywords.Count];
        var kwdPatterns = new Pattern[keywords.Count];
        for (int i = 0; i < attrs.Length; i++)
        {
            attrs[i] = ((Name)keywords[i].Key).Id;
            kwdPatterns[i] = keywords[i].Pattern;
        }
        return new MatchClass { Cls = cls, Patterns = patterns, KwdAttrs = attrs, KwdPatterns = kwdPatterns };
    }

    // positional_patterns: ','.pattern+
    private List<Pattern>? PositionalPatterns()
    {
        Enter(2);
        var first = PatternRule();
        List<Pattern>? res = null;
        if (first is not null)
        {
            res = new List<Pattern> { first };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = PatternRule();
                if (n is null) { _mark = m; break; }
                res.Add(n);
            }
        }
        Leave(2);
        return res;
    }

    // keyword_patterns: ','.keyword_pattern+
    private List<KeyPattern>? KeywordPatterns()
    {
        Enter(2);
        var first = KeywordPattern();
        List<KeyPattern>? res = null;
        if (first is not null)
        {
            res = new List<KeyPattern> { first };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma)) break;
                var n = KeywordPattern();
                if (n is null) { _mark = m; break; }
                res.Add(n);
            }
        }
        Leave(2);
        return res;
    }

    // keyword_pattern: arg=NAME '=' value=pattern
    private KeyPattern? KeywordPattern()
    {
        Enter();
        int mark = _mark;
        KeyPattern? res = null;
        var arg = NameToken();
        if (arg is not null && Expect(TokenKind.Equal))
        {
            var value = PatternRule();
            if (value is not null) res = new KeyPattern(arg, value);
        }
        if (res is null) _mark = mark;
        Leave();
        return res;
    }
}
