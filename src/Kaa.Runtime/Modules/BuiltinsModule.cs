namespace Kaa.Runtime;

/// <summary>
/// The <c>builtins</c> module (Python/bltinmodule.c): the builtin types by name, the singletons, the
/// exception classes and the builtin functions. The functions live in partial files by family.
/// </summary>
internal static partial class BuiltinsModuleFactory
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.Create("builtins", "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
        m.Set("None", PyNone.Instance);
        m.Set("Ellipsis", PyEllipsis.Instance);
        m.Set("NotImplemented", PyNotImplemented.Instance);
        m.Set("True", PyBool.True);
        m.Set("False", PyBool.False);
        m.Set("__debug__", PyBool.True);
        foreach (var t in new[]
        {
            BuiltinTypes.Object, BuiltinTypes.Type, BuiltinTypes.Int, BuiltinTypes.Bool, BuiltinTypes.Float,
            BuiltinTypes.Complex, BuiltinTypes.Str, BuiltinTypes.Bytes, BuiltinTypes.ByteArray, BuiltinTypes.Tuple,
            BuiltinTypes.List, BuiltinTypes.Dict, BuiltinTypes.Set, BuiltinTypes.FrozenSet, BuiltinTypes.Range,
            BuiltinTypes.Slice, BuiltinTypes.StaticMethod, BuiltinTypes.ClassMethod, BuiltinTypes.Property,
            BuiltinTypes.Super, BuiltinTypes.Enumerate, BuiltinTypes.Zip, BuiltinTypes.Map, BuiltinTypes.Filter,
            BuiltinTypes.Reversed, BuiltinTypes.MemoryView,
        })
            m.Set(t.Name, t);
        foreach (var t in PyExc.All) m.Set(t.Name, t);
        m.Set("EnvironmentError", PyExc.OSError);
        m.Set("IOError", PyExc.OSError);
        AddCore(m);
        AddNumberFunctions(m);
        AddTextFunctions(m);
        AddIterationFunctions(m);
        AddIntrospectionFunctions(m);
        AddAsyncIterationFunctions(m);
        return m;
    }

    // The families of builtin functions, each implemented in its own partial file by its owner:
    /// <summary>abs, divmod, pow, round, bin, oct, hex (BuiltinsModule.Numbers.cs).</summary>
    static partial void AddNumberFunctions(PyModule m);
    /// <summary>chr, ord, format-related (BuiltinsModule.Text.cs).</summary>
    static partial void AddTextFunctions(PyModule m);
    /// <summary>min, max, sum, sorted, any, all, ... (BuiltinsModule.Iteration.cs).</summary>
    static partial void AddIterationFunctions(PyModule m);
    /// <summary>dir, vars, globals, locals, exec, eval, compile, input, ... (BuiltinsModule.Introspection.cs).</summary>
    static partial void AddIntrospectionFunctions(PyModule m);

    private static readonly ArgSpec s_print = new("print", ["sep", "end", "file", "flush"], required: 0, positionalOnly: 0, maxPositional: 0);

    private static void AddCore(PyModule m)
    {
        m.AddFunction("__build_class__", BuildClass.Call);
        m.AddFunction(ImportFunction.Definition);
        m.AddFunction("print", Print);
        m.AddFunction("len", static (ts, self, obj) =>
        {
            nint n = Protocols.Length(ts, obj);
            return n < 0 ? null : PyInt.Create((long)n);
        });
        m.AddFunction("repr", static (ts, self, obj) => Protocols.Repr(ts, obj));
        m.AddFunction("ascii", static (ts, self, obj) => Protocols.Ascii(ts, obj));
        m.AddFunction("id", static (ts, self, obj) => PyInt.Create(ts.Interp.IdOf(obj)));
        m.AddFunction("hash", static (ts, self, obj) =>
        {
            long h = Protocols.Hash(ts, obj);
            return h == -1 && ts.HasError ? null : PyInt.Create(h);
        });
        m.AddFunction("callable", static (ts, self, obj) => PyBool.From(obj.Type.Call is not null));
        m.AddFunction("isinstance", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "isinstance", kw) || !ExactArgs(ts, "isinstance", args, 2)) return null;
            int r = Protocols.IsInstance(ts, args[0], args[1]);
            return r < 0 ? null : PyBool.From(r == 1);
        });
        m.AddFunction("issubclass", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "issubclass", kw) || !ExactArgs(ts, "issubclass", args, 2)) return null;
            int r = Protocols.IsSubclass(ts, args[0], args[1]);
            return r < 0 ? null : PyBool.From(r == 1);
        });
        m.AddFunction("iter", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "iter", kw)) return null;
            if (args.Length == 1) return Protocols.GetIter(ts, args[0]);
            if (args.Length == 2)
            {
                if (args[0].Type.Call is null) return ts.TypeError("iter(v, w): v must be callable");
                return new PyCallableIterator(args[0], args[1]);
            }
            return ts.TypeError(args.Length == 0 ? "iter expected at least 1 argument, got 0" : $"iter expected at most 2 arguments, got {args.Length}");
        });
        m.AddFunction("next", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "next", kw)) return null;
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length == 0 ? "next expected at least 1 argument, got 0" : $"next expected at most 2 arguments, got {args.Length}");
            var it = args[0];
            if (it.Type.IterNext is not { } next) return ts.TypeError($"'{it.Type.Name}' object is not an iterator");
            var r = next(ts, it);
            if (r is not null) return r;
            if (ts.HasError)
            {
                if (args.Length == 2 && ts.ErrorMatches(PyExc.StopIteration))
                {
                    ts.ClearError();
                    return args[1];
                }
                return null;
            }
            if (args.Length == 2) return args[1];
            ts.SetErrorNoArgs(PyExc.StopIteration);
            return null;
        });
        m.AddFunction("getattr", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "getattr", kw)) return null;
            if (args.Length < 2 || args.Length > 3)
                return ts.TypeError(args.Length < 2 ? $"getattr expected at least 2 arguments, got {args.Length}" : $"getattr expected at most 3 arguments, got {args.Length}");
            if (args[1] is not PyStr name) return ts.TypeError("attribute name must be string, not '" + args[1].Type.Name + "'");
            if (args.Length == 2) return Protocols.GetAttr(ts, args[0], name);
            var r = Protocols.LookupAttr(ts, args[0], name);
            if (r is not null || ts.HasError) return r;
            return args[2];
        });
        m.AddFunction("setattr", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "setattr", kw) || !ExactArgs(ts, "setattr", args, 3)) return null;
            if (args[1] is not PyStr name) return ts.TypeError("attribute name must be string, not '" + args[1].Type.Name + "'");
            return Protocols.SetAttr(ts, args[0], name, args[2]) < 0 ? null : PyNone.Instance;
        });
        m.AddFunction("delattr", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "delattr", kw) || !ExactArgs(ts, "delattr", args, 2)) return null;
            if (args[1] is not PyStr name) return ts.TypeError("attribute name must be string, not '" + args[1].Type.Name + "'");
            return Protocols.DelAttr(ts, args[0], name) < 0 ? null : PyNone.Instance;
        });
        m.AddFunction("hasattr", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "hasattr", kw) || !ExactArgs(ts, "hasattr", args, 2)) return null;
            if (args[1] is not PyStr name) return ts.TypeError("attribute name must be string, not '" + args[1].Type.Name + "'");
            int r = Protocols.HasAttr(ts, args[0], name);
            return r < 0 ? null : PyBool.From(r == 1);
        });
        m.AddFunction("abs", static (ts, self, obj) => Protocols.Absolute(ts, obj));
        m.AddFunction("format", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "format", kw)) return null;
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length == 0 ? "format expected at least 1 argument, got 0" : $"format expected at most 2 arguments, got {args.Length}");
            var spec = args.Length == 2 ? args[1] : PyStr.Empty;
            if (spec is not PyStr s) return ts.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
            return Protocols.Format(ts, args[0], s);
        });
    }

    internal static bool NoKeywords(ThreadState ts, string name, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }

    internal static bool ExactArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, int n)
    {
        if (args.Length == n) return true;
        ts.SetError(PyExc.TypeError, $"{name} expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    /// <summary>print(*objects, sep=' ', end='\n', file=None, flush=False).</summary>
    private static PyObject? Print(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        var objects = args[..(args.Length - nkw)];
        var opts = new ArgBuffer();
        if (!s_print.Parse(ts, args[objects.Length..], kwnames, opts)) return null;
        PyObject? sep = opts[0], end = opts[1], file = opts[2], flush = opts[3];
        if (file is null || file is PyNone)
        {
            file = ts.Interp.Sys.Namespace.GetStr("stdout");
            if (file is null || file is PyNone) return PyNone.Instance; // sys.stdout is None: print does nothing
        }
        if (sep is not null && sep is not PyNone && sep is not PyStr)
            return ts.TypeError($"sep must be None or a string, not {sep.Type.Name}");
        if (end is not null && end is not PyNone && end is not PyStr)
            return ts.TypeError($"end must be None or a string, not {end.Type.Name}");
        if (file.Type == IoTypes.TextIOWrapper)
        {
            // The common case (sys.stdout, open files): write straight into the wrapper, no method calls.
            var w = (PyTextIOWrapper)file;
            if (!w.CheckAttached(ts)) return null;
            for (int i = 0; i < objects.Length; i++)
            {
                if (i > 0 && w.Write(ts, sep is PyStr s ? s : PyStr.Intern(" ")) < 0) return null;
                var text = objects[i] is PyStr exact && exact.Type == BuiltinTypes.Str ? exact : Protocols.Str(ts, objects[i]);
                if (text is null || w.Write(ts, (PyStr)text) < 0) return null;
            }
            if (w.Write(ts, end is PyStr e ? e : PyStr.Intern("\n")) < 0) return null;
        }
        else if (!PrintGeneric(ts, file, objects, sep, end)) return null;
        if (flush is not null)
        {
            int f = Protocols.IsTrue(ts, flush);
            if (f < 0) return null;
            if (f == 1 && Protocols.CallMethod(ts, file, "flush", []) is null) return null;
        }
        return PyNone.Instance;
    }

    private static bool PrintGeneric(ThreadState ts, PyObject file, ReadOnlySpan<PyObject> objects, PyObject? sep, PyObject? end)
    {
        var write = Protocols.GetAttr(ts, file, "write");
        if (write is null) return false;
        for (int i = 0; i < objects.Length; i++)
        {
            if (i > 0 && Protocols.Call1(ts, write, sep is PyStr s ? s : PyStr.Intern(" ")) is null) return false;
            var text = Protocols.Str(ts, objects[i]);
            if (text is null || Protocols.Call1(ts, write, text) is null) return false;
        }
        return Protocols.Call1(ts, write, end is PyStr e ? e : PyStr.Intern("\n")) is not null;
    }
}
