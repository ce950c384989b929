namespace Kaa.Runtime;

/// <summary>
/// <c>_collections._deque_iterator</c> and <c>_collections._deque_reverse_iterator</c> (one C# class, a
/// direction flag): iterate a deque by position, failing if the deque changes underneath.
/// </summary>
internal sealed class DequeIterator : PyObject
{
    internal static readonly PyType ForwardType = PyType.CreateStatic("_collections._deque_iterator", (PyType?)null, TypeFlags.None, t => Install(t, false));
    internal static readonly PyType ReverseType = PyType.CreateStatic("_collections._deque_reverse_iterator", (PyType?)null, TypeFlags.None, t => Install(t, true));

    private readonly PyDeque _deque;
    private readonly uint _state;
    private readonly bool _reverse;
    private int _index;
    /// <summary>Items left.</summary>
    private int _counter;

    internal DequeIterator(PyDeque deque, bool reverse) : base(reverse ? ReverseType : ForwardType)
    {
        _deque = deque;
        _state = deque.State;
        _reverse = reverse;
        _counter = deque.Count;
        _index = reverse ? deque.Count - 1 : 0;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (DequeIterator)self;
        if (it._deque.State != it._state)
        {
            it._counter = 0;
            return ts.RuntimeError("deque mutated during iteration");
        }
        if (it._counter == 0) return null;
        var item = it._deque[it._index];
        it._index += it._reverse ? -1 : 1;
        it._counter--;
        return item;
    }

    private static void Install(PyType type, bool reverse)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError($"{t.QualName}() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length < 1
                    ? $"function takes at least 1 argument (0 given)"
                    : $"function takes at most 2 arguments ({args.Length} given)");
            if (args[0] is not PyDeque d)
                return ts.TypeError($"argument 1 must be collections.deque, not {args[0].Type.Name}");
            long index = 0;
            if (args.Length == 2 && !Protocols.AsIndex(ts, args[1], out index, PyExc.OverflowError)) return null;
            var it = new DequeIterator(d, t == ReverseType);
            for (long i = 0; i < index; i++)
            {
                if (Next(ts, it) is null)
                {
                    if (ts.HasError) return null;
                    break;
                }
            }
            return it;
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = Next;
        type.AddMethod("__length_hint__", static (ts, self) => PyInt.Create(((DequeIterator)self)._counter), IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var it = (DequeIterator)self;
            return PyTuple.Create(it.Type, PyTuple.Create(it._deque, PyInt.Create(it._deque.Count - it._counter)));
        }, IteratorSupport.ReduceDoc);
    }
}
