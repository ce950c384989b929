namespace Kaa.Runtime;

/// <summary>
/// <c>odict_iterator</c>: iterates an OrderedDict's keys, values or items, forwards or backwards, over the
/// dict's entry positions. A key added, removed or moved since the iterator started (the dict's version
/// changed) is "OrderedDict mutated during iteration"; a size change the version did not see, "OrderedDict
/// changed size during iteration". Replacing a value is allowed.
/// </summary>
internal sealed class PyODictIterator : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("odict_iterator", (PyType?)null, TypeFlags.NoNew, Install);

    private PyOrderedDict? _od;   // null once exhausted
    private readonly DictIterKind _kind;
    private readonly bool _reverse;
    private readonly uint _version;
    private int _size;
    private int _position;

    internal PyODictIterator(PyOrderedDict od, DictIterKind kind, bool reverse) : base(TypeObject)
    {
        _od = od;
        _kind = kind;
        _reverse = reverse;
        _version = od.Version;
        _size = od.Count;
        _position = reverse ? od.EntryLimit - 1 : 0;
    }

    private PyODictIterator(PyODictIterator other) : base(TypeObject)
    {
        _od = other._od;
        _kind = other._kind;
        _reverse = other._reverse;
        _version = other._version;
        _size = other._size;
        _position = other._position;
    }

    private PyObject? NextItem(ThreadState ts)
    {
        var od = _od;
        if (od is null) return null;
        if (od.Version != _version)
        {
            _od = null;
            return ts.RuntimeError("OrderedDict mutated during iteration");
        }
        if (od.Count != _size)
        {
            _size = -1; // sticky, as CPython's
            return ts.RuntimeError("OrderedDict changed size during iteration");
        }
        PyObject? key, value;
        while (true)
        {
            if (_reverse ? _position < 0 : _position >= od.EntryLimit)
            {
                _od = null;
                return null;
            }
            bool live = od.TryGetEntry(_position, out key, out value);
            _position += _reverse ? -1 : 1;
            if (live) break;
        }
        return _kind switch
        {
            DictIterKind.Keys => key,
            DictIterKind.Values => value,
            _ => PyTuple.Create(key!, value!),
        };
    }

    private static void Install(PyType type)
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyODictIterator)self).NextItem(ts);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            // iter(list of what is left), computed on a copy of the iterator's state.
            var rest = Protocols.ToList(ts, new PyODictIterator((PyODictIterator)self));
            if (rest is null) return null;
            var iter = ts.Interp.Builtins.GetStr("iter");
            if (iter is null) return ts.AttributeError("iter");
            return PyTuple.Create(iter, PyTuple.Create(PyList.FromArray(rest.ToArray())));
        }, "Return state information for pickling");
    }
}
