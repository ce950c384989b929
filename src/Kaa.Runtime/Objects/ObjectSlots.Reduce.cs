namespace Kaa.Runtime;

/// <summary>
/// object.__reduce__, __reduce_ex__ and __getstate__ (the pickle protocol's defaults, typeobject.c):
/// protocol 2+ builds <c>(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)</c>, older
/// protocols defer to <c>copyreg._reduce_ex</c>.
/// </summary>
internal static partial class ObjectSlots
{
    private static readonly MethodDef s_getStateDef = new("__getstate__", static (ts, self) => DefaultGetState(ts, self, required: false));

    private static void InstallReduce(PyType type)
    {
        type.AddMethod("__reduce_ex__", static (ts, self, protocolObj) =>
        {
            if (!Protocols.AsIndex(ts, protocolObj, out long protocol, PyExc.OverflowError)) return null;
            // A class that overrides __reduce__ decides alone.
            var reduce = self.Type.Lookup(PyStr.Intern("__reduce__"));
            if (reduce is not null && !(reduce is PyMethodDescriptor d && d.Owner == BuiltinTypes.Object))
                return Protocols.CallMethod(ts, self, "__reduce__", []);
            return CommonReduce(ts, self, protocol);
        });
        type.AddMethod("__reduce__", static (ts, self) => CommonReduce(ts, self, 0));
        type.AddMethod(s_getStateDef);
    }

    private static PyObject? ImportCopyreg(ThreadState ts)
    {
        if (ts.Interp.Modules.GetStr("copyreg") is { } m) return m;
        var import = ts.Interp.Builtins.GetStr("__import__");
        if (import is null) return ts.Raise(PyExc.ImportError, "__import__ not found");
        return Protocols.Call1(ts, import, PyStr.Intern("copyreg"));
    }

    private static PyObject? CommonReduce(ThreadState ts, PyObject self, long protocol)
    {
        var copyreg = ImportCopyreg(ts);
        if (copyreg is null) return null;
        if (protocol < 2)
        {
            var f = Protocols.GetAttr(ts, copyreg, "_reduce_ex");
            return f is null ? null : Protocols.Call(ts, f, [self, PyInt.Create(protocol)], null);
        }
        return ReduceNewObj(ts, self, copyreg);
    }

    private static PyObject? ReduceNewObj(ThreadState ts, PyObject obj, PyObject copyreg)
    {
        var type = obj.Type;
        if (type.New is null) return ts.TypeError($"cannot pickle '{type.Name}' object");
        if (!GetNewArgs(ts, obj, out var args, out var kwargs)) return null;
        bool isList = obj.Type.IsSubtypeOf(BuiltinTypes.List), isDict = obj.Type.IsSubtypeOf(BuiltinTypes.Dict);
        bool required = args is null && !isList && !isDict;
        var state = GetState(ts, obj, required);
        if (state is null) return null;
        PyObject listItems = PyNone.Instance, dictItems = PyNone.Instance;
        if (isList && (listItems = Protocols.GetIter(ts, obj)!) is null) return null;
        if (isDict)
        {
            var items = Protocols.CallMethod(ts, obj, "items", []);
            if (items is null || (dictItems = Protocols.GetIter(ts, items)!) is null) return null;
        }
        args ??= PyTuple.Empty;
        PyObject newObj, newArgs;
        if (kwargs is null || kwargs.Count == 0)
        {
            newObj = Protocols.GetAttr(ts, copyreg, "__newobj__")!;
            if (newObj is null) return null;
            var items = new PyObject[args.Length + 1];
            items[0] = type;
            args.Items.CopyTo(items, 1);
            newArgs = PyTuple.Create(items);
        }
        else
        {
            newObj = Protocols.GetAttr(ts, copyreg, "__newobj_ex__")!;
            if (newObj is null) return null;
            newArgs = PyTuple.Create([type, args, kwargs]);
        }
        return PyTuple.Create([newObj, newArgs, state, listItems, dictItems]);
    }

    /// <summary>_PyObject_GetNewArguments: __getnewargs_ex__ or __getnewargs__, checked; args null when neither exists.</summary>
    private static bool GetNewArgs(ThreadState ts, PyObject obj, out PyTuple? args, out PyDict? kwargs)
    {
        args = null;
        kwargs = null;
        var ex = Protocols.LookupSpecial(ts, obj, PyStr.Intern("__getnewargs_ex__"));
        if (ex is not null)
        {
            var r = Protocols.Call0(ts, ex);
            if (r is null) return false;
            if (r is not PyTuple t)
            {
                ts.SetError(PyExc.TypeError, $"__getnewargs_ex__ should return a tuple, not '{r.Type.Name}'");
                return false;
            }
            if (t.Length != 2)
            {
                ts.SetError(PyExc.ValueError, $"__getnewargs_ex__ should return a tuple of length 2, not {t.Length}");
                return false;
            }
            if (t.Items[0] is not PyTuple a)
            {
                ts.SetError(PyExc.TypeError, $"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{t.Items[0].Type.Name}'");
                return false;
            }
            if (t.Items[1] is not PyDict k)
            {
                ts.SetError(PyExc.TypeError, $"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{t.Items[1].Type.Name}'");
                return false;
            }
            args = a;
            kwargs = k;
            return true;
        }
        if (ts.HasError) return false;
        var plain = Protocols.LookupSpecial(ts, obj, PyStr.Intern("__getnewargs__"));
        if (plain is not null)
        {
            var r = Protocols.Call0(ts, plain);
            if (r is null) return false;
            if (r is not PyTuple t)
            {
                ts.SetError(PyExc.TypeError, $"__getnewargs__ should return a tuple, not '{r.Type.Name}'");
                return false;
            }
            args = t;
            return true;
        }
        return !ts.HasError;
    }

    /// <summary>_PyObject_GetState: the state builtin types' __reduce__ pickle with (the dict and __slots__ of a subclass instance).</summary>
    internal static PyObject? GetStateForReduce(ThreadState ts, PyObject obj) => GetState(ts, obj, required: false);

    /// <summary>object_getstate: obj.__getstate__(), or the default directly when that is object's own.</summary>
    private static PyObject? GetState(ThreadState ts, PyObject obj, bool required)
    {
        var getstate = Protocols.GetAttr(ts, obj, "__getstate__");
        if (getstate is null) return null;
        if (getstate is PyBuiltinFunction f && ReferenceEquals(f.Def, s_getStateDef) && ReferenceEquals(f.Self, obj))
            return DefaultGetState(ts, obj, required);
        return Protocols.Call0(ts, getstate);
    }

    /// <summary>object_getstate_default: the instance dict (None when empty), plus a dict of the set __slots__ values.</summary>
    private static PyObject? DefaultGetState(ThreadState ts, PyObject obj, bool required)
    {
        var type = obj.Type;
        if (required && !PicklableLayout(type)) return ts.TypeError($"cannot pickle '{type.Name}' object");
        PyObject state = obj.Dict is { Count: > 0 } d ? d : PyNone.Instance;
        var slotNames = SlotNames(type);
        if (slotNames.Count == 0) return state;
        var slots = new PyDict();
        foreach (var name in slotNames)
        {
            var value = Protocols.LookupAttr(ts, obj, name);
            if (value is null)
            {
                // An unset slot is simply left out.
                if (ts.ErrorMatches(PyExc.AttributeError)) ts.ClearError();
                if (ts.HasError) return null;
                continue;
            }
            if (!slots.SetItem(ts, name, value)) return null;
        }
        return slots.Count > 0 ? PyTuple.Create(state, slots) : state;
    }

    /// <summary>The instance layout is object's plus dict/weakref/slots (what pickling by state can rebuild).</summary>
    private static bool PicklableLayout(PyType type)
    {
        var root = type;
        while (root.IsHeapType && root.Base is not null) root = root.Base;
        return root == BuiltinTypes.Object;
    }

    /// <summary>copyreg._slotnames: the (mangled) __slots__ names of the class and its bases, without __dict__/__weakref__.</summary>
    private static List<PyStr> SlotNames(PyType type)
    {
        var names = new List<PyStr>();
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType || !t.Namespace.TryGetStr(PyStr.Intern("__slots__"), out _)) continue;
            int pos = 0;
            while (t.Namespace.Next(ref pos, out var k, out var v))
                if (v is PyMemberDescriptor m && m.Owner == t) names.Add((PyStr)k);
        }
        return names;
    }
}
