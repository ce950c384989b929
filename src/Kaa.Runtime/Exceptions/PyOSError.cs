using System.Collections.Frozen;

namespace Kaa.Runtime;

/// <summary>
/// OSError and its subclasses: <c>errno</c>, <c>strerror</c>, <c>filename</c>, <c>filename2</c>, and
/// BlockingIOError's <c>characters_written</c> (<c>winerror</c> exists only on Windows). Constructing
/// <c>OSError(errno, msg)</c> picks the subclass for the errno (ENOENT → FileNotFoundError, ...). Arguments
/// are parsed in __new__, or in __init__ when a Python subclass overrides __init__ but not __new__.
/// </summary>
public sealed class PyOSError : PyBaseException
{
    public PyObject? Errno, StrError, Filename, Filename2;
    /// <summary>characters_written; -1 when not set.</summary>
    public long Written = -1;

    public PyOSError(PyType type, PyTuple args) : base(type, args) { }

    internal static readonly NewFunc OSErrorNew = static (ts, type, args, kw) =>
    {
        var positional = ExceptionSlots.Positional(args, kw);
        if (UsesInit(type))
            return ExceptionSlots.Allocate(type, PyTuple.Empty);
        if (!ExceptionSlots.NoKeywords(ts, type, kw)) return null;
        ParseArgs(positional, out var errno, out var strerror, out var filename, out var filename2);
        if (type == PyExc.OSError && errno is PyInt code && code.TryGetLong(out long n) && ErrnoMap.ByErrno.TryGetValue(n, out var sub))
            type = sub;
        var e = (PyOSError)ExceptionSlots.Allocate(type, positional);
        return e.Initialize(ts, positional, errno, strerror, filename, filename2) ? e : null;
    };

    internal static readonly InitFunc OSErrorInit = static (ts, self, args, kw) =>
    {
        if (!UsesInit(self.Type)) return 0; // everything was done by __new__
        if (!ExceptionSlots.NoKeywords(ts, self.Type, kw)) return -1;
        var positional = ExceptionSlots.Positional(args, kw);
        ParseArgs(positional, out var errno, out var strerror, out var filename, out var filename2);
        return ((PyOSError)self).Initialize(ts, positional, errno, strerror, filename, filename2) ? 0 : -1;
    };

    /// <summary>A Python subclass that defines __init__ but inherits __new__ parses its arguments in __init__
    /// (so extra constructor arguments reach its own __init__ untouched).</summary>
    private static bool UsesInit(PyType type) => type.Init != OSErrorInit && type.New == OSErrorNew;

    /// <summary>(errno, strerror[, filename[, winerror[, filename2]]]) when there are 2 to 5 arguments.</summary>
    private static void ParseArgs(PyTuple args, out PyObject? errno, out PyObject? strerror, out PyObject? filename, out PyObject? filename2)
    {
        errno = strerror = filename = filename2 = null;
        int n = args.Length;
        if (n < 2 || n > 5) return;
        errno = args.Items[0];
        strerror = args.Items[1];
        if (n > 2) filename = args.Items[2];
        if (n > 4) filename2 = args.Items[4];
    }

    private bool Initialize(ThreadState ts, PyTuple args, PyObject? errno, PyObject? strerror, PyObject? filename, PyObject? filename2)
    {
        if (filename is not null && filename is not PyNone)
        {
            if (Type == PyExc.BlockingIOError && IsNumber(filename))
            {
                // BlockingIOError's third argument can be the number of characters written.
                if (!Protocols.AsIndex(ts, filename, out long written, PyExc.ValueError)) return false;
                Written = written;
            }
            else
            {
                Filename = filename;
                if (filename2 is not null && filename2 is not PyNone) Filename2 = filename2;
                // The file names are kept out of args (args is (errno, strerror)).
                if (args.Length >= 2 && args.Length <= 5) args = PyTuple.Create(args.Items[0], args.Items[1]);
            }
        }
        Errno = errno;
        StrError = strerror;
        Args = args;
        return true;
    }

    /// <summary>PyNumber_Check: the type converts to a number (int, float, complex or the slots).</summary>
    private static bool IsNumber(PyObject o)
        => o is PyInt or PyFloat or PyComplex || o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null;

    internal static void Install(PyType type)
    {
        type.New = OSErrorNew;
        type.Init = OSErrorInit;
        type.Str = static (ts, self) =>
        {
            var e = (PyOSError)self;
            if (e.Filename is not null)
            {
                var sb = new PyStrBuilder().Append("[Errno ");
                if (!AppendStr(ts, sb, e.Errno ?? PyNone.Instance)) return null;
                sb.Append("] ");
                if (!AppendStr(ts, sb, e.StrError ?? PyNone.Instance)) return null;
                sb.Append(": ");
                if (Protocols.Repr(ts, e.Filename) is not PyStr f) return null;
                sb.Append(f);
                if (e.Filename2 is not null)
                {
                    if (Protocols.Repr(ts, e.Filename2) is not PyStr f2) return null;
                    sb.Append(" -> ").Append(f2);
                }
                return sb.ToPyStr();
            }
            if (e.Errno is not null && e.StrError is not null)
            {
                var sb = new PyStrBuilder().Append("[Errno ");
                if (!AppendStr(ts, sb, e.Errno)) return null;
                sb.Append("] ");
                if (!AppendStr(ts, sb, e.StrError)) return null;
                return sb.ToPyStr();
            }
            return ExceptionSlots.StrOfArgs(ts, e.Args);
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var e = (PyOSError)self;
            var args = e.Args;
            if (args.Length == 2 && e.Filename is not null)
                args = e.Filename2 is not null
                    ? PyTuple.Create([args.Items[0], args.Items[1], e.Filename, PyNone.Instance, e.Filename2])
                    : PyTuple.Create([args.Items[0], args.Items[1], e.Filename]);
            return e.DictIfCreated is { } d ? PyTuple.Create([e.Type, args, d]) : PyTuple.Create(e.Type, args);
        });
        type.AddMember("errno", static (ts, self) => ((PyOSError)self).Errno ?? PyNone.Instance,
            static (ts, self, value) => { ((PyOSError)self).Errno = value; return 0; }, "POSIX exception code");
        type.AddMember("strerror", static (ts, self) => ((PyOSError)self).StrError ?? PyNone.Instance,
            static (ts, self, value) => { ((PyOSError)self).StrError = value; return 0; }, "exception strerror");
        type.AddMember("filename", static (ts, self) => ((PyOSError)self).Filename ?? PyNone.Instance,
            static (ts, self, value) => { ((PyOSError)self).Filename = value; return 0; }, "exception filename");
        type.AddMember("filename2", static (ts, self) => ((PyOSError)self).Filename2 ?? PyNone.Instance,
            static (ts, self, value) => { ((PyOSError)self).Filename2 = value; return 0; }, "second exception filename");
        type.AddGetSet("characters_written", static (ts, self) =>
        {
            var e = (PyOSError)self;
            return e.Written == -1 ? ts.Raise(PyExc.AttributeError, "characters_written") : PyInt.Create(e.Written);
        }, static (ts, self, value) =>
        {
            var e = (PyOSError)self;
            if (value is null)
            {
                if (e.Written == -1) { ts.SetError(PyExc.AttributeError, "characters_written"); return -1; }
                e.Written = -1;
                return 0;
            }
            if (!Protocols.AsIndex(ts, value, out long n, PyExc.ValueError)) return -1;
            e.Written = n;
            return 0;
        });
    }

    private static bool AppendStr(ThreadState ts, PyStrBuilder sb, PyObject o)
    {
        if (Protocols.Str(ts, o) is not PyStr s) return false;
        sb.Append(s);
        return true;
    }

    /// <summary>errno → OSError subclass (Linux values), as CPython's errnomap.</summary>
    private static class ErrnoMap
    {
        internal static readonly FrozenDictionary<long, PyType> ByErrno = new Dictionary<long, PyType>
        {
            [11] = PyExc.BlockingIOError,      // EAGAIN, EWOULDBLOCK
            [114] = PyExc.BlockingIOError,     // EALREADY
            [115] = PyExc.BlockingIOError,     // EINPROGRESS
            [10] = PyExc.ChildProcessError,    // ECHILD
            [32] = PyExc.BrokenPipeError,      // EPIPE
            [108] = PyExc.BrokenPipeError,     // ESHUTDOWN
            [103] = PyExc.ConnectionAbortedError, // ECONNABORTED
            [111] = PyExc.ConnectionRefusedError, // ECONNREFUSED
            [104] = PyExc.ConnectionResetError,   // ECONNRESET
            [17] = PyExc.FileExistsError,      // EEXIST
            [2] = PyExc.FileNotFoundError,     // ENOENT
            [21] = PyExc.IsADirectoryError,    // EISDIR
            [20] = PyExc.NotADirectoryError,   // ENOTDIR
            [4] = PyExc.InterruptedError,      // EINTR
            [13] = PyExc.PermissionError,      // EACCES
            [1] = PyExc.PermissionError,       // EPERM
            [3] = PyExc.ProcessLookupError,    // ESRCH
            [110] = PyExc.TimeoutError,        // ETIMEDOUT
        }.ToFrozenDictionary();
    }
}
