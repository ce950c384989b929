using Kaa.Compiler.Code;

namespace Kaa.Runtime;

internal static partial class Eval
{
    private static void UnboundLocal(ThreadState ts, PyCode code, int index)
        => ts.SetError(PyExc.UnboundLocalError, $"cannot access local variable '{code.LocalsPlusNames[index]}' where it is not associated with a value");

    private static void UnboundDeref(ThreadState ts, PyCode code, int index)
    {
        var name = code.LocalsPlusNames[index];
        if ((code.LocalsPlusKinds[index] & (byte)LocalKind.Free) != 0)
            ts.SetError(PyExc.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        else
            UnboundLocal(ts, code, index);
    }

    private static PyObject? NameNotDefined(ThreadState ts, PyStr name)
    {
        ts.SetError(PyExc.NameError, $"name '{name}' is not defined");
        if (ts.CurrentException is PyNameError e) e.Name = name;
        return null;
    }

    /// <summary>LOAD_GLOBAL: the module's globals, then its builtins.</summary>
    private static PyObject? LoadGlobal(ThreadState ts, PyFrame f, PyStr name)
    {
        if (f.Globals.TryGetStr(name, out var v)) return v;
        if (f.Builtins.TryGetStr(name, out v)) return v;
        return NameNotDefined(ts, name);
    }

    /// <summary>LOAD_NAME: the locals mapping, then globals, then builtins.</summary>
    private static PyObject? LoadName(ThreadState ts, PyFrame f, PyStr name)
    {
        var locals = f.Locals;
        if (locals is null) return ts.SystemError($"no locals when loading '{name}'");
        if (locals is PyDict d && locals.Type == BuiltinTypes.Dict)
        {
            if (d.TryGetStr(name, out var v)) return v;
        }
        else
        {
            var v = Protocols.GetItem(ts, locals, name);
            if (v is not null) return v;
            if (!ts.ErrorMatches(PyExc.KeyError)) return null;
            ts.ClearError();
        }
        return LoadGlobal(ts, f, name);
    }

    private static bool StoreName(ThreadState ts, PyFrame f, PyStr name, PyObject value)
    {
        var locals = f.Locals;
        if (locals is null)
        {
            ts.SetError(PyExc.SystemError, $"no locals found when storing '{name}'");
            return false;
        }
        if (locals is PyDict d && locals.Type == BuiltinTypes.Dict)
        {
            d.SetStr(name, value);
            return true;
        }
        return Protocols.SetItem(ts, locals, name, value) == 0;
    }

    private static bool DeleteName(ThreadState ts, PyFrame f, PyStr name)
    {
        var locals = f.Locals;
        if (locals is null)
        {
            ts.SetError(PyExc.SystemError, $"no locals when deleting '{name}'");
            return false;
        }
        if (Protocols.DelItem(ts, locals, name) == 0) return true;
        if (ts.ErrorMatches(PyExc.KeyError))
        {
            ts.ClearError();
            NameNotDefined(ts, name);
        }
        return false;
    }

    /// <summary>LOAD_CLASSDEREF: a class body's free variable, which its own namespace may shadow.</summary>
    private static PyObject? LoadClassDeref(ThreadState ts, PyFrame f, int index)
    {
        var name = f.Code.LocalsPlusNames[index];
        if (f.Locals is PyDict d)
        {
            if (d.TryGetStr(name, out var v)) return v;
        }
        else if (f.Locals is not null)
        {
            var v = Protocols.GetItem(ts, f.Locals, name);
            if (v is not null) return v;
            if (!ts.ErrorMatches(PyExc.KeyError)) return null;
            ts.ClearError();
        }
        var value = ((PyCell)f.Fast[index].Value!).Contents;
        if (value is null)
        {
            UnboundDeref(ts, f.Code, index);
            return null;
        }
        return value;
    }

    /// <summary>
    /// LOAD_METHOD: the attribute, with <paramref name="unbound"/> true when it is a plain function found
    /// on the type (then the caller passes obj as the first argument and no bound method is created).
    /// </summary>
    private static PyObject? LoadMethod(ThreadState ts, PyObject obj, PyStr name, out bool unbound)
    {
        unbound = false;
        var type = obj.Type;
        if (ReferenceEquals(type.GetAttr, ObjectSlots.GenericGetAttrSlot))
        {
            var descr = type.Lookup(name);
            if (descr is PyFunction || descr is PyMethodDescriptor)
            {
                if (PyInstance.OwnAttribute(obj, name) is not { } shadow)
                {
                    unbound = true;
                    return descr;
                }
                return shadow;
            }
        }
        return Protocols.GetAttr(ts, obj, name);
    }
}
