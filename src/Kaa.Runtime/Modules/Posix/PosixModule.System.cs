namespace Kaa.Runtime;

// posix: the system (uname, configuration values, environment, error strings, load, terminals).
internal static unsafe partial class PosixModule
{
    private static void AddSystemFunctions(PyModule m)
    {
        m.AddFunction("uname", static (ts, self) => Uname(ts));
        m.AddFunction("cpu_count", static (ts, self) =>
        {
            long n = Libc.sysconf(84 /* _SC_NPROCESSORS_ONLN */);
            return n < 1 ? PyNone.Instance : PyInt.Create(n);
        });
        m.AddFunction("sysconf", static (ts, self, arg) =>
        {
            if (!ConfName(ts, arg, PosixConstants.sysconf_names, out int name)) return null;
            Marshal0();
            long r = Libc.sysconf(name);
            if (r == -1 && Libc.Errno != 0) return PosixErrors.FromErrno(ts);
            return PyInt.Create(r);
        });
        m.AddFunction("confstr", static (ts, self, arg) =>
        {
            if (!ConfName(ts, arg, PosixConstants.confstr_names, out int name)) return null;
            return ConfStr(ts, name);
        });
        m.AddFunction("strerror", static (ts, self, arg) =>
            PosixArgs.CInt(ts, arg, out int code) ? PyStr.Create(Libc.StrError(code)) : null);
        m.AddFunction("putenv", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "putenv", args, kw, 2, 2)) return null;
            if (FsConvert(ts, args[0]) is not { } name || FsConvert(ts, args[1]) is not { } value) return null;
            if (name.Length == 1 || Array.IndexOf(name, (byte)'=') >= 0)
                return ts.ValueError("illegal environment variable name");
            return SetEnv(ts, name, value);
        });
        m.AddFunction("unsetenv", static (ts, self, arg) =>
        {
            if (FsConvert(ts, arg) is not { } name) return null;
            if (name.Length == 1 || Array.IndexOf(name, (byte)'=') >= 0)
                return ts.ValueError("illegal environment variable name");
            return UnsetEnv(ts, name);
        });
        m.AddFunction("getlogin", static (ts, self) => GetLogin(ts));
        m.AddFunction("ctermid", static (ts, self) => CtermId(ts));
        m.AddFunction("getloadavg", static (ts, self) => GetLoadAvg(ts));
        m.AddFunction("tcgetpgrp", static (ts, self, arg) =>
        {
            if (!PosixArgs.Fd(ts, arg, out int fd)) return null;
            int r = Libc.tcgetpgrp(fd);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("tcsetpgrp", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "tcsetpgrp", args, kw, 2, 2)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int pgid)) return null;
            return PosixErrors.NoneOrError(ts, Libc.tcsetpgrp(fd, pgid));
        });
    }

    private static unsafe PyObject? Uname(ThreadState ts)
    {
        UtsName u;
        if (Libc.uname(&u) < 0) return PosixErrors.FromErrno(ts);
        return PyStructSequence.Create(PosixResultTypes.UnameResult, PosixResultTypes.UnameLayout,
        [
            FsEncoding.Decode(Libc.CString(u.Sysname)), FsEncoding.Decode(Libc.CString(u.Nodename)),
            FsEncoding.Decode(Libc.CString(u.Release)), FsEncoding.Decode(Libc.CString(u.Version)),
            FsEncoding.Decode(Libc.CString(u.Machine)),
        ]);
    }

    private static unsafe PyObject? ConfStr(ThreadState ts, int name)
    {
        Marshal0();
        nint len = Libc.confstr(name, null, 0);
        if (len == 0)
        {
            int e = Libc.Errno;
            return e != 0 ? PosixErrors.Raise(ts, e) : PyNone.Instance;
        }
        var buf = new byte[len];
        fixed (byte* p = buf) Libc.confstr(name, p, len);
        return FsEncoding.Decode(buf.AsSpan(0, (int)len - 1));
    }

    private static unsafe PyObject? SetEnv(ThreadState ts, byte[] name, byte[] value)
    {
        int r;
        fixed (byte* n = name)
        fixed (byte* v = value)
            r = Libc.setenv(n, v, 1);
        return r < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
    }

    private static unsafe PyObject? UnsetEnv(ThreadState ts, byte[] name)
    {
        int r;
        fixed (byte* n = name) r = Libc.unsetenv(n);
        return r < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
    }

    private static unsafe PyObject? GetLogin(ThreadState ts)
    {
        Marshal0();
        byte* name = Libc.getlogin();
        if (name is null)
        {
            int e = Libc.Errno;
            if (e != 0) return PosixErrors.Raise(ts, e);
            return ts.Raise(PyExc.OSError, "unable to determine login name");
        }
        return FsEncoding.Decode(Libc.CString(name));
    }

    private static unsafe PyObject? CtermId(ThreadState ts)
    {
        byte* buf = stackalloc byte[64];
        byte* r = Libc.ctermid(buf);
        if (r is null) return PosixErrors.FromErrno(ts);
        return FsEncoding.Decode(Libc.CString(r));
    }

    private static unsafe PyObject? GetLoadAvg(ThreadState ts)
    {
        double* load = stackalloc double[3];
        if (Libc.getloadavg(load, 3) != 3) return ts.Raise(PyExc.OSError, "Load averages are unobtainable");
        return PyTuple.Create([PyFloat.Create(load[0]), PyFloat.Create(load[1]), PyFloat.Create(load[2])]);
    }
}
