namespace Kaa.Runtime;

/// <summary>
/// <c>sys.stdin</c>, <c>sys.stdout</c> and <c>sys.stderr</c> as CPython's create_stdio makes them: a
/// TextIOWrapper (utf-8; surrogateescape, backslashreplace for stderr; newline "\n") over a buffered stream
/// over FileIO(0/1/2, closefd=False). Unbuffered mode (<c>-u</c>, PYTHONUNBUFFERED) writes stdout and stderr
/// straight to the FileIO with write_through; line buffering on a terminal and always for stderr. An
/// embedding host's .NET streams replace the descriptors.
/// </summary>
internal static class StdStreams
{
    /// <summary>Makes the three streams, <c>_io</c> in sys.modules and <c>builtins.open</c>.</summary>
    public static bool Install(ThreadState ts, Interpreter interp, PyModule sys)
    {
        var io = IoModule.Create(ts);
        if (io is null) return false;
        interp.Modules.SetStr("_io", io);
        if (io.Dict!.GetStr("open") is { } open) interp.Builtins.SetStr("open", open);
        var o = interp.Options;
        bool unbuffered = o.Unbuffered || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"));
        var stdin = Create(ts, 0, "<stdin>", write: false, unbuffered, "surrogateescape", null, o.Stdin);
        var stdout = Create(ts, 1, "<stdout>", write: true, unbuffered, "surrogateescape", o.StdoutStream, null);
        var stderr = Create(ts, 2, "<stderr>", write: true, unbuffered, "backslashreplace", o.StderrStream, null);
        if (stdin is null || stdout is null || stderr is null) return false;
        sys.Set("stdin", stdin);
        sys.Set("stdout", stdout);
        sys.Set("stderr", stderr);
        sys.Set("__stdin__", stdin);
        sys.Set("__stdout__", stdout);
        sys.Set("__stderr__", stderr);
        return true;
    }

    private static PyObject? Create(ThreadState ts, int fd, string name, bool write, bool unbuffered, string errors, Stream? hostOut, TextReader? hostIn)
    {
        PyFileIO raw;
        if (hostOut is not null || hostIn is not null)
        {
            raw = PyFileIO.ForHost(fd, hostOut, hostIn);
            raw.BlkSize = IoSupport.DefaultBufferSize;
        }
        else
        {
            // A closed descriptor gives None, as CPython's is_valid_fd check.
            if (IoLibc.FStat(fd, out _, out _, out _) < 0) return PyNone.Instance;
            raw = new PyFileIO(IoTypes.FileIO);
            if (!FileIOSlots.Open(ts, raw, PyInt.Create(fd), write ? "wb" : "rb", closefd: false, opener: null)) return null;
        }
        if (Protocols.SetAttr(ts, raw, PyStr.Intern("name"), PyStr.Create(name)) < 0) return null;
        PyObject buffer = raw;
        bool buffered = !(unbuffered && write);
        if (buffered)
        {
            var b = new PyBuffered(write ? IoTypes.BufferedWriter : IoTypes.BufferedReader);
            b.Setup(raw, (int)(raw.BlkSize > 1 ? raw.BlkSize : IoSupport.DefaultBufferSize), readable: !write, writable: write);
            buffer = b;
        }
        bool isatty = raw.HostOut is null && raw.HostIn is null && IoLibc.IsATty(fd) == 1;
        bool lineBuffering = !unbuffered && (isatty || fd == 2);
        var stream = Protocols.Call(ts, IoTypes.TextIOWrapper,
            [buffer, PyStr.Intern("utf-8"), PyStr.Intern(errors), PyStr.Intern("\n"), PyBool.From(lineBuffering), PyBool.From(unbuffered)], null);
        if (stream is null) return null;
        if (Protocols.SetAttr(ts, stream, PyStr.Intern("mode"), PyStr.Intern(write ? "w" : "r")) < 0) return null;
        return stream;
    }

    /// <summary>flush_std_files, then every writable file left open (CPython flushes those when it
    /// finalizes them at exit). Errors are ignored.</summary>
    public static void FlushAtExit(ThreadState ts)
    {
        var open = ts.Interp.GetModuleState<OpenFiles>();
        foreach (var w in open.Snapshot())
        {
            if (w is PyTextIOWrapper t && t.Initialized && t.Buffer is not null && t.PendingLen > 0)
            {
                if (t.Flush(ts) is null) ts.ClearError();
            }
        }
        foreach (var w in open.Snapshot())
        {
            if (w is PyBuffered b && b.Initialized && b.WriteLen > 0 && b.RawClosed(ts) == 0)
            {
                if (!b.FlushWrites(ts)) ts.ClearError();
            }
            ts.ClearError();
        }
    }
}

/// <summary>The writable buffered and text streams of an interpreter, held weakly, for the flush at exit.</summary>
internal sealed class OpenFiles
{
    private readonly List<WeakReference<PyIOBase>> _streams = [];

    public void Add(PyIOBase stream)
    {
        lock (_streams)
        {
            if (_streams.Count >= 64 && (_streams.Count & (_streams.Count - 1)) == 0)
                _streams.RemoveAll(w => !w.TryGetTarget(out _));
            _streams.Add(new WeakReference<PyIOBase>(stream));
        }
    }

    public List<PyIOBase> Snapshot()
    {
        var result = new List<PyIOBase>();
        lock (_streams)
        {
            foreach (var w in _streams)
                if (w.TryGetTarget(out var s)) result.Add(s);
        }
        return result;
    }
}
