namespace Kaa.Runtime;

/// <summary>binascii's base64, uuencode and quoted-printable codecs.</summary>
internal static partial class BinasciiModule
{
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static int Base64Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    private static readonly ArgSpec s_a2bBase64 = new("a2b_base64", ["data", "strict_mode"], required: 1, positionalOnly: 1);
    private static readonly ArgSpec s_b2aBase64 = new("b2a_base64", ["data", "newline"], required: 1, positionalOnly: 1);
    private static readonly ArgSpec s_b2aUu = new("b2a_uu", ["data", "backtick"], required: 1, positionalOnly: 1);
    private static readonly ArgSpec s_a2bQp = new("a2b_qp", ["data", "header"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_b2aQp = new("b2a_qp", ["data", "quotetabs", "istext", "header"], required: 1, positionalOnly: 0);

    private static PyObject? A2bBase64(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_a2bBase64.Parse(ts, args, kw, a)) return null;
        var data = AsciiData(ts, a[0]!);
        if (data is null || !Flag(ts, a[1], false, out bool strict)) return null;
        var output = new List<byte>(data.Length / 4 * 3 + 3);
        if (strict && data.Length > 0 && data[0] == '=') return Fail(ts, "Leading padding not allowed");
        int quadPos = 0, pads = 0, left = 0;
        bool paddingStarted = false;
        for (int i = 0; i < data.Length; i++)
        {
            byte c = data[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length) return Fail(ts, "Excess data after padding");
                    return PyBytes.Create([.. output]);
                }
                continue;
            }
            int v = Base64Value(c);
            if (v < 0)
            {
                if (strict) return Fail(ts, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) return Fail(ts, "Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; left = v; break;
                case 1: quadPos = 2; output.Add((byte)((left << 2) | (v >> 4))); left = v & 0x0f; break;
                case 2: quadPos = 3; output.Add((byte)((left << 4) | (v >> 2))); left = v & 0x03; break;
                default: quadPos = 0; output.Add((byte)((left << 6) | v)); left = 0; break;
            }
        }
        if (quadPos == 1)
            return Fail(ts, $"Invalid base64-encoded string: number of data characters ({output.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) return Fail(ts, "Incorrect padding");
        return PyBytes.Create([.. output]);
    }

    private static PyObject? B2aBase64(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_b2aBase64.Parse(ts, args, kw, a)) return null;
        var data = BinaryData(ts, a[0]!);
        if (data is null || !Flag(ts, a[1], true, out bool newline)) return null;
        var output = new byte[(data.Length + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0;
        for (int i = 0; i < data.Length; i += 3)
        {
            int n = Math.Min(3, data.Length - i);
            int chunk = data[i] << 16 | (n > 1 ? data[i + 1] << 8 : 0) | (n > 2 ? data[i + 2] : 0);
            output[o++] = (byte)Base64Alphabet[(chunk >> 18) & 63];
            output[o++] = (byte)Base64Alphabet[(chunk >> 12) & 63];
            output[o++] = n > 1 ? (byte)Base64Alphabet[(chunk >> 6) & 63] : (byte)'=';
            output[o++] = n > 2 ? (byte)Base64Alphabet[chunk & 63] : (byte)'=';
        }
        if (newline) output[o] = (byte)'\n';
        return PyBytes.Create(output);
    }

    private static PyObject? A2bUu(ThreadState ts, byte[] data)
    {
        // An empty argument reads C's terminating NUL as the length byte (32 zero bytes), as CPython does.
        int pos = 0;
        int binLength = ((data.Length > 0 ? data[pos++] : 0) - ' ') & 0x3f;
        int asciiLength = data.Length - 1;
        var output = new byte[binLength];
        int o = 0, leftBits = 0;
        uint leftChar = 0;
        for (; binLength > 0; asciiLength--, pos++)
        {
            int c = asciiLength > 0 ? data[pos] : 0;
            if (c == '\n' || c == '\r' || asciiLength <= 0) c = 0;
            else
            {
                if (c < ' ' || c > ' ' + 64) return Fail(ts, "Illegal char");
                c = (c - ' ') & 0x3f;
            }
            leftChar = (leftChar << 6) | (uint)c;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                output[o++] = (byte)(leftChar >> leftBits);
                leftChar &= (1u << leftBits) - 1;
                binLength--;
            }
        }
        while (asciiLength-- > 0)
        {
            int c = data[pos++];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return Fail(ts, "Trailing garbage");
        }
        return PyBytes.Create(output);
    }

    private static PyObject? B2aUu(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_b2aUu.Parse(ts, args, kw, a)) return null;
        var data = BinaryData(ts, a[0]!);
        if (data is null || !Flag(ts, a[1], false, out bool backtick)) return null;
        if (data.Length > 45) return Fail(ts, "At most 45 bytes at once");
        var output = new List<byte>(2 + (data.Length + 2) / 3 * 4);
        output.Add(backtick && data.Length == 0 ? (byte)'`' : (byte)(' ' + data.Length));
        int leftBits = 0;
        uint leftChar = 0;
        for (int i = 0; i < data.Length || leftBits != 0; i++)
        {
            // Pad the last group with zero bits.
            leftChar = i < data.Length ? (leftChar << 8) | data[i] : leftChar << 8;
            leftBits += 8;
            while (leftBits >= 6)
            {
                uint c = (leftChar >> (leftBits - 6)) & 0x3f;
                leftBits -= 6;
                output.Add(backtick && c == 0 ? (byte)'`' : (byte)(c + ' '));
            }
        }
        output.Add((byte)'\n');
        return PyBytes.Create([.. output]);
    }

    private static PyObject? A2bQp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_a2bQp.Parse(ts, args, kw, a)) return null;
        var data = AsciiData(ts, a[0]!);
        if (data is null || !Flag(ts, a[1], false, out bool header)) return null;
        var output = new List<byte>(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            if (data[i] == '=')
            {
                i++;
                if (i >= data.Length) break;
                if (data[i] is (byte)'\n' or (byte)'\r')
                {
                    // A soft line break.
                    if (data[i] != '\n') while (i < data.Length && data[i] != '\n') i++;
                    if (i < data.Length) i++;
                }
                else if (data[i] == '=')
                {
                    output.Add((byte)'=');
                    i++;
                }
                else if (i + 1 < data.Length && HexValue(data[i]) >= 0 && HexValue(data[i + 1]) >= 0)
                {
                    output.Add((byte)((HexValue(data[i]) << 4) | HexValue(data[i + 1])));
                    i += 2;
                }
                else output.Add((byte)'=');
            }
            else if (header && data[i] == '_')
            {
                output.Add((byte)' ');
                i++;
            }
            else output.Add(data[i++]);
        }
        return PyBytes.Create([.. output]);
    }

    private static PyObject? B2aQp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        const int MaxLineSize = 76;
        const string upperHex = "0123456789ABCDEF";
        var a = new ArgBuffer();
        if (!s_b2aQp.Parse(ts, args, kw, a)) return null;
        var data = BinaryData(ts, a[0]!);
        if (data is null || !Flag(ts, a[1], false, out bool quoteTabs) || !Flag(ts, a[2], true, out bool isText)
            || !Flag(ts, a[3], false, out bool header)) return null;
        int newlineAt = Array.IndexOf(data, (byte)'\n');
        bool crlf = newlineAt > 0 && data[newlineAt - 1] == '\r';
        var o = new List<byte>(data.Length * 3 / 2 + 8);
        int linelen = 0, i = 0;
        void SoftBreak()
        {
            o.Add((byte)'=');
            if (crlf) o.Add((byte)'\r');
            o.Add((byte)'\n');
        }
        while (i < data.Length)
        {
            byte c = data[i];
            bool encode = c > 126 || c == '=' || (header && c == '_')
                || (c == '.' && linelen == 0 && (i + 1 == data.Length || data[i + 1] is (byte)'\n' or (byte)'\r' or 0))
                || (!isText && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && i + 1 == data.Length)
                || (c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')));
            if (encode)
            {
                if (linelen + 3 >= MaxLineSize)
                {
                    SoftBreak();
                    linelen = 0;
                }
                o.Add((byte)'=');
                o.Add((byte)upperHex[c >> 4]);
                o.Add((byte)upperHex[c & 15]);
                i++;
                linelen += 3;
            }
            else if (isText && (c == '\n' || (i + 1 < data.Length && c == '\r' && data[i + 1] == '\n')))
            {
                linelen = 0;
                // Whitespace at the end of a line is protected by encoding it.
                if (o.Count > 0 && o[^1] is (byte)' ' or (byte)'\t')
                {
                    byte ch = o[^1];
                    o[^1] = (byte)'=';
                    o.Add((byte)upperHex[ch >> 4]);
                    o.Add((byte)upperHex[ch & 15]);
                }
                if (crlf) o.Add((byte)'\r');
                o.Add((byte)'\n');
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (i + 1 != data.Length && data[i + 1] != '\n' && linelen + 1 >= MaxLineSize)
                {
                    SoftBreak();
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ')
                {
                    o.Add((byte)'_');
                    i++;
                }
                else o.Add(data[i++]);
            }
        }
        return PyBytes.Create([.. o]);
    }
}
