namespace Kaa.Runtime;

/// <summary>
/// <c>anext_awaitable</c>: what <c>anext(aiterator, default)</c> returns. It drives the awaitable the
/// iterator's <c>__anext__</c> gave and turns its StopAsyncIteration into StopIteration(default), as if
/// the <c>__anext__</c> coroutine had returned the default (Objects/iterobject.c).
/// </summary>
public sealed class PyAnextAwaitable : PyObject
{
    private readonly PyObject _wrapped;
    private readonly PyObject _default;

    public PyAnextAwaitable(PyObject wrapped, PyObject defaultValue) : base(BuiltinTypes.AnextAwaitable)
    {
        _wrapped = wrapped;
        _default = defaultValue;
    }

    /// <summary>The iterator to resume: the wrapped awaitable's, and for a coroutine the wrapper its
    /// <c>__await__</c> gives (a coroutine itself has no <c>__next__</c>).</summary>
    private PyObject? AwaitableIter(ThreadState ts)
    {
        var awaitable = GeneratorSlots.GetAwaitableIter(ts, _wrapped);
        if (awaitable is null) return null;
        if (awaitable.Type.IterNext is not null) return awaitable;
        var iter = Protocols.CallMethod(ts, awaitable, "__await__", []);
        if (iter is null) return null;
        if (iter.Type.IterNext is null) return ts.TypeError("__await__ returned a non-iterable");
        return iter;
    }

    /// <summary>The wrapped iterator's end of iteration becomes this awaitable's result, the default.</summary>
    private PyObject? DefaultOnStop(ThreadState ts)
    {
        if (ts.ErrorMatches(PyExc.StopAsyncIteration))
        {
            ts.ClearError();
            GeneratorSlots.SetStopIteration(ts, _default);
        }
        return null;
    }

    private PyObject? Next(ThreadState ts)
    {
        var it = AwaitableIter(ts);
        if (it is null) return null;
        return it.Type.IterNext!(ts, it) ?? DefaultOnStop(ts);
    }

    /// <summary>send/throw/close forwarded to the awaitable iterator, the argument passed as
    /// PyObject_CallMethod's "O" passes it (a tuple is the argument list).</summary>
    private PyObject? Proxy(ThreadState ts, string method, PyObject arg)
    {
        var it = AwaitableIter(ts);
        if (it is null) return null;
        ReadOnlySpan<PyObject> args = arg is PyTuple t ? t.Items : [arg];
        return Protocols.CallMethod(ts, it, method, args) ?? DefaultOnStop(ts);
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyAnextAwaitable)self).Next(ts);
        type.AddMethod("__await__", static (ts, self) => self);
        type.AddMethod("send", static (ts, self, v) => ((PyAnextAwaitable)self).Proxy(ts, "send", v),
            "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration.");
        type.AddMethod("throw", static (ts, self, args, kw) =>
        {
            if (!BuiltinsModuleFactory.NoKeywords(ts, "throw", kw)) return null;
            return ((PyAnextAwaitable)self).Proxy(ts, "throw", PyTuple.FromSpan(args));
        }, "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration.");
        type.AddMethod("close", static (ts, self, args, kw) =>
        {
            if (!BuiltinsModuleFactory.NoKeywords(ts, "close", kw)) return null;
            return ((PyAnextAwaitable)self).Proxy(ts, "close", PyTuple.FromSpan(args));
        }, "close() -> raise GeneratorExit inside generator.");
    }
}
