namespace Kaa.Runtime;

/// <summary>
/// <c>_pickle.Pickler</c>: writes the pickle of an object into a growable buffer (then to a file's write(),
/// or returned by dumps), opcode for opcode as CPython's C pickler writes it. This file holds the object's
/// state, its Python-visible surface (<c>__init__</c>, dump, clear_memo, memo, persistent_id, bin, fast,
/// dispatch_table) and the output plumbing; the serialisation itself is in PicklerSave.cs and
/// PicklerReduce.cs.
/// </summary>
internal partial class PyPickler : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_pickle.Pickler", (PyType?)null, TypeFlags.BaseType | TypeFlags.HasWeakrefs, Install);

    internal readonly PickleOutputBuffer Output = new();

    /// <summary>The memo: each object pickled so far (by identity) and its memo index.</summary>
    internal PickleMemoTable Memo = new();

    /// <summary>persistent_id: the function, and whether it is a method of this pickler to call with self
    /// (CPython unbinds it to avoid a reference cycle; the call is the same).</summary>
    private PyObject? _persFunc;
    private bool _persFuncTakesSelf;

    /// <summary>A private dispatch_table (attribute of the instance or its class); null uses copyreg's.</summary>
    internal PyObject? DispatchTable;
    /// <summary>reducer_override, looked up at each dump.</summary>
    private PyObject? _reducerOverride;
    /// <summary>The file's write method; null for dumps (and before __init__).</summary>
    private PyObject? _write;
    private PyObject? _bufferCallback;

    internal int Proto;
    internal int Bin;
    internal int Fast;
    private bool _fixImports;
    private int _fastNesting;
    /// <summary>Fast mode's record of the containers being pickled, deep in the nesting (cycle detection).</summary>
    private HashSet<PyObject>? _fastMemo;

    private PickleState? _state;

    internal PyPickler(PyType type) : base(type) { }

    internal sealed class Derived : PyPickler
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

    // ---- configuration (shared by __init__, dump and dumps) -------------------------------------------

    /// <summary>_Pickler_SetProtocol: None is the default protocol, a negative one the highest.</summary>
    internal bool SetProtocol(ThreadState ts, PyObject protocol, bool fixImports)
    {
        long proto;
        if (protocol is PyNone) proto = PickleOpcodes.DefaultProtocol;
        else
        {
            if (!IntArg(ts, protocol, out proto)) return false;
            if (proto < 0) proto = PickleOpcodes.HighestProtocol;
            else if (proto > PickleOpcodes.HighestProtocol)
            {
                ts.SetError(PyExc.ValueError, $"pickle protocol must be <= {PickleOpcodes.HighestProtocol}");
                return false;
            }
        }
        Proto = (int)proto;
        Bin = proto > 0 ? 1 : 0;
        _fixImports = fixImports && proto < 3;
        return true;
    }

    /// <summary>PyLong_AsLong: an int (or __index__), OverflowError beyond a C long.</summary>
    private static bool IntArg(ThreadState ts, PyObject value, out long result)
    {
        if (value is PyFloat)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        return Protocols.AsIndex(ts, value, out result, PyExc.OverflowError);
    }

    internal bool SetOutputStream(ThreadState ts, PyObject file)
    {
        var write = Protocols.LookupAttr(ts, file, "write");
        if (write is null)
        {
            if (!ts.HasError) ts.SetError(PyExc.TypeError, "file must have a 'write' attribute");
            return false;
        }
        _write = write;
        return true;
    }

    internal bool SetBufferCallback(ThreadState ts, PyObject callback)
    {
        if (callback is PyNone)
        {
            _bufferCallback = null;
            return true;
        }
        if (Proto < 5)
        {
            ts.SetError(PyExc.ValueError, "buffer_callback needs protocol >= 5");
            return false;
        }
        _bufferCallback = callback;
        return true;
    }

    // ---- dump -------------------------------------------------------------------------------------------

    /// <summary>dump(): PROTO, the object, STOP, with framing from protocol 4. reducer_override is looked up
    /// on the pickler first (a subclass method or an instance attribute).</summary>
    internal bool Dump(ThreadState ts, PyObject obj)
    {
        var over = Protocols.LookupAttr(ts, this, "reducer_override");
        if (over is null && ts.HasError) return false;
        _reducerOverride = over;
        bool ok = false;
        try
        {
            if (Proto >= 2)
            {
                Output.Write(PickleOpcodes.Proto, (byte)Proto);
                if (Proto >= 4) Output.Framing = true;
            }
            if (!Save(ts, obj, false)) return false;
            Output.WriteByte(PickleOpcodes.Stop);
            Output.CommitFrame();
            ok = true;
        }
        finally
        {
            Output.Framing = false;
            _reducerOverride = null;
        }
        return ok;
    }

    /// <summary>_Pickler_GetString: the pickle written so far (frame committed); the buffer is reset.</summary>
    internal PyBytes GetBytes()
    {
        var bytes = Output.ToBytes();
        Output.Clear();
        return bytes;
    }

    /// <summary>_Pickler_FlushToFile: everything buffered goes to the file's write().</summary>
    internal bool FlushToFile(ThreadState ts)
    {
        var data = GetBytes();
        return Protocols.Call1(ts, _write!, data) is not null;
    }

    /// <summary>_Pickler_OpcodeBoundary: between two opcodes, a frame past the target size is closed and,
    /// when writing to a file, sent there (so memory stays bounded for large pickles).</summary>
    private bool OpcodeBoundary(ThreadState ts)
    {
        if (Output.FrameLength < PickleOpcodes.FrameSizeTarget) return true;
        Output.CommitFrame();
        if (_write is not null && !FlushToFile(ts)) return false;
        return true;
    }

    /// <summary>
    /// _Pickler_write_bytes: a header and its payload. A payload of 64 KiB or more is written outside any
    /// frame, and, when writing to a file, straight to the file (as <paramref name="payload"/> when given,
    /// else as a new bytes object) rather than through the buffer.
    /// </summary>
    private bool WriteBytesPayload(ThreadState ts, ReadOnlySpan<byte> header, ReadOnlySpan<byte> data, PyObject? payload)
    {
        bool bypass = data.Length >= PickleOpcodes.FrameSizeTarget;
        bool framing = Output.Framing;
        if (bypass)
        {
            Output.CommitFrame();
            Output.Framing = false;
        }
        Output.Write(header);
        if (bypass && _write is not null)
        {
            if (!FlushToFile(ts)) return false;
            payload ??= PyBytes.Create(data);
            if (Protocols.Call1(ts, _write, payload) is null) return false;
            Output.Clear();
        }
        else Output.Write(data);
        Output.Framing = framing;
        return true;
    }

    // ---- the Python surface -----------------------------------------------------------------------------

    private static readonly ArgSpec InitSpec = new("Pickler", ["file", "protocol", "fix_imports", "buffer_callback"], required: 1, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(InitDoc));
        type.New = static (ts, t, args, kw) => t == TypeObject ? new PyPickler(t) : new Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!InitSpec.Parse(ts, args, kw, a)) return -1;
            if (!PickleModule.ArgBool(ts, a[2], out bool fixImports)) return -1;
            return ((PyPickler)self).Initialize(ts, a[0]!, a[1] ?? PyNone.Instance, fixImports, a[3] ?? PyNone.Instance) ? 0 : -1;
        };
        type.AddMethod("dump", static (ts, self, obj) =>
        {
            var p = (PyPickler)self;
            if (p._write is null)
                return ts.Raise(p.State(ts).PicklingError, $"Pickler.__init__() was not called by {self.Type.Name}.__init__()");
            p.Output.Clear();
            if (!p.Dump(ts, obj)) return null;
            return p.FlushToFile(ts) ? PyNone.Instance : null;
        }, "Write a pickled representation of the given object to the open file.");
        type.AddMethod("clear_memo", static (ts, self) =>
        {
            ((PyPickler)self).Memo.Clear();
            return PyNone.Instance;
        }, "Clears the pickler's \"memo\".\n\nThe memo is the data structure that remembers which objects the\npickler has already seen, so that shared or recursive objects are\npickled by reference and not by value.  This method is useful when\nre-using picklers.");
        type.AddMethod("__sizeof__", static (ts, self) =>
        {
            var p = (PyPickler)self;
            // CPython's layout: the object, the memo table (entries of a key and an index), the output bytes.
            long size = 152 + 32 + p.Memo.Allocated * 16L + 33 + p.Output.Capacity;
            return PyInt.Create(size);
        }, "Returns size in memory, in bytes.");
        type.AddMember("bin", static (ts, self) => PyInt.Create(((PyPickler)self).Bin),
            static (ts, self, value) => SetIntMember(ts, value, out ((PyPickler)self).Bin));
        type.AddMember("fast", static (ts, self) => PyInt.Create(((PyPickler)self).Fast),
            static (ts, self, value) => SetIntMember(ts, value, out ((PyPickler)self).Fast));
        type.AddMember("dispatch_table", static (ts, self) => ((PyPickler)self).DispatchTable ?? ts.AttributeError("dispatch_table"),
            static (ts, self, value) =>
            {
                var p = (PyPickler)self;
                if (value is null && p.DispatchTable is null)
                {
                    ts.SetError(PyExc.AttributeError, "dispatch_table");
                    return -1;
                }
                p.DispatchTable = value;
                return 0;
            });
        type.AddGetSet("memo", static (ts, self) => new PyPicklerMemoProxy((PyPickler)self),
            static (ts, self, value) => ((PyPickler)self).SetMemo(ts, value));
        type.AddGetSet("persistent_id", static (ts, self) =>
        {
            var p = (PyPickler)self;
            if (p._persFunc is null) return ts.AttributeError("persistent_id");
            return p._persFuncTakesSelf ? new PyMethod(p._persFunc, p) : p._persFunc;
        }, static (ts, self, value) =>
        {
            var p = (PyPickler)self;
            if (value is null)
            {
                ts.SetError(PyExc.TypeError, "attribute deletion is not supported");
                return -1;
            }
            if (value.Type.Call is null)
            {
                ts.SetError(PyExc.TypeError, "persistent_id must be a callable taking one argument");
                return -1;
            }
            p._persFunc = value;
            p._persFuncTakesSelf = false;
            return 0;
        });
    }

    /// <summary>A T_INT member: an int that fits a C int.</summary>
    private static int SetIntMember(ThreadState ts, PyObject? value, out int field)
    {
        field = 0;
        if (value is null)
        {
            ts.SetError(PyExc.TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        if (!IntArg(ts, value, out long v)) return -1;
        if (v < int.MinValue || v > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        field = (int)v;
        return 0;
    }

    /// <summary>__init__ (again on an initialised pickler: starts afresh).</summary>
    private bool Initialize(ThreadState ts, PyObject file, PyObject protocol, bool fixImports, PyObject bufferCallback)
    {
        if (_write is not null)
        {
            _write = null;
            _persFunc = null;
            DispatchTable = null;
            _fastMemo = null;
            _bufferCallback = null;
            Memo = new PickleMemoTable();
        }
        if (!SetProtocol(ts, protocol, fixImports)) return false;
        if (!SetOutputStream(ts, file)) return false;
        if (!SetBufferCallback(ts, bufferCallback)) return false;
        Output.Clear();
        Fast = 0;
        _fastNesting = 0;
        _fastMemo = null;
        var pers = Protocols.LookupAttr(ts, this, "persistent_id");
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
        if (DispatchTable is not null) return true;
        var table = Protocols.LookupAttr(ts, this, "dispatch_table");
        if (table is null && ts.HasError) return false;
        DispatchTable = table;
        return true;
    }

    /// <summary>Setting <c>memo</c>: from another pickler's memo proxy (copied) or a dict of
    /// {id: (index, object)}.</summary>
    private int SetMemo(ThreadState ts, PyObject? value)
    {
        if (value is null)
        {
            ts.SetError(PyExc.TypeError, "attribute deletion is not supported");
            return -1;
        }
        PickleMemoTable memo;
        if (value.Type == PyPicklerMemoProxy.TypeObject)
            memo = ((PyPicklerMemoProxy)value).Pickler.Memo.Copy();
        else if (value is PyDict d)
        {
            memo = new PickleMemoTable();
            int pos = 0;
            while (d.Next(ref pos, out _, out var entry))
            {
                if (entry is not PyTuple { Length: 2 } t)
                {
                    ts.SetError(PyExc.TypeError, "'memo' values must be 2-item tuples");
                    return -1;
                }
                if (!Protocols.AsIndex(ts, t.Items[0], out long index, PyExc.OverflowError)) return -1;
                memo.Set(t.Items[1], (int)index);
            }
        }
        else
        {
            ts.SetError(PyExc.TypeError, $"'memo' attribute must be a PicklerMemoProxy object or dict, not {value.Type.Name}");
            return -1;
        }
        Memo = memo;
        return 0;
    }

    private const string InitDoc = "This takes a binary file for writing a pickle data stream.\n\nThe optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\nprotocol is 4. It was introduced in Python 3.4, and is incompatible\nwith previous versions.\n\nSpecifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\nversion of Python needed to read the pickle produced.\n\nThe *file* argument must have a write() method that accepts a single\nbytes argument. It can thus be a file object opened for binary\nwriting, an io.BytesIO instance, or any other custom object that meets\nthis interface.\n\nIf *fix_imports* is True and protocol is less than 3, pickle will try\nto map the new Python 3 names to the old module names used in Python\n2, so that the pickle data stream is readable with Python 2.\n\nIf *buffer_callback* is None (the default), buffer views are\nserialized into *file* as part of the pickle stream.\n\nIf *buffer_callback* is not None, then it can be called any number\nof times with a buffer view.  If the callback returns a false value\n(such as None), the given buffer is out-of-band; otherwise the\nbuffer is serialized in-band, i.e. inside the pickle stream.\n\nIt is an error if *buffer_callback* is not None and *protocol*\nis None or smaller than 5.";
}
