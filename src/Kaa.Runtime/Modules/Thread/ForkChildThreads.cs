namespace Kaa.Runtime;

/// <summary>
/// The threads of a forked child. In the child of a fork the .NET runtime survives threads that start and
/// block, but the end of a thread leaves it broken (the next garbage collection crashes: the runtime hands
/// part of a dead thread's clean-up to its finalizer thread, which the child does not have). So in a child
/// a Python thread that finishes does not end its .NET thread: the thread waits here and runs the next
/// Python thread started. Idents are reused, as CPython's are when the OS reuses a thread.
/// One per interpreter (module state); used only in a forked child.
/// </summary>
internal sealed class ForkChildThreads
{
    private sealed class Worker
    {
        public Action? Work;
        public Thread Thread = null!;
    }

    private readonly object _gate = new();
    private readonly Stack<Worker> _idle = new();

    /// <summary>Runs <paramref name="work"/> on an idle thread or a new one; returns its ident.</summary>
    public long Start(Action work, int stackSize)
    {
        lock (_gate)
        {
            if (_idle.TryPop(out var idle))
            {
                idle.Work = work;
                Monitor.PulseAll(_gate);
                return idle.Thread.ManagedThreadId;
            }
        }
        var worker = new Worker { Work = work };
        worker.Thread = new Thread(() => Serve(worker), stackSize) { IsBackground = true };
        worker.Thread.Start();
        return worker.Thread.ManagedThreadId;
    }

    private void Serve(Worker worker)
    {
        while (true)
        {
            Action work;
            lock (_gate)
            {
                while (worker.Work is null) Monitor.Wait(_gate);
                work = worker.Work;
            }
            work();
            lock (_gate)
            {
                worker.Work = null;
                _idle.Push(worker);
            }
        }
    }
}
