namespace Kaa.Runtime;

/// <summary>
/// <c>_pickle.Unpickler</c>: rebuilds objects from a pickle stream — from bytes (loads) or a file's
/// read/readline/peek. This file holds the object's state, the value stack with its marks, the memo and
/// the Python-visible surface (<c>__init__</c>, load, find_class, memo, persistent_load); reading the input
/// is in UnpicklerInput.cs and the opcodes in UnpicklerLoad.cs.
/// </summary>
internal partial class PyUnpickler : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_pickle.Unpickler", (PyType?)null, TypeFlags.BaseType | TypeFlags.HasWeakrefs, Install);

    // The value stack (CPython's Pdata) and the mark stack; _fence is the top mark (items below it are
    // out of reach until that mark is popped).
    private PyObject[] _stack = new PyObject[8];
    private int _sp;
    private int _fence;
    private int[] _marks = [];
    private int _numMarks;

    /// <summary>The memo, indexed by memo id (null: unset).</summary>
    internal PyObject?[] MemoArray = new PyObject?[32];
    private int _memoLen;

    private PyObject? _persFunc;
    private bool _persFuncTakesSelf;

    /// <summary>The out-of-band buffers' iterator (protocol 5's NEXT_BUFFER); null when none were given.</summary>
    private PyObject? _buffers;

    internal string Encoding = "ASCII";
    internal string Errors = "strict";
    internal bool FixImports;
    private int _proto;

    private PickleState? _state;

    internal PyUnpickler(PyType type) : base(type) { }

    internal sealed class Derived : PyUnpickler
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    private PickleState State(ThreadState ts) => _state ??= PickleModule.State(ts);

    internal void SetEncoding(string encoding, string errors)
    {
        Encoding = encoding;
        Errors = errors;
    }

    /// <summary>_Unpickler_SetBuffers: an iterable of out-of-band buffers (None or absent: none).</summary>
    internal bool SetBuffers(ThreadState ts, PyObject? buffers)
    {
        if (buffers is null || buffers is PyNone)
        {
            _buffers = null;
            return true;
        }
        _buffers = Protocols.GetIter(ts, buffers);
        return _buffers is not null;
    }

    // ---- the memo ---------------------------------------------------------------------------------------

    private PyObject? MemoGet(long index) => index >= 0 && index < MemoArray.Length ? MemoArray[index] : null;

    /// <summary>_Unpickler_MemoPut: the array grows to twice the index when the index is beyond it.</summary>
    private void MemoPut(long index, PyObject value)
    {
        if (index >= MemoArray.Length)
        {
            long size = Math.Max(index * 2, index + 1);
            Array.Resize(ref MemoArray, (int)Math.Min(size, Array.MaxLength));
        }
        if (MemoArray[index] is null) _memoLen++;
        MemoArray[index] = value;
    }

    internal void ClearMemo() => MemoArray = new PyObject?[MemoArray.Length];

    // ---- the Python surface -----------------------------------------------------------------------------

    private static readonly ArgSpec InitSpec = new("Unpickler", ["file", "fix_imports", "encoding", "errors", "buffers"], required: 1, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec FindClassSpec = new("find_class", ["module_name", "global_name"], required: 2);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(InitDoc));
        type.New = static (ts, t, args, kw) => t == TypeObject ? new PyUnpickler(t) : new Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!InitSpec.Parse(ts, args, kw, a)) return -1;
            if (!PickleModule.UnpicklerOptions(ts, "Unpickler", a[1], a[2], a[3], out bool fixImports, out string encoding, out string errors)) return -1;
            return ((PyUnpickler)self).Initialize(ts, a[0]!, fixImports, encoding, errors, a[4]) ? 0 : -1;
        };
        type.AddMethod("load", static (ts, self) =>
        {
            var u = (PyUnpickler)self;
            if (u._read is null)
                return ts.Raise(u.State(ts).UnpicklingError, $"Unpickler.__init__() was not called by {self.Type.Name}.__init__()");
            return u.Load(ts);
        }, "Load a pickle.\n\nRead a pickled object representation from the open file object given\nin the constructor, and return the reconstituted object hierarchy\nspecified therein.");
        type.AddMethod("find_class", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FindClassSpec.Parse(ts, args, kw, a)) return null;
            return ((PyUnpickler)self).FindClassDefault(ts, a[0]!, a[1]!);
        }, "Return an object from a specified module.\n\nIf necessary, the module will be imported. Subclasses may override\nthis method (e.g. to restrict unpickling of arbitrary classes and\nfunctions).\n\nThis method is called whenever a class or a function object is\nneeded.  Both arguments passed are str objects.");
        type.AddMethod("__sizeof__", static (ts, self) =>
        {
            var u = (PyUnpickler)self;
            long size = 272 + u.MemoArray.Length * 8L + u._marks.Length * 8L + u.Encoding.Length + 1 + u.Errors.Length + 1;
            if (u._inputLine > 0) size += u._inputLine + 1;
            return PyInt.Create(size);
        }, "Returns size in memory, in bytes.");
        type.AddGetSet("memo", static (ts, self) => new PyUnpicklerMemoProxy((PyUnpickler)self),
            static (ts, self, value) => ((PyUnpickler)self).SetMemo(ts, value));
        type.AddGetSet("persistent_load", static (ts, self) =>
        {
            var u = (PyUnpickler)self;
            if (u._persFunc is null) return ts.AttributeError("persistent_load");
            return u._persFuncTakesSelf ? new PyMethod(u._persFunc, u) : u._persFunc;
        }, static (ts, self, value) =>
        {
            var u = (PyUnpickler)self;
            if (value is null)
            {
                ts.SetError(PyExc.TypeError, "attribute deletion is not supported");
                return -1;
            }
            if (value.Type.Call is null)
            {
                ts.SetError(PyExc.TypeError, "persistent_load must be a callable taking one argument");
                return -1;
            }
            u._persFunc = value;
            u._persFuncTakesSelf = false;
            return 0;
        });
    }

    private bool Initialize(ThreadState ts, PyObject file, bool fixImports, string encoding, string errors, PyObject? buffers)
    {
        if (_read is not null)
        {
            _read = _readline = _readinto = _peek = null;
            _persFunc = null;
            _buffers = null;
            ReleaseInput();
        }
        if (!SetInputStream(ts, file)) return false;
        SetEncoding(encoding, errors);
        if (!SetBuffers(ts, buffers)) return false;
        FixImports = fixImports;
        var pers = Protocols.LookupAttr(ts, this, "persistent_load");
        if (pers is null && ts.HasError) return false;
        if (pers is PyMethod m && m.Self == this)
        {
            _persFunc = m.Function;
            _persFuncTakesSelf = true;
        }
        else
        {
            _persFunc = pers;
            _persFuncTakesSelf = false;
        }
        _stack = new PyObject[8];
        _sp = 0;
        MemoArray = new PyObject?[32];
        _memoLen = 0;
        _proto = 0;
        return true;
    }

    /// <summary>Setting <c>memo</c>, as CPython does it: from another unpickler's proxy (copied), or from a
    /// dict — whose entries CPython stores into the old memo just before replacing it with an empty one of
    /// the dict's size (so a dict leaves the memo empty).</summary>
    private int SetMemo(ThreadState ts, PyObject? value)
    {
        if (value is null)
        {
            ts.SetError(PyExc.TypeError, "attribute deletion is not supported");
            return -1;
        }
        PyObject?[] memo;
        if (value.Type == PyUnpicklerMemoProxy.TypeObject)
            memo = (PyObject?[])((PyUnpicklerMemoProxy)value).Unpickler.MemoArray.Clone();
        else if (value is PyDict d)
        {
            memo = new PyObject?[d.Count];
            int pos = 0;
            while (d.Next(ref pos, out var key, out var item))
            {
                if (key is not PyInt)
                {
                    ts.SetError(PyExc.TypeError, "memo key must be integers");
                    return -1;
                }
                if (!Protocols.AsIndex(ts, key, out long index, PyExc.OverflowError)) return -1;
                if (index < 0)
                {
                    ts.SetError(PyExc.ValueError, "memo key must be positive integers.");
                    return -1;
                }
                MemoPut(index, item);
            }
        }
        else
        {
            ts.SetError(PyExc.TypeError, $"'memo' attribute must be an UnpicklerMemoProxy object or dict, not {value.Type.Name}");
            return -1;
        }
        MemoArray = memo;
        return 0;
    }

    /// <summary>find_class: self.find_class(module, name) — the C# default directly when not overridden.</summary>
    private PyObject? FindClass(ThreadState ts, PyObject moduleName, PyObject globalName)
    {
        if (Type == TypeObject) return FindClassDefault(ts, moduleName, globalName);
        return Protocols.CallMethod(ts, this, "find_class", [moduleName, globalName]);
    }

    /// <summary>Unpickler.find_class: Python 2 names mapped (protocol &lt; 3 with fix_imports), the module
    /// imported, then the (dotted, from protocol 4) attribute.</summary>
    internal PyObject? FindClassDefault(ThreadState ts, PyObject moduleName, PyObject globalName)
    {
        if (!Audit(ts, moduleName, globalName)) return null;
        if (_proto < 3 && FixImports)
        {
            var st = State(ts);
            if (st.NameMapping2To3.TryGetItem(ts, PyTuple.Create(moduleName, globalName), out var item) < 0) return null;
            if (item is not null)
            {
                if (item is not PyTuple { Length: 2 } pair)
                    return ts.Raise(PyExc.RuntimeError, $"_compat_pickle.NAME_MAPPING values should be 2-tuples, not {item.Type.Name}");
                if (pair.Items[0] is not PyStr || pair.Items[1] is not PyStr)
                    return ts.Raise(PyExc.RuntimeError, $"_compat_pickle.NAME_MAPPING values should be pairs of str, not ({pair.Items[0].Type.Name}, {pair.Items[1].Type.Name})");
                moduleName = pair.Items[0];
                globalName = pair.Items[1];
            }
            else
            {
                if (st.ImportMapping2To3.TryGetItem(ts, moduleName, out item) < 0) return null;
                if (item is not null)
                {
                    if (item is not PyStr)
                        return ts.Raise(PyExc.RuntimeError, $"_compat_pickle.IMPORT_MAPPING values should be strings, not {item.Type.Name}");
                    moduleName = item;
                }
            }
        }
        if (moduleName is not PyStr moduleStr)
            return ts.TypeError($"module name must be str, not {moduleName.Type.Name}");
        var module = PickleModule.ImportModule(ts, moduleStr);
        if (module is null) return null;
        return GetAttribute(ts, module, globalName, _proto >= 4);
    }

    /// <summary>sys.audit("pickle.find_class", module, name) when hooks are installed.</summary>
    private static bool Audit(ThreadState ts, PyObject moduleName, PyObject globalName)
    {
        var hooks = ts.Interp.GetModuleState<SysModule.AuditHooks>().Hooks;
        if (hooks.Count == 0) return true;
        var eventArgs = PyTuple.Create(moduleName, globalName);
        var name = PyStr.Intern("pickle.find_class");
        foreach (var hook in hooks.ToArray())
            if (Protocols.Call(ts, hook, [name, eventArgs], null) is null) return false;
        return true;
    }

    /// <summary>getattribute: module.name, or (from protocol 4) a dotted qualified name.</summary>
    private static PyObject? GetAttribute(ThreadState ts, PyObject module, PyObject name, bool allowQualname)
    {
        PyObject? attr;
        if (allowQualname && name is PyStr nameStr)
        {
            var path = PyPickler.DottedPath(ts, module, nameStr);
            if (path is null) return null;
            attr = PyPickler.DeepAttribute(ts, module, path, out _);
        }
        else
        {
            if (name is not PyStr s) return ts.TypeError($"attribute name must be string, not '{name.Type.Name}'");
            attr = Protocols.LookupAttr(ts, module, s);
        }
        if (attr is null && !ts.HasError)
        {
            var nameRepr = Protocols.Repr(ts, name);
            if (nameRepr is null) return null;
            var moduleRepr = Protocols.Repr(ts, module);
            if (moduleRepr is null) return null;
            ts.SetError(PyExc.AttributeError, $"Can't get attribute {nameRepr} on {moduleRepr}");
        }
        return attr;
    }

    private const string InitDoc = "This takes a binary file for reading a pickle data stream.\n\nThe protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\nrepresentation are ignored.\n\nThe argument *file* must have two methods, a read() method that takes\nan integer argument, and a readline() method that requires no\narguments.  Both methods should return bytes.  Thus *file* can be a\nbinary file object opened for reading, an io.BytesIO object, or any\nother custom object that meets this interface.\n\nOptional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\ngenerated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\nrespectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.";
}
