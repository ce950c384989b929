namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The <c>_sre</c> module: the regular-expression engine under CPython's pure-Python <c>re</c> package.
/// <c>re._compiler</c> turns a parsed pattern into a code list; <c>compile()</c> here wraps it in a
/// <see cref="SrePattern"/>, whose methods run <see cref="SreMatcher{T}"/>.
/// </summary>
internal static class SreModule
{
    internal static readonly PyType PatternType = PyType.CreateStatic("re.Pattern", (PyType?)null, TypeFlags.None, PatternSlots.Install);
    internal static readonly PyType MatchType = PyType.CreateStatic("re.Match", (PyType?)null, TypeFlags.None, MatchSlots.Install);
    internal static readonly PyType ScannerType = PyType.CreateStatic("_sre.SRE_Scanner", (PyType?)null, TypeFlags.None, ScannerSlots.Install);

    private const string Copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

    private static readonly ArgSpec CompileSpec = new("compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_sre");
        m.AddFunction("compile", static (ts, self, args, kw) => Compile(ts, args, kw));
        m.AddFunction("getcodesize", static (ts, self) => PyInt.Create(SreConst.CodeSize));
        m.AddFunction("ascii_iscased", static (ts, self, arg) =>
            CharArg(ts, arg, out int ch) ? PyBool.From((uint)ch < 128 && SreChars.IsAsciiAlpha(ch)) : null);
        m.AddFunction("unicode_iscased", static (ts, self, arg) =>
            CharArg(ts, arg, out int ch) ? PyBool.From(ch != SreChars.LowerUnicode(ch) || ch != SreChars.UpperUnicode(ch)) : null);
        m.AddFunction("ascii_tolower", static (ts, self, arg) =>
            CharArg(ts, arg, out int ch) ? PyInt.Create(SreChars.LowerAscii(ch)) : null);
        m.AddFunction("unicode_tolower", static (ts, self, arg) =>
            CharArg(ts, arg, out int ch) ? PyInt.Create(SreChars.LowerUnicode(ch)) : null);
        m.Set("MAGIC", PyInt.Create(SreConst.Magic));
        m.Set("CODESIZE", PyInt.Create(SreConst.CodeSize));
        m.Set("MAXREPEAT", PyInt.Create((long)SreConst.MaxRepeat));
        m.Set("MAXGROUPS", PyInt.Create(SreConst.MaxGroups));
        m.Set("copyright", PyStr.Create(Copyright));
        return m;
    }

    /// <summary>A C int argument (the code point of the case functions).</summary>
    private static bool CharArg(ThreadState ts, PyObject arg, out int ch)
    {
        ch = 0;
        if (arg is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        var index = Protocols.Index(ts, arg);
        if (index is null) return false;
        if (!index.TryGetLong(out long v) || v > int.MaxValue || v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        ch = (int)v;
        return true;
    }

    private static PyObject? Compile(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!CompileSpec.Parse(ts, args, kw, a)) return null;
        if (!CharArg(ts, a[1]!, out int flags)) return null;
        if (a[2] is not PyList code)
            return ts.TypeError($"compile() argument 'code' must be list, not {a[2]!.Type.Name}");
        if (!PatternSlots.AsSsize(ts, a[3]!, out long groups)) return null;
        if (a[4] is not PyDict groupIndex)
            return ts.TypeError($"compile() argument 'groupindex' must be dict, not {a[4]!.Type.Name}");
        if (a[5] is not PyTuple indexGroup)
            return ts.TypeError($"compile() argument 'indexgroup' must be tuple, not {a[5]!.Type.Name}");
        return SrePattern.Compile(ts, a[0]!, flags, code, groups, groupIndex, indexGroup);
    }

    /// <summary>Calls <c>re.NAME(*args)</c> (the template helpers <c>_subx</c> and <c>_expand</c> live in
    /// Python), importing <c>re</c> as PyImport_Import does.</summary>
    internal static PyObject? CallReFunction(ThreadState ts, string name, PyObject[] args)
    {
        var re = Import(ts, "re");
        if (re is null) return null;
        var f = Protocols.GetAttr(ts, re, name);
        if (f is null) return null;
        return Protocols.Call(ts, f, args, null);
    }

    private static PyObject? Import(ThreadState ts, string module)
    {
        var import = ts.Interp.Builtins.GetStr("__import__");
        if (import is null) return ts.Raise(PyExc.ImportError, "__import__ not found");
        return Protocols.Call(ts, import, [PyStr.Intern(module)], null);
    }

    /// <summary>__class_getitem__ (PEP 585): <c>types.GenericAlias(cls, item)</c>.</summary>
    internal static PyObject? GenericAlias(ThreadState ts, PyObject cls, PyObject item) => PyGenericAlias.Create(cls, item);
}
