namespace Kaa.Runtime;

/// <summary>
/// The <c>_struct</c> module (struct.py re-exports it): the <c>Struct</c> type, its unpack iterator, the
/// module-level functions over a cache of compiled formats, and <c>struct.error</c>.
/// </summary>
internal static class StructModule
{
    internal static readonly PyType StructType = PyType.CreateStatic("_struct.Struct", (PyType?)null, TypeFlags.BaseType, InstallStruct);
    internal static readonly PyType UnpackIteratorType = PyType.CreateStatic("_struct.unpack_iterator", (PyType?)null, TypeFlags.None, InstallIterator);

    private const string Doc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_struct", Doc);
        // The state (and Struct, a static type) is the interpreter's, not the module object's: a
        // second instance (importlib.reload, import_fresh_module) shares the first one's error class,
        // which the Struct objects raise, so that `except struct.error` keeps catching them.
        var state = ts.Interp.GetModuleState<StructState>();
        var error = state.Error ?? ExceptionClass.Create(ts, "struct.error", PyExc.Exception);
        if (error is null) return null;
        state.Error = error;
        m.Set("error", error);
        m.Set("Struct", StructType);
        m.AddFunction("_clearcache", static (ts, _) => { State(ts).Cache.Clear(); return PyNone.Instance; });
        m.AddFunction("calcsize", static (ts, _, fmt) => Cached(ts, fmt) is { } s ? PyInt.Create(s.Format!.Size) : null);
        m.AddFunction("pack", static (ts, _, args, kw) =>
        {
            if (!NoKeywords(ts, "pack", kw)) return null;
            if (args.Length == 0) return ts.TypeError("missing format argument");
            var s = Cached(ts, args[0]);
            return s is null ? null : StructSlots.Pack(ts, s, args[1..]);
        });
        m.AddFunction("pack_into", static (ts, _, args, kw) =>
        {
            if (!NoKeywords(ts, "pack_into", kw)) return null;
            if (args.Length == 0) return ts.TypeError("missing format argument");
            var s = Cached(ts, args[0]);
            return s is null ? null : StructSlots.PackInto(ts, s, args[1..]);
        });
        m.AddFunction("unpack", static (ts, _, args, kw) =>
        {
            if (!ExactPositional(ts, "unpack", args, kw, 2)) return null;
            var s = Cached(ts, args[0]);
            return s is null ? null : StructSlots.Unpack(ts, s, args[1]);
        });
        m.AddFunction("unpack_from", static (ts, _, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_unpackFrom.Parse(ts, args, kw, a)) return null;
            var s = Cached(ts, a[0]!);
            return s is null ? null : StructSlots.UnpackFrom(ts, s, a[1]!, a[2]);
        });
        m.AddFunction("iter_unpack", static (ts, _, args, kw) =>
        {
            if (!ExactPositional(ts, "iter_unpack", args, kw, 2)) return null;
            var s = Cached(ts, args[0]);
            return s is null ? null : StructSlots.IterUnpack(ts, s, args[1]);
        });
        return m;
    }

    private static readonly ArgSpec s_unpackFrom = new("unpack_from", ["format", "buffer", "offset"], required: 2, positionalOnly: 1);

    internal static StructState State(ThreadState ts) => ts.Interp.GetModuleState<StructState>();

    /// <summary>The struct.error class of this interpreter.</summary>
    internal static PyType Error(ThreadState ts) => State(ts).Error ?? PyExc.Exception;

    /// <summary>cache_struct_converter: the compiled Struct for a format object, from the cache.</summary>
    private static PyStruct? Cached(ThreadState ts, PyObject format)
    {
        var state = State(ts);
        (bool, string) key;
        if (format is PyStr str) key = (false, str.ToString());
        else if (format is PyBytes b) key = (true, System.Text.Encoding.Latin1.GetString(b.Value));
        else
        {
            ts.SetError(PyExc.TypeError, $"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}");
            return null;
        }
        if (state.Cache.TryGetValue(key, out var cached)) return cached;
        var s = new PyStruct(StructType);
        if (!StructSlots.Initialize(ts, s, format)) return null;
        if (state.Cache.Count >= StructState.MaxCache) state.Cache.Clear();
        state.Cache[key] = s;
        return s;
    }

    internal static bool ExactPositional(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int n)
    {
        if (!NoKeywords(ts, name, kw)) return false;
        if (args.Length == n) return true;
        ts.SetError(PyExc.TypeError, $"{name} expected {n} arguments, got {args.Length}");
        return false;
    }

    private static bool NoKeywords(ThreadState ts, string name, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"_struct.{name}() takes no keyword arguments");
        return false;
    }

    private static void InstallStruct(PyType type) => StructSlots.Install(type);

    private static void InstallIterator(PyType type)
    {
        type.New = static (ts, t, args, kw) => ts.TypeError("Cannot create '_struct.unpack_iterator objects");
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyUnpackIterator)self;
            if (it.Format is null) return null;
            if (it.Index >= it.Data.Length)
            {
                it.Format = null;
                it.Data = [];
                return null;
            }
            var r = StructSlots.UnpackAt(it.Format, it.Data, it.Index);
            it.Index += (int)it.Format.Size;
            return r;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyUnpackIterator)self;
            return PyInt.Create(it.Format is null ? 0 : (it.Data.Length - it.Index) / it.Format.Size);
        });
    }
}
