using Kaa.Syntax.Ast;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Literals;

/// <summary>
/// What has been read so far of a run of adjacent literals that includes an f-string (CPython's
/// <c>FstringParser</c>): the pending literal text and the JoinedStr parts already made.
/// A pending literal becomes a Constant located at <see cref="First"/>..<see cref="Last"/> (the
/// whole run, as CPython 3.11 places every literal part of a JoinedStr).
/// </summary>
internal sealed class FStringState(Parser.Parser p, Token first, Token last)
{
    private PyStrBuilder? _pending;
    private readonly List<Expr> _parts = new();

    public Parser.Parser P { get; } = p;
    public Token First { get; } = first;
    public Token Last { get; } = last;

    /// <summary>True once an f-string took part: the result is a JoinedStr, not a Constant.</summary>
    public bool IsFString { get; set; }

    /// <summary>Appends literal text; empty text is dropped.</summary>
    public void AppendLiteral(PyStrBuilder text)
    {
        if (text.IsEmpty) return;
        if (_pending is null) _pending = text;
        else _pending.Append(text);
    }

    public void AppendExpression(Expr formattedValue)
    {
        FlushLiteral(First, Last);
        _parts.Add(formattedValue);
    }

    private void FlushLiteral(Token first, Token last)
    {
        if (_pending is null) return;
        _parts.Add(StringLiterals.MakeConstant(_pending.ToValue(), P, first, last));
        _pending = null;
    }

    /// <summary>The Constant (plain strings only) or JoinedStr, located at <paramref name="first"/>..<paramref name="last"/>.</summary>
    public Expr Finish(Token first, Token last)
    {
        if (!IsFString)
            return StringLiterals.MakeConstant(_pending?.ToValue() ?? "", P, first, last);
        FlushLiteral(first, last);
        var joined = new JoinedStr { Values = _parts };
        joined.SetLocation(first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
        return joined;
    }
}
