using Kaa.Compiler.Hashing;

namespace Kaa.Runtime;

/// <summary>
/// <c>_imp</c> (Python/import.c): the low-level pieces importlib's bootstrap runs on. Kaa's builtin modules
/// are those of <see cref="BuiltinModuleTable"/>; it loads no extension modules (no suffixes); its frozen
/// modules are CPython's, which it compiles from the stdlib (see
/// <see cref="FrozenModules"/>) instead of carrying them in the executable.
/// </summary>
internal static class ImpModule
{
    private static readonly ArgSpec s_findFrozen = new("find_frozen", ["name", "withdata"], required: 1, positionalOnly: 1, maxPositional: 1);
    private static readonly ArgSpec s_getFrozenObject = new("get_frozen_object", ["name", "data"], required: 1);
    private static readonly ArgSpec s_sourceHash = new("source_hash", ["key", "source"], required: 2, positionalOnly: 0, maxPositional: 0, requiredKeywordOnly: 2);
    private static readonly ArgSpec s_fixCoFilename = new("_fix_co_filename", ["code", "path"], required: 2);
    private static readonly ArgSpec s_createDynamic = new("create_dynamic", ["spec", "file"], required: 1);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_imp", "(Extremely) low-level import machinery bits as used by importlib and imp.");
        m.AddFunction("lock_held", static (ts, self) => PyBool.From(ts.Interp.ImportLock.IsHeld),
            "Return True if the import lock is currently held, else False.\n\nOn platforms without threads, return False.");
        m.AddFunction("acquire_lock", static (ts, self) =>
        {
            ts.Interp.ImportLock.Acquire(ts);
            return PyNone.Instance;
        }, "Acquires the interpreter's import lock for the current thread.\n\nThis lock should be used by import hooks to ensure thread-safety when importing\nmodules. On platforms without threads, this function does nothing.");
        m.AddFunction("release_lock", static (ts, self) =>
            ts.Interp.ImportLock.Release(ts) ? PyNone.Instance : ts.RuntimeError("not holding the import lock"),
            "Release the interpreter's import lock.\n\nOn platforms without threads, this function does nothing.");
        m.AddFunction("extension_suffixes", static (ts, self) => new PyList(),
            "Returns the list of file suffixes used to identify extension modules.");
        m.AddFunction("is_builtin", static (ts, self, name) =>
        {
            if (!Name(ts, "is_builtin", name, out var s)) return null;
            // -1: a builtin module that cannot be re-initialised (sys, builtins).
            return PyInt.Create(s is "sys" or "builtins" ? -1 : IsBuiltin(s) ? 1 : 0);
        }, "Returns True if the module name corresponds to a built-in module.");
        m.AddFunction("create_builtin", static (ts, self, spec) =>
        {
            var nameObj = Protocols.GetAttr(ts, spec, "name");
            if (nameObj is null) return null;
            if (nameObj is not PyStr name) return ts.TypeError($"name must be string, not {nameObj.Type.Name}");
            string n = name.ToString();
            if (BuiltinModuleTable.Contains(n)) return ts.Interp.CreateBuiltinModule(ts, n);
            return PyNone.Instance;
        }, "Create an extension module.");
        m.AddFunction("exec_builtin", static (ts, self, mod) => PyInt.Zero, "Initialize a built-in module.");
        m.AddFunction("create_dynamic", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_createDynamic.Parse(ts, args, kw, a)) return null;
            var name = Protocols.GetAttr(ts, a[0]!, "name");
            if (name is null) return null;
            var path = Protocols.GetAttr(ts, a[0]!, "origin");
            if (path is null) return null;
            var e = ts.Raise(PyExc.ImportError, $"Kaa does not load extension modules: {Protocols.Str(ts, path)}");
            return e;
        }, "Create an extension module.");
        m.AddFunction("exec_dynamic", static (ts, self, mod) => PyInt.Zero, "Initialize an extension module.");
        m.AddFunction("is_frozen", static (ts, self, name) =>
        {
            if (!Name(ts, "is_frozen", name, out var s)) return null;
            return PyBool.From(FrozenModules.IsFrozen(s));
        }, "Returns True if the module name corresponds to a frozen module.");
        m.AddFunction("is_frozen_package", static (ts, self, name) =>
        {
            if (!Name(ts, "is_frozen_package", name, out var s)) return null;
            if (!FrozenModules.TryGet(s, out var entry)) return ts.Raise(PyExc.ImportError, $"No such frozen object named {Protocols.Repr(ts, name)}");
            return PyBool.From(entry.IsPackage);
        }, "Returns True if the module name is of a frozen package.");
        m.AddFunction("find_frozen", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_findFrozen.Parse(ts, args, kw, a)) return null;
            if (!Name(ts, "find_frozen", a[0]!, out var s)) return null;
            int withData = a[1] is null ? 0 : Protocols.IsTrue(ts, a[1]!);
            if (withData < 0) return null;
            if (!FrozenModules.TryGet(s, out var entry)) return PyNone.Instance;
            PyObject data = PyNone.Instance;
            if (withData == 1)
            {
                var bytes = FrozenModules.MarshalledCode(ts, s);
                if (bytes.Array is null) return null;
                data = PyBytes.Create(bytes.ToArray());
            }
            return PyTuple.Create([data, PyBool.From(entry.IsPackage), PyStr.Create(entry.OrigName)]);
        }, "Return info about the corresponding frozen module (if there is one) or None.\n\nThe returned info (a 2-tuple):\n\n * data         the raw marshalled bytes\n * is_package   whether or not it is a package\n * origname     the originally frozen module's name, or None if not\n                a stdlib module (this will usually be the same as\n                the module's current name)");
        m.AddFunction("get_frozen_object", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_getFrozenObject.Parse(ts, args, kw, a)) return null;
            if (!Name(ts, "get_frozen_object", a[0]!, out var s)) return null;
            if (a[1] is { } data && data is not PyNone)
            {
                if (!Protocols.GetBuffer(ts, data, false, out var view))
                {
                    ts.ClearError();
                    return ts.TypeError($"get_frozen_object() argument 2 must be bytes, not {data.Type.Name}");
                }
                var bytes = view.Span.ToArray();
                Protocols.ReleaseBuffer(ref view);
                return MarshalReader.Load(ts, bytes);
            }
            if (!FrozenModules.IsFrozen(s)) return ts.Raise(PyExc.ImportError, $"No such frozen object named {Protocols.Repr(ts, a[0]!)}");
            return FrozenModules.Code(ts, s);
        }, "Create a code object for a frozen module.");
        m.AddFunction("init_frozen", static (ts, self, name) =>
        {
            if (!Name(ts, "init_frozen", name, out var s)) return null;
            if (!FrozenModules.IsFrozen(s)) return PyNone.Instance;
            return ts.Interp.ImportFrozenModule(ts, s);
        }, "Initializes a frozen module.");
        m.AddFunction("_frozen_module_names", static (ts, self) =>
            PyList.FromArray([.. FrozenModules.Names.Select(n => (PyObject)PyStr.Create(n))]),
            "Returns the list of available frozen modules.");
        m.AddFunction("_override_frozen_modules_for_tests", static (ts, self, arg) =>
        {
            if (!Protocols.AsIndex(ts, arg, out long _, PyExc.OverflowError)) return null;
            return PyNone.Instance;
        }, "(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py.");
        m.AddFunction("source_hash", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_sourceHash.Parse(ts, args, kw, a)) return null;
            if (!Protocols.AsIndex(ts, a[0]!, out long key, PyExc.OverflowError)) return null;
            if (!Protocols.GetBuffer(ts, a[1]!, false, out var view)) return null;
            ulong hash = SipHash13.Hash(unchecked((ulong)key), 0, view.Span);
            Protocols.ReleaseBuffer(ref view);
            return PyBytes.Create(BitConverter.GetBytes(hash)); // little-endian, as CPython forces it
        }, null);
        m.AddFunction("_fix_co_filename", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!s_fixCoFilename.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyCode code) return ts.TypeError($"_fix_co_filename() argument 1 must be code, not {a[0]!.Type.Name}");
            if (a[1] is not PyStr path) return ts.TypeError($"_fix_co_filename() argument 2 must be str, not {a[1]!.Type.Name}");
            if (!code.Filename.EqualsStr(path)) FixFilename(code, code.Filename, path);
            return PyNone.Instance;
        }, "Changes code.co_filename to specify the passed-in file path.\n\n  code\n    Code object to change.\n  path\n    File path to use.");
        m.Set("check_hash_based_pycs", PyStr.Create("default"));
        return m;
    }

    private static bool IsBuiltin(string name) => BuiltinModuleTable.Contains(name);

    /// <summary>update_code_filenames: the code and its nested code objects that came from the same file.</summary>
    private static void FixFilename(PyCode code, PyStr oldName, PyStr newName)
    {
        if (!code.Filename.EqualsStr(oldName)) return;
        code.Filename = newName;
        foreach (var c in code.Consts)
            if (c is PyCode inner) FixFilename(inner, oldName, newName);
    }

    /// <summary>The <c>name: unicode</c> argument of the clinic functions.</summary>
    private static bool Name(ThreadState ts, string function, PyObject arg, out string name)
    {
        if (arg is PyStr s)
        {
            name = s.ToString();
            return true;
        }
        name = "";
        ts.SetError(PyExc.TypeError, $"{function}() argument must be str, not {arg.Type.Name}");
        return false;
    }
}
