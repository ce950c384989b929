namespace Kaa.Runtime;

/// <summary>hex(), fromhex(), decode() and the repr text of bytes and bytearray.</summary>
internal static partial class BytesMethods
{
    private static readonly ArgSpec s_hex = new("hex", ["sep", "bytes_per_sep"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_decode = new("decode", ["encoding", "errors"], required: 0, positionalOnly: 0);

    private const string HexDoc = "Create a string of hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'";

    private static void InstallHex(PyType type)
    {
        type.AddMethod("hex", static (ts, self, args, kw) => HexMethod(ts, Data(self).ToArray(), args, kw), HexDoc);
        type.AddClassMethod(new MethodDef("fromhex", static (ts, cls, arg) =>
        {
            var t = (PyType)cls;
            bool bytearray = t.IsSubtypeOf(BuiltinTypes.ByteArray);
            if (arg is not PyStr s)
                return ts.TypeError($"fromhex() argument must be str, not {StrMethods.ArgTypeName(arg)}");
            var data = FromHex(ts, s);
            if (data is null) return null;
            PyObject result = bytearray ? PyByteArray.Create(data) : PyBytes.Create(data);
            if (t != BuiltinTypes.Bytes && t != BuiltinTypes.ByteArray) return Protocols.Call1(ts, t, result);
            return result;
        }, "Create a bytes object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'."));
        type.AddMethod("decode", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_decode.Parse(ts, args, kw, a)) return null;
            if (a[0] is not null && a[0] is not PyStr)
                return ts.TypeError($"decode() argument 'encoding' must be str, not {StrMethods.ArgTypeName(a[0]!)}");
            if (a[1] is not null && a[1] is not PyStr)
                return ts.TypeError($"decode() argument 'errors' must be str, not {StrMethods.ArgTypeName(a[1]!)}");
            return UnicodeCodecs.Decode(ts, Data(self), a[0]?.ToString() ?? "utf-8", a[1]?.ToString());
        }, "Decode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors.");
    }

    /// <summary>The <c>hex(sep=..., bytes_per_sep=1)</c> method of bytes, bytearray and memoryview.</summary>
    internal static PyObject? HexMethod(ThreadState ts, ReadOnlySpan<byte> data, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_hex.Parse(ts, args, kw, a)) return null;
        long perSep = 1;
        if (a[1] is { } g && !IntArg(ts, g, out perSep)) return null;
        char? sep = null;  // NUL is a separator like any other
        if (a[0] is { } sepObj)
        {
            var len = Protocols.Length(ts, sepObj);
            if (len < 0) return null;
            if (len != 1) return ts.ValueError("sep must be length 1.");
            if (sepObj is PyStr ss)
            {
                if (ss[0] > 127) return ts.ValueError("sep must be ASCII.");
                sep = (char)ss[0];
            }
            else if (sepObj is PyBytes sb)
            {
                if (sb.Value[0] > 127) return ts.ValueError("sep must be ASCII.");
                sep = (char)sb.Value[0];
            }
            else return ts.TypeError("sep must be str or bytes.");
        }
        return PyStr.FromChars(Hex(data, sep, perSep));
    }

    /// <summary>_Py_strhex: two lower-case hex digits per byte; with a separator, groups of |perSep| bytes
    /// counted from the right (positive) or the left (negative).</summary>
    internal static string Hex(ReadOnlySpan<byte> data, char? sep, long perSep)
    {
        const string digits = "0123456789abcdef";
        if (sep is null || perSep == 0 || data.Length == 0)
        {
            var plain = new char[data.Length * 2];
            for (int i = 0; i < data.Length; i++)
            {
                plain[2 * i] = digits[data[i] >> 4];
                plain[2 * i + 1] = digits[data[i] & 15];
            }
            return new string(plain);
        }
        long group = Math.Abs(perSep);
        var sb = new System.Text.StringBuilder(data.Length * 3);
        for (int i = 0; i < data.Length; i++)
        {
            // Position of this byte within its group, counted from the side the groups start.
            bool boundary = perSep < 0 ? i > 0 && i % group == 0 : i > 0 && (data.Length - i) % group == 0;
            if (boundary) sb.Append(sep.Value);
            sb.Append(digits[data[i] >> 4]).Append(digits[data[i] & 15]);
        }
        return sb.ToString();
    }

    /// <summary>_PyBytes_FromHex: pairs of hex digits, ASCII whitespace allowed between pairs.</summary>
    private static byte[]? FromHex(ThreadState ts, PyStr s)
    {
        int n = s.Length;
        var result = new List<byte>(n / 2);
        int i = 0;
        while (i < n)
        {
            int c = s[i];
            if (c < 128 && IsSpace((byte)c))
            {
                i++;
                continue;
            }
            int top = HexValue(c);
            if (top < 0) return FromHexError(ts, i);
            int bottom = i + 1 < n ? HexValue(s[i + 1]) : -1;
            if (bottom < 0) return FromHexError(ts, i + 1);
            result.Add((byte)(top * 16 + bottom));
            i += 2;
        }
        return [.. result];
    }

    private static byte[]? FromHexError(ThreadState ts, int position)
    {
        ts.SetError(PyExc.ValueError, $"non-hexadecimal number found in fromhex() arg at position {position}");
        return null;
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The b'...' literal of <paramref name="data"/> (bytes_repr / bytearray_repr): single quotes
    /// unless the data has a single quote and no double quote. bytearray's repr escapes every single quote.</summary>
    internal static void AppendRepr(System.Text.StringBuilder sb, ReadOnlySpan<byte> data, bool escapeSingleQuotes = false)
    {
        const string digits = "0123456789abcdef";
        char quote = data.Contains((byte)'\'') && !data.Contains((byte)'"') ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte c in data)
        {
            if (c == quote || c == '\\' || (escapeSingleQuotes && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(digits[c >> 4]).Append(digits[c & 15]);
            else sb.Append((char)c);
        }
        sb.Append(quote);
    }
}
