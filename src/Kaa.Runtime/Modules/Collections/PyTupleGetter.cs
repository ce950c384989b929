namespace Kaa.Runtime;

/// <summary><c>_collections._tuplegetter</c>: the read-only field descriptors of <c>namedtuple</c> classes.</summary>
internal sealed class PyTupleGetter : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_collections._tuplegetter", (PyType?)null, TypeFlags.None, Install);

    private readonly long _index;
    private PyObject _doc;

    private PyTupleGetter(long index, PyObject doc) : base(TypeObject)
    {
        _index = index;
        _doc = doc;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("_tuplegetter() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"_tuplegetter expected 2 arguments, got {args.Length}");
            if (!Protocols.AsIndex(ts, args[0], out long index, PyExc.OverflowError)) return null;
            return new PyTupleGetter(index, args[1]);
        };
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var g = (PyTupleGetter)self;
            if (instance is null || instance == PyNone.Instance) return self;
            if (instance is not PyTuple t)
                return ts.TypeError($"descriptor for index '{g._index}' for tuple subclasses doesn't apply to '{instance.Type.Name}' object");
            if ((ulong)g._index >= (ulong)t.Items.Length) return ts.IndexError("tuple index out of range");
            return t.Items[g._index];
        };
        type.DescrSet = static (ts, self, instance, value) =>
        {
            ts.SetError(PyExc.AttributeError, value is null ? "can't delete attribute" : "can't set attribute");
            return -1;
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var g = (PyTupleGetter)self;
            return PyTuple.Create(g.Type, PyTuple.Create(PyInt.Create(g._index), g._doc));
        });
        type.AddGetSet("__doc__", static (ts, self) => ((PyTupleGetter)self)._doc,
            static (ts, self, v) => { ((PyTupleGetter)self)._doc = v ?? PyNone.Instance; return 0; });
    }
}
