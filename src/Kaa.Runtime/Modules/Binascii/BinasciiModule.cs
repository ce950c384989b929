namespace Kaa.Runtime;

/// <summary>The binascii module's per-interpreter state: its exception classes.</summary>
internal sealed class BinasciiState
{
    public PyType? Error;
    public PyType? Incomplete;
}

/// <summary>
/// The <c>binascii</c> module (CPython's Modules/binascii.c): hex, base64, uuencode and quoted-printable
/// codecs over bytes-like data (the a2b_* functions also take ASCII str), crc32 and crc_hqx.
/// </summary>
internal static partial class BinasciiModule
{
    private const string Doc = "Conversion between binary data and ASCII";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("binascii", Doc);
        var state = ts.Interp.GetModuleState<BinasciiState>();
        state.Error = ExceptionClass.Create(ts, "binascii.Error", PyExc.ValueError);
        if (state.Error is null) return null;
        state.Incomplete = ExceptionClass.Create(ts, "binascii.Incomplete", PyExc.Exception);
        if (state.Incomplete is null) return null;
        m.Set("Error", state.Error);
        m.Set("Incomplete", state.Incomplete);
        m.AddFunction("a2b_hex", static (ts, _, a) => AsciiData(ts, a) is { } d ? UnHex(ts, d) : null);
        m.AddFunction("unhexlify", static (ts, _, a) => AsciiData(ts, a) is { } d ? UnHex(ts, d) : null);
        m.AddFunction("b2a_hex", static (ts, _, a, k) => Hexlify(ts, "b2a_hex", a, k));
        m.AddFunction("hexlify", static (ts, _, a, k) => Hexlify(ts, "hexlify", a, k));
        m.AddFunction("a2b_base64", A2bBase64);
        m.AddFunction("b2a_base64", B2aBase64);
        m.AddFunction("a2b_uu", static (ts, _, a) => AsciiData(ts, a) is { } d ? A2bUu(ts, d) : null);
        m.AddFunction("b2a_uu", B2aUu);
        m.AddFunction("a2b_qp", A2bQp);
        m.AddFunction("b2a_qp", B2aQp);
        m.AddFunction("crc32", Crc32);
        m.AddFunction("crc_hqx", CrcHqx);
        return m;
    }

    private static PyType Error(ThreadState ts) => ts.Interp.GetModuleState<BinasciiState>().Error ?? PyExc.ValueError;

    private static PyObject? Fail(ThreadState ts, string message) => ts.Raise(Error(ts), message);

    /// <summary>ascii_buffer_converter: bytes-like data, or a str of ASCII characters.</summary>
    private static byte[]? AsciiData(ThreadState ts, PyObject arg)
    {
        if (arg is PyStr s)
        {
            if (!s.IsAscii)
            {
                ts.SetError(PyExc.ValueError, "string argument should contain only ASCII characters");
                return null;
            }
            return System.Text.Encoding.Latin1.GetBytes(s.ToString());
        }
        if (!Protocols.HasBuffer(arg))
        {
            ts.SetError(PyExc.TypeError, $"argument should be bytes, buffer or ASCII string, not '{arg.Type.Name}'");
            return null;
        }
        return BinaryData(ts, arg);
    }

    /// <summary>A Py_buffer argument's bytes.</summary>
    private static byte[]? BinaryData(ThreadState ts, PyObject arg)
    {
        if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
        var data = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        return data;
    }

    /// <summary>A clinic bool(accept={int}) argument: an int's truth.</summary>
    private static bool Flag(ThreadState ts, PyObject? arg, bool defaultValue, out bool value)
    {
        value = defaultValue;
        if (arg is null) return true;
        if (arg is not PyInt i)
        {
            if (arg is PyFloat) ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            else ts.SetError(PyExc.TypeError, $"'{arg.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        value = i.Sign != 0;
        return true;
    }

    // ---- hex ------------------------------------------------------------------------------------------

    private static PyObject? UnHex(ThreadState ts, byte[] data)
    {
        if (data.Length % 2 != 0) return Fail(ts, "Odd-length string");
        var result = new byte[data.Length / 2];
        for (int i = 0; i < data.Length; i += 2)
        {
            int top = HexValue(data[i]), bottom = HexValue(data[i + 1]);
            if (top < 0 || bottom < 0) return Fail(ts, "Non-hexadecimal digit found");
            result[i / 2] = (byte)((top << 4) | bottom);
        }
        return PyBytes.Create(result);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyObject? Hexlify(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var spec = name == "hexlify" ? s_hexlify : s_b2aHex;
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        var data = BinaryData(ts, a[0]!);
        if (data is null) return null;
        long perSep = 1;
        if (a[2] is { } b && !Protocols.AsIndex(ts, b, out perSep, PyExc.OverflowError)) return null;
        byte sep = 0;
        bool hasSep = false;
        if (a[1] is { } s)
        {
            byte[]? sepBytes = s is PyStr || !Protocols.HasBuffer(s) ? null : BinaryData(ts, s);
            long len = s is PyStr ps ? ps.Length : sepBytes?.Length ?? Protocols.Length(ts, s);
            if (len < 0) return null;
            if (len != 1) return ts.ValueError("sep must be length 1.");
            if (s is PyStr str)
            {
                if (str[0] > 0x7f) return ts.ValueError("sep must be ASCII.");
                sep = (byte)str[0];
            }
            else sep = sepBytes![0];
            hasSep = true;
        }
        return PyBytes.Create(HexBytes(data, hasSep, sep, perSep));
    }

    private static readonly ArgSpec s_hexlify = new("hexlify", ["data", "sep", "bytes_per_sep"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_b2aHex = new("b2a_hex", ["data", "sep", "bytes_per_sep"], required: 1, positionalOnly: 0);

    /// <summary>_Py_strhex_with_sep: lowercase hex; with a separator every |perSep| bytes, counted from
    /// the right for a positive count and from the left for a negative one.</summary>
    internal static byte[] HexBytes(ReadOnlySpan<byte> data, bool hasSep, byte sep, long perSep)
    {
        const string digits = "0123456789abcdef";
        if (!hasSep || perSep == 0 || data.Length == 0)
        {
            var plain = new byte[data.Length * 2];
            for (int i = 0; i < data.Length; i++)
            {
                plain[2 * i] = (byte)digits[data[i] >> 4];
                plain[2 * i + 1] = (byte)digits[data[i] & 15];
            }
            return plain;
        }
        long group = Math.Abs(perSep);
        long separators = (data.Length - 1) / group;
        var output = new List<byte>((int)(data.Length * 2 + separators));
        for (int i = 0; i < data.Length; i++)
        {
            // Separators go between groups; for a positive count the first group is the short one.
            if (i > 0)
            {
                long fromEnd = data.Length - i;
                bool boundary = perSep > 0 ? fromEnd % group == 0 : i % group == 0;
                if (boundary) output.Add(sep);
            }
            output.Add((byte)digits[data[i] >> 4]);
            output.Add((byte)digits[data[i] & 15]);
        }
        return [.. output];
    }

    // ---- checksums ------------------------------------------------------------------------------------

    private static unsafe PyObject? Crc32(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError("binascii.crc32() takes no keyword arguments");
        if (args.Length is < 1 or > 2)
            return ts.TypeError(args.Length < 1 ? "crc32 expected at least 1 argument, got 0" : $"crc32 expected at most 2 arguments, got {args.Length}");
        var data = BinaryData(ts, args[0]);
        if (data is null) return null;
        uint crc = 0;
        if (args.Length == 2)
        {
            if (args[1] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            var i = Protocols.Index(ts, args[1]);
            if (i is null) return null;
            crc = (uint)(ulong)(i.Value & uint.MaxValue);
        }
        fixed (byte* p = data)
            crc = (uint)ZLibNative.Crc32(crc, p, (uint)data.Length);
        return PyInt.Create((long)crc);
    }

    private static PyObject? CrcHqx(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError("binascii.crc_hqx() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"crc_hqx expected 2 arguments, got {args.Length}");
        var data = BinaryData(ts, args[0]);
        if (data is null) return null;
        if (args[1] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
        var start = Protocols.Index(ts, args[1]);
        if (start is null) return null;
        uint crc = (uint)(ulong)(start.Value & uint.MaxValue) & 0xffff;
        foreach (byte b in data)
        {
            crc ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            crc &= 0xffff;
        }
        return PyInt.Create((long)crc);
    }
}
