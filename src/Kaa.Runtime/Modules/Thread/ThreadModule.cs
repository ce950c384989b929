using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>Per-interpreter state of <c>_thread</c>: the threads it started that are still running, and
/// the stack size for new ones.</summary>
internal sealed class ThreadModuleState
{
    public int Count;
    public long StackSize;
}

/// <summary>
/// The <c>_thread</c> module: real .NET threads, each with its own <see cref="ThreadState"/>, running under
/// the interpreter's GIL. A thread's ident (<c>get_ident()</c>) is its managed thread id.
/// </summary>
internal static partial class ThreadModule
{
    /// <summary>Default stack of a Python thread: room for the native recursion the depth guards allow.</summary>
    private const int DefaultStackSize = 64 << 20;

    internal static readonly PyType ExceptHookArgsType = PyStructSequence.NewType(
        new StructSequenceLayout("_thread._ExceptHookArgs", ["exc_type", "exc_value", "exc_traceback", "thread"]),
        instantiable: true, "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.");

    /// <summary>get_ident() of the calling thread.</summary>
    public static long CurrentIdent() => Environment.CurrentManagedThreadId;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_thread", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");
        m.Set("LockType", PyLock.TypeObject);
        m.Set("RLock", PyRLock.TypeObject);
        m.Set("_local", PyThreadLocal.TypeObject);
        m.Set("_ExceptHookArgs", ExceptHookArgsType);
        m.Set("TIMEOUT_MAX", PyFloat.Create(LockArguments.TimeoutMaxMicroseconds / 1e6));
        m.Set("error", PyExc.RuntimeError);

        FastMethod startNew = StartNewThread;
        m.AddFunction("start_new_thread", startNew);
        m.AddFunction("start_new", startNew);
        NoArgsMethod allocate = static (ts, self) => new PyLock();
        m.AddFunction("allocate_lock", allocate);
        m.AddFunction("allocate", allocate);
        NoArgsMethod exit = static (ts, self) =>
        {
            ts.SetErrorNoArgs(PyExc.SystemExit);
            return null;
        };
        m.AddFunction("exit_thread", exit);
        m.AddFunction("exit", exit);
        m.AddFunction("interrupt_main", InterruptMain);
        m.AddFunction("get_ident", static (ts, self) => PyInt.Create(CurrentIdent()));
        m.AddFunction("get_native_id", static (ts, self) => PyInt.Create(NativeId()));
        m.AddFunction("_count", static (ts, self) => PyInt.Create(Volatile.Read(ref ts.Interp.GetModuleState<ThreadModuleState>().Count)));
        m.AddFunction("stack_size", StackSize);
        m.AddFunction("_set_sentinel", static (ts, self) =>
        {
            // An unlocked lock: threading acquires it, and the end of this thread releases it.
            var lk = new PyLock();
            ts.ExitSentinel = lk;
            return lk;
        });
        m.AddFunction("_excepthook", ExceptHook);
        return m;
    }

    private static PyObject? StartNewThread(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Length > 0) return ts.TypeError("start_new_thread() takes no keyword arguments");
        if (args.Length < 2) return ts.TypeError($"start_new_thread expected at least 2 arguments, got {args.Length}");
        if (args.Length > 3) return ts.TypeError($"start_new_thread expected at most 3 arguments, got {args.Length}");
        var func = args[0];
        if (func.Type.Call is null) return ts.TypeError("first arg must be callable");
        if (args[1] is not PyTuple fargs) return ts.TypeError("2nd arg must be a tuple");
        PyDict? kwargs = null;
        if (args.Length == 3)
        {
            if (args[2] is not PyDict d) return ts.TypeError("optional 3rd arg must be a dictionary");
            kwargs = d;
        }
        var interp = ts.Interp;
        var state = interp.GetModuleState<ThreadModuleState>();
        var newTs = new ThreadState(interp);
        long size = Volatile.Read(ref state.StackSize);
        if (ForkedProcess.IsChild)
        {
            // A forked child's threads are kept and reused (ForkChildThreads says why).
            Interlocked.Increment(ref state.Count);
            int stack = size > 0 ? (int)Math.Min(size, int.MaxValue) : DefaultStackSize;
            return PyInt.Create(interp.GetModuleState<ForkChildThreads>().Start(() => Run(newTs, func, fargs, kwargs), stack));
        }
        var thread = new System.Threading.Thread(() => Run(newTs, func, fargs, kwargs), size > 0 ? (int)Math.Min(size, int.MaxValue) : DefaultStackSize)
        {
            IsBackground = true,
        };
        long ident = thread.ManagedThreadId;
        Interlocked.Increment(ref state.Count);
        try
        {
            thread.Start();
        }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref state.Count);
            return ts.RuntimeError("can't start new thread");
        }
        return PyInt.Create(ident);
    }

    /// <summary>The body of every thread started by start_new_thread (thread_run).</summary>
    private static void Run(ThreadState ts, PyObject func, PyTuple args, PyDict? kwargs)
    {
        var interp = ts.Interp;
        interp.Gil.Acquire(ts);
        var running = interp.GetModuleState<RunningThreads>().ByIdent;
        running[CurrentIdent()] = ts;
        try
        {
            var result = Protocols.CallWithDict(ts, func, args, kwargs);
            if (result is null)
            {
                if (ts.ErrorMatches(PyExc.SystemExit)) ts.ClearError();
                else Unraisable.Write(ts, "in thread started by", func);
            }
        }
        catch (Exception e)
        {
            // A defect in Kaa: reported as Python's SystemError, never a .NET crash of the process.
            Console.Error.WriteLine($"SystemError: internal error in Kaa (thread): {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("KAA_DEBUG") is not null) Console.Error.WriteLine(e);
        }
        finally
        {
            Interlocked.Decrement(ref interp.GetModuleState<ThreadModuleState>().Count);
            running.TryRemove(CurrentIdent(), out _);
            // The thread state is finalized: the sentinel tells threading's join() that the thread is gone.
            if (ts.ExitSentinel is PyLock sentinel && sentinel.Lock.IsLocked) sentinel.Lock.Release();
            ts.ExitSentinel = null;
            ts.CurrentFrame = null;
            ts.CurrentException = null;
            ts.HandledException = null;
            interp.Gil.Release(ts);
        }
    }

    private static readonly ArgSpec s_stackSize = new("stack_size", ["size"], required: 0);

    private static PyObject? StackSize(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_stackSize.Parse(ts, args, kwnames, a)) return null;
        long size = 0;
        if (a[0] is { } s && !Protocols.AsIndex(ts, s, out size, PyExc.OverflowError)) return null;
        if (size < 0) return ts.ValueError("size must be 0 or a positive value");
        if (size != 0 && size < 32768) return ts.ValueError($"size not valid: {size} bytes");
        var state = ts.Interp.GetModuleState<ThreadModuleState>();
        long old = state.StackSize;
        state.StackSize = size;
        return PyInt.Create(old);
    }

    private static readonly ArgSpec s_interruptMain = new("interrupt_main", ["signum"], required: 0, positionalOnly: 0);

    private static PyObject? InterruptMain(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_interruptMain.Parse(ts, args, kwnames, a)) return null;
        long signum = 2;
        if (a[0] is { } s && !Protocols.AsIndex(ts, s, out signum, PyExc.OverflowError)) return null;
        if (signum < 1 || signum >= 65) return ts.ValueError("signal number out of range");
        // As PyErr_SetInterruptEx: a signal Python does not handle (SIG_DFL or SIG_IGN) is not simulated;
        // otherwise it is tripped as if it had arrived, and its Python handler runs in the main thread.
        SignalModule.SimulateSignal(ts.Interp, (int)signum);
        return PyNone.Instance;
    }

    private static PyObject? ExceptHook(ThreadState ts, PyObject self, PyObject arg)
    {
        if (arg.Type != ExceptHookArgsType || arg is not PyStructSequence args)
            return ts.TypeError("_thread.excepthook argument type must be ExceptHookArgs");
        var excType = args[0];
        if (excType == PyExc.SystemExit) return PyNone.Instance;
        var excValue = args[1];
        var thread = args[3];
        var file = ts.Interp.Sys.Namespace.GetStr("stderr");
        if (file is null || file is PyNone)
        {
            if (thread is PyNone) return PyNone.Instance;
            file = Protocols.GetAttr(ts, thread, "_stderr");
            if (file is null) return null;
            if (file is PyNone) return PyNone.Instance;
        }
        var text = new PyStrBuilder().Append("Exception in thread ");
        PyObject? name = null;
        if (thread is not PyNone)
        {
            name = Protocols.LookupAttr(ts, thread, "name");
            if (name is null && ts.HasError) return null;
        }
        if (name is not null)
        {
            if (Protocols.Str(ts, name) is not PyStr ns) return null;
            text.Append(ns);
        }
        else text.Append(CurrentIdent().ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.Append(":\n");
        if (excValue is PyBaseException exc) text.Append(TracebackPrinter.Format(ts, exc));
        if (!WriteText(ts, file, text.ToPyStr())) return null;
        return PyNone.Instance;
    }

    private static bool WriteText(ThreadState ts, PyObject file, PyStr text)
    {
        return Protocols.CallMethod(ts, file, "write", [text]) is not null && Protocols.CallMethod(ts, file, "flush", []) is not null;
    }

    private static long NativeId()
    {
        try
        {
            return gettid();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return Environment.CurrentManagedThreadId;
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int gettid();
}

internal static partial class ThreadModule
{
    /// <summary>
    /// wait_for_thread_shutdown, at interpreter exit: <c>threading._shutdown()</c> waits for the non-daemon
    /// threads when threading was imported (daemon threads keep running until the process ends).
    /// </summary>
    internal static void WaitForThreadShutdown(ThreadState ts)
    {
        if (ts.Interp.Modules.GetStr("threading") is not { } threading) return;
        var shutdown = Protocols.LookupAttr(ts, threading, "_shutdown");
        if (shutdown is null)
        {
            if (ts.HasError) Unraisable.Write(ts, null, threading);
            return;
        }
        if (Protocols.Call(ts, shutdown, [], null) is null) Unraisable.Write(ts, null, threading);
    }
}
