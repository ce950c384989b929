namespace Kaa.Runtime;

/// <summary>
/// The <c>_codecs</c> module (Modules/_codecsmodule.c): the codec registry and the encode/decode functions
/// the <c>encodings</c> package builds its codecs from. Each encoder returns (bytes, characters consumed),
/// each decoder (str, bytes consumed); decoders with <c>final=False</c> leave an incomplete sequence at the
/// end unconsumed.
/// </summary>
internal static class CodecsModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_codecs", null);
        m.AddFunction("register", static (ts, self, fn) =>
        {
            if (fn.Type.Call is null) return ts.TypeError("argument must be callable");
            CodecRegistry.Of(ts).SearchFunctions.Add(fn);
            return PyNone.Instance;
        });
        m.AddFunction("unregister", static (ts, self, fn) =>
        {
            var reg = CodecRegistry.Of(ts);
            int i = reg.SearchFunctions.FindIndex(f => ReferenceEquals(f, fn));
            if (i >= 0)
            {
                reg.SearchFunctions.RemoveAt(i);
                reg.Cache.Clear();
            }
            return PyNone.Instance;
        });
        m.AddFunction("lookup", static (ts, self, enc) =>
        {
            if (enc is not PyStr s) return ts.TypeError($"lookup() argument must be str, not {enc.Type.Name}");
            return CodecRegistry.Lookup(ts, s.ToString());
        });
        m.AddFunction("lookup_error", static (ts, self, name) =>
        {
            if (name is not PyStr s) return ts.TypeError($"lookup_error() argument must be str, not {name.Type.Name}");
            return CodecErrors.Lookup(ts, s.ToString());
        });
        m.AddFunction("register_error", static (ts, self, args, kw) =>
        {
            if (!BuiltinsModuleFactory.NoKeywords(ts, "register_error", kw)) return null;
            if (args.Length != 2) return ts.TypeError($"register_error expected 2 arguments, got {args.Length}");
            if (args[0] is not PyStr name) return ts.TypeError($"register_error() argument 1 must be str, not {args[0].Type.Name}");
            if (args[1].Type.Call is null) return ts.TypeError("handler must be callable");
            var reg = CodecRegistry.Of(ts);
            CodecErrors.EnsureBuiltins(reg);
            reg.ErrorHandlers.SetStr(PyStr.Create(name.ToString()), args[1]);
            return PyNone.Instance;
        });
        m.AddFunction("encode", static (ts, self, args, kw) => Convert(ts, args, kw, s_encode, 0));
        m.AddFunction("decode", static (ts, self, args, kw) => Convert(ts, args, kw, s_decode, 1));

        AddEncoder(m, "utf_8_encode", UnicodeCodecs.Codec.Utf8);
        AddEncoder(m, "latin_1_encode", UnicodeCodecs.Codec.Latin1);
        AddEncoder(m, "ascii_encode", UnicodeCodecs.Codec.Ascii);
        AddEncoder(m, "utf_16_le_encode", UnicodeCodecs.Codec.Utf16LE);
        AddEncoder(m, "utf_16_be_encode", UnicodeCodecs.Codec.Utf16BE);
        AddEncoder(m, "utf_32_le_encode", UnicodeCodecs.Codec.Utf32LE);
        AddEncoder(m, "utf_32_be_encode", UnicodeCodecs.Codec.Utf32BE);
        AddOrderedEncoder(m, "utf_16_encode", UnicodeCodecs.Codec.Utf16, UnicodeCodecs.Codec.Utf16LE, UnicodeCodecs.Codec.Utf16BE);
        AddOrderedEncoder(m, "utf_32_encode", UnicodeCodecs.Codec.Utf32, UnicodeCodecs.Codec.Utf32LE, UnicodeCodecs.Codec.Utf32BE);

        AddDecoder(m, "utf_8_decode", UnicodeCodecs.Codec.Utf8, hasFinal: true);
        AddDecoder(m, "latin_1_decode", UnicodeCodecs.Codec.Latin1, hasFinal: false);
        AddDecoder(m, "ascii_decode", UnicodeCodecs.Codec.Ascii, hasFinal: false);
        AddDecoder(m, "utf_16_le_decode", UnicodeCodecs.Codec.Utf16LE, hasFinal: true);
        AddDecoder(m, "utf_16_be_decode", UnicodeCodecs.Codec.Utf16BE, hasFinal: true);
        AddDecoder(m, "utf_32_le_decode", UnicodeCodecs.Codec.Utf32LE, hasFinal: true);
        AddDecoder(m, "utf_32_be_decode", UnicodeCodecs.Codec.Utf32BE, hasFinal: true);
        AddDecoder(m, "utf_16_decode", UnicodeCodecs.Codec.Utf16, hasFinal: true);
        AddDecoder(m, "utf_32_decode", UnicodeCodecs.Codec.Utf32, hasFinal: true);
        AddExDecoder(m, "utf_16_ex_decode", 2);
        AddExDecoder(m, "utf_32_ex_decode", 4);

        CharmapCodec.Install(m);
        EscapeCodecs.Install(m);
        Utf7Codec.Install(m);
        m.AddFunction("readbuffer_encode", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "readbuffer_encode", args, kw, 1, 2)) return null;
            byte[]? data = args[0] is PyStr s ? UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict") : IoSupport.BytesOf(ts, args[0]);
            if (data is null) return null;
            if (args.Length > 1 && !ErrorsArg(ts, "readbuffer_encode", args[1], 2, out _)) return null;
            return PyTuple.Create(PyBytes.Create(data), PyInt.Create(data.Length));
        });
        return m;
    }

    private static readonly ArgSpec s_encode = new("encode", ["obj", "encoding", "errors"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_decode = new("decode", ["obj", "encoding", "errors"], required: 1, positionalOnly: 0);

    /// <summary>codecs.encode/decode: any codec, any object types; the result must be (object, int).</summary>
    private static PyObject? Convert(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, int index)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        string encoding = "utf-8";
        if (a[1] is { } e)
        {
            if (e is not PyStr es) return ts.TypeError($"{spec.FunctionName}() argument 'encoding' must be str, not {e.Type.Name}");
            encoding = es.ToString();
        }
        PyObject errors = PyStr.Intern("strict");
        if (a[2] is { } er)
        {
            if (er is not PyStr) return ts.TypeError($"{spec.FunctionName}() argument 'errors' must be str, not {er.Type.Name}");
            errors = er;
        }
        var info = CodecRegistry.Lookup(ts, encoding);
        if (info is null) return null;
        var fn = Protocols.GetItem(ts, info, PyInt.Create(index));
        if (fn is null) return null;
        var r = Protocols.Call2(ts, fn, a[0]!, errors);
        if (r is null) return null;
        if (r is not PyTuple { Length: 2 } t)
            return ts.TypeError(index == 0 ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object, integer)");
        return t.Items[0];
    }

    // ---- argument helpers ------------------------------------------------------------------------------

    internal static bool Positional(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is { Length: > 0 }) { ts.TypeError($"{name}() takes no keyword arguments"); return false; }
        if (args.Length >= min && args.Length <= max) return true;
        if (args.Length < min)
            ts.TypeError(min == max ? $"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {args.Length}"
                : $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        else ts.TypeError($"{name} expected at most {max} arguments, got {args.Length}");
        return false;
    }

    /// <summary>The optional errors argument: None or str.</summary>
    internal static bool ErrorsArg(ThreadState ts, string name, PyObject? arg, int position, out string? errors)
    {
        errors = null;
        if (arg is null || arg is PyNone) return true;
        if (arg is PyStr s) { errors = s.ToString(); return true; }
        ts.TypeError($"{name}() argument {position} must be str or None, not {arg.Type.Name}");
        return false;
    }

    internal static bool StrArg(ThreadState ts, string name, PyObject arg, out PyStr s)
    {
        if (arg is PyStr str) { s = str; return true; }
        s = PyStr.Empty;
        ts.TypeError($"{name}() argument 1 must be str, not {arg.Type.Name}");
        return false;
    }

    internal static bool FinalArg(ThreadState ts, PyObject? arg, bool dflt, out bool final)
    {
        final = dflt;
        if (arg is null) return true;
        int t = Protocols.IsTrue(ts, arg);
        if (t < 0) return false;
        final = t == 1;
        return true;
    }

    private static void AddEncoder(PyModule m, string name, UnicodeCodecs.Codec codec)
    {
        m.AddFunction(new MethodDef(name, (ts, self, args, kw) =>
        {
            if (!Positional(ts, name, args, kw, 1, 2)) return null;
            if (!StrArg(ts, name, args[0], out var s)) return null;
            if (!ErrorsArg(ts, name, args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            var bytes = UnicodeCodecs.Encode(ts, s, codec, errors);
            return bytes is null ? null : PyTuple.Create(PyBytes.Create(bytes), PyInt.Create(s.Length));
        }));
    }

    private static void AddOrderedEncoder(PyModule m, string name, UnicodeCodecs.Codec withBom, UnicodeCodecs.Codec little, UnicodeCodecs.Codec big)
    {
        m.AddFunction(new MethodDef(name, (ts, self, args, kw) =>
        {
            if (!Positional(ts, name, args, kw, 1, 3)) return null;
            if (!StrArg(ts, name, args[0], out var s)) return null;
            if (!ErrorsArg(ts, name, args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            long order = 0;
            if (args.Length > 2 && !Protocols.AsIndex(ts, args[2], out order, PyExc.OverflowError)) return null;
            var codec = order == 0 ? withBom : order < 0 ? little : big;
            var bytes = UnicodeCodecs.Encode(ts, s, codec, errors);
            return bytes is null ? null : PyTuple.Create(PyBytes.Create(bytes), PyInt.Create(s.Length));
        }));
    }

    private static void AddDecoder(PyModule m, string name, UnicodeCodecs.Codec codec, bool hasFinal)
    {
        m.AddFunction(new MethodDef(name, (ts, self, args, kw) =>
        {
            if (!Positional(ts, name, args, kw, 1, hasFinal ? 3 : 2)) return null;
            if (!ErrorsArg(ts, name, args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            if (!FinalArg(ts, args.Length > 2 ? args[2] : null, !hasFinal, out bool final)) return null;
            if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
            try
            {
                var data = view.Span;
                int consumed = final ? data.Length : data.Length - UnicodeCodecs.IncompleteTail(codec, data);
                var s = UnicodeCodecs.Decode(ts, data[..consumed], codec, errors);
                return s is null ? null : PyTuple.Create(s, PyInt.Create(consumed));
            }
            finally
            {
                Protocols.ReleaseBuffer(ref view);
            }
        }));
    }

    /// <summary>utf_16_ex_decode/utf_32_ex_decode: (str, consumed, byteorder) where byteorder says what a BOM chose.</summary>
    private static void AddExDecoder(PyModule m, string name, int unit)
    {
        m.AddFunction(new MethodDef(name, (ts, self, args, kw) =>
        {
            if (!Positional(ts, name, args, kw, 1, 4)) return null;
            if (!ErrorsArg(ts, name, args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            long order = 0;
            if (args.Length > 2 && !Protocols.AsIndex(ts, args[2], out order, PyExc.OverflowError)) return null;
            if (!FinalArg(ts, args.Length > 3 ? args[3] : null, false, out bool final)) return null;
            if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
            try
            {
                var data = view.Span;
                int skip = 0;
                if (order == 0 && data.Length >= unit)
                {
                    if (unit == 2 && data[0] == 0xFF && data[1] == 0xFE) { order = -1; skip = 2; }
                    else if (unit == 2 && data[0] == 0xFE && data[1] == 0xFF) { order = 1; skip = 2; }
                    else if (unit == 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { order = -1; skip = 4; }
                    else if (unit == 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { order = 1; skip = 4; }
                }
                var codec = unit == 2 ? (order > 0 ? UnicodeCodecs.Codec.Utf16BE : UnicodeCodecs.Codec.Utf16LE)
                    : (order > 0 ? UnicodeCodecs.Codec.Utf32BE : UnicodeCodecs.Codec.Utf32LE);
                var body = data[skip..];
                int consumed = final ? body.Length : body.Length - UnicodeCodecs.IncompleteTail(codec, body);
                var s = UnicodeCodecs.Decode(ts, body[..consumed], codec, errors);
                return s is null ? null : PyTuple.Create([s, PyInt.Create(consumed + skip), PyInt.Create(order)]);
            }
            finally
            {
                Protocols.ReleaseBuffer(ref view);
            }
        }));
    }
}
