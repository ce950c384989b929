namespace Kaa.Runtime;

/// <summary><c>coroutine_wrapper</c>: what <c>coro.__await__()</c> returns, an iterator over the coroutine.</summary>
public sealed class PyCoroutineWrapper : PyObject
{
    public readonly PyGenerator Coroutine;

    public PyCoroutineWrapper(PyGenerator coroutine) : base(BuiltinTypes.CoroutineWrapper) => Coroutine = coroutine;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => GeneratorSlots.Send(ts, ((PyCoroutineWrapper)self).Coroutine, PyNone.Instance);
        type.AddMethod("send", static (ts, self, v) => GeneratorSlots.Send(ts, ((PyCoroutineWrapper)self).Coroutine, v));
        type.AddMethod("throw", static (ts, self, args, kw) => GeneratorSlots.Throw(ts, ((PyCoroutineWrapper)self).Coroutine, args, closeOnGenExit: true));
        type.AddMethod("close", static (ts, self) => GeneratorSlots.Close(ts, ((PyCoroutineWrapper)self).Coroutine));
    }
}
