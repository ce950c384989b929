namespace Kaa.Runtime;

/// <summary>
/// <c>builtin_function_or_method</c>: a C# function, either a module function (<c>len</c>; <c>__self__</c>
/// is the module, or None) or a builtin method bound to its object (<c>[].append</c>).
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly MethodDef Def;
    /// <summary><c>__self__</c>: the bound object, the module, or null (None).</summary>
    public readonly PyObject? Self;

    public PyBuiltinFunction(MethodDef def, PyObject? self) : base(BuiltinTypes.BuiltinFunction)
    {
        Def = def;
        Self = self;
    }

    public PyObject? Invoke(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        => Def.Invoke(ts, Self ?? PyNone.Instance, args, kwnames);

    /// <summary>(getattr, (owner, name)): how pickle refers to a method of an object or a type's descriptor.</summary>
    internal static PyObject? ReduceAsGetAttr(ThreadState ts, PyObject owner, string name)
    {
        var getattr = ts.Interp.BuiltinsModule.Namespace.GetStr("getattr");
        if (getattr is null) return ts.RuntimeError("lost builtins.getattr");
        return PyTuple.Create([getattr, PyTuple.Create([owner, PyStr.Create(name)])]);
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        // Pickled by reference: a module function by its name, a bound method as getattr(self, name).
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var f = (PyBuiltinFunction)self;
            return f.Self is null || f.Self is PyModule ? PyStr.Create(f.Def.Name) : ReduceAsGetAttr(ts, f.Self, f.Def.Name);
        });
        type.Call = static (ts, self, args, kw) => ((PyBuiltinFunction)self).Invoke(ts, args, kw);
        type.Repr = static (ts, self) =>
        {
            var f = (PyBuiltinFunction)self;
            if (f.Self is null || f.Self is PyModule)
                return PyStr.Create($"<built-in function {f.Def.Name}>");
            return PyStr.Create($"<built-in method {f.Def.Name} of {f.Self.Type.Name} object at {Protocols.AddressOf(ts, f.Self)}>");
        };
        // meth_richcompare / meth_hash: each attribute access makes a new bound object, so equality is the same
        // receiver and the same method definition.
        type.RichCompare = static (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not PyBuiltinFunction fb) return PyNotImplemented.Instance;
            var fa = (PyBuiltinFunction)a;
            bool eq = ReferenceEquals(fa.Self, fb.Self) && ReferenceEquals(fa.Def, fb.Def);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        type.Hash = static (ts, self) =>
        {
            var f = (PyBuiltinFunction)self;
            long h = (f.Self is null ? 0 : ts.Interp.IdOf(f.Self) >> 4) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(f.Def);
            return h == -1 ? -2 : h;
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Create(((PyBuiltinFunction)self).Def.Name));
        type.AddGetSet("__qualname__", static (ts, self) =>
        {
            var f = (PyBuiltinFunction)self;
            if (f.Self is null || f.Self is PyModule) return PyStr.Create(f.Def.Name);
            var owner = f.Self as PyType ?? f.Self.Type;
            return PyStr.Create(owner.QualName + "." + f.Def.Name);
        });
        type.AddGetSet("__text_signature__", static (ts, self) => TextSignatures.ForBuiltinFunction((PyBuiltinFunction)self));
        type.AddGetSet("__self__", static (ts, self) => ((PyBuiltinFunction)self).Self ?? PyNone.Instance);
        type.AddGetSet("__doc__", static (ts, self) => ((PyBuiltinFunction)self).Def.Doc is { } d ? PyStr.Create(d) : PyNone.Instance);
        // The module name recorded when the function was added (CPython's m_module), else the module's name.
        type.AddGetSet("__module__", static (ts, self) =>
            ((PyBuiltinFunction)self) is { Self: PyModule m } f ? (f.Def.ModuleName is { } name ? PyStr.Intern(name) : m.NameObject) : PyNone.Instance);
    }
}
