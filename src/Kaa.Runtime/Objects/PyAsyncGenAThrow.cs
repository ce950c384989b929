namespace Kaa.Runtime;

/// <summary><c>async_generator_athrow</c>: the awaitable of <c>agen.athrow(...)</c> and <c>agen.aclose()</c> (no arguments).</summary>
public sealed class PyAsyncGenAThrow : PyObject
{
    private readonly PyGenerator _gen;
    /// <summary>athrow's arguments; null for aclose().</summary>
    private readonly PyTuple? _args;
    private AwaitableState _state;

    public PyAsyncGenAThrow(PyGenerator gen, PyTuple? args) : base(BuiltinTypes.AsyncGenAThrow)
    {
        _gen = gen;
        _args = args;
    }

    private const string IgnoredExit = "async generator ignored GeneratorExit";

    private PyObject? Send(ThreadState ts, PyObject arg)
    {
        if (_state == AwaitableState.Closed)
            return ts.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (_gen.Finished)
        {
            _state = AwaitableState.Closed;
            ts.SetErrorNoArgs(PyExc.StopIteration);
            return null;
        }
        PyObject? retval;
        if (_state == AwaitableState.Init)
        {
            if (_gen.RunningAsync)
            {
                _state = AwaitableState.Closed;
                return ts.RuntimeError(_args is null ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }
            if (_gen.Closed)
            {
                _state = AwaitableState.Closed;
                ts.SetErrorNoArgs(PyExc.StopAsyncIteration);
                return null;
            }
            if (arg is not PyNone) return ts.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = AwaitableState.Iter;
            _gen.RunningAsync = true;
            if (_args is null)
            {
                _gen.Closed = true;
                ts.SetErrorNoArgs(PyExc.GeneratorExit);
                var exit = ts.FetchError()!;
                retval = GeneratorSlots.ThrowException(ts, _gen, exit, closeOnGenExit: false);
                if (retval is PyAsyncGenWrappedValue) return YieldClose(ts);
            }
            else
            {
                var exc = GeneratorSlots.NormalizeThrow(ts, _args.Items[0], _args.Length > 1 ? _args.Items[1] : null, _args.Length > 2 ? _args.Items[2] : null);
                retval = exc is null ? null : GeneratorSlots.ThrowException(ts, _gen, exc, closeOnGenExit: false);
                retval = PyAsyncGenWrappedValue.Unwrap(ts, _gen, retval);
            }
            return retval ?? CheckError(ts);
        }
        retval = GeneratorSlots.Send(ts, _gen, arg);
        if (_args is not null) return PyAsyncGenWrappedValue.Unwrap(ts, _gen, retval);
        if (retval is PyAsyncGenWrappedValue) return YieldClose(ts);
        return retval ?? CheckError(ts);
    }

    private PyObject? YieldClose(ThreadState ts)
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        return ts.RuntimeError(IgnoredExit);
    }

    private PyObject? CheckError(ThreadState ts)
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        if (_args is null && (ts.ErrorMatches(PyExc.StopAsyncIteration) || ts.ErrorMatches(PyExc.GeneratorExit)))
        {
            ts.ClearError();
            ts.SetErrorNoArgs(PyExc.StopIteration);
        }
        return null;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyAsyncGenAThrow)self).Send(ts, PyNone.Instance);
        type.AddMethod("send", static (ts, self, v) => ((PyAsyncGenAThrow)self).Send(ts, v));
        type.AddMethod("throw", static (ts, self, args, kw) =>
        {
            var a = (PyAsyncGenAThrow)self;
            if (a._state == AwaitableState.Closed) return ts.RuntimeError("cannot reuse already awaited aclose()/athrow()");
            var retval = GeneratorSlots.Throw(ts, a._gen, args, closeOnGenExit: true);
            if (a._args is not null) return PyAsyncGenWrappedValue.Unwrap(ts, a._gen, retval);
            if (retval is PyAsyncGenWrappedValue)
            {
                a._gen.RunningAsync = false;
                a._state = AwaitableState.Closed;
                return ts.RuntimeError(IgnoredExit);
            }
            return retval ?? a.CheckError(ts);
        });
        type.AddMethod("close", static (ts, self) =>
        {
            ((PyAsyncGenAThrow)self)._state = AwaitableState.Closed;
            return PyNone.Instance;
        });
        type.AddMethod("__await__", static (ts, self) => self);
    }
}
