using System.Collections.Frozen;

namespace Kaa.Runtime;

/// <summary>
/// <c>type.__text_signature__</c>: the signature <c>inspect.signature</c> falls back on for classes that
/// define neither <c>__init__</c> nor <c>__new__</c> (it asks <c>object</c>), and for builtin types.
/// CPython keeps it at the head of the internal docstring (<c>"name(sig)\n--\n\n"</c>); Kaa's builtin types
/// keep their signatures in a table, and a Python class's comes from its docstring as CPython reads it.
/// </summary>
internal static partial class TypeSlots
{
    /// <summary>The builtin types CPython 3.11 gives a text signature, by type name.</summary>
    private static readonly FrozenDictionary<string, string> BuiltinTextSignatures = new Dictionary<string, string>
    {
        ["object"] = "()",
        ["complex"] = "(real=0, imag=0)",
        ["enumerate"] = "(iterable, start=0)",
        ["float"] = "(x=0, /)",
        ["list"] = "(iterable=(), /)",
        ["memoryview"] = "(object)",
        ["property"] = "(fget=None, fset=None, fdel=None, doc=None)",
        ["reversed"] = "(sequence, /)",
        ["tuple"] = "(iterable=(), /)",
    }.ToFrozenDictionary();

    private static PyObject GetTextSignature(ThreadState ts, PyObject self)
    {
        var t = (PyType)self;
        if (!t.IsHeapType)
            return t.ModuleName == "builtins" && BuiltinTextSignatures.TryGetValue(t.Name, out string? sig) ? PyStr.Create(sig) : PyNone.Instance;
        return t.Namespace.GetStr("__doc__") is PyStr doc && SignatureFromDoc(t.Name, doc.ToString()) is { } found
            ? PyStr.Create(found) : PyNone.Instance;
    }

    /// <summary>
    /// "(sig)" when the docstring starts with "name(sig)" ended by ")\n--\n\n" before any blank line
    /// (CPython's rule for internal docstrings); null otherwise.
    /// </summary>
    private static string? SignatureFromDoc(string name, string doc)
    {
        const string endMarker = ")\n--\n\n";
        int dot = name.LastIndexOf('.');
        if (dot >= 0) name = name[(dot + 1)..];
        if (!doc.StartsWith(name, StringComparison.Ordinal) || doc.Length <= name.Length || doc[name.Length] != '(') return null;
        for (int i = name.Length; i < doc.Length; i++)
        {
            if (string.CompareOrdinal(doc, i, endMarker, 0, endMarker.Length) == 0)
                return doc[name.Length..(i + 1)];
            if (doc[i] == '\n' && i + 1 < doc.Length && doc[i + 1] == '\n') return null;
        }
        return null;
    }
}
