namespace Kaa.Runtime;

/// <summary>
/// <c>reversed(seq)</c>: the object's own <c>__reversed__</c> when it has one; otherwise this iterator over
/// the sequence protocol (len, then indices from the last down to 0).
/// </summary>
public class PyReversed : PyObject
{
    private PyObject? _seq;
    private long _index;

    /// <summary>An instance of <paramref name="type"/> (the builtin type or a Python subclass of it).</summary>
    private static PyReversed Make(PyType type, PyObject seq, long index)
        => type == BuiltinTypes.Reversed ? new PyReversed(type, seq, index) : new Derived(type, seq, index);

    protected PyReversed(PyType type, PyObject seq, long index) : base(type)
    {
        _seq = seq;
        _index = index;
    }

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("reversed() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"reversed expected 1 argument, got {args.Length}");
            return Create(ts, t, args[0]);
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var r = (PyReversed)self;
            if (r._seq is { } seq && r._index >= 0)
            {
                var item = Protocols.GetItem(ts, seq, PyInt.Create(r._index));
                if (item is not null)
                {
                    r._index--;
                    return item;
                }
                if (!ts.ErrorMatches(PyExc.IndexError) && !ts.ErrorMatches(PyExc.StopIteration)) return null;
                ts.ClearError();
            }
            r._index = -1;
            r._seq = null;
            return null;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var r = (PyReversed)self;
            if (r._seq is null) return PyInt.Zero;
            nint size = Protocols.Length(ts, r._seq);
            if (size < 0) return null;
            long position = r._index + 1;
            return PyInt.Create(size < position ? 0 : position);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var r = (PyReversed)self;
            return r._seq is { } seq
                ? IteratorSupport.Reduction(r.Type, seq, PyInt.Create(r._index))
                : IteratorSupport.Reduction(r.Type, PyTuple.Empty);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (!IteratorSupport.StateIndex(ts, state, out long index)) return null;
            var r = (PyReversed)self;
            if (r._seq is { } seq)
            {
                nint n = Protocols.Length(ts, seq);
                if (n < 0) return null;
                r._index = index < -1 ? -1 : Math.Min(index, n - 1);
            }
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddAttribute("__doc__", PyStr.Create("Return a reverse iterator over the values of the given sequence."));
    }

    /// <summary>reversed(seq): __reversed__ (None means "not reversible"), else the sequence protocol.</summary>
    internal static PyObject? Create(ThreadState ts, PyType t, PyObject seq)
    {
        var method = Protocols.LookupSpecial(ts, seq, PyStr.Intern("__reversed__"));
        if (method is PyNone) return ts.TypeError($"'{seq.Type.Name}' object is not reversible");
        if (method is not null) return Protocols.Call0(ts, method);
        if (ts.HasError) return null;
        if (seq.Type.GetItem is null || (seq.Type.Flags & TypeFlags.Mapping) != 0 || seq.Type.IsSubtypeOf(BuiltinTypes.Dict))
            return ts.TypeError($"'{seq.Type.Name}' object is not reversible");
        nint n = Protocols.Length(ts, seq);
        if (n < 0) return null;
        return Make(t, seq, n - 1);
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyReversed
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject seq, long index) : base(type, seq, index)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
