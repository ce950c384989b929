namespace Kaa.Runtime;

/// <summary>
/// <c>functools.KeyWrapper</c>: what <c>cmp_to_key(mycmp)</c> returns. Called with an object it wraps that
/// object; two wrapped objects compare by the sign of <c>mycmp(a, b)</c>.
/// </summary>
internal sealed class PyKeyWrapper : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("functools.KeyWrapper", (PyType?)null, TypeFlags.None, Install);

    private static readonly ArgSpec CallSpec = new("K", ["obj"], required: 1, positionalOnly: 0);

    private readonly PyObject _cmp;
    /// <summary>The wrapped object; null for the key function itself.</summary>
    private PyObject? _object;

    internal PyKeyWrapper(PyObject cmp, PyObject? obj) : base(TypeObject)
    {
        _cmp = cmp;
        _object = obj;
    }

    private static void Install(PyType type)
    {
        type.Call = static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!CallSpec.Parse(ts, args, kw, a)) return null;
            return new PyKeyWrapper(((PyKeyWrapper)self)._cmp, a[0]);
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (b.Type != a.Type) return ts.TypeError("other argument must be K instance");
            var x = (PyKeyWrapper)a;
            var y = (PyKeyWrapper)b;
            if (x._object is null || y._object is null) return ts.AttributeError("object");
            var res = Protocols.Call2(ts, x._cmp, x._object, y._object);
            if (res is null) return null;
            return Protocols.RichCompare(ts, res, PyInt.Create(0), op);
        };
        type.AddGetSet("obj", static (ts, self) => ((PyKeyWrapper)self)._object ?? PyNone.Instance,
            static (ts, self, v) => { ((PyKeyWrapper)self)._object = v; return 0; },
            "Value wrapped by a key function.");
    }
}
