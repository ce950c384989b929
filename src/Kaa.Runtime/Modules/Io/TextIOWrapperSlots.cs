using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The methods of <c>_io.TextIOWrapper</c>: construction and reconfigure (codec and newline
/// modes), read/readline/write, tell/seek cookies, close/detach, and the attributes.</summary>
internal static class TextIOWrapperSlots
{
    private static readonly ArgSpec s_init = new("TextIOWrapper", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_reconfigure = new("reconfigure", ["encoding", "errors", "newline", "line_buffering", "write_through"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec s_read = new("read", ["size"], required: 0);
    private static readonly ArgSpec s_readline = new("readline", ["size"], required: 0);
    private static readonly ArgSpec s_seek = new("seek", ["cookie", "whence"], required: 1);
    private static readonly ArgSpec s_truncate = new("truncate", ["pos"], required: 0);

    /// <summary>The locale's encoding (Kaa runs as CPython under a UTF-8 locale).</summary>
    internal const string LocaleEncoding = "UTF-8";

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyTextIOWrapper(t);
        type.Init = Init;
        type.Repr = Repr;
        type.IterNext = IterNext;
        type.AddMethod("write", static (ts, self, arg) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            if (arg is not PyStr s) return ts.TypeError($"write() argument must be str, not {arg.Type.Name}");
            long n = w.Write(ts, s);
            return n < 0 ? null : PyInt.Create(n);
        });
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            var a = new ArgBuffer();
            if (!s_read.Parse(ts, args, kw, a)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long n)) return null;
            if (!w.CheckClosed(ts)) return null;
            return w.Read(ts, n);
        });
        type.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            var a = new ArgBuffer();
            if (!s_readline.Parse(ts, args, kw, a)) return null;
            long limit = -1;
            if (a[0] is { } s && s is not PyNone && !Protocols.AsIndex(ts, s, out limit, PyExc.OverflowError)) return null;
            if (!w.CheckClosed(ts)) return null;
            return w.ReadLine(ts, limit);
        });
        type.AddMethod("flush", static (ts, self) => ((PyTextIOWrapper)self).Flush(ts));
        type.AddMethod("close", Close);
        type.AddMethod("detach", static (ts, self) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            if (Protocols.CallMethod(ts, self, "flush", []) is null) return null;
            var buffer = w.Buffer!;
            w.Buffer = null;
            w.FastBuffer = null;
            w.Detached = true;
            w.Initialized = false;
            return buffer;
        });
        type.AddMethod("fileno", static (ts, self) => Attached(ts, self) is { } w ? Protocols.CallMethod(ts, w.Buffer!, "fileno", []) : null);
        type.AddMethod("isatty", static (ts, self) => Attached(ts, self) is { } w ? Protocols.CallMethod(ts, w.Buffer!, "isatty", []) : null);
        type.AddMethod("seekable", static (ts, self) => Attached(ts, self) is { } w ? Protocols.CallMethod(ts, w.Buffer!, "seekable", []) : null);
        type.AddMethod("readable", static (ts, self) => Attached(ts, self) is { } w ? Protocols.CallMethod(ts, w.Buffer!, "readable", []) : null);
        type.AddMethod("writable", static (ts, self) => Attached(ts, self) is { } w ? Protocols.CallMethod(ts, w.Buffer!, "writable", []) : null);
        type.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            var a = new ArgBuffer();
            if (!s_truncate.Parse(ts, args, kw, a)) return null;
            if (Protocols.CallMethod(ts, self, "flush", []) is null) return null;
            return Protocols.CallMethod(ts, w.Buffer!, "truncate", [a[0] ?? PyNone.Instance]);
        });
        type.AddMethod("tell", static (ts, self) => Attached(ts, self) is { } w ? Tell(ts, w) : null);
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            var a = new ArgBuffer();
            if (!s_seek.Parse(ts, args, kw, a)) return null;
            long whence = 0;
            if (a[1] is { } wh && !Protocols.AsIndex(ts, wh, out whence, PyExc.OverflowError)) return null;
            return Seek(ts, w, a[0]!, whence);
        });
        type.AddMethod("reconfigure", Reconfigure);
        type.AddGetSet("name", static (ts, self) => Attached(ts, self) is { } w ? Protocols.GetAttr(ts, w.Buffer!, PyStr.Intern("name")) : null);
        type.AddGetSet("closed", static (ts, self) => Attached(ts, self) is { } w ? Protocols.GetAttr(ts, w.Buffer!, IoSupport.Closed) : null);
        type.AddGetSet("newlines", static (ts, self) =>
        {
            var w = Attached(ts, self);
            if (w is null) return null;
            return w.NewlineDecoder?.Newlines ?? PyNone.Instance;
        });
        type.AddGetSet("errors", static (ts, self) => ((PyTextIOWrapper)self).ErrorsObject);
        type.AddGetSet("encoding", static (ts, self) => PyStr.Create(((PyTextIOWrapper)self).EncodingName));
        type.AddGetSet("buffer", static (ts, self) => ((PyTextIOWrapper)self).Buffer ?? PyNone.Instance);
        type.AddGetSet("line_buffering", static (ts, self) => PyBool.From(((PyTextIOWrapper)self).LineBuffering));
        type.AddGetSet("write_through", static (ts, self) => PyBool.From(((PyTextIOWrapper)self).WriteThrough));
        type.AddGetSet("_finalizing", static (ts, self) => PyBool.From(((PyTextIOWrapper)self).Finalizing));
        type.AddGetSet("_CHUNK_SIZE", static (ts, self) => Attached(ts, self) is { } w ? PyInt.Create(w.ChunkSize) : null,
            static (ts, self, value) =>
            {
                var w = (PyTextIOWrapper)self;
                if (!w.CheckAttached(ts)) return -1;
                if (value is null) { ts.AttributeError("cannot delete attribute"); return -1; }
                if (!Protocols.AsIndex(ts, value, out long n, PyExc.OverflowError)) return -1;
                if (n <= 0) { ts.ValueError("a strictly positive integer is required"); return -1; }
                w.ChunkSize = (int)Math.Min(n, int.MaxValue);
                return 0;
            });
    }

    private static PyTextIOWrapper? Attached(ThreadState ts, PyObject self)
    {
        var w = (PyTextIOWrapper)self;
        return w.CheckAttached(ts) ? w : null;
    }

    private static bool ValidNewline(ThreadState ts, PyObject? newline, string function)
    {
        if (newline is null || newline is PyNone) return true;
        if (newline is not PyStr s)
        {
            ts.TypeError($"{function}() argument 'newline' must be str or None, not {newline.Type.Name}");
            return false;
        }
        string v = s.ToString();
        if (v is "" or "\n" or "\r" or "\r\n") return true;
        ts.ValueError($"illegal newline value: {v}");
        return false;
    }

    private static void SetNewline(PyTextIOWrapper w, PyObject newline)
    {
        w.NewlineArg = newline;
        string? nl = newline is PyStr s ? s.ToString() : null;
        w.ReadUniversal = nl is null or "";
        w.ReadTranslate = nl is null;
        w.ReadNewline = nl;
        w.WriteTranslate = nl != "";
        w.WriteNewline = !w.ReadUniversal && nl is not null && nl != "\n" ? nl : null;
    }

    /// <summary>Finds the codec and makes the encoder/decoder the buffer needs; false with LookupError.</summary>
    private static bool SetupCodec(ThreadState ts, PyTextIOWrapper w, string encoding, string errors)
    {
        w.Encoder = null;
        w.Decoder = null;
        w.NewlineDecoder = null;
        w.FastUtf8 = false;
        var readable = Protocols.CallMethod(ts, w.Buffer!, "readable", []);
        if (readable is null) return false;
        var writable = Protocols.CallMethod(ts, w.Buffer!, "writable", []);
        if (writable is null) return false;
        int r = Protocols.IsTrue(ts, readable), wr = Protocols.IsTrue(ts, writable);
        if (r < 0 || wr < 0) return false;
        var builtin = UnicodeCodecs.Lookup(encoding);
        if (builtin is { } codec)
        {
            if (r == 1) w.Decoder = new BuiltinTextDecoder(codec, errors);
            if (wr == 1)
            {
                w.Encoder = new BuiltinTextEncoder(codec, errors);
                w.FastUtf8 = codec == UnicodeCodecs.Codec.Utf8;
            }
        }
        else
        {
            var info = CodecRegistry.LookupTextEncoding(ts, encoding, "codecs.open()");
            if (info is null) return false;
            if (r == 1)
            {
                var make = Protocols.GetAttr(ts, info, PyStr.Intern("incrementaldecoder"));
                var dec = make is null ? null : Protocols.Call1(ts, make, PyStr.Create(errors));
                if (dec is null) return false;
                w.Decoder = new PythonTextDecoder(dec);
            }
            if (wr == 1)
            {
                var make = Protocols.GetAttr(ts, info, PyStr.Intern("incrementalencoder"));
                var enc = make is null ? null : Protocols.Call1(ts, make, PyStr.Create(errors));
                if (enc is null) return false;
                w.Encoder = new PythonTextEncoder(enc);
            }
        }
        if (w.Decoder is not null && w.ReadUniversal) w.NewlineDecoder = new NewlineDecoding(w.Decoder, w.ReadTranslate);
        return true;
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var w = (PyTextIOWrapper)self;
        w.Initialized = false;
        w.Detached = false;
        var a = new ArgBuffer();
        if (!s_init.Parse(ts, args, kw, a)) return -1;
        var buffer = a[0]!;
        PyObject? encodingArg = a[1] is PyNone ? null : a[1];
        PyObject? errorsArg = a[2] is PyNone ? null : a[2];
        if (encodingArg is not null && encodingArg is not PyStr)
        {
            ts.TypeError($"TextIOWrapper() argument 'encoding' must be str or None, not {encodingArg.Type.Name}");
            return -1;
        }
        if (errorsArg is not null && errorsArg is not PyStr)
        {
            ts.TypeError($"TextIOWrapper() argument 'errors' must be str or None, not {errorsArg.Type.Name}");
            return -1;
        }
        var newline = a[3] ?? PyNone.Instance;
        if (!ValidNewline(ts, newline, "TextIOWrapper")) return -1;
        int lineBuffering = 0, writeThrough = 0;
        if (a[4] is { } lb && (lineBuffering = Protocols.IsTrue(ts, lb)) < 0) return -1;
        if (a[5] is { } wt && (writeThrough = Protocols.IsTrue(ts, wt)) < 0) return -1;
        string encoding = encodingArg is PyStr es ? es.ToString() : LocaleEncoding;
        if (encoding == "locale") encoding = LocaleEncoding;
        w.EncodingName = encoding;
        w.ErrorsObject = errorsArg ?? PyStr.Intern("strict");
        w.Errors = w.ErrorsObject.ToString()!;
        w.Buffer = buffer;
        w.FastBuffer = buffer is PyBuffered pb && (buffer.Type == IoTypes.BufferedReader || buffer.Type == IoTypes.BufferedWriter || buffer.Type == IoTypes.BufferedRandom) ? pb : null;
        SetNewline(w, newline);
        w.LineBuffering = lineBuffering == 1;
        w.WriteThrough = writeThrough == 1;
        w.ChunkSize = 8192;
        w.DecodedChars = null;
        w.DecodedUsed = 0;
        w.SnapshotInput = null;
        w.PendingLen = 0;
        if (!SetupCodec(ts, w, encoding, w.Errors)) return -1;
        var read1 = Protocols.LookupAttr(ts, buffer, PyStr.Intern("read1"));
        if (read1 is null && ts.HasError) return -1;
        w.HasRead1 = read1 is not null;
        var seekable = Protocols.CallMethod(ts, buffer, "seekable", []);
        if (seekable is null) return -1;
        int sk = Protocols.IsTrue(ts, seekable);
        if (sk < 0) return -1;
        w.Seekable = w.Telling = sk == 1;
        w.Initialized = true;
        if (w.Encoder is not null) ts.Interp.GetModuleState<OpenFiles>().Add(w);
        if (w.Seekable && w.Encoder is not null && !AtStartOfStream(ts, w)) return -1;
        return 0;
    }

    /// <summary>Opening in the middle of a stream must not write a byte order mark.</summary>
    private static bool AtStartOfStream(ThreadState ts, PyTextIOWrapper w)
    {
        var pos = Protocols.CallMethod(ts, w.Buffer!, "tell", []);
        if (pos is null) return false;
        if (pos is PyInt { Sign: 0 }) return true;
        return w.Encoder!.SetStateZero(ts);
    }

    private static PyObject? Reconfigure(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var w = (PyTextIOWrapper)self;
        var a = new ArgBuffer();
        if (!s_reconfigure.Parse(ts, args, kw, a)) return null;
        PyObject? encodingArg = a[0] is PyNone ? null : a[0];
        PyObject? errorsArg = a[1] is PyNone ? null : a[1];
        if (encodingArg is not null && encodingArg is not PyStr)
            return ts.TypeError($"reconfigure() argument 'encoding' must be str or None, not {encodingArg.Type.Name}");
        if (errorsArg is not null && errorsArg is not PyStr)
            return ts.TypeError($"reconfigure() argument 'errors' must be str or None, not {errorsArg.Type.Name}");
        var newline = a[2];
        if (newline is not null && !ValidNewline(ts, newline, "reconfigure")) return null;
        if (!w.CheckAttached(ts)) return null;
        if (w.DecodedChars is not null && (encodingArg is not null || errorsArg is not null || newline is not null))
            return IoSupport.Unsupported(ts, "It is not possible to set the encoding or newline of stream after the first read");
        int lineBuffering = -1, writeThrough = -1;
        if (a[3] is { } lb && lb is not PyNone && (lineBuffering = Protocols.IsTrue(ts, lb)) < 0) return null;
        if (a[4] is { } wt && wt is not PyNone && (writeThrough = Protocols.IsTrue(ts, wt)) < 0) return null;
        if (Protocols.CallMethod(ts, self, "flush", []) is null) return null;
        if (newline is not null) SetNewline(w, newline);
        if (encodingArg is not null || errorsArg is not null || newline is not null)
        {
            string encoding = w.EncodingName;
            if (encodingArg is PyStr es)
            {
                encoding = es.ToString();
                if (encoding == "locale") encoding = LocaleEncoding;
                if (errorsArg is null) errorsArg = PyStr.Intern("strict");
            }
            if (errorsArg is not null)
            {
                w.ErrorsObject = errorsArg;
                w.Errors = errorsArg.ToString()!;
            }
            if (!SetupCodec(ts, w, encoding, w.Errors)) return null;
            w.EncodingName = encoding;
            if (w.Seekable && w.Encoder is not null && !AtStartOfStream(ts, w)) return null;
        }
        if (lineBuffering >= 0) w.LineBuffering = lineBuffering == 1;
        if (writeThrough >= 0) w.WriteThrough = writeThrough == 1;
        return PyNone.Instance;
    }

    private static PyObject? IterNext(ThreadState ts, PyObject self)
    {
        var w = Attached(ts, self);
        if (w is null) return null;
        w.Telling = false;
        PyObject? line;
        if (self.Type == IoTypes.TextIOWrapper)
        {
            if (!w.CheckClosed(ts)) return null;
            line = w.ReadLine(ts, -1);
        }
        else
        {
            line = Protocols.CallMethod(ts, self, "readline", []);
            if (line is not null && line is not PyStr)
                return ts.Raise(PyExc.OSError, $"readline() should have returned a str object, not '{line.Type.Name}'");
        }
        if (line is null) return null;
        if (((PyStr)line).Length == 0)
        {
            w.SnapshotInput = null;
            w.Telling = w.Seekable;
            return null;
        }
        return line;
    }

    private static PyObject? Close(ThreadState ts, PyObject self)
    {
        var w = Attached(ts, self);
        if (w is null) return null;
        int closed = IoSupport.IsClosed(ts, self);
        if (closed < 0) return null;
        if (closed == 1) return PyNone.Instance;
        var flushed = Protocols.CallMethod(ts, self, "flush", []);
        var flushError = flushed is null ? ts.FetchError() : null;
        var r = Protocols.CallMethod(ts, w.Buffer!, "close", []);
        if (r is null)
        {
            IoSupport.ChainErrors(ts, flushError);
            return null;
        }
        if (flushError is not null) { ts.SetError(flushError); return null; }
        return PyNone.Instance;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var w = (PyTextIOWrapper)self;
        string typeName = self.Type.Name;
        if (!w.Initialized && !w.Detached) return PyStr.Create($"<{typeName}>");
        if (ts.ReprEnter(self)) return ts.RuntimeError($"reentrant call inside {typeName}.__repr__");
        try
        {
            var sb = new PyStrBuilder().Append("<" + typeName);
            foreach (var attr in new[] { "name", "mode" })
            {
                var v = Protocols.LookupAttr(ts, self, PyStr.Intern(attr));
                if (v is null)
                {
                    if (ts.HasError)
                    {
                        if (!ts.ErrorMatches(PyExc.ValueError)) return null;
                        ts.ClearError();
                    }
                    continue;
                }
                var r = Protocols.Repr(ts, v);
                if (r is null) return null;
                sb.Append($" {attr}=").Append((PyStr)r);
            }
            var enc = Protocols.Repr(ts, PyStr.Create(w.EncodingName));
            if (enc is null) return null;
            sb.Append(" encoding=").Append((PyStr)enc).Append(">");
            return sb.ToPyStr();
        }
        finally
        {
            ts.ReprLeave(self);
        }
    }

    // ---- tell / seek ----------------------------------------------------------------------------------

    private static PyObject? Tell(ThreadState ts, PyTextIOWrapper w)
    {
        if (!w.CheckClosed(ts)) return null;
        if (!w.Seekable) return IoSupport.Unsupported(ts, "underlying stream is not seekable");
        if (!w.Telling) return ts.Raise(PyExc.OSError, "telling position disabled by next() call");
        if (w.Flush(ts) is null) return null;
        var posObj = Protocols.CallMethod(ts, w.Buffer!, "tell", []);
        if (posObj is null) return null;
        if (w.Decoder is null || w.SnapshotInput is null) return posObj;
        if (!IoSupport.Size(ts, posObj, out long position)) return null;
        long decFlags = w.SnapshotFlags;
        var nextInput = w.SnapshotInput;
        long startPos = position - nextInput.Length;
        long charsToSkip = w.DecodedUsed;
        if (charsToSkip == 0) return PyInt.Create(PyTextIOWrapper.BuildCookie(startPos, decFlags, 0, 0, false));

        if (!w.DecoderGetState(ts, out var savedPending, out long savedFlags)) return null;
        var result = Reconstruct(ts, w, nextInput, startPos, decFlags, charsToSkip);
        var error = result is null ? ts.FetchError() : null;
        bool restored = w.DecoderSetState(ts, savedPending, savedFlags);
        if (error is not null) { ts.SetError(error); return null; }
        return restored ? result : null;
    }

    /// <summary>Finds the nearest point before the current position where the decoder holds nothing, and how
    /// many bytes and characters lead from there to the position (the _pyio algorithm).</summary>
    private static PyObject? Reconstruct(ThreadState ts, PyTextIOWrapper w, byte[] nextInput, long position, long decFlags, long charsToSkip)
    {
        // Fast search: guess the byte offset from the chunk's bytes-per-character ratio, then correct.
        double ratio = w.DecodedChars is { Length: > 0 } d ? (double)nextInput.Length / d.Length : 0;
        long skipBytes = (long)(ratio * charsToSkip);
        long skipBack = 1;
        if (skipBytes > nextInput.Length) skipBytes = nextInput.Length;
        while (true)
        {
            if (skipBytes <= 0)
            {
                skipBytes = 0;
                if (!w.DecoderSetState(ts, [], decFlags)) return null;
                break;
            }
            if (!w.DecoderSetState(ts, [], decFlags)) return null;
            var part = Decode(ts, w, nextInput.AsSpan(0, (int)skipBytes), false);
            if (part is null) return null;
            if (part.Length <= charsToSkip)
            {
                if (!w.DecoderGetState(ts, out var b, out long dflags)) return null;
                if (b.Length == 0)
                {
                    decFlags = dflags;
                    charsToSkip -= part.Length;
                    break;
                }
                skipBytes -= b.Length;
                skipBack = 1;
            }
            else
            {
                skipBytes -= skipBack;
                skipBack *= 2;
            }
        }
        long startPos = position + skipBytes;
        long startFlags = decFlags;
        if (charsToSkip == 0) return PyInt.Create(PyTextIOWrapper.BuildCookie(startPos, startFlags, 0, 0, false));
        long bytesFed = 0, charsDecoded = 0;
        bool needEof = false, enough = false;
        for (long i = skipBytes; i < nextInput.Length; i++)
        {
            bytesFed++;
            var part = Decode(ts, w, nextInput.AsSpan((int)i, 1), false);
            if (part is null) return null;
            charsDecoded += part.Length;
            if (!w.DecoderGetState(ts, out var b, out long dflags)) return null;
            if (b.Length == 0 && charsDecoded <= charsToSkip)
            {
                startPos += bytesFed;
                charsToSkip -= charsDecoded;
                startFlags = dflags;
                bytesFed = 0;
                charsDecoded = 0;
            }
            if (charsDecoded >= charsToSkip) { enough = true; break; }
        }
        if (!enough)
        {
            var tail = Decode(ts, w, [], true);
            if (tail is null) return null;
            charsDecoded += tail.Length;
            needEof = true;
            if (charsDecoded < charsToSkip) return ts.Raise(PyExc.OSError, "can't reconstruct logical file position");
        }
        return PyInt.Create(PyTextIOWrapper.BuildCookie(startPos, startFlags, bytesFed, charsToSkip, needEof));
    }

    private static PyStr? Decode(ThreadState ts, PyTextIOWrapper w, ReadOnlySpan<byte> input, bool final) =>
        w.NewlineDecoder is not null ? w.NewlineDecoder.Decode(ts, input, final) : w.Decoder!.Decode(ts, input, final);

    private static PyObject? Seek(ThreadState ts, PyTextIOWrapper w, PyObject cookieObj, long whence)
    {
        if (!w.CheckClosed(ts)) return null;
        if (!w.Seekable) return IoSupport.Unsupported(ts, "underlying stream is not seekable");
        var zero = PyInt.Create(0);
        switch (whence)
        {
            case 1:
            {
                int eq = Protocols.RichCompareBool(ts, cookieObj, zero, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq == 0) return IoSupport.Unsupported(ts, "can't do nonzero cur-relative seeks");
                cookieObj = Protocols.CallMethod(ts, w, "tell", []) ?? null!;
                if (cookieObj is null) return null;
                break;
            }
            case 2:
            {
                int eq = Protocols.RichCompareBool(ts, cookieObj, zero, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq == 0) return IoSupport.Unsupported(ts, "can't do nonzero end-relative seeks");
                if (Protocols.CallMethod(ts, w, "flush", []) is null) return null;
                w.DecodedChars = null;
                w.DecodedUsed = 0;
                w.SnapshotInput = null;
                if (w.Decoder is not null && !w.ResetDecoder(ts)) return null;
                var res = Protocols.CallMethod(ts, w.Buffer!, "seek", [zero, PyInt.Create(2)]);
                if (res is null) return null;
                if (w.Encoder is not null)
                {
                    bool ok = res is PyInt { Sign: 0 } ? w.Encoder.Reset(ts) : w.Encoder.SetStateZero(ts);
                    if (!ok) return null;
                }
                return res;
            }
            case 0:
                break;
            default:
                return ts.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        int neg = Protocols.RichCompareBool(ts, cookieObj, zero, CompareOp.Lt);
        if (neg < 0) return null;
        if (neg == 1)
        {
            var r = Protocols.Repr(ts, cookieObj);
            return r is null ? null : ts.ValueError($"negative seek position {r}");
        }
        if (Protocols.CallMethod(ts, w, "flush", []) is null) return null;
        BigInteger cookie;
        if (cookieObj is PyInt ci) cookie = ci.Value;
        else if (cookieObj is PyFloat cf) cookie = new BigInteger(Math.Truncate(cf.Value));
        else
        {
            var idx = Protocols.Index(ts, cookieObj);
            if (idx is null) return null;
            cookie = idx.Value;
        }
        PyTextIOWrapper.ParseCookie(cookie, out long startPos, out long decFlags, out long bytesToFeed, out long charsToSkip, out bool needEof);
        if (Protocols.CallMethod(ts, w.Buffer!, "seek", [PyInt.Create(startPos)]) is null) return null;
        w.DecodedChars = null;
        w.DecodedUsed = 0;
        w.SnapshotInput = null;
        if (w.Decoder is not null)
        {
            bool ok = cookie.IsZero ? w.ResetDecoder(ts) : w.DecoderSetState(ts, [], decFlags);
            if (!ok) return null;
            w.SnapshotFlags = decFlags;
            w.SnapshotInput = [];
        }
        if (charsToSkip > 0)
        {
            var chunk = Protocols.CallMethod(ts, w.Buffer!, "read", [PyInt.Create(bytesToFeed)]);
            if (chunk is null) return null;
            var input = chunk is PyBytes cb ? cb.Value : IoSupport.BytesOf(ts, chunk);
            if (input is null) return null;
            var decoded = Decode(ts, w, input, needEof);
            if (decoded is null) return null;
            w.DecodedChars = decoded;
            w.SnapshotFlags = decFlags;
            w.SnapshotInput = input;
            if (decoded.Length < charsToSkip) return ts.Raise(PyExc.OSError, "can't restore logical file position");
            w.DecodedUsed = (int)charsToSkip;
        }
        if (w.Encoder is not null)
        {
            bool ok = cookie.IsZero ? w.Encoder.Reset(ts) : w.Encoder.SetStateZero(ts);
            if (!ok) return null;
        }
        return cookieObj;
    }
}
