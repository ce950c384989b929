using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>_signal</c> (Modules/signalmodule.c). Signals are caught through .NET's
/// <see cref="PosixSignalRegistration"/> (raw signal numbers): the callback, on .NET's signal thread, marks
/// the signal tripped, writes the wakeup fd, wakes blocking waits and queues a pending call; the Python
/// handler then runs on the main thread at its next check point (<see cref="Interpreter.AddPendingCall"/>),
/// with the signal number and the current frame, as CPython's trip_signal/PyErr_CheckSignals.
/// SIG_IGN keeps a registration that swallows the signal; SIG_DFL removes it (the OS default applies).
/// </summary>
internal static unsafe class SignalModule
{
    private const int SIGINT = 2, SIGKILL = 9, SIGPIPE = 13, SIGSTOP = 19, SIGXFSZ = 25, SIGALRM = 14;
    private const int NSIG = SignalState.NSIG;

    private const string Doc = "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.";

    private static readonly (string Name, int Value)[] Constants =
    [
        ("ITIMER_PROF", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("NSIG", 65), ("SIGABRT", 6), ("SIGALRM", 14),
        ("SIGBUS", 7), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGFPE", 8), ("SIGHUP", 1), ("SIGILL", 4),
        ("SIGINT", 2), ("SIGIO", 29), ("SIGIOT", 6), ("SIGKILL", 9), ("SIGPIPE", 13), ("SIGPOLL", 29), ("SIGPROF", 27),
        ("SIGPWR", 30), ("SIGQUIT", 3), ("SIGRTMAX", 64), ("SIGRTMIN", 34), ("SIGSEGV", 11), ("SIGSTKFLT", 16),
        ("SIGSTOP", 19), ("SIGSYS", 31), ("SIGTERM", 15), ("SIGTRAP", 5), ("SIGTSTP", 20), ("SIGTTIN", 21),
        ("SIGTTOU", 22), ("SIGURG", 23), ("SIGUSR1", 10), ("SIGUSR2", 12), ("SIGVTALRM", 26), ("SIGWINCH", 28),
        ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIG_BLOCK", 0), ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIG_SETMASK", 2),
        ("SIG_UNBLOCK", 1),
    ];

    public static readonly PyType ItimerError = CreateItimerError();

    private static PyType CreateItimerError()
    {
        var t = PyType.CreateBuiltin("signal.itimer_error", PyExc.OSError, TypeFlags.BaseType);
        t.Ready();
        return t;
    }

    public static readonly StructSequenceLayout SigInfoLayout = new("signal.struct_siginfo",
        ["si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"]);
    public static readonly PyType SigInfoType = PyStructSequence.NewType(SigInfoLayout, true,
        "struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\nThis object may be accessed either as a tuple of\n(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\nor via the attributes si_signo, si_code, and so on.");

    private static readonly MethodDef DefaultIntHandlerDef = new("default_int_handler", static (ts, self, args, kw) =>
    {
        if (!PosixModule.Positional(ts, "default_int_handler", args, kw, 2, 2)) return null;
        ts.SetErrorNoArgs(PyExc.KeyboardInterrupt);
        return null;
    }, "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.");

    /// <summary>signal.default_int_handler of this interpreter.</summary>
    internal static PyObject DefaultIntHandler(Interpreter interp)
    {
        var state = interp.GetModuleState<SignalState>();
        return state.DefaultIntHandler ??= new PyBuiltinFunction(DefaultIntHandlerDef, null);
    }

    /// <summary>
    /// What CPython does at start-up (signal_install_handlers): SIGINT raises KeyboardInterrupt (unless it was
    /// inherited ignored), SIGPIPE and SIGXFSZ are ignored. Called for the main program only (not for embedded interpreters).
    /// </summary>
    internal static void InstallStartupHandlers(Interpreter interp)
    {
        var state = interp.GetModuleState<SignalState>();
        for (int i = 1; i < NSIG; i++) state.Handlers[i] ??= PyInt.Zero;
        state.Handlers[SIGPIPE] = PyInt.One; // the .NET runtime already ignores SIGPIPE
        SignalLibc.signal(SIGXFSZ, 1);
        state.Handlers[SIGXFSZ] = PyInt.One;
        // A SIGINT ignored by the parent (a background job of a shell, nohup-style launchers) stays ignored, as
        // CPython leaves it: only an inherited SIG_DFL becomes default_int_handler.
        if (SignalLibc.CurrentHandler(SIGINT) == 1)
        {
            state.Handlers[SIGINT] = PyInt.One;
            return;
        }
        state.Handlers[SIGINT] = DefaultIntHandler(interp);
        Register(interp, state, SIGINT);
    }

    /// <summary>The end of a program stopped by an uncaught KeyboardInterrupt: die by SIGINT (status 130 in a
    /// shell), as CPython's exit_sigint. Returns only if the signal did not end the process.</summary>
    internal static void ExitBySigint(Interpreter interp)
    {
        var state = interp.GetModuleState<SignalState>();
        state.Registrations[SIGINT]?.Dispose();
        state.Registrations[SIGINT] = null;
        SignalLibc.signal(SIGINT, 0);
        Libc.kill(Libc.getpid(), SIGINT);
        Thread.Sleep(100);
    }

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_signal", Doc);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Create(value));
        var state = ts.Interp.GetModuleState<SignalState>();
        for (int i = 1; i < NSIG; i++) state.Handlers[i] ??= PyInt.Zero;
        m.Set("default_int_handler", DefaultIntHandler(ts.Interp));
        m.Set("ItimerError", ItimerError);
        m.Set("struct_siginfo", SigInfoType);

        m.AddFunction("signal", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "signal", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int sig)) return null;
            return SetHandler(ts, sig, args[1]);
        });
        m.AddFunction("getsignal", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int sig)) return null;
            if (sig < 1 || sig >= NSIG) return ts.ValueError("signal number out of range");
            return ts.Interp.GetModuleState<SignalState>().Handlers[sig] ?? PyNone.Instance;
        });
        m.AddFunction("raise_signal", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int sig)) return null;
            return SendToSelf(ts, sig);
        });
        m.AddFunction("strsignal", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int sig)) return null;
            if (sig < 1 || sig >= NSIG) return ts.ValueError("signal number out of range");
            var text = System.Text.Encoding.UTF8.GetString(Libc.CString(Libc.strsignal(sig)));
            return text.Contains("Unknown signal", StringComparison.Ordinal) ? PyNone.Instance : PyStr.Create(text);
        });
        m.AddFunction("valid_signals", static (ts, self) =>
        {
            var set = PySet.Create();
            for (int i = 1; i < NSIG; i++)
                if (i != 32 && i != 33 && !set.Add(ts, PyInt.Create(i))) return null; // glibc reserves 32 and 33
            return set;
        });
        m.AddFunction("alarm", static (ts, self, arg) =>
            PosixArgs.CInt(ts, arg, out int seconds) ? PyInt.Create((long)SignalLibc.alarm((uint)seconds)) : null);
        m.AddFunction("pause", static (ts, self) =>
        {
            var state = ts.Interp.GetModuleState<SignalState>();
            long before = Interlocked.Read(ref state.Delivered);
            while (Interlocked.Read(ref state.Delivered) == before)
            {
                using (ts.ReleaseGil()) state.Wakeup.Wait(1000);
                state.Wakeup.Reset();
            }
            return ts.Interp.HandleEvalBreaker(ts) ? PyNone.Instance : null;
        });
        m.AddFunction("set_wakeup_fd", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!WakeupSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int fd)) return null;
            if (!PosixArgs.Flag(ts, a[1], true, out bool warn)) return null;
            if (ts != ts.Interp.MainThread) return ts.ValueError("set_wakeup_fd only works in main thread of the main interpreter");
            if (fd != -1)
            {
                int flags = Libc.fcntl(fd, 3 /* F_GETFL */, 0);
                if (flags < 0) return PosixErrors.FromErrno(ts);
                if ((flags & 0x800) == 0) return ts.ValueError($"the fd {fd} must be in non-blocking mode");
            }
            var state = ts.Interp.GetModuleState<SignalState>();
            int old = state.WakeupFd;
            state.WakeupFd = fd;
            state.WarnOnFullBuffer = warn;
            return PyInt.Create(old);
        });
        m.AddFunction("siginterrupt", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "siginterrupt", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int sig) || !PosixArgs.CInt(ts, args[1], out int flag)) return null;
            if (sig < 1 || sig >= NSIG) return ts.ValueError("signal number out of range");
            return PosixErrors.NoneOrError(ts, SignalLibc.siginterrupt(sig, flag));
        });
        m.AddFunction("setitimer", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "setitimer", args, kw, 2, 3)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int which)) return null;
            if (!TimevalFromObject(ts, args[1], out long vs, out long vu)) return null;
            long isec = 0, iusec = 0;
            if (args.Length == 3 && !TimevalFromObject(ts, args[2], out isec, out iusec)) return null;
            long* nv = stackalloc long[4];
            long* ov = stackalloc long[4];
            nv[0] = isec; nv[1] = iusec; nv[2] = vs; nv[3] = vu;
            if (SignalLibc.setitimer(which, nv, ov) < 0) return ItimerFail(ts);
            return ItimerResult(ov);
        });
        m.AddFunction("getitimer", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int which)) return null;
            long* v = stackalloc long[4];
            if (SignalLibc.getitimer(which, v) < 0) return ItimerFail(ts);
            return ItimerResult(v);
        });
        m.AddFunction("pthread_sigmask", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "pthread_sigmask", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int how)) return null;
            ulong* set = stackalloc ulong[SignalLibc.SigsetWords];
            ulong* old = stackalloc ulong[SignalLibc.SigsetWords];
            if (!SigsetFromIterable(ts, args[1], set)) return null;
            int r = SignalLibc.pthread_sigmask(how, set, old);
            if (r != 0) return PosixErrors.Raise(ts, r);
            return SigsetToSet(ts, old);
        });
        m.AddFunction("sigpending", static (ts, self) =>
        {
            ulong* set = stackalloc ulong[SignalLibc.SigsetWords];
            if (SignalLibc.sigpending(set) < 0) return PosixErrors.FromErrno(ts);
            return SigsetToSet(ts, set);
        });
        m.AddFunction("sigwait", static (ts, self, arg) =>
        {
            var setArr = new ulong[SignalLibc.SigsetWords];
            fixed (ulong* set = setArr) if (!SigsetFromIterable(ts, arg, set)) return null;
            int sig = 0, r;
            using (ts.ReleaseGil())
            {
                fixed (ulong* set = setArr) r = SignalLibc.sigwait(set, &sig);
            }
            if (r != 0) return PosixErrors.Raise(ts, r);
            return PyInt.Create(sig);
        });
        m.AddFunction("sigwaitinfo", static (ts, self, arg) => SigTimedWait(ts, arg, null));
        m.AddFunction("sigtimedwait", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "sigtimedwait", args, kw, 2, 2)) return null;
            return SigTimedWait(ts, args[0], args[1]);
        });
        m.AddFunction("pthread_kill", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "pthread_kill", args, kw, 2, 2)) return null;
            var id = Protocols.Index(ts, args[0]);
            if (id is null) return null;
            if (!PosixArgs.CInt(ts, args[1], out int sig)) return null;
            int r = SignalLibc.pthread_kill((nuint)(ulong)(id.Value & ulong.MaxValue), sig);
            if (r != 0) return PosixErrors.Raise(ts, r);
            return ts.Interp.HandleEvalBreaker(ts) ? PyNone.Instance : null;
        });
        m.AddFunction("pidfd_send_signal", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "pidfd_send_signal", args, kw, 2, 4)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int pidfd) || !PosixArgs.CInt(ts, args[1], out int sig)) return null;
            if (args.Length > 2 && args[2] is not PyNone) return ts.TypeError("siginfo must be None");
            int flags = 0;
            if (args.Length > 3 && !PosixArgs.CInt(ts, args[3], out flags)) return null;
            if (SignalLibc.syscall(424, pidfd, sig, 0, flags) < 0) return PosixErrors.FromErrno(ts);
            return PyNone.Instance;
        });
        return m;
    }

    private static readonly ArgSpec WakeupSpec = new("set_wakeup_fd", ["fd", "warn_on_full_buffer"], required: 1, positionalOnly: 1, maxPositional: 1);

    /// <summary>signal.signal(): only on the main thread; returns the previous handler.</summary>
    private static PyObject? SetHandler(ThreadState ts, int sig, PyObject handler)
    {
        if (ts != ts.Interp.MainThread) return ts.ValueError("signal only works in main thread of the main interpreter");
        if (sig < 1 || sig >= NSIG) return ts.ValueError("signal number out of range");
        bool isInt = handler is PyInt;
        long code = -1;
        if (isInt && !((PyInt)handler).TryGetLong(out code)) code = -1;
        if (isInt ? code != 0 && code != 1 : handler.Type.Call is null)
            return ts.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (sig == SIGKILL || sig == SIGSTOP) return PosixErrors.Raise(ts, Libc.EINVAL);
        var state = ts.Interp.GetModuleState<SignalState>();
        var old = state.Handlers[sig] ?? PyNone.Instance;
        if (isInt && code == 0)
        {
            // SIG_DFL: the OS default applies again.
            if (ForkedProcess.IsChild) ForkSignalForwarder.SetCaught(ts.Interp, state, sig, caught: false);
            state.Registrations[sig]?.Dispose();
            state.Registrations[sig] = null;
            if (sig == SIGXFSZ) SignalLibc.signal(sig, 0);
        }
        else if (sig == SIGXFSZ && isInt)
        {
            SignalLibc.signal(sig, 1);
        }
        else if (!(sig == SIGPIPE && isInt) && !Register(ts.Interp, state, sig))
        {
            return PosixErrors.Raise(ts, Libc.EINVAL);
        }
        state.Handlers[sig] = handler;
        return old;
    }

    /// <summary>
    /// In the child of a fork: .NET's signal thread is gone, so the signals it caught would be swallowed.
    /// The ones Python has no callable handler for get their default action back (a worker stopped by
    /// SIGTERM or SIGINT dies, as it would under CPython's defaults); the ones with Python handlers are
    /// read from a signalfd by a thread of this process, which delivers them as .NET's thread did.
    /// </summary>
    internal static void AfterForkInChild(Interpreter interp)
    {
        var state = interp.GetModuleState<SignalState>();
        ForkSignalForwarder.Start(interp, state);
    }

    /// <summary>Catches <paramref name="sig"/> through .NET (once). False when .NET refuses the signal.</summary>
    private static bool Register(Interpreter interp, SignalState state, int sig)
    {
        if (ForkedProcess.IsChild)
        {
            ForkSignalForwarder.SetCaught(interp, state, sig, caught: true);
            return true;
        }
        if (state.Registrations[sig] is not null) return true;
        try
        {
            state.Registrations[sig] = PosixSignalRegistration.Create((PosixSignal)sig, ctx => Deliver(interp, state, sig, ctx));
            return true;
        }
        catch (Exception e) when (e is ArgumentException or IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>trip_signal, on .NET's signal thread: no Python objects are touched here.</summary>
    private static void Deliver(Interpreter interp, SignalState state, int sig, PosixSignalContext ctx)
    {
        ctx.Cancel = true;
        Deliver(interp, state, sig);
    }

    /// <summary>_thread.interrupt_main: trips <paramref name="sig"/> when Python has a callable handler for it.</summary>
    internal static void SimulateSignal(Interpreter interp, int sig)
    {
        var state = interp.GetModuleState<SignalState>();
        if (state.Handlers[sig] is null or PyInt) return;
        Deliver(interp, state, sig);
    }

    /// <summary>trip_signal proper (also called by <see cref="ForkSignalForwarder"/> in a forked child).</summary>
    internal static void Deliver(Interpreter interp, SignalState state, int sig)
    {
        Volatile.Write(ref state.Tripped[sig], 1);
        int fd = state.WakeupFd;
        if (fd >= 0)
        {
            byte b = (byte)sig;
            Libc.write(fd, &b, 1);
        }
        interp.AddPendingCall(ts => RunHandler(ts, state, sig));
        Interlocked.Increment(ref state.Delivered);
        state.WakeWaiters();
    }

    /// <summary>The pending call: the Python handler of a tripped signal, called (signum, frame).</summary>
    private static bool RunHandler(ThreadState ts, SignalState state, int sig)
    {
        if (Interlocked.Exchange(ref state.Tripped[sig], 0) == 0) return true;
        var handler = state.Handlers[sig];
        if (handler is null || handler is PyInt) return true;
        var frame = (PyObject?)ts.CurrentFrame?.Expose() ?? PyNone.Instance;
        return Protocols.Call(ts, handler, [PyInt.Create(sig), frame], null) is not null;
    }

    /// <summary>raise_signal/kill to ourselves: the handler runs before the call returns, as in CPython.</summary>
    internal static PyObject? SendToSelf(ThreadState ts, int sig)
    {
        var state = ts.Interp.GetModuleState<SignalState>();
        long before = Interlocked.Read(ref state.Delivered);
        if (Libc.kill(Libc.getpid(), sig) < 0) return PosixErrors.FromErrno(ts);
        WaitForDelivery(ts, state, sig, before);
        return ts.Interp.HandleEvalBreaker(ts) ? PyNone.Instance : null;
    }

    /// <summary>A signal sent to this process is delivered asynchronously by .NET: wait (briefly) for it when
    /// Kaa catches it, so that its handler runs before the sending call returns.</summary>
    internal static void WaitForDelivery(ThreadState ts, SignalState state, int sig, long before)
    {
        if (sig <= 0 || sig >= NSIG || state.Registrations[sig] is null) return;
        var deadline = Environment.TickCount64 + 2000;
        using (ts.ReleaseGil())
        {
            while (Interlocked.Read(ref state.Delivered) == before && Environment.TickCount64 < deadline)
                state.Wakeup.Wait(10);
        }
    }

    private static bool TimevalFromObject(ThreadState ts, PyObject obj, out long sec, out long usec)
    {
        sec = usec = 0;
        double d;
        if (obj is PyFloat f) d = f.Value;
        else
        {
            var i = Protocols.Index(ts, obj);
            if (i is null) return false;
            d = (double)i.Value;
        }
        if (double.IsNaN(d)) { ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)"); return false; }
        // Rounded up to the microsecond (_PyTime_ROUND_CEILING).
        double us = Math.Ceiling(d * 1e6);
        sec = (long)Math.Floor(us / 1e6);
        usec = (long)(us - sec * 1e6);
        return true;
    }

    private static PyObject? ItimerFail(ThreadState ts)
    {
        int e = Libc.Errno;
        var exc = Protocols.Call(ts, ItimerError, [PyInt.Create(e), PyStr.Create(Libc.StrError(e))], null);
        if (exc is PyBaseException be) ts.SetError(be);
        return null;
    }

    /// <summary>(value, interval) from struct itimerval {interval, value}.</summary>
    private static PyObject ItimerResult(long* v)
        => PyTuple.Create(PyFloat.Create(v[2] + v[3] / 1e6), PyFloat.Create(v[0] + v[1] / 1e6));

    private static bool SigsetFromIterable(ThreadState ts, PyObject obj, ulong* set)
    {
        for (int i = 0; i < SignalLibc.SigsetWords; i++) set[i] = 0;
        var items = Protocols.ToList(ts, obj);
        if (items is null) return false;
        foreach (var item in items)
        {
            if (!PosixArgs.CInt(ts, item, out int sig)) return false;
            if (sig < 1 || sig >= NSIG)
            {
                ts.SetError(PyExc.ValueError, $"signal number {sig} out of range [1; {NSIG - 1}]");
                return false;
            }
            set[(sig - 1) / 64] |= 1UL << ((sig - 1) % 64);
        }
        return true;
    }

    private static PyObject? SigsetToSet(ThreadState ts, ulong* set)
    {
        var result = PySet.Create();
        for (int sig = 1; sig < NSIG; sig++)
            if ((set[(sig - 1) / 64] & (1UL << ((sig - 1) % 64))) != 0 && !result.Add(ts, PyInt.Create(sig))) return null;
        return result;
    }

    private static PyObject? SigTimedWait(ThreadState ts, PyObject sigset, PyObject? timeout)
    {
        var setArr = new ulong[SignalLibc.SigsetWords];
        fixed (ulong* set = setArr) if (!SigsetFromIterable(ts, sigset, set)) return null;
        Timespec spec = default;
        bool hasTimeout = timeout is not null;
        if (hasTimeout)
        {
            if (!TimevalFromObject(ts, timeout!, out long s, out long us)) return null;
            if (s < 0) return ts.ValueError("timeout must be non-negative");
            spec.Sec = s;
            spec.Nsec = us * 1000;
        }
        SigInfo info;
        int r;
        using (ts.ReleaseGil())
        {
            fixed (ulong* set = setArr) r = SignalLibc.sigtimedwait(set, &info, hasTimeout ? &spec : null);
        }
        if (r < 0)
        {
            if (hasTimeout && Libc.Errno == Libc.EAGAIN) return PyNone.Instance;
            return PosixErrors.FromErrno(ts);
        }
        return PyStructSequence.Create(SigInfoType, SigInfoLayout,
        [
            PyInt.Create(info.Signo), PyInt.Create(info.Code), PyInt.Create(info.Errno), PyInt.Create(info.Pid),
            PosixArgs.IdObject(info.Uid), PyInt.Create(info.Status), PyInt.Create(0),
        ]);
    }
}
