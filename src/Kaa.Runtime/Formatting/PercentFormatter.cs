using System.Numerics;
using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// printf-style <c>str % args</c> (PyUnicode_Format): flags <c>-+ #0</c>, width and precision (either may
/// be <c>*</c>), <c>%(key)</c> lookups in a mapping, the length modifiers h/l/L (ignored), and the
/// conversions d i u o x X e E f F g G c r s a %. The format is read as code points; error messages
/// give code-point indices. The same engine runs <c>bytes % args</c> (<see cref="FormatBytes"/>), whose
/// differences (PEP 461 conversions, the 'z' flag, messages) are confined to a few branches.
/// </summary>
public sealed class PercentFormatter<T>
{
    [Flags]
    private enum Flag
    {
        None = 0,
        LeftJustify = 1,
        Sign = 2,
        Blank = 4,
        Alternate = 8,
        Zero = 16,
        NoNegativeZero = 32, // bytes formatting only
    }

    /// <summary>One conversion specifier being formatted.</summary>
    private struct Spec
    {
        public int Ch;
        public Flag Flags;
        public long Width;
        public int Precision;
        public bool Sign; // a numeric conversion: sign and zero-fill rules apply
    }

    private readonly IPercentFormatHost<T> _host;
    /// <summary>Set for bytes % args (PEP 461): the format and the output are bytes (chars 0-255 here).</summary>
    private readonly IBytesPercentFormatHost<T>? _bytesHost;
    private readonly int[] _format;
    private readonly StringBuilder _out = new();
    private T _args;
    private int _argCount; // -1: a single non-tuple argument
    private int _argIndex;
    private IReadOnlyList<T>? _tuple;
    private readonly bool _hasDict;
    private readonly T _dict;
    private int _pos, _remaining;

    private PercentFormatter(IPercentFormatHost<T> host, int[] format, T args, IBytesPercentFormatHost<T>? bytesHost)
    {
        _host = host;
        _bytesHost = bytesHost;
        _format = format;
        _args = args;
        _dict = args;
        if (host.TryGetTuple(args, out var items))
        {
            _tuple = items;
            _argCount = items.Count;
            _argIndex = 0;
        }
        else
        {
            _argCount = -1;
            _argIndex = -2;
        }
        _hasDict = _tuple is null && host.IsMapping(args) && !host.TryGetStr(args, out _);
    }

    /// <summary><paramref name="format"/> % <paramref name="args"/> for a str format.</summary>
    public static FormatResult Format(IPercentFormatHost<T> host, string format, T args)
        => new PercentFormatter<T>(host, CodePoints.Of(format), args, null).Run();

    /// <summary>
    /// <paramref name="format"/> % <paramref name="args"/> for a bytes (or bytearray) format: the conversions
    /// of PEP 461 (%b and %s take bytes-like objects, %a and %r give ascii(), %c a byte) and the 'z' flag.
    /// </summary>
    public static ParseResult<byte[]> FormatBytes(IBytesPercentFormatHost<T> host, ReadOnlySpan<byte> format, T args)
    {
        var units = new int[format.Length];
        for (int i = 0; i < units.Length; i++) units[i] = format[i];
        var result = new PercentFormatter<T>(host, units, args, host).Run();
        if (result.IsError) return result.Error;
        string text = result.Value;
        var bytes = new byte[text.Length];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)text[i];
        return bytes;
    }

    private string NotAllConverted => _bytesHost is null
        ? "not all arguments converted during string formatting"
        : "not all arguments converted during bytes formatting";

    private FormatResult Run()
    {
        _pos = 0;
        _remaining = _format.Length;
        while (--_remaining >= 0)
        {
            if (_format[_pos] != '%')
            {
                // Literal text up to the next '%' (_remaining counts what follows _pos).
                int start = _pos++;
                while (_pos < _format.Length && _format[_pos] != '%')
                {
                    _pos++;
                    _remaining--;
                }
                AppendCodePoints(start, _pos);
            }
            else
            {
                _pos++;
                if (FormatOne() is { } error) return error;
            }
        }
        if (_argIndex < _argCount && !_hasDict)
            return PyError.Type(NotAllConverted);
        return _out.ToString();
    }

    private void AppendCodePoints(int start, int end)
    {
        for (int i = start; i < end; i++) _out.AppendCodePoint(_format[i]);
    }

    /// <summary>The code point at the read position (0 past the end, like the NUL after a C string).</summary>
    private int Current => _pos < _format.Length ? _format[_pos] : 0;

    /// <summary>Reads the next code point into <paramref name="ch"/> if any remain.</summary>
    private bool Advance(ref int ch)
    {
        if (--_remaining < 0) return false;
        ch = Current;
        _pos++;
        return true;
    }

    private PyError? FormatOne()
    {
        var spec = new Spec { Ch = Current, Width = -1, Precision = -1 };
        if (spec.Ch == '%')
        {
            _pos++;
            _remaining--;
            _out.Append('%');
            return null;
        }
        if (ParseSpec(ref spec) is { } parseError) return parseError;

        var next = NextArg();
        if (next.IsError) return next.Error;
        T value = next.Value;
        string? text = null;
        if (_bytesHost is not null)
        {
            var converted = ConvertForBytes(value, ref spec);
            if (converted.IsError) return converted.Error;
            text = converted.Value;
        }
        else switch (spec.Ch)
        {
            case 's' or 'r' or 'a':
            {
                var converted = spec.Ch == 's' ? _host.Str(value) : spec.Ch == 'r' ? _host.Repr(value) : _host.Ascii(value);
                if (converted.IsError) return converted.Error;
                text = converted.Value;
                break;
            }
            case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
            {
                var formatted = FormatInteger(value, spec);
                if (formatted.IsError) return formatted.Error;
                text = formatted.Value;
                spec.Sign = true;
                break;
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                var number = _host.ToFloat(value);
                if (number.IsError) return number.Error;
                if (FloatFormatter.TooLarge((char)spec.Ch, spec.Precision, (spec.Flags & Flag.Alternate) != 0))
                    return new PyError(PyErrorKind.MemoryError, "");
                var flags = (spec.Flags & Flag.Alternate) != 0 ? FloatFlags.Alternate : FloatFlags.None;
                text = FloatFormatter.ToString(number.Value, (char)spec.Ch, spec.Precision < 0 ? 6 : spec.Precision, flags);
                spec.Sign = true;
                break;
            }
            case 'c':
            {
                var ch = FormatChar(value);
                if (ch.IsError) return ch.Error;
                text = new StringBuilder(2).AppendCodePoint(ch.Value).ToString();
                break;
            }
            default:
                int c = spec.Ch;
                return PyError.Value($"unsupported format character '{(c >= 31 && c <= 126 ? (char)c : '?')}' (0x{c:x}) at index {_pos - 1}");
        }
        if (Output(ref spec, text) is { } outputError) return outputError;
        if (_hasDict && _argIndex < _argCount)
            return PyError.Type(NotAllConverted);
        return null;
    }

    /// <summary>One conversion of bytes formatting (_PyBytes_FormatEx), as chars 0-255.</summary>
    private FormatResult ConvertForBytes(T value, ref Spec spec)
    {
        var host = _bytesHost!;
        switch (spec.Ch)
        {
            case 'r' or 'a':
            {
                var ascii = _host.Ascii(value);
                if (ascii.IsError) return ascii.Error;
                return ascii.Value;
            }
            case 's' or 'b':
            {
                var bytes = host.ToBytes(value);
                if (bytes.IsError) return bytes.Error;
                return Latin1(bytes.Value);
            }
            case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
            {
                spec.Sign = true;
                return FormatInteger(value, spec);
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                var number = _host.ToFloat(value);
                if (number.IsError) return PyError.Type($"float argument required, not {_host.TypeName(value)}");
                if (FloatFormatter.TooLarge((char)spec.Ch, spec.Precision, (spec.Flags & Flag.Alternate) != 0))
                    return new PyError(PyErrorKind.MemoryError, "");
                var flags = FloatFlags.None;
                if ((spec.Flags & Flag.Alternate) != 0) flags |= FloatFlags.Alternate;
                if ((spec.Flags & Flag.NoNegativeZero) != 0) flags |= FloatFlags.NoNegativeZero;
                spec.Sign = true;
                return FloatFormatter.ToString(number.Value, (char)spec.Ch, spec.Precision < 0 ? 6 : spec.Precision, flags);
            }
            case 'c':
            {
                if (host.TryGetBytes(value, out byte[] one) && one.Length == 1) return ((char)one[0]).ToString();
                BigInteger n;
                if (!_host.TryGetInt(value, out n))
                {
                    var index = _host.ToIndex(value);
                    if (index.IsError)
                        return index.Error.Kind == PyErrorKind.TypeError
                            ? PyError.Type("%c requires an integer in range(256) or a single byte") : index.Error;
                    n = index.Value;
                }
                if (n.Sign < 0 || n > 255) return PyError.Overflow("%c arg not in range(256)");
                // Precision never truncates a %c.
                spec.Precision = -1;
                return ((char)(int)n).ToString();
            }
            default:
                int c = spec.Ch;
                return PyError.Value($"unsupported format character '{(char)c}' (0x{c:x}) at index {_pos - 1}");
        }
    }

    private static string Latin1(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    private ParseResult<T> NextArg()
    {
        if (_argIndex < _argCount)
        {
            int index = _argIndex++;
            return _argCount < 0 ? _args : _tuple![index];
        }
        return PyError.Type("not enough arguments for format string");
    }

    /// <summary>Flags, width, precision and the mapping key of one specifier (unicode_format_arg_parse).</summary>
    private PyError? ParseSpec(ref Spec spec)
    {
        int ch = spec.Ch;
        if (ch == '(')
        {
            if (!_hasDict) return PyError.Type("format requires a mapping");
            _pos++;
            _remaining--;
            int keyStart = _pos;
            int depth = 1;
            while (depth > 0 && --_remaining >= 0)
            {
                ch = Current;
                if (ch == ')') depth--;
                else if (ch == '(') depth++;
                _pos++;
            }
            int keyLength = _pos - keyStart - 1;
            if (_remaining < 0 || depth > 0) return PyError.Value("incomplete format key");
            ParseResult<T> item;
            if (_bytesHost is not null)
            {
                var key = new byte[keyLength];
                for (int i = 0; i < keyLength; i++) key[i] = (byte)_format[keyStart + i];
                item = _bytesHost.GetItem(_dict, key);
            }
            else
            {
                var key = new StringBuilder();
                for (int i = keyStart; i < keyStart + keyLength; i++) key.AppendCodePoint(_format[i]);
                item = _host.GetItem(_dict, key.ToString());
            }
            if (item.IsError) return item.Error;
            _args = item.Value;
            _tuple = null;
            _argCount = -1;
            _argIndex = -2;
        }

        while (Advance(ref ch))
        {
            Flag flag = ch switch
            {
                '-' => Flag.LeftJustify,
                '+' => Flag.Sign,
                ' ' => Flag.Blank,
                '#' => Flag.Alternate,
                '0' => Flag.Zero,
                'z' when _bytesHost is not null => Flag.NoNegativeZero,
                _ => Flag.None,
            };
            if (flag == Flag.None) break;
            spec.Flags |= flag;
        }

        if (ch == '*')
        {
            var width = StarArgument();
            if (width.IsError) return width.Error;
            spec.Width = (long)width.Value;
            if (spec.Width < 0)
            {
                spec.Flags |= Flag.LeftJustify;
                spec.Width = -spec.Width;
            }
            Advance(ref ch);
        }
        else if (ch is >= '0' and <= '9')
        {
            spec.Width = ch - '0';
            while (Advance(ref ch))
            {
                if (ch is < '0' or > '9') break;
                if (spec.Width > (long.MaxValue - (ch - '0')) / 10) return PyError.Value("width too big");
                spec.Width = spec.Width * 10 + (ch - '0');
            }
        }

        if (ch == '.')
        {
            spec.Precision = 0;
            Advance(ref ch);
            if (ch == '*')
            {
                var precision = StarArgument();
                if (precision.IsError) return precision.Error;
                if (precision.Value > int.MaxValue || precision.Value < int.MinValue)
                    return PyError.Overflow("Python int too large to convert to C int");
                spec.Precision = Math.Max(0, (int)precision.Value);
                Advance(ref ch);
            }
            else if (ch is >= '0' and <= '9')
            {
                spec.Precision = ch - '0';
                while (Advance(ref ch))
                {
                    if (ch is < '0' or > '9') break;
                    if (spec.Precision > (int.MaxValue - (ch - '0')) / 10)
                        return PyError.Value(_bytesHost is null ? "precision too big" : "prec too big");
                    spec.Precision = spec.Precision * 10 + (ch - '0');
                }
            }
        }

        if (_remaining >= 0 && ch is 'h' or 'l' or 'L') Advance(ref ch);
        if (_remaining < 0) return PyError.Value("incomplete format");
        spec.Ch = ch;
        return null;
    }

    /// <summary>The int argument a '*' stands for.</summary>
    private ParseResult<BigInteger> StarArgument()
    {
        var next = NextArg();
        if (next.IsError) return next.Error;
        if (!_host.TryGetInt(next.Value, out BigInteger value)) return PyError.Type("* wants int");
        if (value > long.MaxValue || value < long.MinValue)
            return PyError.Overflow("Python int too large to convert to C ssize_t");
        return value;
    }

    /// <summary>%d %i %u %o %x %X (mainformatlong and _PyUnicode_FormatLong).</summary>
    private FormatResult FormatInteger(T value, in Spec spec)
    {
        char type = (char)spec.Ch;
        if (!_host.IsNumber(value) && !_host.TryGetInt(value, out _)) return WrongType(type, value);
        if (!_host.TryGetInt(value, out BigInteger n))
        {
            var converted = type is 'o' or 'x' or 'X' ? _host.ToIndex(value) : _host.ToInt(value);
            if (converted.IsError)
                return converted.Error.Kind == PyErrorKind.TypeError ? WrongType(type, value) : converted.Error;
            n = converted.Value;
        }

        string digits;
        string prefix = "";
        switch (type)
        {
            case 'o':
                digits = IntFormatter.Digits(n, 8);
                prefix = "0o";
                break;
            case 'x' or 'X':
                digits = IntFormatter.Digits(n, 16);
                prefix = "0x";
                break;
            default:
                var dec = IntFormatter.ToDecimal(BigInteger.Abs(n), _host.MaxStrDigits);
                if (dec.IsError) return dec;
                digits = dec.Value;
                break;
        }
        if ((spec.Flags & Flag.Alternate) == 0) prefix = "";
        var sb = new StringBuilder(digits.Length + 4);
        if (n.Sign < 0) sb.Append('-');
        sb.Append(prefix);
        if (spec.Precision > digits.Length) sb.Append('0', spec.Precision - digits.Length);
        sb.Append(digits);
        string text = sb.ToString();
        return type == 'X' ? text.ToUpperInvariant() : text;
    }

    private PyError WrongType(char type, T value)
        => PyError.Type(BytesWrongTypeName(type) is var shown && type is 'o' or 'x' or 'X'
            ? $"%{shown} format: an integer is required, not {_host.TypeName(value)}"
            : $"%{shown} format: a real number is required, not {_host.TypeName(value)}");

    /// <summary>Bytes formatting reports %i as %d.</summary>
    private char BytesWrongTypeName(char type) => _bytesHost is not null && type == 'i' ? 'd' : type;

    /// <summary>%c: a str of length 1 or an int code point.</summary>
    private ParseResult<int> FormatChar(T value)
    {
        if (_host.TryGetStr(value, out string s))
        {
            int[] cps = CodePoints.Of(s);
            if (cps.Length == 1) return cps[0];
            return PyError.Type("%c requires int or char");
        }
        BigInteger n;
        if (!_host.TryGetInt(value, out n))
        {
            var index = _host.ToIndex(value);
            if (index.IsError)
                return index.Error.Kind == PyErrorKind.TypeError ? PyError.Type("%c requires int or char") : index.Error;
            n = index.Value;
        }
        if (n.Sign < 0 || n > 0x10FFFF) return PyError.Overflow("%c arg not in range(0x110000)");
        return (int)n;
    }

    /// <summary>Pads and signs one converted argument (unicode_format_arg_output).</summary>
    private PyError? Output(ref Spec spec, string text)
    {
        char fill = spec.Sign && (spec.Flags & Flag.Zero) != 0 ? '0' : ' ';
        int[] str = CodePoints.Of(text);
        long len = str.Length;
        if ((spec.Width == -1 || spec.Width <= len) && (spec.Precision == -1 || spec.Precision >= len)
            && (spec.Flags & (Flag.Sign | Flag.Blank)) == 0)
        {
            _out.Append(text);
            return null;
        }
        if (spec.Ch is 's' or 'r' or 'a' or 'b' && spec.Precision >= 0 && len > spec.Precision) len = spec.Precision;

        int index = 0;
        int signChar = 0;
        if (spec.Sign)
        {
            int first = str.Length > 0 ? str[0] : 0;
            if (first is '-' or '+')
            {
                signChar = first;
                len--;
                index++;
            }
            else if ((spec.Flags & Flag.Sign) != 0) signChar = '+';
            else if ((spec.Flags & Flag.Blank) != 0) signChar = ' ';
            else spec.Sign = false;
        }
        if (spec.Width < len) spec.Width = len;
        if (spec.Width > 1L << 30) return new PyError(PyErrorKind.MemoryError, "");

        if (spec.Sign)
        {
            if (fill != ' ') _out.AppendCodePoint(signChar);
            if (spec.Width > len) spec.Width--;
        }
        bool prefixed = (spec.Flags & Flag.Alternate) != 0 && spec.Ch is 'x' or 'X' or 'o';
        if (prefixed)
        {
            if (fill != ' ')
            {
                _out.Append('0').Append((char)spec.Ch);
                index += 2;
            }
            spec.Width = Math.Max(0, spec.Width - 2);
            len -= 2;
        }
        if (spec.Width > len && (spec.Flags & Flag.LeftJustify) == 0)
        {
            _out.Append(fill, (int)(spec.Width - len));
            spec.Width = len;
        }
        if (fill == ' ')
        {
            if (spec.Sign) _out.AppendCodePoint(signChar);
            if (prefixed)
            {
                _out.Append('0').Append((char)spec.Ch);
                index += 2;
            }
        }
        for (long i = 0; i < len; i++) _out.AppendCodePoint(str[index + i]);
        if (spec.Width > len) _out.Append(' ', (int)(spec.Width - len));
        return null;
    }
}
