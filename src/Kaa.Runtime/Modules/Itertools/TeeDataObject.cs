namespace Kaa.Runtime;

/// <summary>
/// <c>itertools._tee_dataobject</c>: a block of up to <see cref="LinkCells"/> values read from the shared
/// iterator, linked to the next block. The tee iterators walk the chain; a block no iterator refers to
/// any more is collected.
/// </summary>
internal sealed class TeeDataObject : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools._tee_dataobject", (PyType?)null, TypeFlags.None, Install);

    internal const int LinkCells = 57;

    private readonly PyObject _it;
    private readonly PyObject?[] _values = new PyObject?[LinkCells];
    private int _numRead;
    /// <summary>Set while reading from the iterator, to refuse re-entrant reads.</summary>
    private bool _running;
    private TeeDataObject? _nextLink;

    internal TeeDataObject(PyObject it) : base(TypeObject) => _it = it;

    internal TeeDataObject? Jump()
    {
        if (_nextLink is null) _nextLink = new TeeDataObject(_it);
        return _nextLink;
    }

    internal PyObject? GetItem(ThreadState ts, int i)
    {
        if (i < _numRead) return _values[i]!;
        if (_running) return ts.RuntimeError("cannot re-enter the tee iterator");
        _running = true;
        var value = Protocols.Next(ts, _it);
        _running = false;
        if (value is null) return null;
        _values[_numRead++] = value;
        return value;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("teedataobject() takes no keyword arguments");
            if (args.Length != 3) return ts.TypeError($"teedataobject expected 3 arguments, got {args.Length}");
            if (args[1] is not PyList values) return ts.TypeError($"teedataobject() argument 2 must be list, not {args[1].Type.Name}");
            var d = new TeeDataObject(args[0]);
            if (values.Count > LinkCells) return ts.ValueError("too many values");
            for (int i = 0; i < values.Count; i++) d._values[i] = values[i];
            d._numRead = values.Count;
            if (args[2] is TeeDataObject next)
            {
                if (d._numRead < LinkCells) return ts.ValueError("_tee_dataobject next link must be None when not full");
                d._nextLink = next;
            }
            else if (args[2] != PyNone.Instance) return ts.ValueError("_tee_dataobject next link must be a _tee_dataobject");
            return d;
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (TeeDataObject)self;
            var values = new PyObject[d._numRead];
            for (int i = 0; i < values.Length; i++) values[i] = d._values[i]!;
            return PyTuple.Create(d.Type, PyTuple.Create([d._it, PyList.FromArray(values), (PyObject?)d._nextLink ?? PyNone.Instance]));
        }, IteratorSupport.ReduceDoc);
        type.AddAttribute("__doc__", PyStr.Create("Data container common to multiple tee objects."));
    }
}
