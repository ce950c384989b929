namespace Kaa.Runtime;

/// <summary>
/// <c>functools._lru_cache_wrapper</c>: the callable <c>@lru_cache</c> returns. Three strategies, chosen at
/// creation from <c>maxsize</c>: no caching (0), an unbounded dict (None), or a dict plus a circular
/// doubly-linked list in recency order (a positive bound; the oldest link is recycled when full).
/// The key is the lone argument itself when it is an exact int or str (and the cache is untyped),
/// otherwise a tuple of the arguments, a keyword marker, the keyword pairs, and the types when typed.
/// </summary>
internal sealed class PyLruCacheWrapper : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("functools._lru_cache_wrapper", (PyType?)null,
        TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs, Install);

    private static readonly ArgSpec NewSpec = new("lru_cache", ["user_function", "maxsize", "typed", "cache_info_type"], required: 4, positionalOnly: 0);

    /// <summary>Separates positional from keyword arguments in a key (identity only matters).</summary>
    private static readonly PyObject KeywordMark = new PyInstance(BuiltinTypes.Object);

    private readonly PyObject _func;
    private readonly PyObject _cacheInfoType;
    private readonly bool _typed;
    /// <summary>-1: unbounded; 0: no caching; otherwise the bound.</summary>
    private readonly long _maxsize;
    private readonly PyDict _cache = new();
    /// <summary>The sentinel of the recency list (bounded caches): root.Next is the oldest entry.</summary>
    private readonly LruLink _root;
    private long _hits, _misses;
    private PyDict? _dict;

    private PyLruCacheWrapper(PyObject func, long maxsize, bool typed, PyObject cacheInfoType) : base(TypeObject)
    {
        _func = func;
        _maxsize = maxsize;
        _typed = typed;
        _cacheInfoType = cacheInfoType;
        _root = new LruLink();
        _root.Prev = _root.Next = _root;
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!NewSpec.Parse(ts, args, kwnames, a)) return null;
        var func = a[0]!;
        int typed = Protocols.IsTrue(ts, a[2]!);
        if (typed < 0) return null;
        if (func.Type.Call is null) return ts.TypeError("the first argument must be callable");
        long maxsize;
        if (a[1] == PyNone.Instance) maxsize = -1;
        else if (a[1]!.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, a[1]!, out maxsize, PyExc.OverflowError)) return null;
            if (maxsize < 0) maxsize = 0;
        }
        else return ts.TypeError("maxsize should be integer or None");
        return new PyLruCacheWrapper(func, maxsize, typed != 0, a[3]!);
    }

    /// <summary>lru_cache_make_key.</summary>
    private PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (!_typed && nkw == 0)
        {
            if (npos == 1)
            {
                var only = args[0];
                if (only.Type == BuiltinTypes.Int || only.Type == BuiltinTypes.Str) return only;
            }
            return PyTuple.FromSpan(args);
        }
        int size = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (_typed ? npos + nkw : 0);
        var items = new PyObject[size];
        int n = 0;
        for (int i = 0; i < npos; i++) items[n++] = args[i];
        if (nkw > 0)
        {
            items[n++] = KeywordMark;
            for (int i = 0; i < nkw; i++)
            {
                items[n++] = kwnames!.Items[i];
                items[n++] = args[npos + i];
            }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) items[n++] = args[i].Type;
            for (int i = 0; i < nkw; i++) items[n++] = args[npos + i].Type;
        }
        return PyTuple.Create(items);
    }

    private static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var w = (PyLruCacheWrapper)self;
        if (w._maxsize == 0)
        {
            w._misses++;
            return Protocols.Call(ts, w._func, args, kwnames);
        }
        var key = w.MakeKey(args, kwnames);
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return null;
        int found = w._cache.TryGetItem(ts, key, hash, out var cached);
        if (found < 0) return null;
        if (w._maxsize < 0)
        {
            if (found > 0)
            {
                w._hits++;
                return cached;
            }
            w._misses++;
            var r = Protocols.Call(ts, w._func, args, kwnames);
            if (r is null) return null;
            if (!w._cache.SetItem(ts, key, hash, r)) return null;
            return r;
        }
        if (found > 0)
        {
            var hit = (LruLink)cached!;
            hit.Unlink();
            w.Append(hit);
            w._hits++;
            return hit.Result;
        }
        w._misses++;
        var result = Protocols.Call(ts, w._func, args, kwnames);
        if (result is null) return null;
        // The call may have added this key itself (recursion); the entry already there stays.
        int again = w._cache.TryGetItem(ts, key, hash, out _);
        if (again < 0) return null;
        if (again > 0) return result;
        LruLink link;
        if (w._cache.Count < w._maxsize || w._root.Next == w._root)
            link = new LruLink();
        else
        {
            // Full: recycle the oldest link for the new entry.
            link = w._root.Next!;
            link.Unlink();
            if (w._cache.DelItem(ts, link.Key!, link.Hash) < 0) return null;
        }
        link.Key = key;
        link.Hash = hash;
        link.Result = result;
        if (!w._cache.SetItem(ts, key, hash, link)) return null;
        w.Append(link);
        return result;
    }

    private void Append(LruLink link)
    {
        var last = _root.Prev!;
        last.Next = link;
        link.Prev = last;
        link.Next = _root;
        _root.Prev = link;
    }

    private static void Install(PyType type)
    {
        type.New = New;
        type.Call = Call;
        type.DescrGet = static (ts, self, instance, owner) =>
            instance is null || instance == PyNone.Instance ? self : new PyMethod(self, instance);
        type.GetAttr = ObjectSlots.GenericGetAttr;
        type.SetAttr = ObjectSlots.GenericSetAttr;
        type.AddMethod("cache_info", static (ts, self) =>
        {
            var w = (PyLruCacheWrapper)self;
            PyObject maxsize = w._maxsize < 0 ? PyNone.Instance : PyInt.Create(w._maxsize);
            return Protocols.Call(ts, w._cacheInfoType,
                [PyInt.Create(w._hits), PyInt.Create(w._misses), maxsize, PyInt.Create(w._cache.Count)], null);
        });
        type.AddMethod("cache_clear", static (ts, self) =>
        {
            var w = (PyLruCacheWrapper)self;
            w._hits = w._misses = 0;
            w._root.Prev = w._root.Next = w._root;
            w._cache.Clear();
            return PyNone.Instance;
        });
        type.AddMethod("__reduce__", static (ts, self) => Protocols.GetAttr(ts, self, "__qualname__"));
        type.AddMethod("__copy__", static (ts, self, args, kw) => self);
        type.AddMethod("__deepcopy__", static (ts, self, args, kw) => self);
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, static (ts, self, v) =>
        {
            if (v is null) { ts.SetError(PyExc.TypeError, "cannot delete __dict__"); return -1; }
            if (v is not PyDict d) { ts.SetError(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{v.Type.Name}'"); return -1; }
            self.Dict = d;
            return 0;
        });
        type.AddAttribute("__doc__", PyStr.Create("Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n"));
    }

    /// <summary><c>functools._lru_list_elem</c>: one entry of a bounded cache, the value stored in its dict.</summary>
    private sealed class LruLink : PyObject
    {
        private static readonly PyType LinkType = PyType.CreateStatic("functools._lru_list_elem", (PyType?)null, TypeFlags.None, static t => { });

        public LruLink? Prev, Next;
        public PyObject? Key;
        public long Hash;
        public PyObject? Result;

        public LruLink() : base(LinkType) { }

        public void Unlink()
        {
            Prev!.Next = Next;
            Next!.Prev = Prev;
        }
    }
}
