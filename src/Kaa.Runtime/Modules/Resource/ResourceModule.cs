namespace Kaa.Runtime;

/// <summary><c>resource</c>: getrusage, getrlimit/setrlimit/prlimit, getpagesize (Modules/resource.c).</summary>
internal static class ResourceModule
{
    public static readonly StructSequenceLayout RUsageLayout = new("resource.struct_rusage",
        ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
         "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"]);

    public static readonly PyType RUsageType = PyStructSequence.NewType(RUsageLayout, true,
        "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.");

    private const int RLIMIT_NLIMITS = 16;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("resource");
        foreach (var (name, value) in ResourceConstants.All) m.Set(name, PyInt.Create(value));
        m.Set("error", PyExc.OSError);
        m.Set("struct_rusage", RUsageType);
        m.AddFunction("getrusage", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int who)) return null;
            return GetRUsage(ts, who);
        });
        m.AddFunction("getpagesize", static (ts, self) => PyInt.Create(Libc.getpagesize()));
        m.AddFunction("getrlimit", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int resource)) return null;
            if (resource < 0 || resource >= RLIMIT_NLIMITS) return ts.ValueError("invalid resource specified");
            return GetRLimit(ts, resource);
        });
        m.AddFunction("setrlimit", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "setrlimit", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int resource)) return null;
            if (resource < 0 || resource >= RLIMIT_NLIMITS) return ts.ValueError("invalid resource specified");
            if (!ParseLimits(ts, args[1], out ulong soft, out ulong hard)) return null;
            return SetRLimit(ts, resource, soft, hard);
        });
        m.AddFunction("prlimit", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "prlimit", args, kw, 2, 3)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int pid) || !PosixArgs.CInt(ts, args[1], out int resource)) return null;
            if (resource < 0 || resource >= RLIMIT_NLIMITS) return ts.ValueError("invalid resource specified");
            bool set = args.Length == 3 && args[2] is not PyNone;
            ulong soft = 0, hard = 0;
            if (set && !ParseLimits(ts, args[2], out soft, out hard)) return null;
            return PrLimit(ts, pid, resource, set, soft, hard);
        });
        return m;
    }

    private static unsafe PyObject? GetRUsage(ThreadState ts, int who)
    {
        RUsage ru;
        if (Libc.getrusage(who, &ru) < 0)
        {
            if (Libc.Errno == Libc.EINVAL) return ts.ValueError("invalid who parameter");
            return PosixErrors.FromErrno(ts);
        }
        return RUsageObject(ts, ru);
    }

    internal static PyObject? RUsageObject(ThreadState ts, in RUsage ru)
    {
        return PyStructSequence.Create(RUsageType, RUsageLayout,
        [
            PyFloat.Create(ru.UtimeSec + ru.UtimeUsec * 0.000001), PyFloat.Create(ru.StimeSec + ru.StimeUsec * 0.000001),
            PyInt.Create(ru.Maxrss), PyInt.Create(ru.Ixrss), PyInt.Create(ru.Idrss), PyInt.Create(ru.Isrss),
            PyInt.Create(ru.Minflt), PyInt.Create(ru.Majflt), PyInt.Create(ru.Nswap), PyInt.Create(ru.Inblock),
            PyInt.Create(ru.Oublock), PyInt.Create(ru.Msgsnd), PyInt.Create(ru.Msgrcv), PyInt.Create(ru.Nsignals),
            PyInt.Create(ru.Nvcsw), PyInt.Create(ru.Nivcsw),
        ]);
    }

    /// <summary>RLIM_INFINITY (all ones) is -1 to Python.</summary>
    private static PyObject LimitObject(ulong v) => v == ulong.MaxValue ? PyInt.Create(-1) : PyInt.Create(new System.Numerics.BigInteger(v));

    private static unsafe PyObject? GetRLimit(ThreadState ts, int resource)
    {
        ulong* lim = stackalloc ulong[2];
        if (Libc.getrlimit(resource, lim) < 0) return PosixErrors.FromErrno(ts);
        return PyTuple.Create(LimitObject(lim[0]), LimitObject(lim[1]));
    }

    private static unsafe PyObject? SetRLimit(ThreadState ts, int resource, ulong soft, ulong hard)
    {
        ulong* lim = stackalloc ulong[2];
        lim[0] = soft;
        lim[1] = hard;
        if (Libc.setrlimit(resource, lim) < 0)
        {
            int e = Libc.Errno;
            if (e == Libc.EINVAL) return ts.ValueError("current limit exceeds maximum limit");
            if (e == 1) return ts.ValueError("not allowed to raise maximum limit");
            return PosixErrors.Raise(ts, e);
        }
        return PyNone.Instance;
    }

    private static unsafe PyObject? PrLimit(ThreadState ts, int pid, int resource, bool set, ulong soft, ulong hard)
    {
        ulong* newLim = stackalloc ulong[2];
        ulong* oldLim = stackalloc ulong[2];
        newLim[0] = soft;
        newLim[1] = hard;
        if (Libc.prlimit(pid, resource, set ? newLim : null, oldLim) < 0)
        {
            int e = Libc.Errno;
            if (e == Libc.EINVAL) return ts.ValueError("current limit exceeds maximum limit");
            return PosixErrors.Raise(ts, e);
        }
        return PyTuple.Create(LimitObject(oldLim[0]), LimitObject(oldLim[1]));
    }

    private static bool ParseLimits(ThreadState ts, PyObject obj, out ulong soft, out ulong hard)
    {
        soft = hard = 0;
        var items = Protocols.ToList(ts, obj);
        if (items is null) return false;
        if (items.Count != 2)
        {
            ts.SetError(PyExc.ValueError, "expected a tuple of 2 integers");
            return false;
        }
        return ToLimit(ts, items[0], out soft) && ToLimit(ts, items[1], out hard);
    }

    private static bool ToLimit(ThreadState ts, PyObject obj, out ulong v)
    {
        v = 0;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        var b = i.Value;
        if (b == -1) { v = ulong.MaxValue; return true; }
        if (b < long.MinValue || b > ulong.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        v = b < 0 ? unchecked((ulong)(long)b) : (ulong)b;
        return true;
    }
}
