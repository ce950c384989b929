namespace Kaa.Runtime;

/// <summary>StopIteration (and StopAsyncIteration's sibling role in generators): <c>value</c>, the first argument or None.</summary>
public sealed class PyStopIteration : PyBaseException
{
    /// <summary>The generator's return value; null reads as None (a T_OBJECT member).</summary>
    public PyObject? Value;

    public PyStopIteration(PyType type, PyTuple args) : base(type, args) { }

    internal static void Install(PyType type)
    {
        type.Init = static (ts, self, args, kw) =>
        {
            if (ExceptionSlots.BaseInit(ts, self, args, kw) < 0) return -1;
            var e = (PyStopIteration)self;
            e.Value = e.Args.Length > 0 ? e.Args.Items[0] : PyNone.Instance;
            return 0;
        };
        type.AddMember("value", static (ts, self) => ((PyStopIteration)self).Value ?? PyNone.Instance,
            static (ts, self, value) => { ((PyStopIteration)self).Value = value; return 0; }, "generator return value");
    }
}
