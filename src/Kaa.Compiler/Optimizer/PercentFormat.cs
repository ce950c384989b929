using System.Text;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.Optimizer;

/// <summary>
/// ast_opt.c's optimize_format (new in 3.11): <c>'...%s...%r...' % (a, b)</c> with only the simple
/// conversions %s, %r and %a (optional '-' flag, width and precision of at most two digits) becomes
/// the f-string <c>f'...{a!s}...{b!r}...'</c>. Anything else is left to run-time formatting.
/// </summary>
internal static class PercentFormat
{
    private const int MaxDigits = 3;

    /// <summary>The JoinedStr replacing <paramref name="node"/>, or null to leave it unchanged.</summary>
    public static JoinedStr? TryOptimize(BinOp node, object format, AstList<Expr> args)
    {
        int[] fmt = PyStr.CodePoints(format);
        int pos = 0, count = 0;
        var values = new List<Expr>(args.Count * 2 + 1);
        while (true)
        {
            if (ParseLiteral(fmt, ref pos) is { } literal) values.Add(literal);
            if (pos >= fmt.Length) break;
            if (count >= args.Count) return null; // more format units than items
            pos++; // the '%'
            var value = ParseConversion(fmt, ref pos, args[count]);
            count++;
            if (value is null) return null;
            values.Add(value);
        }
        if (count < args.Count) return null; // more items than format units
        var joined = new JoinedStr { Values = values };
        joined.CopyLocation(node);
        return joined;
    }

    /// <summary>The literal text up to the next lone '%' ('%%' stands for '%'); null if empty.</summary>
    private static Constant? ParseLiteral(int[] fmt, ref int pos)
    {
        int start = pos;
        var text = new List<int>();
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%') text.Add(fmt[pos++]);
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%')
            {
                text.Add('%');
                pos += 2;
            }
            else break;
        }
        if (pos == start) return null;
        return Unlocated(PyStr.FromCodePoints([.. text]));
    }

    /// <summary>A node the optimiser makes up: CPython gives it the position -1 everywhere.</summary>
    private static Constant Unlocated(object value)
    {
        var c = new Constant { Value = value };
        c.SetLocation(-1, -1, -1, -1);
        return c;
    }

    private static FormattedValue? ParseConversion(int[] fmt, ref int pos, Expr arg)
    {
        int p = pos;
        bool leftJustify = false;
        int width = -1, precision = -1;
        int ch;
        // Flags.
        while (true)
        {
            if (p >= fmt.Length) return null;
            ch = fmt[p++];
            if (ch == '-') { leftJustify = true; continue; }
            if (ch is '+' or ' ' or '#' or '0' or 'z') continue;
            break;
        }
        if (ch is >= '0' and <= '9')
        {
            width = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = width * 10 + (ch - '0');
                if (p >= fmt.Length) return null;
                ch = fmt[p++];
                if (++digits >= MaxDigits) return null;
            }
        }
        if (ch == '.')
        {
            if (p >= fmt.Length) return null;
            ch = fmt[p++];
            precision = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                precision = precision * 10 + (ch - '0');
                if (p >= fmt.Length) return null;
                ch = fmt[p++];
                if (++digits >= MaxDigits) return null;
            }
        }
        pos = p;
        if (ch is not ('s' or 'r' or 'a')) return null;
        var spec = new StringBuilder();
        if (!leftJustify && width > 0) spec.Append('>');
        if (width >= 0) spec.Append(width);
        if (precision >= 0) spec.Append('.').Append(precision);
        var value = new FormattedValue
        {
            Value = arg,
            Conversion = ch,
            FormatSpec = spec.Length > 0 ? Unlocated(spec.ToString()) : null,
        };
        value.CopyLocation(arg);
        return value;
    }
}
