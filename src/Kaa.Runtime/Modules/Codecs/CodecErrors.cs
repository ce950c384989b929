namespace Kaa.Runtime;

/// <summary>
/// Codec error handlers (Python/codecs.c): the builtin ones as functions (what <c>codecs.lookup_error</c>
/// returns), and calls of handlers registered with <c>codecs.register_error</c> from the C# codecs.
/// </summary>
internal static class CodecErrors
{
    private static readonly string[] s_builtin =
        ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

    public static bool IsBuiltin(string name) => Array.IndexOf(s_builtin, name) >= 0;

    /// <summary>PyCodec_LookupError: the handler registered under <paramref name="name"/>, or null with LookupError.</summary>
    public static PyObject? Lookup(ThreadState ts, string name)
    {
        var reg = CodecRegistry.Of(ts);
        EnsureBuiltins(reg);
        if (reg.ErrorHandlers.TryGetStr(PyStr.Create(name), out var h)) return h;
        ts.SetError(PyExc.LookupError, $"unknown error handler name '{name}'");
        return null;
    }

    /// <summary>A registered handler that replaces a builtin name, or null when the builtin behaviour applies.</summary>
    public static void EnsureBuiltins(CodecRegistry reg)
    {
        if (reg.ErrorHandlers.Count > 0) return;
        foreach (var name in s_builtin)
        {
            var def = new MethodDef(name + "_errors", (ts, self, exc) => BuiltinHandler(ts, name, exc));
            reg.ErrorHandlers.SetStr(name, new PyBuiltinFunction(def, null));
        }
    }

    /// <summary>The builtin handlers called from Python with an exception object (as CPython's *_errors functions).</summary>
    private static PyObject? BuiltinHandler(ThreadState ts, string name, PyObject excObj)
    {
        if (excObj is not PyUnicodeError exc || !excObj.Type.IsSubtypeOf(PyExc.UnicodeError))
        {
            if (name == "strict" && excObj is PyBaseException be) { ts.SetError(be); return null; }
            return ts.TypeError(name == "strict" ? "codec must pass exception instance"
                : $"don't know how to handle {excObj.Type.Name} in error callback");
        }
        if (name == "strict") { ts.SetError(exc); return null; }
        int start = (int)exc.Start, end = (int)exc.End;
        bool encode = excObj.Type.IsSubtypeOf(PyExc.UnicodeEncodeError);
        bool decode = excObj.Type.IsSubtypeOf(PyExc.UnicodeDecodeError);
        bool translate = !encode && !decode;
        if (end < start) end = start;
        switch (name)
        {
            case "ignore":
                return PyTuple.Create(PyStr.Empty, PyInt.Create(end));
            case "replace":
            {
                if (decode) return PyTuple.Create(PyStr.FromCodePoint(0xFFFD), PyInt.Create(end));
                int ch = encode ? '?' : 0xFFFD;
                var sb = new PyStrBuilder();
                for (int i = start; i < end; i++) sb.AppendCodePoint(ch);
                return PyTuple.Create(sb.ToPyStr(), PyInt.Create(end));
            }
            case "xmlcharrefreplace":
            case "namereplace":
            {
                if (!encode) return ts.TypeError($"don't know how to handle {excObj.Type.Name} in error callback");
                var s = (PyStr)exc.Object!;
                var sb = new PyStrBuilder();
                for (int i = start; i < end && i < s.Length; i++)
                {
                    int c = s[i];
                    if (name == "xmlcharrefreplace") sb.Append($"&#{c};");
                    else sb.Append(Escape(c, byName: true));
                }
                return PyTuple.Create(sb.ToPyStr(), PyInt.Create(end));
            }
            case "backslashreplace":
            {
                var sb = new PyStrBuilder();
                if (decode)
                {
                    var data = IoSupport.BytesOf(ts, exc.Object!);
                    if (data is null) return null;
                    for (int i = start; i < end && i < data.Length; i++) sb.Append($"\\x{data[i]:x2}");
                }
                else
                {
                    var s = (PyStr)exc.Object!;
                    for (int i = start; i < end && i < s.Length; i++) sb.Append(Escape(s[i], byName: false));
                }
                return PyTuple.Create(sb.ToPyStr(), PyInt.Create(end));
            }
            case "surrogateescape":
            {
                if (decode)
                {
                    var data = IoSupport.BytesOf(ts, exc.Object!);
                    if (data is null) return null;
                    var sb = new PyStrBuilder();
                    int i = start;
                    for (; i < end && i < data.Length && i < start + 4; i++)
                    {
                        if (data[i] < 128) break;
                        sb.AppendCodePoint(0xDC00 + data[i]);
                    }
                    if (i == start) { ts.SetError(exc); return null; }
                    return PyTuple.Create(sb.ToPyStr(), PyInt.Create(i));
                }
                if (encode)
                {
                    var s = (PyStr)exc.Object!;
                    var bytes = new byte[end - start];
                    for (int i = start; i < end; i++)
                    {
                        int c = s[i];
                        if (c is < 0xDC80 or > 0xDCFF) { ts.SetError(exc); return null; }
                        bytes[i - start] = (byte)(c - 0xDC00);
                    }
                    return PyTuple.Create(PyBytes.Create(bytes), PyInt.Create(end));
                }
                return ts.TypeError($"don't know how to handle {excObj.Type.Name} in error callback");
            }
            case "surrogatepass":
            {
                string enc = exc.Encoding is PyStr es ? es.ToString() : "";
                string norm = CodecRegistry.Normalize(enc).Replace("_", "-");
                if (encode)
                {
                    var s = (PyStr)exc.Object!;
                    var output = new List<byte>();
                    for (int i = start; i < end; i++)
                    {
                        int c = s[i];
                        if (c is < 0xD800 or > 0xDFFF) { ts.SetError(exc); return null; }
                        switch (norm)
                        {
                            case "utf-8" or "utf8":
                                output.Add((byte)(0xE0 | c >> 12)); output.Add((byte)(0x80 | c >> 6 & 0x3F)); output.Add((byte)(0x80 | c & 0x3F));
                                break;
                            case "utf-16-le" or "utf-16": output.Add((byte)c); output.Add((byte)(c >> 8)); break;
                            case "utf-16-be": output.Add((byte)(c >> 8)); output.Add((byte)c); break;
                            case "utf-32-le" or "utf-32": output.Add((byte)c); output.Add((byte)(c >> 8)); output.Add(0); output.Add(0); break;
                            case "utf-32-be": output.Add(0); output.Add(0); output.Add((byte)(c >> 8)); output.Add((byte)c); break;
                            default: ts.SetError(exc); return null;
                        }
                    }
                    return PyTuple.Create(PyBytes.Create(output.ToArray()), PyInt.Create(end));
                }
                if (decode)
                {
                    var data = IoSupport.BytesOf(ts, exc.Object!);
                    if (data is null) return null;
                    int c = -1, len = 0;
                    if (norm is "utf-8" or "utf8" && start + 3 <= data.Length && (data[start] & 0xF0) == 0xE0 && (data[start + 1] & 0xC0) == 0x80 && (data[start + 2] & 0xC0) == 0x80)
                    { c = (data[start] & 0x0F) << 12 | (data[start + 1] & 0x3F) << 6 | data[start + 2] & 0x3F; len = 3; }
                    else if (norm is "utf-16-le" or "utf-16" && start + 2 <= data.Length) { c = data[start] | data[start + 1] << 8; len = 2; }
                    else if (norm == "utf-16-be" && start + 2 <= data.Length) { c = data[start] << 8 | data[start + 1]; len = 2; }
                    else if (norm is "utf-32-le" or "utf-32" && start + 4 <= data.Length) { c = data[start] | data[start + 1] << 8 | data[start + 2] << 16 | data[start + 3] << 24; len = 4; }
                    else if (norm == "utf-32-be" && start + 4 <= data.Length) { c = data[start] << 24 | data[start + 1] << 16 | data[start + 2] << 8 | data[start + 3]; len = 4; }
                    if (c is < 0xD800 or > 0xDFFF) { ts.SetError(exc); return null; }
                    return PyTuple.Create(PyStr.FromCodePoint(c), PyInt.Create(start + len));
                }
                return ts.TypeError($"don't know how to handle {excObj.Type.Name} in error callback");
            }
        }
        _ = translate;
        return ts.TypeError($"don't know how to handle {excObj.Type.Name} in error callback");
    }

    public static string Escape(int c, bool byName)
    {
        if (byName && Kaa.Syntax.Text.UnicodeNames.Name(c) is { } name) return $"\\N{{{name}}}";
        if (c < 0x100) return $"\\x{c:x2}";
        if (c < 0x10000) return $"\\u{c:x4}";
        return $"\\U{c:x8}";
    }

    /// <summary>Calls a registered handler for an encoding error at [start, end): the replacement (str or
    /// bytes) and the position to continue from. False with an error.</summary>
    public static bool CallEncodeHandler(ThreadState ts, PyObject handler, string encoding, PyStr s, int start, int end, string reason,
        out PyObject replacement, out int newPos)
    {
        replacement = PyStr.Empty;
        newPos = end;
        var exc = Protocols.Call(ts, PyExc.UnicodeEncodeError,
            [PyStr.Create(encoding), s, PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)], null);
        if (exc is null) return false;
        var r = Protocols.Call1(ts, handler, exc);
        if (r is null) return false;
        if (r is not PyTuple { Length: 2 } t || (t.Items[0] is not PyStr && t.Items[0] is not PyBytes) || t.Items[1] is not PyInt)
        {
            ts.TypeError("encoding error handler must return (str/bytes, int) tuple");
            return false;
        }
        replacement = t.Items[0];
        return Position(ts, t.Items[1], s.Length, out newPos);
    }

    /// <summary>As <see cref="CallEncodeHandler"/> for decoding: the replacement text.</summary>
    public static bool CallDecodeHandler(ThreadState ts, PyObject handler, string encoding, ReadOnlySpan<byte> data, int start, int end,
        string reason, out PyStr replacement, out int newPos)
    {
        replacement = PyStr.Empty;
        newPos = end;
        var exc = Protocols.Call(ts, PyExc.UnicodeDecodeError,
            [PyStr.Create(encoding), PyBytes.Create(data.ToArray()), PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)], null);
        if (exc is null) return false;
        var r = Protocols.Call1(ts, handler, exc);
        if (r is null) return false;
        if (r is not PyTuple { Length: 2 } t || t.Items[0] is not PyStr rs || t.Items[1] is not PyInt)
        {
            ts.TypeError("decoding error handler must return (str, int) tuple");
            return false;
        }
        replacement = rs;
        return Position(ts, t.Items[1], data.Length, out newPos);
    }

    private static bool Position(ThreadState ts, PyObject posObj, int length, out int newPos)
    {
        newPos = 0;
        if (!Protocols.AsIndex(ts, posObj, out long pos, PyExc.OverflowError)) return false;
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length)
        {
            ts.Raise(PyExc.IndexError, $"position {pos} from error handler out of bounds");
            return false;
        }
        newPos = (int)pos;
        return true;
    }
}
