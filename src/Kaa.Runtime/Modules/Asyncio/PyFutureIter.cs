namespace Kaa.Runtime;

/// <summary>
/// <c>_asyncio.FutureIter</c>: what <c>await future</c> drives. The first step yields the future itself
/// (marked blocking, so that the task knows it was awaited properly); once the future is done the next
/// step returns its result (StopIteration) or raises its exception. The VM's SEND calls
/// <see cref="PyType.IterNext"/> directly for a None, so awaiting costs no method lookup.
/// </summary>
internal sealed class PyFutureIter : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_asyncio.FutureIter", (PyType?)null, TypeFlags.NoNew, Install);

    private PyFuture? _future;

    private PyFutureIter(PyFuture future) : base(TypeObject) => _future = future;

    /// <summary>future_new_iter (__iter__ / __await__ of Future and Task).</summary>
    internal static PyObject? Create(ThreadState ts, PyFuture future)
    {
        if (!future.EnsureAlive(ts)) return null;
        return new PyFutureIter(future);
    }

    /// <summary>FutureIter_am_send: the future while pending, then its outcome.</summary>
    private GenStatus Step(ThreadState ts, out PyObject? result)
    {
        result = null;
        var fut = _future;
        if (fut is null) return GenStatus.Error;
        if (fut.State == FutureState.Pending)
        {
            if (!fut.Blocking)
            {
                fut.Blocking = true;
                result = fut;
                return GenStatus.Yielded;
            }
            ts.SetError(PyExc.RuntimeError, "await wasn't used with future");
            return GenStatus.Error;
        }
        _future = null;
        if (!fut.IsAlive)
        {
            ts.SetError(PyFuture.StateOf(ts).InvalidStateError, "Future object is not initialized.");
            return GenStatus.Error;
        }
        int r = fut.GetResult(ts, out var value);
        if (r < 0) return GenStatus.Error;
        if (r > 0)
        {
            ts.Raise((PyBaseException)value!);
            return GenStatus.Error;
        }
        result = value;
        return GenStatus.Returned;
    }

    private static PyObject? IterNext(ThreadState ts, PyObject self)
    {
        switch (((PyFutureIter)self).Step(ts, out var result))
        {
            case GenStatus.Yielded:
                return result;
            case GenStatus.Returned:
                GeneratorSlots.SetStopIteration(ts, result!);
                return null;
            default:
                return null;
        }
    }

    private static PyObject? Throw(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("throw() takes no keyword arguments");
        if (args.Length < 1) return ts.TypeError("throw expected at least 1 argument, got 0");
        if (args.Length > 3) return ts.TypeError($"throw expected at most 3 arguments, got {args.Length}");
        var type = args[0];
        PyObject? val = args.Length > 1 ? args[1] : null;
        PyObject? tb = args.Length > 2 ? args[2] : null;
        if (val == PyNone.Instance) val = null;
        if (tb == PyNone.Instance) tb = null;
        else if (tb is not null && tb is not PyTraceback) return ts.TypeError("throw() third argument must be a traceback");
        PyBaseException exc;
        if (type is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var made = GeneratorSlots.NormalizeThrow(ts, type, val, tb);
            if (made is null) return null;
            exc = made;
        }
        else if (type is PyBaseException inst)
        {
            if (val is not null) return ts.TypeError("instance exception may not have a separate value");
            exc = inst;
            if (tb is PyTraceback ptb) exc.Traceback = ptb;
        }
        else return ts.TypeError("exceptions must be classes deriving BaseException or instances of such a class");
        ((PyFutureIter)self)._future = null;
        ts.SetError(exc);
        return null;
    }

    private static void Install(PyType type)
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = IterNext;
        // Future.__iter__ ignores what is sent in: the next step is the same either way.
        type.AddMethod("send", static (ts, self, value) => IterNext(ts, self));
        type.AddMethod("throw", Throw);
        type.AddMethod("close", static (ts, self) =>
        {
            ((PyFutureIter)self)._future = null;
            return PyNone.Instance;
        });
    }
}
