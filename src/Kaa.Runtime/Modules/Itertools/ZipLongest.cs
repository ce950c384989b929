namespace Kaa.Runtime;

/// <summary><c>itertools.zip_longest(*iterables, fillvalue=None)</c>: tuples until the longest input ends.</summary>
internal sealed class ZipLongest : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.zip_longest", (PyType?)null, TypeFlags.BaseType, Install);

    /// <summary>The iterators; an exhausted one becomes null.</summary>
    private readonly PyObject?[] _iterators;
    private int _active;
    private PyObject _fill;

    private ZipLongest(PyType type, PyObject?[] iterators, PyObject fill) : base(type)
    {
        _iterators = iterators;
        _active = iterators.Length;
        _fill = fill;
    }

    private static PyObject? New(ThreadState ts, PyType t, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject fill = PyNone.Instance;
        if (nkw > 0)
        {
            if (nkw > 1 || kw!.Items[0].ToString() != "fillvalue")
                return ts.TypeError("zip_longest() got an unexpected keyword argument");
            fill = args[npos];
        }
        var iterators = new PyObject?[npos];
        for (int i = 0; i < npos; i++)
        {
            var it = Protocols.GetIter(ts, args[i]);
            if (it is null) return null;
            iterators[i] = it;
        }
        return new ZipLongest(t, iterators, fill);
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var z = (ZipLongest)self;
        int n = z._iterators.Length;
        if (n == 0 || z._active == 0) return null;
        var result = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var it = z._iterators[i];
            if (it is null)
            {
                result[i] = z._fill;
                continue;
            }
            var item = Protocols.Next(ts, it);
            if (item is null)
            {
                z._active--;
                if (z._active == 0 || ts.HasError)
                {
                    z._active = 0;
                    return null;
                }
                z._iterators[i] = null;
                item = z._fill;
            }
            result[i] = item;
        }
        return PyTuple.Create(result);
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n");
        type.New = New;
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var z = (ZipLongest)self;
            var args = new PyObject[z._iterators.Length];
            for (int i = 0; i < args.Length; i++) args[i] = z._iterators[i] ?? PyTuple.Empty;
            return PyTuple.Create([z.Type, PyTuple.Create(args), z._fill]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            ((ZipLongest)self)._fill = state;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
