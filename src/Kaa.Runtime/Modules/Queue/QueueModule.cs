namespace Kaa.Runtime;

/// <summary>The <c>_queue</c> module's per-interpreter state: its Empty exception class.</summary>
internal sealed class QueueState
{
    public PyType? Empty;
}

/// <summary><c>_queue</c> (Modules/_queuemodule.c): SimpleQueue and the Empty exception that
/// <c>queue.py</c> re-exports.</summary>
internal static class QueueModule
{
    private static readonly ArgSpec GetSpec = new("get", ["block", "timeout"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec PutSpec = new("put", ["item", "block", "timeout"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec PutNowaitSpec = new("put_nowait", ["item"], required: 1, positionalOnly: 0);

    public static readonly PyType SimpleQueueType = PyType.CreateStatic("_queue.SimpleQueue", (PyType?)null, TypeFlags.BaseType | TypeFlags.HasWeakrefs, Install);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_queue", "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.");
        var state = ts.Interp.GetModuleState<QueueState>();
        state.Empty ??= ExceptionClass.Create(ts, "_queue.Empty", PyExc.Exception, "Exception raised by Queue.get(block=0)/get_nowait().");
        if (state.Empty is null) return null;
        m.Set("Empty", state.Empty);
        m.Set("SimpleQueue", SimpleQueueType);
        return m;
    }

    private static PyObject? RaiseEmpty(ThreadState ts)
    {
        var empty = ts.Interp.GetModuleState<QueueState>().Empty ?? PyExc.Exception;
        if (Protocols.Call(ts, empty, [], null) is PyBaseException e) ts.SetError(e);
        return null;
    }

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Simple, unbounded, reentrant FIFO queue."));
        // A heap type in CPython (PyType_FromModuleAndSpec): __module__ is in its namespace.
        type.AddAttribute("__module__", PyStr.Create("_queue"));
        type.New = static (ts, t, args, kw) =>
        {
            if (t == SimpleQueueType)
            {
                if (args.Length - (kw?.Length ?? 0) > 0) return ts.TypeError("SimpleQueue() takes no positional arguments");
                if (kw is not null && kw.Length > 0) return ts.TypeError("SimpleQueue() takes no keyword arguments");
            }
            return new PySimpleQueue(t);
        };
        type.AddMethod("put", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PutSpec.Parse(ts, args, kw, a)) return null;
            ((PySimpleQueue)self).Put(a[0]!);
            return PyNone.Instance;
        }, "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class.");
        type.AddMethod("put_nowait", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PutNowaitSpec.Parse(ts, args, kw, a)) return null;
            ((PySimpleQueue)self).Put(a[0]!);
            return PyNone.Instance;
        }, "Put an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item)` and is only provided\nfor compatibility with the Queue class.");
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!GetSpec.Parse(ts, args, kw, a)) return null;
            bool block = true;
            if (a[0] is { } b)
            {
                int truth = Protocols.IsTrue(ts, b);
                if (truth < 0) return null;
                block = truth != 0;
            }
            long timeoutNs = -1;
            // The timeout is only read when the call may block (_queue_SimpleQueue_get_impl).
            if (block && a[1] is { } t && !SocketArgs.Timeout(ts, t, out timeoutNs, "'timeout' must be a non-negative number")) return null;
            var q = (PySimpleQueue)self;
            if (q.TryTake(out var item)) return item;
            if (!block || timeoutNs == 0) return RaiseEmpty(ts);
            var got = q.Take(ts, timeoutNs, out bool failed);
            if (failed) return null;
            return got ?? RaiseEmpty(ts);
        }, "Remove and return an item from the queue.\n\nIf optional args 'block' is true and 'timeout' is None (the default),\nblock if necessary until an item is available. If 'timeout' is\na non-negative number, it blocks at most 'timeout' seconds and raises\nthe Empty exception if no item was available within that time.\nOtherwise ('block' is false), return an item if one is immediately\navailable, else raise the Empty exception ('timeout' is ignored\nin that case).");
        type.AddMethod("get_nowait", static (ts, self) =>
            ((PySimpleQueue)self).TryTake(out var item) ? item : RaiseEmpty(ts),
            "Remove and return an item from the queue without blocking.\n\nOnly get an item if one is immediately available. Otherwise\nraise the Empty exception.");
        type.AddMethod("empty", static (ts, self) => PyBool.From(((PySimpleQueue)self).Count == 0), "Return True if the queue is empty, False otherwise (not reliable!).");
        type.AddMethod("qsize", static (ts, self) => PyInt.Create(((PySimpleQueue)self).Count), "Return the approximate size of the queue (not reliable!).");
        type.AddClassMethod(new MethodDef("__class_getitem__", static (ts, cls, arg) => PyGenericAlias.Create(cls, arg), "See PEP 585"));
    }
}
