namespace Kaa.Runtime;

/// <summary>
/// <c>async_generator_wrapped_value</c>: what ASYNC_GEN_WRAP makes of an async generator's <c>yield</c>, so
/// that the asend/athrow awaitables can tell a yielded value from an <c>await</c> passing through.
/// </summary>
public sealed class PyAsyncGenWrappedValue : PyObject
{
    public readonly PyObject Value;

    public PyAsyncGenWrappedValue(PyObject value) : base(BuiltinTypes.AsyncGenWrappedValue) => Value = value;

    internal static void Install(PyType type) => type.Flags |= TypeFlags.NoNew;

    /// <summary>async_gen_unwrap_value: a yielded value ends the awaitable with StopIteration(value).</summary>
    internal static PyObject? Unwrap(ThreadState ts, PyGenerator gen, PyObject? result)
    {
        if (result is null)
        {
            if (!ts.HasError) ts.SetErrorNoArgs(PyExc.StopAsyncIteration);
            if (ts.ErrorMatches(PyExc.StopAsyncIteration) || ts.ErrorMatches(PyExc.GeneratorExit)) gen.Closed = true;
            gen.RunningAsync = false;
            return null;
        }
        if (result is PyAsyncGenWrappedValue w)
        {
            GeneratorSlots.SetStopIteration(ts, w.Value);
            gen.RunningAsync = false;
            return null;
        }
        return result;
    }
}
