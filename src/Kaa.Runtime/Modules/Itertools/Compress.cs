namespace Kaa.Runtime;

/// <summary><c>itertools.compress(data, selectors)</c>: the data items whose selector is true.</summary>
internal sealed class Compress : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.compress", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("compress", ["data", "selectors"], required: 2, positionalOnly: 0);

    private readonly PyObject _data;
    private readonly PyObject _selectors;

    private Compress(PyType type, PyObject data, PyObject selectors) : base(type)
    {
        _data = data;
        _selectors = selectors;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            var data = Protocols.GetIter(ts, a[0]!);
            if (data is null) return null;
            var selectors = Protocols.GetIter(ts, a[1]!);
            return selectors is null ? null : new Compress(t, data, selectors);
        };
        type.IterNext = static (ts, self) =>
        {
            var c = (Compress)self;
            var nextData = c._data.Type.IterNext!;
            var nextSel = c._selectors.Type.IterNext!;
            while (true)
            {
                var datum = nextData(ts, c._data);
                if (datum is null) return null;
                var selector = nextSel(ts, c._selectors);
                if (selector is null) return null;
                int ok = Protocols.IsTrue(ts, selector);
                if (ok > 0) return datum;
                if (ok < 0) return null;
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (Compress)self;
            return PyTuple.Create(c.Type, PyTuple.Create(c._data, c._selectors));
        }, IteratorSupport.ReduceDoc);
    }
}
