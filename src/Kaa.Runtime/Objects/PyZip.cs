namespace Kaa.Runtime;

/// <summary><c>zip(*iterables, strict=False)</c>: tuples of the iterables' items, in step.</summary>
public class PyZip : PyObject
{
    private readonly PyObject[] _iterators;
    private bool _strict;

    /// <summary>An instance of <paramref name="type"/> (the builtin type or a Python subclass of it).</summary>
    private static PyZip Make(PyType type, PyObject[] iterators, bool strict)
        => type == BuiltinTypes.Zip ? new PyZip(type, iterators, strict) : new Derived(type, iterators, strict);

    protected PyZip(PyType type, PyObject[] iterators, bool strict) : base(type)
    {
        _iterators = iterators;
        _strict = strict;
    }

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int n = args.Length - nkw;
            bool strict = false;
            if (nkw > 0)
            {
                if (nkw > 1) return ts.TypeError($"zip() takes at most 1 keyword argument ({nkw} given)");
                var name = kw!.Items[0].ToString();
                if (name != "strict") return ts.TypeError($"'{name}' is an invalid keyword argument for zip()");
                int truth = Protocols.IsTrue(ts, args[n]);
                if (truth < 0) return null;
                strict = truth == 1;
            }
            var iterators = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var it = Protocols.GetIter(ts, args[i]);
                if (it is null) return null;
                iterators[i] = it;
            }
            return Make(t, iterators, strict);
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var z = (PyZip)self;
            var iters = PyTuple.Create((PyObject[])z._iterators.Clone());
            return z._strict ? PyTuple.Create([z.Type, iters, PyBool.True]) : PyTuple.Create(z.Type, iters);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            int truth = Protocols.IsTrue(ts, state);
            if (truth < 0) return null;
            ((PyZip)self)._strict = truth == 1;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddAttribute("__doc__", PyStr.Create("zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError."));
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var z = (PyZip)self;
        int n = z._iterators.Length;
        if (n == 0) return null;
        var items = new PyObject[n];
        int i = 0;
        for (; i < n; i++)
        {
            var it = z._iterators[i];
            var item = Protocols.Next(ts, it);
            if (item is null)
            {
                if (!z._strict) return null;
                return StrictCheck(ts, z, i);
            }
            items[i] = item;
        }
        return PyTuple.Create(items);
    }

    /// <summary>strict=True: iterator <paramref name="i"/> ran out; every other one must be exhausted too.</summary>
    private static PyObject? StrictCheck(ThreadState ts, PyZip z, int i)
    {
        if (ts.HasError)
        {
            if (!ts.ErrorMatches(PyExc.StopIteration)) return null;
            ts.ClearError();
        }
        if (i > 0)
            return ts.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? " " : "s 1-")}{i}");
        for (i = 1; i < z._iterators.Length; i++)
        {
            var it = z._iterators[i];
            var item = Protocols.Next(ts, it);
            if (item is not null)
                return ts.ValueError($"zip() argument {i + 1} is longer than argument{(i == 1 ? " " : "s 1-")}{i}");
            if (ts.HasError)
            {
                if (!ts.ErrorMatches(PyExc.StopIteration)) return null;
                ts.ClearError();
            }
        }
        return null;
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyZip
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject[] iterators, bool strict) : base(type, iterators, strict)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
