namespace Kaa.Runtime;

/// <summary>
/// <c>__text_signature__</c> of builtin callables and types: CPython derives it from the signature line of the C
/// docstring; Kaa's docstrings have none, so the answer comes from <see cref="CPythonTextSignatures"/> (None when
/// CPython has none either: inspect.signature then reports "no signature found", as on CPython).
/// </summary>
internal static class TextSignatures
{
    public static PyObject For(string key)
        => CPythonTextSignatures.ByName.TryGetValue(key, out var sig) ? PyStr.Create(sig) : PyNone.Instance;

    /// <summary>A method found on <paramref name="type"/> or one of its bases (a bound builtin method knows only its receiver).</summary>
    public static PyObject ForMethod(PyType type, string name)
    {
        foreach (var t in type.Mro)
            if (CPythonTextSignatures.ByName.TryGetValue(t.Name + "." + name, out var sig)) return PyStr.Create(sig);
        return PyNone.Instance;
    }

    public static PyObject ForBuiltinFunction(PyBuiltinFunction f) => f.Self switch
    {
        null => For("builtins." + f.Def.Name),
        PyModule m => m.NameObject is PyStr s ? For(s + "." + f.Def.Name) : PyNone.Instance,
        PyType t => ForMethod(t, f.Def.Name) is PyStr found ? found : ForMethod(t.Type, f.Def.Name),
        var o => ForMethod(o.Type, f.Def.Name),
    };

    /// <summary>A type's own: heap types have none (their docstring is the class's).</summary>
    public static PyObject ForType(PyType type) => type.IsHeapType ? PyNone.Instance : For(type.Name);
}
