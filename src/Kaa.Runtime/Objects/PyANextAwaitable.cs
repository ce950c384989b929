namespace Kaa.Runtime;

/// <summary>
/// <c>anext_awaitable</c>: what <c>anext(aiterator, default)</c> returns. It drives the awaitable that
/// <c>__anext__()</c> gave and turns its StopAsyncIteration into a StopIteration carrying the default, so
/// <c>await anext(it, default)</c> evaluates to the default once the iterator is exhausted.
/// </summary>
public sealed class PyANextAwaitable : PyObject
{
    private readonly PyObject _wrapped;
    private readonly PyObject _default;

    public PyANextAwaitable(PyObject wrapped, PyObject defaultValue) : base(Holder.Type)
    {
        _wrapped = wrapped;
        _default = defaultValue;
    }

    /// <summary>The iterator to drive: the awaitable's own, or a coroutine's __await__ wrapper.</summary>
    private PyObject? AwaitableIter(ThreadState ts)
    {
        var it = GeneratorSlots.GetAwaitableIter(ts, _wrapped);
        if (it is null) return null;
        if (it.Type == BuiltinTypes.Coroutine) return new PyCoroutineWrapper((PyGenerator)it);
        return it;
    }

    /// <summary>One step (<c>__next__</c> when <paramref name="method"/> is null, else send/throw/close).</summary>
    private PyObject? Step(ThreadState ts, string? method, ReadOnlySpan<PyObject> args)
    {
        var it = AwaitableIter(ts);
        if (it is null) return null;
        PyObject? r;
        if (method is null)
        {
            if (it.Type.IterNext is not { } next) return ts.TypeError($"'{it.Type.Name}' object is not an iterator");
            r = next(ts, it);
        }
        else r = Protocols.CallMethod(ts, it, method, args);
        if (r is null && ts.ErrorMatches(PyExc.StopAsyncIteration))
        {
            ts.ClearError();
            GeneratorSlots.SetStopIteration(ts, _default);
        }
        return r;
    }

    private static class Holder
    {
        internal static readonly PyType Type = Make();

        private static PyType Make()
        {
            var type = PyType.CreateBuiltin("anext_awaitable", BuiltinTypes.Object, TypeFlags.NoNew);
            type.Iter = static (ts, self) => self;
            type.IterNext = static (ts, self) => ((PyANextAwaitable)self).Step(ts, null, []);
            type.AddMethod("__await__", static (ts, self) => self);
            type.AddMethod("send", static (ts, self, v) => ((PyANextAwaitable)self).Step(ts, "send", [v]));
            type.AddMethod("throw", static (ts, self, args, kw) => ((PyANextAwaitable)self).Step(ts, "throw", args));
            type.AddMethod("close", static (ts, self) => ((PyANextAwaitable)self).Step(ts, "close", []));
            type.Ready();
            return type;
        }
    }
}
