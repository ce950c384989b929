namespace Kaa.Runtime;

/// <summary><c>module</c>: a namespace with a name.</summary>
public class PyModule : PyObject
{
    private PyDict _dict;

    public PyModule(PyType type, PyDict dict) : base(type) => _dict = dict;

    /// <summary>A module named <paramref name="name"/> with the standard attributes set.</summary>
    public static PyModule Create(string name, string? doc = null)
    {
        var d = new PyDict();
        d.SetStr("__name__", PyStr.Create(name));
        d.SetStr("__doc__", doc is null ? PyNone.Instance : PyStr.Create(doc));
        d.SetStr("__package__", PyNone.Instance);
        d.SetStr("__loader__", PyNone.Instance);
        d.SetStr("__spec__", PyNone.Instance);
        return new PyModule(BuiltinTypes.Module, d);
    }

    public override PyDict? Dict { get => _dict; set => _dict = value!; }

    public PyDict Namespace => _dict;

    public PyObject NameObject => _dict.GetStr("__name__") ?? PyNone.Instance;

    /// <summary>Adds a C# function as a module attribute (a builtin_function_or_method bound to the module).</summary>
    public void AddFunction(MethodDef def)
    {
        if (NameObject is PyStr name && name.ToString() != "builtins") def.ModuleName ??= name.ToString();
        _dict.SetStr(def.Name, new PyBuiltinFunction(def, this));
    }

    public void AddFunction(string name, NoArgsMethod f, string? doc = null) => AddFunction(new MethodDef(name, f, doc));
    public void AddFunction(string name, OneArgMethod f, string? doc = null) => AddFunction(new MethodDef(name, f, doc));
    public void AddFunction(string name, FastMethod f, string? doc = null) => AddFunction(new MethodDef(name, f, doc));

    public void Set(string name, PyObject value) => _dict.SetStr(name, value);

    internal static void Install(PyType type) => ModuleSlots.Install(type);
}
