namespace Kaa.Runtime;

/// <summary><c>callable_iterator</c>: <c>iter(f, sentinel)</c> calls f until it returns the sentinel.</summary>
public sealed class PyCallableIterator : PyObject
{
    private PyObject? _callable;
    private readonly PyObject _sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel) : base(BuiltinTypes.CallableIterator)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyCallableIterator)self;
            if (it._callable is null) return null;
            var r = Protocols.Call0(ts, it._callable);
            if (r is null)
            {
                if (ts.ErrorMatches(PyExc.StopIteration))
                {
                    ts.ClearError();
                    it._callable = null;
                }
                return null;
            }
            int eq = Protocols.RichCompareBool(ts, r, it._sentinel, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 1)
            {
                it._callable = null;
                return null;
            }
            return r;
        };
    }
}
