using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The pickler's general path: objects without an opcode of their own are reduced (reducer_override, the
/// private or copyreg dispatch table, <c>__reduce_ex__</c>, <c>__reduce__</c>) and written by
/// <see cref="SaveReduce"/>; classes and functions are written by reference (<see cref="SaveGlobal"/>);
/// persistent ids replace objects persistent_id claims.
/// </summary>
internal partial class PyPickler
{
    /// <summary>The part of save() after the builtin containers.</summary>
    private bool SaveObject(ThreadState ts, PyObject obj)
    {
        var type = obj.Type;
        PyObject? reduceValue = null;
        if (_reducerOverride is not null)
        {
            reduceValue = Protocols.Call1(ts, _reducerOverride, obj);
            if (reduceValue is null) return false;
            if (reduceValue is PyNotImplemented) reduceValue = null;
        }
        if (reduceValue is null)
        {
            if (type == BuiltinTypes.Type) return SaveType(ts, obj);
            if (type == BuiltinTypes.Function) return SaveGlobal(ts, obj);

            PyObject? reduceFunc;
            if (DispatchTable is null)
            {
                if (State(ts).DispatchTable.TryGetItem(ts, type, out reduceFunc) < 0) return false;
            }
            else
            {
                reduceFunc = Protocols.GetItem(ts, DispatchTable, type);
                if (reduceFunc is null)
                {
                    if (!ts.ErrorMatches(PyExc.KeyError)) return false;
                    ts.ClearError();
                }
            }
            if (reduceFunc is not null) reduceValue = Protocols.Call1(ts, reduceFunc, obj);
            else if (type.IsSubtypeOf(BuiltinTypes.Type)) return SaveGlobal(ts, obj);
            else
            {
                var reduceEx = Protocols.LookupAttr(ts, obj, "__reduce_ex__");
                if (reduceEx is not null) reduceValue = Protocols.Call1(ts, reduceEx, PyInt.Create(Proto));
                else
                {
                    if (ts.HasError) return false;
                    var reduce = Protocols.LookupAttr(ts, obj, "__reduce__");
                    if (reduce is not null) reduceValue = Protocols.Call0(ts, reduce);
                    else
                    {
                        if (ts.HasError) return false;
                        var repr = Protocols.Repr(ts, obj);
                        if (repr is null) return false;
                        ts.SetError(State(ts).PicklingError, $"can't pickle '{type.Name}' object: {repr}");
                        return false;
                    }
                }
            }
            if (reduceValue is null) return false;
        }
        if (reduceValue is PyStr name) return SaveGlobal(ts, obj, name);
        if (reduceValue is not PyTuple tuple)
        {
            ts.SetError(State(ts).PicklingError, "__reduce__ must return a string or tuple");
            return false;
        }
        return SaveReduce(ts, tuple, obj);
    }

    /// <summary>save_type: the classes of None, Ellipsis and NotImplemented are reduced to type(singleton).</summary>
    private bool SaveType(ThreadState ts, PyObject obj)
    {
        PyObject? singleton = obj == BuiltinTypes.NoneType ? PyNone.Instance
            : obj == BuiltinTypes.Ellipsis ? PyEllipsis.Instance
            : obj == BuiltinTypes.NotImplementedType ? PyNotImplemented.Instance
            : null;
        if (singleton is not null) return SaveReduce(ts, PyTuple.Create(BuiltinTypes.Type, PyTuple.Create(singleton)), obj);
        return SaveGlobal(ts, obj);
    }

    /// <summary>save_pers: 1 when persistent_id gave an id (written as BINPERSID or PERSID), 0 when it
    /// returned None, -1 on error.</summary>
    private int SavePersistent(ThreadState ts, PyObject obj)
    {
        var pid = _persFuncTakesSelf ? Protocols.Call(ts, _persFunc!, [this, obj], null) : Protocols.Call1(ts, _persFunc!, obj);
        if (pid is null) return -1;
        if (pid is PyNone) return 0;
        if (Bin != 0)
        {
            if (!Save(ts, pid, true)) return -1;
            Output.WriteByte(PickleOpcodes.BinPersId);
            return 1;
        }
        var text = Protocols.Str(ts, pid);
        if (text is null) return -1;
        var s = (PyStr)text;
        if (!s.IsAscii)
        {
            ts.SetError(State(ts).PicklingError, "persistent IDs in protocol 0 must be ASCII strings");
            return -1;
        }
        Output.WriteByte(PickleOpcodes.PersId);
        Output.WriteAscii(s.Bmp);
        Output.WriteByte((byte)'\n');
        return 1;
    }

    private static PyObject ClassOf(ThreadState ts, PyObject obj)
    {
        var cls = Protocols.LookupAttr(ts, obj, "__class__");
        if (cls is null && !ts.HasError) return obj.Type;
        return cls ?? obj.Type;
    }

    private static bool HasNameEqualTo(ThreadState ts, PyObject callable, string name, out bool equal)
    {
        equal = false;
        var value = Protocols.LookupAttr(ts, callable, "__name__");
        if (value is null) return !ts.HasError;
        equal = value is PyStr s && s.Length == name.Length && s.ToString() == name;
        return true;
    }

    /// <summary>save_reduce: writes the 2- to 6-tuple a reduction returned — NEWOBJ / NEWOBJ_EX when the
    /// callable is copyreg.__newobj__ / __newobj_ex__ (protocol 2+), else the callable, its arguments and
    /// REDUCE — then memoizes <paramref name="obj"/> (when given) and writes the list items, dict items and
    /// state.</summary>
    internal bool SaveReduce(ThreadState ts, PyTuple args, PyObject? obj)
    {
        var st = State(ts);
        int size = args.Length;
        if (size < 2 || size > 6)
        {
            ts.SetError(st.PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements");
            return false;
        }
        var items = args.Items;
        var callable = items[0];
        var argtupObj = items[1];
        PyObject? state = size > 2 ? items[2] : null;
        PyObject? listItems = size > 3 ? items[3] : null;
        PyObject? dictItems = size > 4 ? items[4] : null;
        PyObject? stateSetter = size > 5 ? items[5] : null;
        if (callable.Type.Call is null)
        {
            ts.SetError(st.PicklingError, "first item of the tuple returned by __reduce__ must be callable");
            return false;
        }
        if (argtupObj is not PyTuple argtup)
        {
            ts.SetError(st.PicklingError, "second item of the tuple returned by __reduce__ must be a tuple");
            return false;
        }
        if (state is PyNone) state = null;
        if (listItems is PyNone) listItems = null;
        else if (listItems is not null && listItems.Type.IterNext is null)
        {
            ts.SetError(st.PicklingError, $"fourth element of the tuple returned by __reduce__ must be an iterator, not {listItems.Type.Name}");
            return false;
        }
        if (dictItems is PyNone) dictItems = null;
        else if (dictItems is not null && dictItems.Type.IterNext is null)
        {
            ts.SetError(st.PicklingError, $"fifth element of the tuple returned by __reduce__ must be an iterator, not {dictItems.Type.Name}");
            return false;
        }
        if (stateSetter is PyNone) stateSetter = null;
        else if (stateSetter is not null && stateSetter.Type.Call is null)
        {
            ts.SetError(st.PicklingError, $"sixth element of the tuple returned by __reduce__ must be a function, not {stateSetter.Type.Name}");
            return false;
        }

        bool useNewObj = false, useNewObjEx = false;
        if (Proto >= 2)
        {
            if (!HasNameEqualTo(ts, callable, "__newobj_ex__", out useNewObjEx)) return false;
            if (!useNewObjEx && !HasNameEqualTo(ts, callable, "__newobj__", out useNewObj)) return false;
        }

        if (useNewObjEx)
        {
            if (argtup.Length != 3)
            {
                ts.SetError(st.PicklingError, $"length of the NEWOBJ_EX argument tuple must be exactly 3, not {argtup.Length}");
                return false;
            }
            var cls = argtup.Items[0];
            if (cls is not PyType)
            {
                ts.SetError(st.PicklingError, $"first item from NEWOBJ_EX argument tuple must be a class, not {cls.Type.Name}");
                return false;
            }
            var newArgs = argtup.Items[1];
            if (newArgs is not PyTuple newArgsTuple)
            {
                ts.SetError(st.PicklingError, $"second item from NEWOBJ_EX argument tuple must be a tuple, not {newArgs.Type.Name}");
                return false;
            }
            var kwargs = argtup.Items[2];
            if (kwargs is not PyDict kwargsDict)
            {
                ts.SetError(st.PicklingError, $"third item from NEWOBJ_EX argument tuple must be a dict, not {kwargs.Type.Name}");
                return false;
            }
            if (Proto >= 4)
            {
                if (!Save(ts, cls, false) || !Save(ts, newArgs, false) || !Save(ts, kwargs, false)) return false;
                Output.WriteByte(PickleOpcodes.NewObjEx);
            }
            else
            {
                // partial(cls.__new__, cls, *args, **kwargs)()
                var clsNew = Protocols.GetAttr(ts, cls, "__new__");
                if (clsNew is null) return false;
                int nargs = newArgsTuple.Length;
                int nkw = kwargsDict.Count;
                var callArgs = new PyObject[2 + nargs + nkw];
                callArgs[0] = clsNew;
                callArgs[1] = cls;
                newArgsTuple.Items.CopyTo(callArgs, 2);
                var names = new PyObject[nkw];
                int pos = 0, k = 0;
                while (kwargsDict.Next(ref pos, out var key, out var value))
                {
                    if (key is not PyStr)
                    {
                        ts.SetError(PyExc.TypeError, "keywords must be strings");
                        return false;
                    }
                    names[k] = key;
                    callArgs[2 + nargs + k] = value;
                    k++;
                }
                var partial = Protocols.Call(ts, st.Partial, callArgs, nkw > 0 ? PyTuple.Create(names) : null);
                if (partial is null) return false;
                if (!Save(ts, partial, false) || !Save(ts, PyTuple.Empty, false)) return false;
                Output.WriteByte(PickleOpcodes.Reduce);
            }
        }
        else if (useNewObj)
        {
            if (argtup.Length < 1)
            {
                ts.SetError(st.PicklingError, "__newobj__ arglist is empty");
                return false;
            }
            var cls = argtup.Items[0];
            if (cls is not PyType)
            {
                ts.SetError(st.PicklingError, "args[0] from __newobj__ args is not a type");
                return false;
            }
            if (obj is not null)
            {
                var objClass = Protocols.LookupAttr(ts, obj, "__class__");
                if (objClass is null)
                {
                    if (ts.HasError) return false;
                    objClass = obj.Type;
                }
                if (objClass != cls)
                {
                    ts.SetError(st.PicklingError, "args[0] from __newobj__ args has the wrong class");
                    return false;
                }
            }
            if (!Save(ts, cls, false)) return false;
            var rest = PyTuple.FromSpan(argtup.Items.AsSpan(1));
            if (!Save(ts, rest, false)) return false;
            Output.WriteByte(PickleOpcodes.NewObj);
        }
        else
        {
            if (!Save(ts, callable, false) || !Save(ts, argtup, false)) return false;
            Output.WriteByte(PickleOpcodes.Reduce);
        }

        if (obj is not null)
        {
            // Already memoized while its arguments were saved: a recursive reduction. Drop what was built
            // and fetch the memoized object.
            if (InMemo(obj))
            {
                Output.WriteByte(PickleOpcodes.Pop);
                return MemoGetExisting(ts, obj);
            }
            MemoPut(obj);
        }
        if (listItems is not null && !BatchList(ts, listItems)) return false;
        if (dictItems is not null && !BatchDict(ts, dictItems)) return false;
        if (state is not null)
        {
            if (stateSetter is null)
            {
                if (!Save(ts, state, false)) return false;
                Output.WriteByte(PickleOpcodes.Build);
            }
            else
            {
                // state_setter(obj, state), its result popped: stack-neutral.
                if (!Save(ts, stateSetter, false) || !Save(ts, obj!, false) || !Save(ts, state, false)) return false;
                Output.WriteByte(PickleOpcodes.Tuple2);
                Output.WriteByte(PickleOpcodes.Reduce);
                Output.WriteByte(PickleOpcodes.Pop);
            }
        }
        return true;
    }

    // ---- globals ----------------------------------------------------------------------------------------

    /// <summary>get_dotted_path: the parts of a qualified name; a <c>&lt;locals&gt;</c> part cannot be pickled.</summary>
    internal static PyStr[]? DottedPath(ThreadState ts, PyObject? obj, PyStr name)
    {
        var text = name.ToString();
        var parts = text.Split('.');
        var result = new PyStr[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] == "<locals>")
            {
                var nameRepr = Protocols.Repr(ts, name);
                if (nameRepr is null) return null;
                if (obj is null) ts.SetError(PyExc.AttributeError, $"Can't pickle local object {nameRepr}");
                else
                {
                    var objRepr = Protocols.Repr(ts, obj);
                    if (objRepr is null) return null;
                    ts.SetError(PyExc.AttributeError, $"Can't pickle local attribute {nameRepr} on {objRepr}");
                }
                return null;
            }
            result[i] = parts.Length == 1 ? name : PyStr.Create(parts[i]);
        }
        return result;
    }

    /// <summary>get_deep_attribute: obj.a.b.c; null (no error set when only an attribute was missing).</summary>
    internal static PyObject? DeepAttribute(ThreadState ts, PyObject obj, PyStr[] names, out PyObject? parent)
    {
        parent = null;
        foreach (var name in names)
        {
            parent = obj;
            var next = Protocols.LookupAttr(ts, obj, name);
            if (next is null) return null;
            obj = next;
        }
        return obj;
    }

    /// <summary>whichmodule: the object's <c>__module__</c>, else the first module of sys.modules holding it
    /// at that path, else <c>__main__</c>.</summary>
    private static PyObject? WhichModule(ThreadState ts, PyObject global, PyStr[] path)
    {
        var moduleName = Protocols.LookupAttr(ts, global, "__module__");
        if (moduleName is null && ts.HasError) return null;
        if (moduleName is not null && moduleName is not PyNone) return moduleName;
        var modules = ts.Interp.Sys.Namespace.GetStr("modules");
        if (modules is null)
        {
            ts.SetError(PyExc.RuntimeError, "unable to get sys.modules");
            return null;
        }
        if (modules.Type == BuiltinTypes.Dict)
        {
            var dict = (PyDict)modules;
            int pos = 0;
            while (dict.Next(ref pos, out var name, out var module))
            {
                if (IsIn(ts, name, module, global, path)) return name;
                if (ts.HasError) return null;
            }
        }
        else
        {
            var iter = Protocols.GetIter(ts, modules);
            if (iter is null) return null;
            while (Protocols.Next(ts, iter) is { } name)
            {
                var module = Protocols.GetItem(ts, modules, name);
                if (module is null) return null;
                if (IsIn(ts, name, module, global, path)) return name;
                if (ts.HasError) return null;
            }
            if (ts.HasError) return null;
        }
        return PyStr.Intern("__main__");
    }

    /// <summary>_checkmodule: <paramref name="module"/> (not None, not __main__) holds <paramref name="global"/> at the path.</summary>
    private static bool IsIn(ThreadState ts, PyObject moduleName, PyObject module, PyObject global, PyStr[] path)
    {
        if (module is PyNone) return false;
        if (moduleName is PyStr s && s.ToString() == "__main__") return false;
        var candidate = DeepAttribute(ts, module, path, out _);
        return candidate is not null && candidate == global;
    }

    /// <summary>save_global: a class or function by reference — STACK_GLOBAL (protocol 4+), an extension
    /// code (EXT1/2/4) when copyreg registered one, a getattr reduction for a nested name before protocol
    /// 4, else GLOBAL "module\nname\n". The object must be reachable by that name.</summary>
    private bool SaveGlobal(ThreadState ts, PyObject obj, PyStr? name = null)
    {
        var st = State(ts);
        PyObject? globalNameObj = name;
        if (globalNameObj is null)
        {
            globalNameObj = Protocols.LookupAttr(ts, obj, "__qualname__");
            if (globalNameObj is null)
            {
                if (ts.HasError) return false;
                globalNameObj = Protocols.GetAttr(ts, obj, "__name__");
                if (globalNameObj is null) return false;
            }
        }
        if (globalNameObj is not PyStr globalName)
        {
            ts.SetError(PyExc.TypeError, $"must be str, not {globalNameObj.Type.Name}");
            return false;
        }
        var path = DottedPath(ts, null, globalName);
        if (path is null) return false;
        var moduleNameObj = WhichModule(ts, obj, path);
        if (moduleNameObj is null) return false;
        if (moduleNameObj is not PyStr moduleName)
        {
            ts.SetError(PyExc.TypeError, $"module name must be str, not {moduleNameObj.Type.Name}");
            return false;
        }
        var module = PickleModule.ImportModule(ts, moduleName);
        if (module is null)
        {
            ts.ClearError();
            return PicklingErrorFormat(ts, obj, $"import of module {ReprOrNull(ts, moduleName)} failed");
        }
        var lastName = path[^1];
        var cls = DeepAttribute(ts, module, path, out var parent);
        if (cls is null)
        {
            ts.ClearError();
            return PicklingErrorFormat(ts, obj, $"attribute lookup {globalName} on {moduleName} failed");
        }
        if (cls != obj) return PicklingErrorFormat(ts, obj, $"it's not the same object as {moduleName}.{globalName}");

        if (Proto >= 2)
        {
            // The extension registry: a registered (module, name) is written as its code.
            if (st.ExtensionRegistry.TryGetItem(ts, PyTuple.Create(moduleName, globalName), out var codeObj) < 0) return false;
            if (codeObj is not null)
            {
                if (codeObj is not PyInt codeInt)
                {
                    var codeRepr = Protocols.Repr(ts, codeObj);
                    if (codeRepr is null) return false;
                    return PicklingErrorFormat(ts, obj, $"extension code {codeRepr} isn't an integer");
                }
                if (!codeInt.TryGetLong(out long code))
                {
                    ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
                    return false;
                }
                if (code <= 0 || code > 0x7fffffffL)
                    return PicklingErrorFormat(ts, obj, $"extension code {code} is out of range");
                if (code <= 0xff) Output.Write(PickleOpcodes.Ext1, (byte)code);
                else if (code <= 0xffff)
                {
                    var s = Output.Reserve(3);
                    s[0] = PickleOpcodes.Ext2;
                    s[1] = (byte)code;
                    s[2] = (byte)(code >> 8);
                }
                else Output.WriteOp32(PickleOpcodes.Ext4, (uint)code);
                return true;
            }
        }

        if (parent == module) globalName = lastName;
        if (Proto >= 4)
        {
            if (!Save(ts, moduleName, false) || !Save(ts, globalName, false)) return false;
            Output.WriteByte(PickleOpcodes.StackGlobal);
        }
        else if (parent != module)
        {
            // A nested name before protocol 4: getattr(parent, last name).
            if (!SaveReduce(ts, PyTuple.Create(st.GetAttr, PyTuple.Create(parent!, lastName)), null)) return false;
        }
        else
        {
            Output.WriteByte(PickleOpcodes.Global);
            if (Proto < 3 && _fixImports && !FixImports(ts, st, ref moduleName, ref globalName)) return false;
            if (!WriteGlobalPart(ts, moduleName, "module")) return false;
            if (!WriteGlobalPart(ts, globalName, "global")) return false;
        }
        MemoPut(obj);
        return true;
    }

    /// <summary>A GLOBAL operand: UTF-8 at protocol 3, ASCII before (Python 2 reads it).</summary>
    private bool WriteGlobalPart(ThreadState ts, PyStr part, string what)
    {
        if (Proto == 3)
        {
            var target = Output.Reserve(StrUtf8.Length(part) + 1);
            StrUtf8.Encode(part, target[..^1]);
            target[^1] = (byte)'\n';
            return true;
        }
        if (!part.IsAscii)
        {
            ts.SetError(State(ts).PicklingError, $"can't pickle {what} identifier '{part}' using pickle protocol {Proto}");
            return false;
        }
        Output.WriteAscii(part.Bmp);
        Output.WriteByte((byte)'\n');
        return true;
    }

    /// <summary>fix_imports: Python 3 names mapped back to Python 2's (REVERSE_NAME_MAPPING, then
    /// REVERSE_IMPORT_MAPPING).</summary>
    private static bool FixImports(ThreadState ts, PickleState st, ref PyStr moduleName, ref PyStr globalName)
    {
        if (st.NameMapping3To2.TryGetItem(ts, PyTuple.Create(moduleName, globalName), out var item) < 0) return false;
        if (item is not null)
        {
            if (item is not PyTuple { Length: 2 } pair)
            {
                ts.SetError(PyExc.RuntimeError, $"_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {item.Type.Name}");
                return false;
            }
            if (pair.Items[0] is not PyStr m || pair.Items[1] is not PyStr g)
            {
                ts.SetError(PyExc.RuntimeError, $"_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ({pair.Items[0].Type.Name}, {pair.Items[1].Type.Name})");
                return false;
            }
            moduleName = m;
            globalName = g;
            return true;
        }
        if (st.ImportMapping3To2.TryGetItem(ts, moduleName, out item) < 0) return false;
        if (item is not null)
        {
            if (item is not PyStr m)
            {
                ts.SetError(PyExc.RuntimeError, $"_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {item.Type.Name}");
                return false;
            }
            moduleName = m;
        }
        return true;
    }

    private static string ReprOrNull(ThreadState ts, PyObject obj)
        => Protocols.Repr(ts, obj) is PyStr s ? s.ToString() : "?";

    /// <summary>PicklingError "Can't pickle {obj!r}: {detail}".</summary>
    private bool PicklingErrorFormat(ThreadState ts, PyObject obj, string detail)
    {
        var repr = Protocols.Repr(ts, obj);
        if (repr is null) return false;
        ts.SetError(State(ts).PicklingError, $"Can't pickle {repr}: {detail}");
        return false;
    }
}
