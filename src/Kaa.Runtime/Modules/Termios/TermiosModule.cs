using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The termios module's per-interpreter state: its error class.</summary>
internal sealed class TermiosState
{
    public PyType? Error;
}

/// <summary>glibc's struct termios on Linux (NCCS = 32).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TermiosNative
{
    public uint IFlag, OFlag, CFlag, LFlag;
    public byte Line;
    public fixed byte Cc[32];
    public uint ISpeed, OSpeed;
}

/// <summary>struct winsize (TIOCGWINSZ / TIOCSWINSZ).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WinSizeNative
{
    public ushort Row, Col, XPixel, YPixel;
}

/// <summary>
/// The <c>termios</c> module (CPython's Modules/termios.c) over libc: tty attributes as the 7-item list
/// tcgetattr returns, the other tc* calls, the window size, and the Linux constants (generated from the
/// oracle by tools/gen_os_constants.py into TermiosConstants.cs). tty, pty and getpass build on it.
/// </summary>
internal static unsafe partial class TermiosModule
{
    private const int Nccs = 32, Icanon = 2, Vmin = 6, Vtime = 5;
    private const ulong Tiocgwinsz = 0x5413, Tiocswinsz = 0x5414;

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)] private static partial int TcGetAttr(int fd, TermiosNative* t);
    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)] private static partial int TcSetAttr(int fd, int when, TermiosNative* t);
    [LibraryImport("libc", EntryPoint = "cfgetispeed")] private static partial uint CfGetISpeed(TermiosNative* t);
    [LibraryImport("libc", EntryPoint = "cfgetospeed")] private static partial uint CfGetOSpeed(TermiosNative* t);
    [LibraryImport("libc", EntryPoint = "cfsetispeed", SetLastError = true)] private static partial int CfSetISpeed(TermiosNative* t, uint speed);
    [LibraryImport("libc", EntryPoint = "cfsetospeed", SetLastError = true)] private static partial int CfSetOSpeed(TermiosNative* t, uint speed);
    [LibraryImport("libc", EntryPoint = "tcsendbreak", SetLastError = true)] private static partial int TcSendBreak(int fd, int duration);
    [LibraryImport("libc", EntryPoint = "tcdrain", SetLastError = true)] private static partial int TcDrain(int fd);
    [LibraryImport("libc", EntryPoint = "tcflush", SetLastError = true)] private static partial int TcFlush(int fd, int queue);
    [LibraryImport("libc", EntryPoint = "tcflow", SetLastError = true)] private static partial int TcFlow(int fd, int action);

    private const string Doc = "This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("termios", Doc);
        var error = ExceptionClass.Create(ts, "termios.error", PyExc.Exception);
        if (error is null) return null;
        ts.Interp.GetModuleState<TermiosState>().Error = error;
        m.Set("error", error);
        foreach (var (name, value) in TermiosConstants.All) m.Set(name, PyInt.Create(value));
        m.AddFunction(new MethodDef("tcgetattr", static (ts, self, args, kw) =>
            FdArgs(ts, "tcgetattr", args, kw, 1, out int fd, out _) ? GetAttr(ts, fd) : null,
            "Get the tty attributes for file descriptor fd.\n\nReturns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\nwhere cc is a list of the tty special characters (each a string of\nlength 1, except the items with indices VMIN and VTIME, which are\nintegers when these fields are defined).  The interpretation of the\nflags and the speeds as well as the indexing in the cc array must be\ndone using the symbolic constants defined in this module."));
        m.AddFunction(new MethodDef("tcsetattr", static (ts, self, args, kw) =>
            FdArgs(ts, "tcsetattr", args, kw, 3, out int fd, out int when) ? SetAttr(ts, fd, when, args[2]) : null,
            "Set the tty attributes for file descriptor fd.\n\nThe attributes to be set are taken from the attributes argument, which\nis a list like the one returned by tcgetattr(). The when argument\ndetermines when the attributes are changed: termios.TCSANOW to\nchange immediately, termios.TCSADRAIN to change after transmitting all\nqueued output, or termios.TCSAFLUSH to change after transmitting all\nqueued output and discarding all queued input."));
        m.AddFunction(new MethodDef("tcsendbreak", static (ts, self, args, kw) =>
            FdArgs(ts, "tcsendbreak", args, kw, 2, out int fd, out int duration) ? Result(ts, TcSendBreak(fd, duration)) : null,
            "Send a break on file descriptor fd.\n\nA zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\nhas a system dependent meaning."));
        m.AddFunction(new MethodDef("tcdrain", static (ts, self, args, kw) =>
            FdArgs(ts, "tcdrain", args, kw, 1, out int fd, out _) ? Result(ts, TcDrain(fd)) : null,
            "Wait until all output written to file descriptor fd has been transmitted."));
        m.AddFunction(new MethodDef("tcflush", static (ts, self, args, kw) =>
            FdArgs(ts, "tcflush", args, kw, 2, out int fd, out int queue) ? Result(ts, TcFlush(fd, queue)) : null,
            "Discard queued data on file descriptor fd.\n\nThe queue selector specifies which queue: termios.TCIFLUSH for the input\nqueue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\nboth queues."));
        m.AddFunction(new MethodDef("tcflow", static (ts, self, args, kw) =>
            FdArgs(ts, "tcflow", args, kw, 2, out int fd, out int action) ? Result(ts, TcFlow(fd, action)) : null,
            "Suspend or resume input or output on file descriptor fd.\n\nThe action argument can be termios.TCOOFF to suspend output,\ntermios.TCOON to restart output, termios.TCIOFF to suspend input,\nor termios.TCION to restart input."));
        m.AddFunction(new MethodDef("tcgetwinsize", static (ts, self, args, kw) =>
            FdArgs(ts, "tcgetwinsize", args, kw, 1, out int fd, out _) ? GetWinSize(ts, fd) : null,
            "Get the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col)."));
        m.AddFunction(new MethodDef("tcsetwinsize", static (ts, self, args, kw) =>
            FdArgs(ts, "tcsetwinsize", args, kw, 2, out int fd, out _, intSecond: false) ? SetWinSize(ts, fd, args[1]) : null,
            "Set the tty winsize for file descriptor fd.\n\nThe winsize to be set is taken from the winsize argument, which\nis a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize()."));
        return m;
    }

    /// <summary>The clinic checks shared by every function: positional only, the count, a file descriptor
    /// first (an int or an object with fileno()), and a C int second when <paramref name="intSecond"/>.</summary>
    private static bool FdArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int count,
        out int fd, out int second, bool intSecond = true)
    {
        fd = -1;
        second = 0;
        if (kw is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, $"termios.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length != count)
        {
            ts.SetError(PyExc.TypeError, count == 1
                ? $"termios.{name}() takes exactly one argument ({args.Length} given)"
                : $"{name} expected {count} arguments, got {args.Length}");
            return false;
        }
        if (!PosixModule.AsFileDescriptor(ts, args[0], out fd)) return false;
        return count < 2 || !intSecond || ZlibModule.CInt(ts, args[1], 0, out second);
    }

    /// <summary>PyErr_SetFromErrno(termios.error): error(errno, strerror).</summary>
    private static PyObject? RaiseErrno(ThreadState ts)
    {
        int errno = Libc.Errno;
        ts.SetError(ts.Interp.GetModuleState<TermiosState>().Error!, PyTuple.Create(PyInt.Create(errno), PyStr.Create(Libc.StrError(errno))));
        return null;
    }

    private static PyObject? Result(ThreadState ts, int r) => r == -1 ? RaiseErrno(ts) : PyNone.Instance;

    private static PyObject? GetAttr(ThreadState ts, int fd)
    {
        TermiosNative mode;
        if (TcGetAttr(fd, &mode) == -1) return RaiseErrno(ts);
        var cc = new PyObject[Nccs];
        for (int i = 0; i < Nccs; i++) cc[i] = PyBytes.Create([mode.Cc[i]]);
        // In noncanonical mode VMIN and VTIME are counts, not characters.
        if ((mode.LFlag & Icanon) == 0)
        {
            cc[Vmin] = PyInt.Create(mode.Cc[Vmin]);
            cc[Vtime] = PyInt.Create(mode.Cc[Vtime]);
        }
        return PyList.FromArray(
        [
            PyInt.Create(mode.IFlag), PyInt.Create(mode.OFlag), PyInt.Create(mode.CFlag), PyInt.Create(mode.LFlag),
            PyInt.Create(CfGetISpeed(&mode)), PyInt.Create(CfGetOSpeed(&mode)), PyList.FromArray(cc),
        ]);
    }

    private static PyObject? SetAttr(ThreadState ts, int fd, int when, PyObject term)
    {
        if (term is not PyList list || list.Count != 7) return ts.TypeError("tcsetattr, arg 3: must be 7 element list");
        TermiosNative mode;
        // Read first: the fields the list does not carry keep their values.
        if (TcGetAttr(fd, &mode) == -1) return RaiseErrno(ts);
        var values = new long[6];
        for (int i = 0; i < 6; i++)
            if (!Protocols.AsIndex(ts, list[i], out values[i], PyExc.OverflowError)) return null;
        mode.IFlag = (uint)values[0];
        mode.OFlag = (uint)values[1];
        mode.CFlag = (uint)values[2];
        mode.LFlag = (uint)values[3];
        if (list[6] is not PyList cc || cc.Count != Nccs) return ts.TypeError($"tcsetattr: attributes[6] must be {Nccs} element list");
        for (int i = 0; i < Nccs; i++)
        {
            var v = cc[i];
            if (v is PyBytes b && b.Value.Length == 1) mode.Cc[i] = b.Value[0];
            else if (v is PyInt)
            {
                if (!Protocols.AsIndex(ts, v, out long c, PyExc.OverflowError)) return null;
                mode.Cc[i] = (byte)c;
            }
            else return ts.TypeError("tcsetattr: elements of attributes must be characters or integers");
        }
        if (CfSetISpeed(&mode, (uint)values[4]) == -1 || CfSetOSpeed(&mode, (uint)values[5]) == -1) return RaiseErrno(ts);
        return Result(ts, TcSetAttr(fd, when, &mode));
    }

    private static PyObject? GetWinSize(ThreadState ts, int fd)
    {
        WinSizeNative w;
        if (Libc.ioctl(fd, Tiocgwinsz, &w) == -1) return RaiseErrno(ts);
        return PyTuple.Create(PyInt.Create(w.Row), PyInt.Create(w.Col));
    }

    private static PyObject? SetWinSize(ThreadState ts, int fd, PyObject size)
    {
        bool isSequence = size.Type.GetItem is not null && size is not PyDict;
        long length = isSequence ? Protocols.Length(ts, size) : -1;
        if (length != 2)
        {
            ts.ClearError();
            return ts.TypeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        var rows = Protocols.GetItem(ts, size, PyInt.Create(0));
        if (rows is null || !Protocols.AsIndex(ts, rows, out long row, PyExc.OverflowError)) return null;
        var cols = Protocols.GetItem(ts, size, PyInt.Create(1));
        if (cols is null || !Protocols.AsIndex(ts, cols, out long col, PyExc.OverflowError)) return null;
        WinSizeNative w;
        if (Libc.ioctl(fd, Tiocgwinsz, &w) == -1) return RaiseErrno(ts);
        if (row is < 0 or > ushort.MaxValue || col is < 0 or > ushort.MaxValue)
            return ts.OverflowError("winsize value(s) out of range.");
        w.Row = (ushort)row;
        w.Col = (ushort)col;
        return Result(ts, Libc.ioctl(fd, Tiocswinsz, &w));
    }
}
