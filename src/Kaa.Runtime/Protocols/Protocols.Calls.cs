namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>callable(args..., **kw) in vectorcall form (see <see cref="CallFunc"/>).</summary>
    public static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slot = callable.Type.Call;
        if (slot is null) return ts.TypeError($"'{callable.Type.Name}' object is not callable");
        // Python functions (and methods over them) count their depth when their frame starts, as
        // CPython's frames do; every other callable counts here (CPython's C-call check).
        if (callable is PyFunction || callable is PyMethod) return slot(ts, callable, args, kwnames);
        if (CalledWithoutDepthCheck(callable))
        {
            var direct = slot(ts, callable, args, kwnames);
            if (direct is null && !ts.HasError)
                return ts.SystemError($"{callable.Type.Name} returned NULL without setting an exception");
            return direct;
        }
        if (!ts.EnterNative(" while calling a Python object")) return null;
        var result = slot(ts, callable, args, kwnames);
        ts.LeaveNative();
        if (result is null && !ts.HasError)
            return ts.SystemError($"{callable.Type.Name} returned NULL without setting an exception");
        return result;
    }

    /// <summary>
    /// The callables CPython 3.11's specialised calls run without its C-call recursion check, so that a
    /// recursion through them reaches the limit where CPython's does (and with its message): builtin
    /// functions taking several arguments (PRECALL_BUILTIN_FAST*), <c>len</c> (PRECALL_NO_KW_LEN), and
    /// the builtin types with a vectorcall constructor (PRECALL_BUILTIN_CLASS). Whatever they call back
    /// into Python still checks the depth (and the .NET stack) when its frame starts.
    /// </summary>
    private static bool CalledWithoutDepthCheck(PyObject callable)
    {
        if (callable is PyBuiltinFunction b)
            return b.Def.Kind == MethodKind.Fast || (b.Def.Kind == MethodKind.OneArg && b.Def.ModuleName is null && b.Def.Name == "len");
        if (callable is PyType t && !t.IsHeapType)
            return t == BuiltinTypes.Range || t == BuiltinTypes.List || t == BuiltinTypes.Tuple || t == BuiltinTypes.Dict
                || t == BuiltinTypes.Set || t == BuiltinTypes.FrozenSet || t == BuiltinTypes.Bool || t == BuiltinTypes.Float
                || t == BuiltinTypes.Enumerate || t == BuiltinTypes.Reversed || t == BuiltinTypes.Map || t == BuiltinTypes.Filter
                || t == BuiltinTypes.Super;
        return false;
    }

    /// <summary>Same as <see cref="Call"/> (CPython's PyObject_Vectorcall name).</summary>
    public static PyObject? CallObject(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        => Call(ts, callable, args, kwnames);

    public static PyObject? Call0(ThreadState ts, PyObject callable) => Call(ts, callable, [], null);

    public static PyObject? Call1(ThreadState ts, PyObject callable, PyObject a) => Call(ts, callable, [a], null);

    public static PyObject? Call2(ThreadState ts, PyObject callable, PyObject a, PyObject b) => Call(ts, callable, [a, b], null);

    /// <summary>callable(*args, **kwargs) with a tuple and an optional dict (CALL_FUNCTION_EX, PyObject_Call).</summary>
    public static PyObject? CallWithDict(ThreadState ts, PyObject callable, PyTuple args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return Call(ts, callable, args.Items, null);
        var all = new PyObject[args.Length + kwargs.Count];
        args.Items.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        int pos = 0, n = 0;
        while (kwargs.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr)
                return ts.TypeError("keywords must be strings");
            names[n] = k;
            all[args.Length + n] = v;
            n++;
        }
        return Call(ts, callable, all, PyTuple.Create(names));
    }

    /// <summary>obj.name(args...): looks the method up and calls it (without creating a bound method for plain functions).</summary>
    public static PyObject? CallMethod(ThreadState ts, PyObject obj, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is PyFunction && ReferenceEquals(type.GetAttr, ObjectSlots.GenericGetAttrSlot)
            && PyInstance.OwnAttribute(obj, name) is null)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = obj;
            args.CopyTo(full.AsSpan(1));
            return Call(ts, attr, full, null);
        }
        var method = GetAttr(ts, obj, name);
        if (method is null) return null;
        return Call(ts, method, args, null);
    }

    public static PyObject? CallMethod(ThreadState ts, PyObject obj, string name, ReadOnlySpan<PyObject> args)
        => CallMethod(ts, obj, PyStr.Intern(name), args);

    /// <summary>Calls a special method looked up on the type (skipping the instance dict); null without error if absent.</summary>
    public static PyObject? CallSpecial(ThreadState ts, PyObject obj, PyStr name, ReadOnlySpan<PyObject> args, out bool found)
    {
        var f = LookupSpecial(ts, obj, name);
        found = f is not null;
        if (f is null) return null;
        return Call(ts, f, args, null);
    }
}
