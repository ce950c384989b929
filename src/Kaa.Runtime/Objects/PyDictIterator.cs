namespace Kaa.Runtime;

/// <summary>What a dict iterator or view yields.</summary>
public enum DictIterKind
{
    Keys,
    Values,
    Items,
}

/// <summary>
/// The six dict iterators (<c>dict_keyiterator</c> ... <c>dict_reverseitemiterator</c>): they walk the
/// entry array by position, so they see what CPython's see when the dict changes under them. A change of
/// length raises "dictionary changed size during iteration" (sticky); an entry found after the expected
/// count is used up raises "dictionary keys changed during iteration".
/// </summary>
public sealed class PyDictIterator : PyObject
{
    private PyDict? _dict;      // null once exhausted
    private int _used;          // the dict's length at creation (-1 after a size change)
    private int _position;
    private int _remaining;
    private readonly DictIterKind _kind;
    private readonly bool _reverse;

    internal PyDictIterator(PyDict dict, DictIterKind kind, bool reverse) : base(TypeFor(kind, reverse))
    {
        _dict = dict;
        _used = _remaining = dict.Count;
        _kind = kind;
        _reverse = reverse;
        _position = reverse ? dict.EntryLimit - 1 : 0;
    }

    private static PyType TypeFor(DictIterKind kind, bool reverse) => (kind, reverse) switch
    {
        (DictIterKind.Keys, false) => BuiltinTypes.DictKeyIterator,
        (DictIterKind.Values, false) => BuiltinTypes.DictValueIterator,
        (DictIterKind.Items, false) => BuiltinTypes.DictItemIterator,
        (DictIterKind.Keys, true) => BuiltinTypes.DictReverseKeyIterator,
        (DictIterKind.Values, true) => BuiltinTypes.DictReverseValueIterator,
        _ => BuiltinTypes.DictReverseItemIterator,
    };

    private PyObject? NextItem(ThreadState ts)
    {
        if (!NextEntry(ts, out var key, out var value)) return null;
        return _kind switch
        {
            DictIterKind.Keys => key,
            DictIterKind.Values => value,
            _ => PyTuple.Create(key!, value!),
        };
    }

    /// <summary>The next entry: false when the iteration is over or failed (the error set). An items
    /// iterator's caller that unpacks the pair at once (the VM's FOR_ITER; UNPACK_SEQUENCE 2) takes it from
    /// here without making the tuple.</summary>
    internal bool NextEntry(ThreadState ts, out PyObject? key, out PyObject? value)
    {
        key = value = null;
        var d = _dict;
        if (d is null) return false;
        if (_used != d.Count)
        {
            _used = -1;
            ts.RuntimeError("dictionary changed size during iteration");
            return false;
        }
        int i = _position;
        if (_reverse)
        {
            while (true)
            {
                if (i < 0)
                {
                    _dict = null;
                    return false;
                }
                if (d.TryGetEntry(i, out key, out value)) break;
                i--;
            }
            _position = i - 1;
        }
        else
        {
            int n = d.EntryLimit;
            while (i < n && !d.TryGetEntry(i, out _, out _)) i++;
            if (i >= n)
            {
                _dict = null;
                return false;
            }
            d.TryGetEntry(i, out key, out value);
            if (_remaining == 0)
            {
                _dict = null;
                ts.RuntimeError("dictionary keys changed during iteration");
                return false;
            }
            _position = i + 1;
        }
        _remaining--;
        return true;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyDictIterator)self).NextItem(ts);
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyDictIterator)self;
            return PyInt.Create(it._dict is not null && it._used == it._dict.Count ? it._remaining : 0);
        }, "Private method returning an estimate of len(list(it)).");
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            // iter(list of what is left), computed on a copy of the iterator's state.
            var it = (PyDictIterator)self;
            var copy = new PyDictIterator(it._dict ?? new PyDict(), it._kind, it._reverse)
            {
                _dict = it._dict, _used = it._used, _position = it._position, _remaining = it._remaining,
            };
            var rest = Protocols.ToList(ts, copy);
            if (rest is null) return null;
            var iter = ts.Interp.Builtins.GetStr("iter");
            if (iter is null) return ts.AttributeError("iter");
            return PyTuple.Create(iter, PyTuple.Create(PyList.FromArray(rest.ToArray())));
        }, "Return state information for pickling.");
    }
}
