namespace Kaa.Runtime;

/// <summary>
/// The <c>_pickle</c> module (CPython's Modules/_pickle.c): the C accelerator the <c>pickle</c> module
/// re-exports — <see cref="PyPickler"/>, <see cref="PyUnpickler"/>, <see cref="PyPickleBuffer"/>, the
/// functions dump/dumps/load/loads and the exceptions PickleError, PicklingError and UnpicklingError.
/// </summary>
internal static class PickleModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var state = ts.Interp.GetModuleState<PickleState>();
        if (state.Module is { } existing) return existing;
        var m = PyModule.Create("_pickle", "Optimized C implementation for the Python pickle module.");
        m.Set("Pickler", PyPickler.TypeObject);
        m.Set("Unpickler", PyUnpickler.TypeObject);
        m.Set("PickleBuffer", PyPickleBuffer.TypeObject);
        var pickleError = ExceptionClass.Create(ts, "_pickle.PickleError", PyExc.Exception);
        if (pickleError is null) return null;
        var picklingError = ExceptionClass.Create(ts, "_pickle.PicklingError", pickleError);
        if (picklingError is null) return null;
        var unpicklingError = ExceptionClass.Create(ts, "_pickle.UnpicklingError", pickleError);
        if (unpicklingError is null) return null;
        m.Set("PickleError", pickleError);
        m.Set("PicklingError", picklingError);
        m.Set("UnpicklingError", unpicklingError);
        var fresh = new PickleState { PickleError = pickleError, PicklingError = picklingError, UnpicklingError = unpicklingError };
        if (!InitTables(ts, fresh)) return null;
        m.AddFunction("dump", Dump, DumpDoc);
        m.AddFunction("dumps", Dumps, DumpsDoc);
        m.AddFunction("load", Load, LoadDoc);
        m.AddFunction("loads", Loads, LoadsDoc);
        // Publish only a complete state (a failed import leaves the previous one, if any, in place).
        state.Module = m;
        state.PickleError = fresh.PickleError;
        state.PicklingError = fresh.PicklingError;
        state.UnpicklingError = fresh.UnpicklingError;
        state.DispatchTable = fresh.DispatchTable;
        state.ExtensionRegistry = fresh.ExtensionRegistry;
        state.ExtensionCache = fresh.ExtensionCache;
        state.InvertedRegistry = fresh.InvertedRegistry;
        state.NameMapping2To3 = fresh.NameMapping2To3;
        state.ImportMapping2To3 = fresh.ImportMapping2To3;
        state.NameMapping3To2 = fresh.NameMapping3To2;
        state.ImportMapping3To2 = fresh.ImportMapping3To2;
        state.CodecsEncode = fresh.CodecsEncode;
        state.GetAttr = fresh.GetAttr;
        state.Partial = fresh.Partial;
        return m;
    }

    internal static PickleState State(ThreadState ts) => ts.Interp.GetModuleState<PickleState>();

    /// <summary>_Pickle_InitState: reads copyreg's and _compat_pickle's tables, codecs.encode and functools.partial.</summary>
    private static bool InitTables(ThreadState ts, PickleState st)
    {
        st.GetAttr = ts.Interp.Builtins.GetStr("getattr") ?? PyNone.Instance;
        var copyreg = ImportModule(ts, "copyreg");
        if (copyreg is null) return false;
        if (DictAttr(ts, copyreg, "copyreg", "dispatch_table") is not { } dispatch) return false;
        if (DictAttr(ts, copyreg, "copyreg", "_extension_registry") is not { } registry) return false;
        if (DictAttr(ts, copyreg, "copyreg", "_inverted_registry") is not { } inverted) return false;
        if (DictAttr(ts, copyreg, "copyreg", "_extension_cache") is not { } cache) return false;
        st.DispatchTable = dispatch;
        st.ExtensionRegistry = registry;
        st.InvertedRegistry = inverted;
        st.ExtensionCache = cache;
        var compat = ImportModule(ts, "_compat_pickle");
        if (compat is null) return false;
        if (DictAttr(ts, compat, "_compat_pickle", "NAME_MAPPING") is not { } n23) return false;
        if (DictAttr(ts, compat, "_compat_pickle", "IMPORT_MAPPING") is not { } i23) return false;
        if (DictAttr(ts, compat, "_compat_pickle", "REVERSE_NAME_MAPPING") is not { } n32) return false;
        if (DictAttr(ts, compat, "_compat_pickle", "REVERSE_IMPORT_MAPPING") is not { } i32) return false;
        st.NameMapping2To3 = n23;
        st.ImportMapping2To3 = i23;
        st.NameMapping3To2 = n32;
        st.ImportMapping3To2 = i32;
        var codecs = ImportModule(ts, "codecs");
        if (codecs is null) return false;
        var encode = Protocols.GetAttr(ts, codecs, "encode");
        if (encode is null) return false;
        if (encode.Type.Call is null)
        {
            ts.SetError(PyExc.RuntimeError, $"codecs.encode should be a callable, not {encode.Type.Name}");
            return false;
        }
        st.CodecsEncode = encode;
        var functools = ImportModule(ts, "functools");
        if (functools is null) return false;
        var partial = Protocols.GetAttr(ts, functools, "partial");
        if (partial is null) return false;
        st.Partial = partial;
        return true;
    }

    private static PyDict? DictAttr(ThreadState ts, PyObject module, string moduleName, string name)
    {
        var value = Protocols.GetAttr(ts, module, name);
        if (value is null) return null;
        if (value.Type == BuiltinTypes.Dict) return (PyDict)value;
        ts.SetError(PyExc.RuntimeError, $"{moduleName}.{name} should be a dict, not {value.Type.Name}");
        return null;
    }

    /// <summary>PyImport_Import: the module named <paramref name="name"/> itself (a dotted name gives the
    /// submodule), through the import system, then from sys.modules.</summary>
    internal static PyObject? ImportModule(ThreadState ts, string name) => ImportModule(ts, PyStr.Create(name));

    internal static PyObject? ImportModule(ThreadState ts, PyStr name)
    {
        if (ImportFunction.ImportModuleLevel(ts, name, null, null, PyTuple.Create(PyStr.Intern("__doc__")), 0) is null) return null;
        var modules = ts.Interp.Sys.Namespace.GetStr("modules") ?? ts.Interp.Modules;
        var module = Protocols.GetItem(ts, modules, name);
        return module;
    }

    // ---- dump / dumps / load / loads ------------------------------------------------------------------

    private static readonly ArgSpec DumpSpec = new("dump", ["obj", "file", "protocol", "fix_imports", "buffer_callback"], required: 2, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec DumpsSpec = new("dumps", ["obj", "protocol", "fix_imports", "buffer_callback"], required: 1, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec LoadSpec = new("load", ["file", "fix_imports", "encoding", "errors", "buffers"], required: 1, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec LoadsSpec = new("loads", ["data", "fix_imports", "encoding", "errors", "buffers"], required: 1, positionalOnly: 1, maxPositional: 1);

    private static PyObject? Dump(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!DumpSpec.Parse(ts, args, kwnames, a)) return null;
        if (!ArgBool(ts, a[3], out bool fixImports)) return null;
        var pickler = new PyPickler(PyPickler.TypeObject);
        if (!pickler.SetProtocol(ts, a[2] ?? PyNone.Instance, fixImports)) return null;
        if (!pickler.SetOutputStream(ts, a[1]!)) return null;
        if (!pickler.SetBufferCallback(ts, a[4] ?? PyNone.Instance)) return null;
        if (!pickler.Dump(ts, a[0]!)) return null;
        return pickler.FlushToFile(ts) ? PyNone.Instance : null;
    }

    private static PyObject? Dumps(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!DumpsSpec.Parse(ts, args, kwnames, a)) return null;
        if (!ArgBool(ts, a[2], out bool fixImports)) return null;
        var pickler = new PyPickler(PyPickler.TypeObject);
        if (!pickler.SetProtocol(ts, a[1] ?? PyNone.Instance, fixImports)) return null;
        if (!pickler.SetBufferCallback(ts, a[3] ?? PyNone.Instance)) return null;
        if (!pickler.Dump(ts, a[0]!)) return null;
        return pickler.GetBytes();
    }

    private static PyObject? Load(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!LoadSpec.Parse(ts, args, kwnames, a)) return null;
        if (!UnpicklerOptions(ts, "load", a[1], a[2], a[3], out bool fixImports, out string encoding, out string errors)) return null;
        var unpickler = new PyUnpickler(PyUnpickler.TypeObject);
        if (!unpickler.SetInputStream(ts, a[0]!)) return null;
        unpickler.SetEncoding(encoding, errors);
        if (!unpickler.SetBuffers(ts, a[4])) return null;
        unpickler.FixImports = fixImports;
        return unpickler.Load(ts);
    }

    private static PyObject? Loads(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!LoadsSpec.Parse(ts, args, kwnames, a)) return null;
        if (!UnpicklerOptions(ts, "loads", a[1], a[2], a[3], out bool fixImports, out string encoding, out string errors)) return null;
        var unpickler = new PyUnpickler(PyUnpickler.TypeObject);
        if (!unpickler.SetStringInput(ts, a[0]!)) return null;
        unpickler.SetEncoding(encoding, errors);
        if (!unpickler.SetBuffers(ts, a[4])) return null;
        unpickler.FixImports = fixImports;
        return unpickler.Load(ts);
    }

    /// <summary>A clinic <c>bool</c> argument: any object's truth (absent: True).</summary>
    internal static bool ArgBool(ThreadState ts, PyObject? arg, out bool value)
    {
        value = true;
        if (arg is null) return true;
        int t = Protocols.IsTrue(ts, arg);
        if (t < 0) return false;
        value = t != 0;
        return true;
    }

    /// <summary>A clinic <c>str</c> argument (no embedded NUL).</summary>
    internal static bool ArgStr(ThreadState ts, string function, string name, PyObject? arg, string deflt, out string value)
    {
        value = deflt;
        if (arg is null) return true;
        if (arg is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"{function}() argument '{name}' must be str, not {arg.Type.Name}");
            return false;
        }
        value = s.ToString();
        if (value.Contains('\0'))
        {
            ts.SetError(PyExc.ValueError, "embedded null character");
            return false;
        }
        return true;
    }

    internal static bool UnpicklerOptions(ThreadState ts, string function, PyObject? fixImportsArg, PyObject? encodingArg, PyObject? errorsArg,
        out bool fixImports, out string encoding, out string errors)
    {
        encoding = errors = "";
        if (!ArgBool(ts, fixImportsArg, out fixImports)) return false;
        if (!ArgStr(ts, function, "encoding", encodingArg, "ASCII", out encoding)) return false;
        return ArgStr(ts, function, "errors", errorsArg, "strict", out errors);
    }

    private const string DumpDoc = "Write a pickled representation of obj to the open file object file.\n\nThis is equivalent to ``Pickler(file, protocol).dump(obj)``, but may\nbe more efficient.\n\nThe optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\nprotocol is 4. It was introduced in Python 3.4, and is incompatible\nwith previous versions.\n\nSpecifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\nversion of Python needed to read the pickle produced.\n\nThe *file* argument must have a write() method that accepts a single\nbytes argument.  It can thus be a file object opened for binary\nwriting, an io.BytesIO instance, or any other custom object that meets\nthis interface.\n\nIf *fix_imports* is True and protocol is less than 3, pickle will try\nto map the new Python 3 names to the old module names used in Python\n2, so that the pickle data stream is readable with Python 2.\n\nIf *buffer_callback* is None (the default), buffer views are serialized\ninto *file* as part of the pickle stream.  It is an error if\n*buffer_callback* is not None and *protocol* is None or smaller than 5.";
    private const string DumpsDoc = "Return the pickled representation of the object as a bytes object.\n\nThe optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\nprotocol is 4. It was introduced in Python 3.4, and is incompatible\nwith previous versions.\n\nSpecifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\nversion of Python needed to read the pickle produced.\n\nIf *fix_imports* is True and *protocol* is less than 3, pickle will\ntry to map the new Python 3 names to the old module names used in\nPython 2, so that the pickle data stream is readable with Python 2.\n\nIf *buffer_callback* is None (the default), buffer views are serialized\ninto *file* as part of the pickle stream.  It is an error if\n*buffer_callback* is not None and *protocol* is None or smaller than 5.";
    private const string LoadDoc = "Read and return an object from the pickle data stored in a file.\n\nThis is equivalent to ``Unpickler(file).load()``, but may be more\nefficient.\n\nThe protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\nrepresentation are ignored.\n\nThe argument *file* must have two methods, a read() method that takes\nan integer argument, and a readline() method that requires no\narguments.  Both methods should return bytes.  Thus *file* can be a\nbinary file object opened for reading, an io.BytesIO object, or any\nother custom object that meets this interface.\n\nOptional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\ngenerated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\nrespectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.";
    private const string LoadsDoc = "Read and return an object from the given pickle data.\n\nThe protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\nrepresentation are ignored.\n\nOptional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\ngenerated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\nrespectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.";
}
