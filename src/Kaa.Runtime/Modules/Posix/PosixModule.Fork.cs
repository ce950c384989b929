using System.Runtime.InteropServices;

namespace Kaa.Runtime;

// posix: fork, forkpty and register_at_fork.
//
// A .NET process can fork when the runtime is quiet at that instant: the child keeps only the forking
// thread, so nothing may be half-done by another thread that the child will need. Three things make it so:
// - fork() is called without leaving cooperative mode ([SuppressGCTransition]), so no garbage collection
//   can be under way while the address space is copied (a collection needs this thread stopped first);
// - the calling thread holds the GIL, so the other Python threads are parked in the GIL's wait (preemptive
//   mode, holding nothing the child needs), and the import lock is taken as CPython does;
// - in the child, what belonged to the vanished threads is reset: the GIL and the import lock start afresh,
//   the thread table holds only this thread, and the runtime services that lived on threads of their own
//   are not waited for (no finalizer thread: see ForkedProcess.IsChild; no .NET signal thread: the signals
//   Python did not take over get their default action back).
internal static unsafe partial class PosixModule
{
    private static readonly ArgSpec AtForkSpec = new("register_at_fork", ["before", "after_in_child", "after_in_parent"], required: 0, positionalOnly: 0, maxPositional: 0);

    /// <summary>The callables given to register_at_fork (per interpreter).</summary>
    internal sealed class ForkHooks
    {
        public readonly List<PyObject> Before = [], AfterInChild = [], AfterInParent = [];
    }

    private static void AddForkFunctions(PyModule m)
    {
        m.AddFunction("fork", static (ts, self) => Fork(ts, pty: false));
        m.AddFunction("forkpty", static (ts, self) => Fork(ts, pty: true));
        m.AddFunction("register_at_fork", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!AtForkSpec.Parse(ts, args, kw, a)) return null;
            if (a[0] is null && a[1] is null && a[2] is null)
                return ts.TypeError("At least one argument is required.");
            string[] names = ["before", "after_in_child", "after_in_parent"];
            for (int i = 0; i < 3; i++)
                if (a[i] is { } f && f.Type.Call is null)
                    return ts.TypeError($"'{names[i]}' must be callable, not {f.Type.Name}");
            var hooks = ts.Interp.GetModuleState<ForkHooks>();
            if (a[0] is { } b) hooks.Before.Add(b);
            if (a[1] is { } c) hooks.AfterInChild.Add(c);
            if (a[2] is { } p) hooks.AfterInParent.Add(p);
            return PyNone.Instance;
        });
    }

    /// <summary>os.fork() (pty: false) or os.forkpty() (pty: true: (pid, master fd)).</summary>
    private static PyObject? Fork(ThreadState ts, bool pty)
    {
        var interp = ts.Interp;
        if (!ForkedProcess.RuntimeCanFork)
        {
            ts.SetError(PyExc.OSError, PyTuple.Create(PyInt.Create(Libc.ENOSYS),
                PyStr.Create("fork() needs DOTNET_EnableWriteXorExecute=0 and DOTNET_TieredCompilation=0 in Kaa's JIT build (the NativeAOT build forks as it is)")));
            return null;
        }
        int master = -1, slave = -1;
        if (pty)
        {
            int mfd, sfd;
            if (Libc.openpty(&mfd, &sfd, null, null, null) < 0) return PosixErrors.FromErrno(ts);
            master = mfd;
            slave = sfd;
        }
        // PyOS_BeforeFork: the hooks (last registered first), then the import lock.
        var hooks = interp.GetModuleState<ForkHooks>();
        RunForkHooks(ts, hooks.Before, reverse: true);
        interp.ImportLock.Acquire(ts);
        ForkedProcess.RememberParent();
        int pid = ForkLibc.fork();
        int errno = pid < 0 ? Marshal.GetLastSystemError() : 0;
        if (pid == 0)
        {
            AfterForkInChild(ts);
            if (pty)
            {
                Libc.close(master);
                if (Libc.login_tty(slave) < 0) Libc._exit(1);
            }
            interp.ImportLock.Release(ts);
            RunForkHooks(ts, hooks.AfterInChild, reverse: false);
            return pty ? PyTuple.Create(PyInt.Create(0), PyInt.Create(-1)) : PyInt.Create(0);
        }
        interp.ImportLock.Release(ts);
        RunForkHooks(ts, hooks.AfterInParent, reverse: false);
        if (pty) Libc.close(slave);
        if (pid < 0)
        {
            if (pty) Libc.close(master);
            return PosixErrors.Raise(ts, errno);
        }
        return pty ? PyTuple.Create(PyInt.Create(pid), PyInt.Create(master)) : PyInt.Create(pid);
    }

    /// <summary>PyOS_AfterFork_Child: this thread is the only one left.</summary>
    private static void AfterForkInChild(ThreadState ts)
    {
        var interp = ts.Interp;
        interp.Gil.ReinitAfterFork(ts);
        interp.ImportLock.ReinitAfterFork(ts);
        var running = interp.GetModuleState<RunningThreads>().ByIdent;
        running.Clear();
        running[ThreadModule.CurrentIdent()] = ts;
        Volatile.Write(ref interp.GetModuleState<ThreadModuleState>().Count, 0);
        SignalModule.AfterForkInChild(interp);
    }

    /// <summary>run_at_forkers: each hook called without arguments; an error is reported, not raised.</summary>
    private static void RunForkHooks(ThreadState ts, List<PyObject> hooks, bool reverse)
    {
        if (hooks.Count == 0) return;
        var saved = ts.FetchError();
        var copy = hooks.ToArray();
        if (reverse) Array.Reverse(copy);
        foreach (var hook in copy)
            if (Protocols.Call(ts, hook, [], null) is null) Unraisable.Write(ts, null, hook);
        ts.CurrentException = saved;
    }
}

/// <summary>fork(2) itself: called without the GC transition (see PosixModule.Fork.cs).</summary>
internal static partial class ForkLibc
{
    [LibraryImport("libc", SetLastError = true)]
    [SuppressGCTransition]
    public static partial int fork();


}

/// <summary>
/// Whether this process is the child of a fork of a Kaa process. The child has no finalizer thread (nor any
/// other runtime thread but the one that forked), so code that would wait for finalizers asks this first.
/// The process id the runtime caches at its first use is the parent's in the child: comparing it with
/// getpid() tells, without any state of Kaa's own.
/// </summary>
public static class ForkedProcess
{
    public static bool IsChild => Environment.ProcessId != Libc.getpid();

    /// <summary>
    /// Whether a child forked now would work. NativeAOT: yes (no code is made at run time). The JIT build needs
    /// two settings, both read by the runtime at start-up: W^X off (DOTNET_EnableWriteXorExecute=0), because
    /// with it the JIT writes code through a shared second view of its executable memory, which parent and
    /// child would then share; and tiered compilation off (DOTNET_TieredCompilation=0), because its
    /// background thread recompiles hot methods holding the JIT's locks, and a child forked meanwhile waits
    /// for them forever or aborts (measured: without it 1 to 12 children in 20 died by SIGABRT).
    /// </summary>
    public static bool RuntimeCanFork
    {
        get
        {
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled) return true;
            return IsZero("EnableWriteXorExecute") && IsZero("TieredCompilation");
        }
    }

    private static bool IsZero(string knob)
    {
        var v = Environment.GetEnvironmentVariable("DOTNET_" + knob) ?? Environment.GetEnvironmentVariable("COMPlus_" + knob);
        return v is not null && v.Trim() == "0";
    }

    /// <summary>Makes the runtime cache the parent's id before the fork.</summary>
    internal static void RememberParent() => _ = Environment.ProcessId;

    /// <summary>_exit(2): the end of a forked child (the runtime's own shutdown would wait for threads that are gone).</summary>
    public static void Exit(int status) => Libc._exit(status);

    /// <summary>GC.WaitForPendingFinalizers, except in a forked child where no thread would ever run them.</summary>
    public static void WaitForPendingFinalizers()
    {
        if (!IsChild) GC.WaitForPendingFinalizers();
    }
}
