namespace Kaa.Runtime;

/// <summary>
/// The interpreter's import lock (import.c's import_lock): reentrant, owned by one thread at a time;
/// <c>_imp.acquire_lock</c>/<c>release_lock</c>/<c>lock_held</c>. Waiting for it releases the GIL.
/// One per interpreter (through <see cref="Interpreter.GetModuleState{T}"/>).
/// </summary>
internal sealed class ImportLock
{
    private object _gate = new();
    private ThreadState? _owner;
    private int _count;

    public bool IsHeld
    {
        get { lock (_gate) return _owner is not null; }
    }

    public void Acquire(ThreadState ts)
    {
        lock (_gate)
        {
            if (_owner == ts || _owner is null)
            {
                _owner = ts;
                _count++;
                return;
            }
        }
        using (ts.ReleaseGil())
        {
            lock (_gate)
            {
                while (_owner is not null) Monitor.Wait(_gate);
                _owner = ts;
                _count = 1;
            }
        }
    }

    /// <summary>In the child of a fork (_PyImport_ReInitLock): a thread that waited for the lock is gone and
    /// may have held the gate, so it starts afresh; the forking thread keeps what it held.</summary>
    public void ReinitAfterFork(ThreadState ts)
    {
        _gate = new object();
        if (_owner != ts)
        {
            _owner = null;
            _count = 0;
        }
    }

    /// <summary>False when <paramref name="ts"/> does not hold the lock.</summary>
    public bool Release(ThreadState ts)
    {
        lock (_gate)
        {
            if (_owner != ts) return false;
            if (--_count == 0)
            {
                _owner = null;
                Monitor.PulseAll(_gate);
            }
            return true;
        }
    }
}
