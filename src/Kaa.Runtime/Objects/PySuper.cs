namespace Kaa.Runtime;

/// <summary>
/// <c>super</c>: attribute lookup that starts after <see cref="ThisType"/> in the MRO of the object's
/// type. <c>super()</c> without arguments finds the class in the <c>__class__</c> cell and the object in
/// the first argument of the calling function.
/// </summary>
public sealed class PySuper : PyObject
{
    public PyType? ThisType;
    public PyObject? Obj;
    /// <summary>The type whose MRO is searched: obj's type, or obj itself when obj is a class.</summary>
    public PyType? ObjType;

    public PySuper(PyType type) : base(type) { }

    /// <summary>super(type, obj) made from C#.</summary>
    public static PySuper? Create(ThreadState ts, PyType type, PyObject obj)
    {
        var s = new PySuper(BuiltinTypes.Super);
        return s.Init(ts, type, obj) ? s : null;
    }

    private bool Init(ThreadState ts, PyType type, PyObject? obj)
    {
        PyType? objType = null;
        if (obj is not null && obj is not PyNone)
        {
            objType = CheckObject(ts, type, obj);
            if (objType is null) return false;
        }
        else obj = null;
        ThisType = type;
        Obj = obj;
        ObjType = objType;
        return true;
    }

    /// <summary>supercheck: obj must be an instance or subclass of type.</summary>
    private static PyType? CheckObject(ThreadState ts, PyType type, PyObject obj)
    {
        if (obj is PyType t && t.IsSubtypeOf(type)) return t;
        if (obj.Type.IsSubtypeOf(type)) return obj.Type;
        var cls = Protocols.LookupAttr(ts, obj, PyStr.Intern("__class__"));
        if (cls is PyType ct && ct != obj.Type && ct.IsSubtypeOf(type)) return ct;
        if (ts.HasError) return null;
        ts.SetError(PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
        return null;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.HasInstanceDict & 0;
        type.New = static (ts, t, args, kw) => new PySuper(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var s = (PySuper)self;
            if (kw is not null && kw.Length > 0)
            {
                ts.SetError(PyExc.TypeError, "super() takes no keyword arguments");
                return -1;
            }
            if (args.Length > 2)
            {
                ts.SetError(PyExc.TypeError, $"super() takes at most 2 arguments ({args.Length} given)");
                return -1;
            }
            PyObject? typeArg = args.Length > 0 ? args[0] : null;
            PyObject? obj = args.Length > 1 ? args[1] : null;
            if (typeArg is null)
            {
                if (!ZeroArgs(ts, out var zt, out var zo)) return -1;
                typeArg = zt;
                obj = zo;
            }
            if (typeArg is not PyType tt)
            {
                ts.SetError(PyExc.TypeError, $"super() argument 1 must be a type, not {typeArg.Type.Name}");
                return -1;
            }
            return s.Init(ts, tt, obj) ? 0 : -1;
        };
        type.GetAttr = GetAttr;
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var s = (PySuper)self;
            if (instance is null || instance is PyNone || s.Obj is not null) return s;
            var bound = new PySuper(s.Type);
            return bound.Init(ts, s.ThisType!, instance) ? bound : null;
        };
        type.Repr = static (ts, self) =>
        {
            var s = (PySuper)self;
            string tn = s.ThisType?.Name ?? "NULL";
            return PyStr.Create(s.ObjType is null ? $"<super: <class '{tn}'>, NULL>" : $"<super: <class '{tn}'>, <{s.ObjType.Name} object>>");
        };
        type.AddGetSet("__thisclass__", static (ts, self) => (PyObject?)((PySuper)self).ThisType ?? PyNone.Instance);
        type.AddGetSet("__self__", static (ts, self) => ((PySuper)self).Obj ?? PyNone.Instance);
        type.AddGetSet("__self_class__", static (ts, self) => (PyObject?)((PySuper)self).ObjType ?? PyNone.Instance);
    }

    /// <summary>super_getattro: skip to the class after ThisType in ObjType's MRO.</summary>
    private static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var s = (PySuper)self;
        if (s.ObjType is not null && name.ToString() != "__class__")
        {
            var mro = s.ObjType.Mro;
            int i = 0;
            while (i < mro.Length && mro[i] != s.ThisType) i++;
            for (i++; i < mro.Length; i++)
            {
                if (!mro[i].Namespace.TryGetStr(name, out var res)) continue;
                var get = res.Type.DescrGet;
                if (get is null) return res;
                return get(ts, res, ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj, s.ObjType);
            }
        }
        return ObjectSlots.GenericGetAttr(ts, self, name);
    }

    /// <summary>super() in a method: __class__ from the frame's cell, self from its first argument.</summary>
    private static bool ZeroArgs(ThreadState ts, out PyObject type, out PyObject? obj)
    {
        type = PyNone.Instance;
        obj = null;
        var frame = ts.CurrentFrame;
        if (frame is null)
        {
            ts.SetError(PyExc.RuntimeError, "super(): no current frame");
            return false;
        }
        var code = frame.Code;
        if (code.Code.ArgCount == 0)
        {
            ts.SetError(PyExc.RuntimeError, "super(): no arguments");
            return false;
        }
        obj = frame.Fast[0].Value;
        // The first argument may have been moved into a cell (MAKE_CELL).
        if (obj is PyCell c0 && (code.LocalsPlusKinds[0] & (byte)Kaa.Compiler.Code.LocalKind.Cell) != 0) obj = c0.Contents;
        if (obj is null)
        {
            ts.SetError(PyExc.RuntimeError, "super(): arg[0] deleted");
            return false;
        }
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            if (code.LocalsPlusNames[i].ToString() != "__class__" || (code.LocalsPlusKinds[i] & (byte)Kaa.Compiler.Code.LocalKind.Free) == 0) continue;
            if (frame.Fast[i].Value is not PyCell cell || cell.Contents is null)
            {
                ts.SetError(PyExc.RuntimeError, "super(): empty __class__ cell");
                return false;
            }
            if (cell.Contents is not PyType)
            {
                ts.SetError(PyExc.RuntimeError, $"super(): __class__ is not a type ({cell.Contents.Type.Name})");
                return false;
            }
            type = cell.Contents;
            return true;
        }
        ts.SetError(PyExc.RuntimeError, "super(): __class__ cell not found");
        return false;
    }
}
