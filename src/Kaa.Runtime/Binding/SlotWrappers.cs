namespace Kaa.Runtime;

/// <summary>One slot field of <see cref="PyType"/> (tp_repr, nb_add, ...), readable and writable by table.</summary>
internal sealed class SlotField
{
    public readonly string Key;
    public readonly Func<PyType, Delegate?> Get;
    public readonly Action<PyType, Delegate?> Set;

    /// <summary>The dunder names that feed this slot, in slotdefs order (filled by <see cref="SlotWrappers"/>).</summary>
    public PyStr[] Names = [];

    public SlotField(string key, Func<PyType, Delegate?> get, Action<PyType, Delegate?> set)
    {
        Key = key;
        Get = get;
        Set = set;
    }

    public override string ToString() => Key;
}

/// <summary>One row of the slot table: a dunder name, its slot, and how to expose the slot as that dunder.</summary>
internal sealed class SlotDef
{
    public readonly string Name;
    public readonly PyStr InternedName;
    public readonly SlotField Field;
    /// <summary>Makes the wrapper_descriptor's function from the slot's delegate (what CPython's wrap_* do).</summary>
    public readonly Func<string, Delegate, FastMethod>? MakeWrapper;

    public SlotDef(string name, SlotField field, Func<string, Delegate, FastMethod>? makeWrapper)
    {
        Name = name;
        InternedName = PyStr.Intern(name);
        Field = field;
        MakeWrapper = makeWrapper;
    }
}

/// <summary>
/// The table between type slots and their <c>__dunder__</c> names (CPython's slotdefs): for a builtin
/// type, each slot it defines itself appears in its namespace as a wrapper_descriptor (<c>int.__add__</c>);
/// for a class, each dunder it defines or inherits from Python code fills the slot with a function that
/// calls it (<see cref="HeapTypeSlots"/>).
/// </summary>
public static partial class SlotWrappers
{
    // ---- the slot fields -------------------------------------------------------------------------
    internal static readonly SlotField Repr = new("tp_repr", t => t.Repr, (t, d) => t.Repr = (UnaryFunc?)d);
    internal static readonly SlotField Hash = new("tp_hash", t => t.Hash, (t, d) => t.Hash = (HashFunc?)d);
    internal static readonly SlotField Call = new("tp_call", t => t.Call, (t, d) => t.Call = (CallFunc?)d);
    internal static readonly SlotField Str = new("tp_str", t => t.Str, (t, d) => t.Str = (UnaryFunc?)d);
    internal static readonly SlotField GetAttr = new("tp_getattro", t => t.GetAttr, (t, d) => t.GetAttr = (GetAttrFunc?)d);
    internal static readonly SlotField SetAttr = new("tp_setattro", t => t.SetAttr, (t, d) => t.SetAttr = (SetAttrFunc?)d);
    internal static readonly SlotField RichCompare = new("tp_richcompare", t => t.RichCompare, (t, d) => t.RichCompare = (RichCompareFunc?)d);
    internal static readonly SlotField Iter = new("tp_iter", t => t.Iter, (t, d) => t.Iter = (UnaryFunc?)d);
    internal static readonly SlotField IterNext = new("tp_iternext", t => t.IterNext, (t, d) => t.IterNext = (IterNextFunc?)d);
    internal static readonly SlotField DescrGet = new("tp_descr_get", t => t.DescrGet, (t, d) => t.DescrGet = (DescrGetFunc?)d);
    internal static readonly SlotField DescrSet = new("tp_descr_set", t => t.DescrSet, (t, d) => t.DescrSet = (DescrSetFunc?)d);
    internal static readonly SlotField Init = new("tp_init", t => t.Init, (t, d) => t.Init = (InitFunc?)d);
    internal static readonly SlotField New = new("tp_new", t => t.New, (t, d) => t.New = (NewFunc?)d);
    internal static readonly SlotField Finalize = new("tp_finalize", t => t.Finalize, (t, d) => t.Finalize = (UnaryFunc?)d);
    internal static readonly SlotField Power = new("nb_power", t => t.Power, (t, d) => t.Power = (TernaryFunc?)d);
    internal static readonly SlotField InplacePower = new("nb_inplace_power", t => t.InplacePower, (t, d) => t.InplacePower = (TernaryFunc?)d);
    internal static readonly SlotField DivMod = new("nb_divmod", t => t.DivMod, (t, d) => t.DivMod = (BinaryFunc?)d);
    internal static readonly SlotField Negative = new("nb_negative", t => t.Negative, (t, d) => t.Negative = (UnaryFunc?)d);
    internal static readonly SlotField Positive = new("nb_positive", t => t.Positive, (t, d) => t.Positive = (UnaryFunc?)d);
    internal static readonly SlotField Absolute = new("nb_absolute", t => t.Absolute, (t, d) => t.Absolute = (UnaryFunc?)d);
    internal static readonly SlotField Bool = new("nb_bool", t => t.Bool, (t, d) => t.Bool = (InquiryFunc?)d);
    internal static readonly SlotField Invert = new("nb_invert", t => t.Invert, (t, d) => t.Invert = (UnaryFunc?)d);
    internal static readonly SlotField Int = new("nb_int", t => t.Int, (t, d) => t.Int = (UnaryFunc?)d);
    internal static readonly SlotField Float = new("nb_float", t => t.Float, (t, d) => t.Float = (UnaryFunc?)d);
    internal static readonly SlotField Index = new("nb_index", t => t.Index, (t, d) => t.Index = (UnaryFunc?)d);
    internal static readonly SlotField Length = new("mp_length", t => t.Length, (t, d) => t.Length = (LenFunc?)d);
    internal static readonly SlotField GetItem = new("mp_subscript", t => t.GetItem, (t, d) => t.GetItem = (BinaryFunc?)d);
    internal static readonly SlotField SetItem = new("mp_ass_subscript", t => t.SetItem, (t, d) => t.SetItem = (SetItemFunc?)d);
    internal static readonly SlotField Contains = new("sq_contains", t => t.Contains, (t, d) => t.Contains = (ContainsFunc?)d);

    /// <summary>nb_add ... nb_inplace_xor, indexed by <see cref="BinaryOp"/>; the power entries are derived from the ternary slots.</summary>
    internal static readonly SlotField[] NumberBinary = MakeNumberBinaryFields();

    private static SlotField[] MakeNumberBinaryFields()
    {
        var fields = new SlotField[PyType.BinaryOpCount];
        for (int i = 0; i < fields.Length; i++)
        {
            int k = i;
            fields[i] = new SlotField("nb_" + ((BinaryOp)k).ToString(), t => t.NumberBinary[k], (t, d) => t.NumberBinary[k] = (BinaryFunc?)d);
        }
        return fields;
    }

    /// <summary>Every row, in CPython's slotdefs order (the order the wrappers appear in a builtin type's __dict__).</summary>
    internal static readonly SlotDef[] Defs = BuildTable();

    /// <summary>
    /// The sequence slots' rows (sq_concat, sq_repeat, sq_inplace_concat, sq_inplace_repeat): a builtin
    /// sequence such as list shows them as <c>__add__</c>, <c>__mul__</c>, <c>__iadd__</c>... when its number
    /// slots leave those names free. Only <see cref="AddMissing"/> reads them: a class's dunders feed the
    /// number slots alone (which the operators try first), so these fields are not in <see cref="Fields"/>.
    /// </summary>
    private static readonly SlotDef[] SequenceDefs =
    [
        new("__add__", new SlotField("sq_concat", t => t.SeqConcat, (t, d) => t.SeqConcat = (BinaryFunc?)d), WrapBinaryLeft),
        new("__mul__", new SlotField("sq_repeat", t => t.SeqRepeat, (t, d) => t.SeqRepeat = (SeqRepeatFunc?)d), WrapRepeat),
        new("__rmul__", new SlotField("sq_repeat", t => t.SeqRepeat, (t, d) => t.SeqRepeat = (SeqRepeatFunc?)d), WrapRepeat),
        new("__iadd__", new SlotField("sq_inplace_concat", t => t.SeqInplaceConcat, (t, d) => t.SeqInplaceConcat = (BinaryFunc?)d), WrapBinaryLeft),
        new("__imul__", new SlotField("sq_inplace_repeat", t => t.SeqInplaceRepeat, (t, d) => t.SeqInplaceRepeat = (SeqRepeatFunc?)d), WrapRepeat),
    ];

    /// <summary>Every slot field that has at least one dunder name.</summary>
    internal static readonly SlotField[] Fields = Defs.Select(d => d.Field).Distinct().ToArray();

    private static readonly Dictionary<string, SlotField> s_fieldByName = BuildFieldIndex();

    /// <summary>The slot a dunder name feeds, or null.</summary>
    internal static SlotField? FieldOf(string name) => s_fieldByName.GetValueOrDefault(name);

    private static Dictionary<string, SlotField> BuildFieldIndex()
    {
        var d = new Dictionary<string, SlotField>(StringComparer.Ordinal);
        foreach (var def in Defs) d.TryAdd(def.Name, def.Field);
        foreach (var f in Fields) f.Names = Defs.Where(x => x.Field == f).Select(x => x.InternedName).ToArray();
        return d;
    }

    private static SlotDef[] BuildTable()
    {
        var t = new List<SlotDef>();
        void Row(string name, SlotField field, Func<string, Delegate, FastMethod>? wrap) => t.Add(new SlotDef(name, field, wrap));
        void Bin(string op, BinaryOp index)
        {
            Row("__" + op + "__", NumberBinary[(int)index], WrapBinaryLeft);
            Row("__r" + op + "__", NumberBinary[(int)index], WrapBinaryRight);
        }
        void InplaceBin(string op, BinaryOp index) => Row("__i" + op + "__", NumberBinary[(int)index + PyType.InplaceOffset], WrapBinaryLeft);

        Row("__repr__", Repr, WrapUnary);
        Row("__hash__", Hash, WrapHash);
        Row("__call__", Call, WrapCall);
        Row("__str__", Str, WrapUnary);
        Row("__getattribute__", GetAttr, WrapGetAttr);
        Row("__getattr__", GetAttr, null);
        Row("__setattr__", SetAttr, WrapSetAttr);
        Row("__delattr__", SetAttr, WrapDelAttr);
        Row("__lt__", RichCompare, WrapCompare(CompareOp.Lt));
        Row("__le__", RichCompare, WrapCompare(CompareOp.Le));
        Row("__eq__", RichCompare, WrapCompare(CompareOp.Eq));
        Row("__ne__", RichCompare, WrapCompare(CompareOp.Ne));
        Row("__gt__", RichCompare, WrapCompare(CompareOp.Gt));
        Row("__ge__", RichCompare, WrapCompare(CompareOp.Ge));
        Row("__iter__", Iter, WrapUnary);
        Row("__next__", IterNext, WrapNext);
        Row("__get__", DescrGet, WrapDescrGet);
        Row("__set__", DescrSet, WrapDescrSet);
        Row("__delete__", DescrSet, WrapDescrDelete);
        Row("__init__", Init, WrapInit);
        Row("__new__", New, null);
        Row("__del__", Finalize, WrapDel);
        Bin("add", BinaryOp.Add);
        Bin("sub", BinaryOp.Subtract);
        Bin("mul", BinaryOp.Multiply);
        Bin("mod", BinaryOp.Remainder);
        Row("__divmod__", DivMod, WrapBinaryLeft);
        Row("__rdivmod__", DivMod, WrapBinaryRight);
        Row("__pow__", Power, WrapTernary);
        Row("__rpow__", Power, WrapTernaryRight);
        Row("__neg__", Negative, WrapUnary);
        Row("__pos__", Positive, WrapUnary);
        Row("__abs__", Absolute, WrapUnary);
        Row("__bool__", Bool, WrapInquiry);
        Row("__invert__", Invert, WrapUnary);
        Bin("lshift", BinaryOp.LShift);
        Bin("rshift", BinaryOp.RShift);
        Bin("and", BinaryOp.And);
        Bin("xor", BinaryOp.Xor);
        Bin("or", BinaryOp.Or);
        Row("__int__", Int, WrapUnary);
        Row("__float__", Float, WrapUnary);
        InplaceBin("add", BinaryOp.Add);
        InplaceBin("sub", BinaryOp.Subtract);
        InplaceBin("mul", BinaryOp.Multiply);
        InplaceBin("mod", BinaryOp.Remainder);
        Row("__ipow__", InplacePower, WrapTernary);
        InplaceBin("lshift", BinaryOp.LShift);
        InplaceBin("rshift", BinaryOp.RShift);
        InplaceBin("and", BinaryOp.And);
        InplaceBin("xor", BinaryOp.Xor);
        InplaceBin("or", BinaryOp.Or);
        Bin("floordiv", BinaryOp.FloorDivide);
        Bin("truediv", BinaryOp.TrueDivide);
        InplaceBin("floordiv", BinaryOp.FloorDivide);
        InplaceBin("truediv", BinaryOp.TrueDivide);
        Row("__index__", Index, WrapUnary);
        Bin("matmul", BinaryOp.MatrixMultiply);
        InplaceBin("matmul", BinaryOp.MatrixMultiply);
        Row("__len__", Length, WrapLen);
        Row("__getitem__", GetItem, WrapBinaryLeft);
        Row("__setitem__", SetItem, WrapSetItem);
        Row("__delitem__", SetItem, WrapDelItem);
        Row("__contains__", Contains, WrapContains);
        return t.ToArray();
    }

    /// <summary>
    /// type_ready's set_new + add_operators for a builtin type: <c>__new__</c> (when the type makes instances),
    /// then a wrapper for each slot the type defines itself and whose name its namespace lacks, all ahead of
    /// the methods and getsets already installed (CPython's __dict__ order). Runs before slot inheritance,
    /// so a filled slot is the type's own.
    /// </summary>
    internal static void AddMissing(PyType type)
    {
        var existing = new List<(PyObject Key, PyObject Value)>();
        int pos = 0;
        while (type.Namespace.Next(ref pos, out var k, out var v)) existing.Add((k, v));

        // The wrappers go first in the namespace (as add_operators puts them before the methods), so the
        // namespace is rebuilt; but only when there are any: a rebuild regrows the dict from empty.
        var added = new List<(PyStr Key, PyObject Value)>();
        bool Has(PyStr name)
        {
            if (HasKey(existing, name.Chars)) return true;
            foreach (var (k, _) in added)
                if (ReferenceEquals(k, name)) return true;
            return false;
        }
        if (type.New is not null && (type.Flags & TypeFlags.NoNew) == 0 && !HasKey(existing, "__new__"))
            added.Add((PyStr.Intern("__new__"), new PyBuiltinFunction(s_newWrapperDef, type)));
        foreach (var def in Defs)
        {
            if (def.MakeWrapper is null) continue;
            var slot = def.Field.Get(type);
            if (slot is null || Has(def.InternedName)) continue;
            if (def.Name == "__radd__" && IsConcatenating(type)) continue;
            added.Add((def.InternedName, new PyWrapperDescriptor(type, def.Name, def.MakeWrapper(def.Name, slot)) { Wrapped = slot, Field = def.Field }));
        }
        foreach (var def in SequenceDefs)
        {
            var slot = def.Field.Get(type);
            if (slot is null || Has(def.InternedName)) continue;
            added.Add((def.InternedName, new PyWrapperDescriptor(type, def.Name, def.MakeWrapper!(def.Name, slot)) { Wrapped = slot, Field = def.Field }));
        }
        if (added.Count == 0) return;
        type.Namespace.Clear();
        foreach (var (k, v) in added) type.Namespace.SetStr(k, v);
        foreach (var (k, v) in existing)
            if (!type.Namespace.TryGetStr((PyStr)k, out _)) type.Namespace.SetStr((PyStr)k, v);
    }

    /// <summary>Sequences whose + is sq_concat in CPython: they have __add__ but no __radd__.</summary>
    private static bool IsConcatenating(PyType type)
        => type == BuiltinTypes.Str || type == BuiltinTypes.Bytes || type == BuiltinTypes.ByteArray
            || type == BuiltinTypes.List || type == BuiltinTypes.Tuple || type.Name is "collections.deque" or "array.array";

    private static bool HasKey(List<(PyObject Key, PyObject Value)> entries, string name)
    {
        foreach (var (k, _) in entries)
            if (k.ToString() == name) return true;
        return false;
    }

    // ---- tp_new_wrapper ----------------------------------------------------------------------------

    private static readonly MethodDef s_newWrapperDef = new("__new__", NewWrapper);

    /// <summary>Whether <paramref name="f"/> is a builtin type's <c>__new__</c> (tp_new_wrapper).</summary>
    internal static bool IsNewWrapper(PyObject f) => f is PyBuiltinFunction b && ReferenceEquals(b.Def, s_newWrapperDef);

    /// <summary><c>T.__new__(S, ...)</c>: S must be a subtype of T whose nearest builtin allocator is T's.</summary>
    private static PyObject? NewWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos < 1) return ts.TypeError($"{type.Name}.__new__(): not enough arguments");
        if (args[0] is not PyType subtype)
            return ts.TypeError($"{type.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
        if (!subtype.IsSubtypeOf(type))
            return ts.TypeError($"{type.Name}.__new__({subtype.Name}): {subtype.Name} is not a subtype of {type.Name}");
        // Refuse object.__new__(dict) and the like: the most derived non-Python allocator must be this one.
        PyType? staticBase = subtype;
        while (staticBase is not null && HeapTypeSlots.IsNewDispatcher(staticBase.New)) staticBase = staticBase.Base;
        if (staticBase is not null && !ReferenceEquals(staticBase.New, type.New))
            return ts.TypeError($"{type.Name}.__new__({subtype.Name}) is not safe, use {staticBase.Name}.__new__()");
        return type.New!(ts, subtype, args[1..], kwnames);
    }

    // ---- the wrappers (CPython's wrap_* functions) ---------------------------------------------------

    /// <summary>No keywords and exactly <paramref name="n"/> positional arguments (check_num_args).</summary>
    private static bool Exact(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int n)
    {
        if (!NoKeywords(ts, name, kw)) return false;
        if (args.Length == n) return true;
        ts.SetError(PyExc.TypeError, $"expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    private static bool NoKeywords(ThreadState ts, string name, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"wrapper {name}() takes no keyword arguments");
        return false;
    }

    /// <summary>PyArg_UnpackTuple(args, "", min, max) as the wrappers use it (the empty name leaves a leading space).</summary>
    private static bool Between(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (!NoKeywords(ts, name, kw)) return false;
        if (args.Length < min)
        {
            ts.SetError(PyExc.TypeError, $" expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            return false;
        }
        if (args.Length > max)
        {
            ts.SetError(PyExc.TypeError, $" expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
            return false;
        }
        return true;
    }

    private static FastMethod WrapUnary(string name, Delegate slot)
    {
        var f = (UnaryFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 0) ? f(ts, self) : null;
    }

    private static FastMethod WrapDel(string name, Delegate slot)
    {
        var f = (UnaryFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 0) && f(ts, self) is not null ? PyNone.Instance : null;
    }

    private static FastMethod WrapHash(string name, Delegate slot)
    {
        var f = (HashFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 0)) return null;
            long h = f(ts, self);
            return h == -1 && ts.HasError ? null : PyInt.Create(h);
        };
    }

    private static FastMethod WrapLen(string name, Delegate slot)
    {
        var f = (LenFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 0)) return null;
            nint n = f(ts, self);
            return n < 0 ? null : PyInt.Create((long)n);
        };
    }

    private static FastMethod WrapInquiry(string name, Delegate slot)
    {
        var f = (InquiryFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 0)) return null;
            int r = f(ts, self);
            return r < 0 ? null : PyBool.From(r != 0);
        };
    }

    private static FastMethod WrapContains(string name, Delegate slot)
    {
        var f = (ContainsFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 1)) return null;
            int r = f(ts, self, args[0]);
            return r < 0 ? null : PyBool.From(r != 0);
        };
    }

    private static FastMethod WrapCall(string name, Delegate slot)
    {
        var f = (CallFunc)slot;
        return (ts, self, args, kw) => f(ts, self, args, kw);
    }

    private static FastMethod WrapInit(string name, Delegate slot)
    {
        var f = (InitFunc)slot;
        return (ts, self, args, kw) => f(ts, self, args, kw) < 0 ? null : PyNone.Instance;
    }

    private static FastMethod WrapGetAttr(string name, Delegate slot)
    {
        var f = (GetAttrFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 1)) return null;
            if (args[0] is not PyStr s) return ts.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
            return f(ts, self, s);
        };
    }

    private static FastMethod WrapSetAttr(string name, Delegate slot)
    {
        var f = (SetAttrFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 2)) return null;
            if (!HackCheck(ts, self, f, "__setattr__")) return null;
            if (args[0] is not PyStr s) return ts.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
            return f(ts, self, s, args[1]) < 0 ? null : PyNone.Instance;
        };
    }

    private static FastMethod WrapDelAttr(string name, Delegate slot)
    {
        var f = (SetAttrFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 1)) return null;
            if (!HackCheck(ts, self, f, "__delattr__")) return null;
            if (args[0] is not PyStr s) return ts.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
            return f(ts, self, s, null) < 0 ? null : PyNone.Instance;
        };
    }

    /// <summary>
    /// Carlo Verre's hack check: <c>object.__setattr__(x, ...)</c> must not bypass a builtin type's own
    /// tp_setattro between x's type and object (Python classes in between do not count).
    /// </summary>
    private static bool HackCheck(ThreadState ts, PyObject self, SetAttrFunc func, string what)
    {
        var type = self.Type;
        var mro = type.Mro;
        PyType definingType = type;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            var b = mro[i];
            if (HeapTypeSlots.IsSetAttrDispatcher(b.SetAttr)) continue;
            if (ReferenceEquals(b.SetAttr, type.SetAttr))
            {
                definingType = b;
                break;
            }
        }
        for (PyType? b = definingType; b is not null; b = b.Base)
        {
            if (ReferenceEquals(b.SetAttr, func)) break;
            if (!HeapTypeSlots.IsSetAttrDispatcher(b.SetAttr))
            {
                ts.SetError(PyExc.TypeError, $"can't apply this {what} to {type.Name} object");
                return false;
            }
        }
        return true;
    }

    private static Func<string, Delegate, FastMethod> WrapCompare(CompareOp op) => (name, slot) =>
    {
        var f = (RichCompareFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 1) ? f(ts, self, args[0], op) : null;
    };

    private static FastMethod WrapNext(string name, Delegate slot)
    {
        var f = (IterNextFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Exact(ts, name, args, kw, 0)) return null;
            var r = f(ts, self);
            if (r is null && !ts.HasError) ts.SetErrorNoArgs(PyExc.StopIteration);
            return r;
        };
    }

    private static FastMethod WrapDescrGet(string name, Delegate slot)
    {
        var f = (DescrGetFunc)slot;
        return (ts, self, args, kw) =>
        {
            if (!Between(ts, name, args, kw, 1, 2)) return null;
            PyObject? obj = args[0] is PyNone ? null : args[0];
            PyObject? type = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
            if (obj is null && type is null) return ts.TypeError("__get__(None, None) is invalid");
            return f(ts, self, obj, type);
        };
    }

    private static FastMethod WrapDescrSet(string name, Delegate slot)
    {
        var f = (DescrSetFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 2) && f(ts, self, args[0], args[1]) >= 0 ? PyNone.Instance : null;
    }

    private static FastMethod WrapDescrDelete(string name, Delegate slot)
    {
        var f = (DescrSetFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 1) && f(ts, self, args[0], null) >= 0 ? PyNone.Instance : null;
    }

    private static FastMethod WrapBinaryLeft(string name, Delegate slot)
    {
        var f = (BinaryFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 1) ? f(ts, self, args[0]) : null;
    }

    /// <summary>sq_repeat as <c>__mul__</c>: the count is an index, too large for a machine integer → OverflowError.</summary>
    private static FastMethod WrapRepeat(string name, Delegate slot)
    {
        var f = (SeqRepeatFunc)slot;
        return (ts, self, args, kw) =>
            Exact(ts, name, args, kw, 1) && Protocols.AsIndex(ts, args[0], out long n, PyExc.OverflowError) ? f(ts, self, n) : null;
    }

    private static FastMethod WrapBinaryRight(string name, Delegate slot)
    {
        var f = (BinaryFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 1) ? f(ts, args[0], self) : null;
    }

    private static FastMethod WrapTernary(string name, Delegate slot)
    {
        var f = (TernaryFunc)slot;
        return (ts, self, args, kw) => Between(ts, name, args, kw, 1, 2) ? f(ts, self, args[0], args.Length > 1 ? args[1] : PyNone.Instance) : null;
    }

    private static FastMethod WrapTernaryRight(string name, Delegate slot)
    {
        var f = (TernaryFunc)slot;
        return (ts, self, args, kw) => Between(ts, name, args, kw, 1, 2) ? f(ts, args[0], self, args.Length > 1 ? args[1] : PyNone.Instance) : null;
    }

    private static FastMethod WrapSetItem(string name, Delegate slot)
    {
        var f = (SetItemFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 2) && f(ts, self, args[0], args[1]) >= 0 ? PyNone.Instance : null;
    }

    private static FastMethod WrapDelItem(string name, Delegate slot)
    {
        var f = (SetItemFunc)slot;
        return (ts, self, args, kw) => Exact(ts, name, args, kw, 1) && f(ts, self, args[0], null) >= 0 ? PyNone.Instance : null;
    }
}
