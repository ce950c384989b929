namespace Kaa.Runtime;

/// <summary><c>async_generator_asend</c>: the awaitable of <c>agen.__anext__()</c> and <c>agen.asend(v)</c>.</summary>
public sealed class PyAsyncGenASend : PyObject
{
    private readonly PyGenerator _gen;
    private readonly PyObject _sendValue;
    private AwaitableState _state;

    public PyAsyncGenASend(PyGenerator gen, PyObject sendValue) : base(BuiltinTypes.AsyncGenASend)
    {
        _gen = gen;
        _sendValue = sendValue;
    }

    private PyObject? Send(ThreadState ts, PyObject? arg)
    {
        if (_state == AwaitableState.Closed)
            return ts.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (_state == AwaitableState.Init)
        {
            if (_gen.RunningAsync) return ts.RuntimeError("anext(): asynchronous generator is already running");
            if (arg is null || arg is PyNone) arg = _sendValue;
            _state = AwaitableState.Iter;
        }
        _gen.RunningAsync = true;
        // Resumed by next() (arg null) after the first step: the generator receives None, as gen_send_ex2 gives.
        var r = PyAsyncGenWrappedValue.Unwrap(ts, _gen, GeneratorSlots.Send(ts, _gen, arg ?? PyNone.Instance));
        if (r is null) _state = AwaitableState.Closed;
        return r;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyAsyncGenASend)self).Send(ts, null);
        type.AddMethod("send", static (ts, self, v) => ((PyAsyncGenASend)self).Send(ts, v));
        type.AddMethod("throw", static (ts, self, args, kw) =>
        {
            var a = (PyAsyncGenASend)self;
            if (a._state == AwaitableState.Closed) return ts.RuntimeError("cannot reuse already awaited __anext__()/asend()");
            var r = PyAsyncGenWrappedValue.Unwrap(ts, a._gen, GeneratorSlots.Throw(ts, a._gen, args, closeOnGenExit: true));
            if (r is null) a._state = AwaitableState.Closed;
            return r;
        });
        type.AddMethod("close", static (ts, self) =>
        {
            ((PyAsyncGenASend)self)._state = AwaitableState.Closed;
            return PyNone.Instance;
        });
        type.AddMethod("__await__", static (ts, self) => self);
    }
}

internal enum AwaitableState
{
    Init,
    Iter,
    Closed,
}
