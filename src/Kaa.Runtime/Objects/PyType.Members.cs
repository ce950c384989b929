namespace Kaa.Runtime;

/// <summary>Getter of a computed attribute (tp_getset): null with the error set on failure.</summary>
public delegate PyObject? Getter(ThreadState ts, PyObject self);

/// <summary>Setter of a computed attribute: <paramref name="value"/> null deletes; 0 ok, -1 error.</summary>
public delegate int Setter(ThreadState ts, PyObject self, PyObject? value);

/// <summary>The members a builtin type exposes in its namespace: methods, class and static methods, getsets.</summary>
public sealed partial class PyType
{
    public void AddMethod(string name, NoArgsMethod f, string? doc = null) => AddMethod(new MethodDef(name, f, doc));
    public void AddMethod(string name, OneArgMethod f, string? doc = null) => AddMethod(new MethodDef(name, f, doc));
    public void AddMethod(string name, FastMethod f, string? doc = null) => AddMethod(new MethodDef(name, f, doc));

    /// <summary>An instance method (a method_descriptor in the namespace).</summary>
    public void AddMethod(MethodDef def)
    {
        def.Owner = this;
        Namespace.SetStr(PyStr.Intern(def.Name), new PyMethodDescriptor(this, def));
    }

    /// <summary>A class method (classmethod_descriptor): called with the class as <c>self</c>.</summary>
    public void AddClassMethod(MethodDef def)
    {
        def.Owner = this;
        Namespace.SetStr(PyStr.Intern(def.Name), new PyClassMethodDescriptor(this, def));
    }

    /// <summary>A static method: a staticmethod over a builtin function (self is None).</summary>
    public void AddStaticMethod(MethodDef def)
    {
        def.Owner = this;
        Namespace.SetStr(PyStr.Intern(def.Name), new PyStaticMethod(new PyBuiltinFunction(def, null)));
    }

    /// <summary>A computed attribute (getset_descriptor); <paramref name="set"/> null makes it read-only.</summary>
    public void AddGetSet(string name, Getter get, Setter? set = null, string? doc = null)
        => Namespace.SetStr(PyStr.Intern(name), new PyGetSetDescriptor(this, name, get, set, doc));

    /// <summary>A field exposed as CPython's PyMemberDef does (member_descriptor): read-only ones answer
    /// "readonly attribute" to assignment (function.__closure__, BaseException.__suppress_context__, ...).</summary>
    public void AddMember(string name, Getter get, Setter? set = null, string? doc = null)
        => Namespace.SetStr(PyStr.Intern(name), new PyMemberDescriptor(this, name, get, set, doc));

    /// <summary>Any other attribute of the namespace (constants, <c>__doc__</c>, ...).</summary>
    public void AddAttribute(string name, PyObject value) => Namespace.SetStr(PyStr.Intern(name), value);
}
