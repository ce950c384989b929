namespace Kaa.Runtime;

/// <summary>
/// The <c>_io</c> module (Modules/_io/_iomodule.c): the I/O class hierarchy, <c>open()</c>,
/// <c>open_code()</c> and <c>text_encoding()</c>. io.py re-exports it and registers the ABCs.
/// </summary>
internal static class IoModule
{
    private static readonly ArgSpec s_open = new("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_openCode = new("open_code", ["path"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_textEncoding = new("text_encoding", ["encoding", "stacklevel"], required: 1);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_io", "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n\nAt the top of the I/O hierarchy is the abstract base class IOBase. It\ndefines the basic interface to a stream. Note, however, that there is no\nseparation between reading and writing to streams; implementations are\nallowed to raise an OSError if they do not support a given operation.\n\nExtending IOBase is RawIOBase which deals simply with the reading and\nwriting of raw bytes to a stream. FileIO subclasses RawIOBase to provide\nan interface to OS files.\n\nBufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\nsubclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\nstreams that are readable, writable, and both respectively.\nBufferedRandom provides a buffered interface to random access\nstreams. BytesIO is a simple stream of in-memory bytes.\n\nAnother IOBase subclass, TextIOBase, deals with the encoding and decoding\nof streams into text. TextIOWrapper, which extends it, is a buffered text\ninterface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\nis an in-memory stream for text.\n\nArgument names are not part of the specification, and only the arguments\nof open() are intended to be used as keyword arguments.\n\ndata:\n\nDEFAULT_BUFFER_SIZE\n\n   An int containing the default buffer size used by the module's buffered\n   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n   possible.\n");
        m.Set("DEFAULT_BUFFER_SIZE", PyInt.Create(IoSupport.DefaultBufferSize));
        var state = ts.Interp.GetModuleState<IoState>();
        if (state.UnsupportedOperation is null)
        {
            // A class of the interpreter (io.py sets its __module__), as PyErr_NewException makes it.
            var ns = new PyDict();
            ns.SetStr("__module__", PyStr.Intern("io"));
            var type = Protocols.Call(ts, BuiltinTypes.Type,
                [PyStr.Intern("UnsupportedOperation"), PyTuple.Create(PyExc.OSError, PyExc.ValueError), ns], null);
            if (type is null) return null;
            state.UnsupportedOperation = (PyType)type;
        }
        m.Set("UnsupportedOperation", state.UnsupportedOperation);
        m.Set("BlockingIOError", PyExc.BlockingIOError);
        m.Set("_IOBase", IoTypes.IOBase);
        m.Set("_RawIOBase", IoTypes.RawIOBase);
        m.Set("_BufferedIOBase", IoTypes.BufferedIOBase);
        m.Set("_TextIOBase", IoTypes.TextIOBase);
        m.Set("FileIO", IoTypes.FileIO);
        m.Set("BytesIO", IoTypes.BytesIO);
        m.Set("StringIO", IoTypes.StringIO);
        m.Set("BufferedReader", IoTypes.BufferedReader);
        m.Set("BufferedWriter", IoTypes.BufferedWriter);
        m.Set("BufferedRandom", IoTypes.BufferedRandom);
        m.Set("BufferedRWPair", IoTypes.BufferedRWPair);
        m.Set("TextIOWrapper", IoTypes.TextIOWrapper);
        m.Set("IncrementalNewlineDecoder", IoTypes.IncrementalNewlineDecoder);
        // CPython's _io functions say __module__ == "io" (its module def is named "io"): pickle finds open there.
        m.AddFunction(new MethodDef("open", Open) { ModuleName = "io" });
        m.AddFunction(new MethodDef("open_code", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_openCode.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr path) return ts.TypeError($"open_code() argument 'path' must be str, not {a[0]!.Type.Name}");
            return OpenFile(ts, path, "rb", -1, null, null, null, true, null);
        }) { ModuleName = "io" });
        m.AddFunction(new MethodDef("text_encoding", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_textEncoding.Parse(ts, args, kw, a)) return null;
            if (a[1] is { } level && !Protocols.AsIndex(ts, level, out _, PyExc.OverflowError)) return null;
            return a[0] is PyNone ? PyStr.Intern("locale") : a[0];
        }) { ModuleName = "io" });
        return m;
    }

    private static PyObject? Open(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_open.Parse(ts, args, kw, a)) return null;
        string mode = "r";
        if (a[1] is { } m)
        {
            if (m is not PyStr ms) return ts.TypeError($"open() argument 'mode' must be str, not {m.Type.Name}");
            mode = ms.ToString();
        }
        long buffering = -1;
        if (a[2] is { } b)
        {
            if (b is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, b, out buffering, PyExc.OverflowError)) return null;
        }
        PyStr? encoding = null, errors = null, newline = null;
        if (a[3] is { } e && e is not PyNone)
        {
            if (e is not PyStr es) return ts.TypeError($"open() argument 'encoding' must be str or None, not {e.Type.Name}");
            encoding = es;
        }
        if (a[4] is { } er && er is not PyNone)
        {
            if (er is not PyStr ers) return ts.TypeError($"open() argument 'errors' must be str or None, not {er.Type.Name}");
            errors = ers;
        }
        if (a[5] is { } nl && nl is not PyNone)
        {
            if (nl is not PyStr nls) return ts.TypeError($"open() argument 'newline' must be str or None, not {nl.Type.Name}");
            newline = nls;
        }
        bool closefd = true;
        if (a[6] is { } cf)
        {
            int t = Protocols.IsTrue(ts, cf);
            if (t < 0) return null;
            closefd = t == 1;
        }
        var opener = a[7] is null || a[7] is PyNone ? null : a[7];
        return OpenFile(ts, a[0]!, mode, buffering, encoding, errors, newline, closefd, opener);
    }

    /// <summary>_io.open: the raw FileIO, a buffer over it, and a TextIOWrapper over that in text mode.</summary>
    internal static PyObject? OpenFile(ThreadState ts, PyObject file, string mode, long buffering, PyStr? encoding, PyStr? errors,
        PyStr? newline, bool closefd, PyObject? opener)
    {
        // A path-like object reaches FileIO as its os.fspath (str or bytes): that is the file's name and
        // the file name of an OSError, as in CPython.
        bool isNumber = file is PyInt or PyFloat or PyComplex || file.Type.Index is not null || file.Type.Int is not null || file.Type.Float is not null;
        if (!isNumber)
        {
            var path = PosixModule.FsPath(ts, file);
            if (path is null) return null;
            file = path;
        }
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        var seen = new HashSet<char>();
        foreach (char c in mode)
        {
            if ("xrwa+tb".IndexOf(c) < 0 || !seen.Add(c)) return ts.ValueError($"invalid mode: '{mode}'");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        string rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "") + (updating ? "+" : "");
        if (text && binary) return ts.ValueError("can't have text and binary mode at once");
        // No mode letter at all is left to FileIO, which words it differently.
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            return ts.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && encoding is not null) return ts.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null) return ts.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null) return ts.ValueError("binary mode doesn't take a newline argument");

        var raw = new PyFileIO(IoTypes.FileIO);
        if (!FileIOSlots.Open(ts, raw, file, rawMode, closefd, opener)) return null;
        var result = Wrap(ts, raw, mode, buffering, binary, updating, creating || writing || appending, encoding, errors, newline);
        if (result is null)
        {
            var error = ts.FetchError();
            Protocols.CallMethod(ts, raw, "close", []);
            ts.ClearError();
            if (error is not null) ts.SetError(error);
        }
        return result;
    }

    private static PyObject? Wrap(ThreadState ts, PyFileIO raw, string mode, long buffering, bool binary, bool updating, bool writing,
        PyStr? encoding, PyStr? errors, PyStr? newline)
    {
        bool lineBuffering = false;
        bool isatty = raw.HostOut is null && raw.HostIn is null && IoLibc.IsATty(raw.Fd) == 1;
        if (buffering == 1 || (buffering < 0 && isatty))
        {
            buffering = -1;
            lineBuffering = true;
        }
        if (buffering < 0) buffering = raw.BlkSize > 1 ? raw.BlkSize : IoSupport.DefaultBufferSize;
        if (buffering == 0)
        {
            if (binary) return raw;
            return ts.ValueError("can't have unbuffered text I/O");
        }
        var type = updating ? IoTypes.BufferedRandom : writing ? IoTypes.BufferedWriter : IoTypes.BufferedReader;
        var buffer = Protocols.Call(ts, type, [raw, PyInt.Create(buffering)], null);
        if (buffer is null) return null;
        if (binary) return buffer;
        var wrapper = Protocols.Call(ts, IoTypes.TextIOWrapper,
            [buffer, (PyObject?)encoding ?? PyNone.Instance, (PyObject?)errors ?? PyNone.Instance, (PyObject?)newline ?? PyNone.Instance, PyBool.From(lineBuffering)], null);
        if (wrapper is null) return null;
        if (Protocols.SetAttr(ts, wrapper, PyStr.Intern("mode"), PyStr.Create(mode)) < 0) return null;
        return wrapper;
    }
}

/// <summary>Per-interpreter state of <c>_io</c>.</summary>
internal sealed class IoState
{
    /// <summary><c>io.UnsupportedOperation</c> (a heap type: io.py assigns its <c>__module__</c>).</summary>
    public PyType? UnsupportedOperation;
}
