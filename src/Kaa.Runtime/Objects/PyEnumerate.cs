using System.Numerics;

namespace Kaa.Runtime;

/// <summary><c>enumerate(iterable, start=0)</c>: (count, item) pairs.</summary>
public class PyEnumerate : PyObject
{
    private readonly PyObject _iterator;
    /// <summary>The next count while it fits a long; past long.MaxValue counting continues in <see cref="_bigIndex"/>.</summary>
    private long _index;
    private BigInteger? _bigIndex;

    /// <summary>An instance of <paramref name="type"/> (the builtin type or a Python subclass of it).</summary>
    private static PyEnumerate Make(PyType type, PyObject iterator, long index, BigInteger? bigIndex)
        => type == BuiltinTypes.Enumerate ? new PyEnumerate(type, iterator, index, bigIndex) : new Derived(type, iterator, index, bigIndex);

    protected PyEnumerate(PyType type, PyObject iterator, long index, BigInteger? bigIndex) : base(type)
    {
        _iterator = iterator;
        _index = index;
        _bigIndex = bigIndex;
    }

    private static bool CheckKeyword(ThreadState ts, PyTuple kwnames, int i, string expected)
    {
        if (kwnames.Items[i].ToString() == expected) return true;
        ts.SetError(PyExc.TypeError, $"'{kwnames.Items[i]}' is an invalid keyword argument for enumerate()");
        return false;
    }

    /// <summary>enum_new_impl.</summary>
    private static PyObject? New(ThreadState ts, PyType t, PyObject iterable, PyObject? startArg)
    {
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return null;
        long index = 0;
        BigInteger? big = null;
        if (startArg is not null)
        {
            var start = Protocols.Index(ts, startArg);
            if (start is null) return null;
            if (!start.TryGetLong(out index) || index == long.MaxValue)
            {
                index = long.MaxValue;
                big = start.Value;
            }
        }
        return Make(t, it, index, big);
    }

    /// <summary>The next count and item: false when the underlying iterator is exhausted or failed (the
    /// error set). The VM's FOR_ITER; UNPACK_SEQUENCE 2 takes the pair from here without making the tuple.</summary>
    internal bool NextPair(ThreadState ts, out PyObject? index, out PyObject? item)
    {
        index = null;
        item = Protocols.Next(ts, _iterator);
        if (item is null) return false;
        if (_index == long.MaxValue)
        {
            var big = _bigIndex ?? long.MaxValue;
            _bigIndex = big + 1;
            index = PyInt.Create(big);
        }
        else index = PyInt.Create(_index++);
        return true;
    }

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            // enumerate_vectorcall's argument handling, which its messages come from.
            int nkw = kw?.Length ?? 0;
            int npos = args.Length - nkw;
            PyObject iterable, start;
            if (args.Length == 2)
            {
                if (nkw == 1 && !CheckKeyword(ts, kw!, 0, "start")) return null;
                if (nkw == 2 && kw!.Items[0].ToString() == "start")
                {
                    if (!CheckKeyword(ts, kw, 1, "iterable")) return null;
                    (iterable, start) = (args[1], args[0]);
                }
                else
                {
                    if (nkw == 2 && (!CheckKeyword(ts, kw!, 0, "iterable") || !CheckKeyword(ts, kw!, 1, "start"))) return null;
                    (iterable, start) = (args[0], args[1]);
                }
                return New(ts, t, iterable, start);
            }
            if (args.Length == 1)
            {
                if (nkw == 1 && !CheckKeyword(ts, kw!, 0, "iterable")) return null;
                return New(ts, t, args[0], null);
            }
            if (npos == 0) return ts.TypeError("enumerate() missing required argument 'iterable'");
            return ts.TypeError($"enumerate() takes at most 2 arguments ({args.Length} given)");
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
            ((PyEnumerate)self).NextPair(ts, out var index, out var item) ? PyTuple.Create(index!, item!) : null;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var e = (PyEnumerate)self;
            PyObject count = e._index == long.MaxValue ? PyInt.Create(e._bigIndex ?? long.MaxValue) : PyInt.Create(e._index);
            return PyTuple.Create(e.Type, PyTuple.Create(e._iterator, count));
        }, IteratorSupport.ReduceDoc);
        type.AddAttribute("__doc__", PyStr.Create("Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."));
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyEnumerate
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject iterator, long index, BigInteger? bigIndex) : base(type, iterator, index, bigIndex)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
