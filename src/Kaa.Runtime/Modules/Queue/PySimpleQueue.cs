namespace Kaa.Runtime;

/// <summary>
/// <c>_queue.SimpleQueue</c>: an unbounded FIFO queue that threads share; <c>get</c> waits (with the GIL
/// released) until an item arrives or its timeout passes. Subclassable, weakly referenceable.
/// </summary>
internal sealed class PySimpleQueue : PyObject
{
    private readonly Queue<PyObject> _items = new();
    private readonly object _sync = new();
    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySimpleQueue(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;

    public int Count { get { lock (_sync) return _items.Count; } }

    public void Put(PyObject item)
    {
        lock (_sync)
        {
            _items.Enqueue(item);
            Monitor.Pulse(_sync);
        }
    }

    public bool TryTake(out PyObject? item)
    {
        lock (_sync) return _items.TryDequeue(out item);
    }

    /// <summary>Waits for an item: -1 forever, else at most <paramref name="timeoutNs"/>. Returns the item,
    /// null on timeout, or null with the error set when a signal handler raised. The GIL is released while
    /// waiting; the wait wakes every 50 ms on the main thread to run signal handlers (PEP 475).</summary>
    public PyObject? Take(ThreadState ts, long timeoutNs, out bool failed)
    {
        failed = false;
        long deadline = timeoutNs < 0 ? long.MaxValue : Environment.TickCount64 + (timeoutNs + 999_999) / 1_000_000;
        bool main = ts == ts.Interp.MainThread;
        while (true)
        {
            PyObject? item = null;
            using (ts.ReleaseGil())
            {
                lock (_sync)
                {
                    while (_items.Count == 0)
                    {
                        long left = deadline == long.MaxValue ? -1 : deadline - Environment.TickCount64;
                        if (left == 0 || left < -1) break;
                        int slice = main ? (int)(left < 0 ? 50 : Math.Min(left, 50)) : (int)(left < 0 ? int.MaxValue : Math.Min(left, int.MaxValue));
                        Monitor.Wait(_sync, slice == int.MaxValue ? Timeout.Infinite : slice);
                        if (main && ts.Interp.EvalBreaker != 0) break;
                    }
                    _items.TryDequeue(out item);
                }
            }
            if (item is not null) return item;
            if (main && ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) { failed = true; return null; }
            if (deadline != long.MaxValue && Environment.TickCount64 >= deadline) return null;
        }
    }
}
