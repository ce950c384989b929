using System.Runtime.InteropServices;
using System.Text;

namespace Kaa.Runtime;

/// <summary>syslog's per-interpreter state: the ident string handed to openlog(3), which keeps the
/// pointer, so the memory lives until closelog or the next openlog.</summary>
internal sealed class SyslogState
{
    public nint Ident;
    public bool Opened;
}

/// <summary><c>syslog</c> (Modules/syslogmodule.c) over libc's openlog/syslog/closelog/setlogmask.</summary>
internal static unsafe partial class SyslogModule
{
    private static readonly (string Name, int Value)[] Constants =
    [
        ("LOG_ALERT", 1), ("LOG_AUTH", 32), ("LOG_AUTHPRIV", 80), ("LOG_CONS", 2), ("LOG_CRIT", 2), ("LOG_CRON", 72),
        ("LOG_DAEMON", 24), ("LOG_DEBUG", 7), ("LOG_EMERG", 0), ("LOG_ERR", 3), ("LOG_INFO", 6), ("LOG_KERN", 0),
        ("LOG_LOCAL0", 128), ("LOG_LOCAL1", 136), ("LOG_LOCAL2", 144), ("LOG_LOCAL3", 152), ("LOG_LOCAL4", 160),
        ("LOG_LOCAL5", 168), ("LOG_LOCAL6", 176), ("LOG_LOCAL7", 184), ("LOG_LPR", 48), ("LOG_MAIL", 16),
        ("LOG_NDELAY", 8), ("LOG_NEWS", 56), ("LOG_NOTICE", 5), ("LOG_NOWAIT", 16), ("LOG_ODELAY", 4),
        ("LOG_PERROR", 32), ("LOG_PID", 1), ("LOG_SYSLOG", 40), ("LOG_USER", 8), ("LOG_UUCP", 64), ("LOG_WARNING", 4),
    ];

    private static readonly ArgSpec OpenlogSpec = new("openlog", ["ident", "logoption", "facility"], required: 0, positionalOnly: 0);

    [LibraryImport("libc")] private static partial void openlog(byte* ident, int option, int facility);
    [LibraryImport("libc", EntryPoint = "syslog")] private static partial void syslog_str(int priority, byte* format, byte* message);
    [LibraryImport("libc")] private static partial void closelog();
    [LibraryImport("libc")] private static partial int setlogmask(int mask);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("syslog", null);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Create(value));
        m.AddFunction("openlog", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!OpenlogSpec.Parse(ts, args, kw, a)) return null;
            string? ident = null;
            if (a[0] is { } i && i is not PyNone)
            {
                if (i is not PyStr s) return ts.TypeError($"openlog() argument 1 must be str, not {i.Type.Name}");
                ident = s.ToString();
            }
            int option = 0, facility = 8;
            if (a[1] is { } o && !PosixArgs.CInt(ts, o, out option)) return null;
            if (a[2] is { } f && !PosixArgs.CInt(ts, f, out facility)) return null;
            Open(ts, ident, option, facility);
            return PyNone.Instance;
        }, "Set logging options of subsequent syslog() calls.");
        m.AddFunction("syslog", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("syslog() takes no keyword arguments");
            int priority = 6; // LOG_INFO
            PyObject? message = args.Length == 1 ? args[0] : args.Length == 2 ? args[1] : null;
            if (message is not PyStr text || (args.Length == 2 && args[0] is not PyInt))
                return ts.TypeError("[priority,] message string");
            if (args.Length == 2 && !PosixArgs.CInt(ts, args[0], out priority)) return null;
            var state = ts.Interp.GetModuleState<SyslogState>();
            if (!state.Opened)
            {
                // As CPython: the first syslog() without openlog() names the program from sys.argv[0].
                string? ident = null;
                if (Protocols.GetAttr(ts, ts.Interp.Sys, PyStr.Intern("argv")) is PyList { Count: > 0 } argv && argv[0] is PyStr a0)
                    ident = Path.GetFileName(a0.ToString());
                ts.ClearError();
                Open(ts, ident, 0, 8);
            }
            var bytes = Encoding.UTF8.GetBytes(text.ToString() + "\0");
            fixed (byte* fmt = "%s\0"u8)
            fixed (byte* p = bytes)
                using (ts.ReleaseGil()) syslog_str(priority, fmt, p);
            return PyNone.Instance;
        }, "syslog([priority=LOG_INFO,] message)\nSend the string message to the system logger.");
        m.AddFunction("closelog", static (ts, self) =>
        {
            var state = ts.Interp.GetModuleState<SyslogState>();
            if (state.Opened)
            {
                closelog();
                state.Opened = false;
                if (state.Ident != 0) { Marshal.FreeCoTaskMem(state.Ident); state.Ident = 0; }
            }
            return PyNone.Instance;
        }, "Reset the syslog module values and call the system library closelog().");
        m.AddFunction("setlogmask", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int mask)) return null;
            return PyInt.Create(setlogmask(mask));
        }, "Set the priority mask to maskpri and return the previous mask value.");
        m.AddFunction("LOG_MASK", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pri)) return null;
            return PyInt.Create(1L << pri);
        }, "Calculates the mask for the individual priority pri.");
        m.AddFunction("LOG_UPTO", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pri)) return null;
            return PyInt.Create((1L << (pri + 1)) - 1);
        }, "Calculates the mask for all priorities up to and including pri.");
        return m;
    }

    private static void Open(ThreadState ts, string? ident, int option, int facility)
    {
        var state = ts.Interp.GetModuleState<SyslogState>();
        nint old = state.Ident;
        state.Ident = ident is null ? 0 : Marshal.StringToCoTaskMemUTF8(ident);
        openlog((byte*)state.Ident, option, facility);
        state.Opened = true;
        if (old != 0) Marshal.FreeCoTaskMem(old);
    }
}
