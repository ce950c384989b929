namespace Kaa.Runtime;

/// <summary>The pyexpat module's per-interpreter state: its ExpatError class.</summary>
internal sealed class PyexpatState
{
    public PyType? Error;
}

/// <summary>
/// The <c>pyexpat</c> module over the system libexpat (CPython's Modules/pyexpat.c): ParserCreate and the
/// xmlparser type, ErrorString, ExpatError, the version and feature constants, and the submodules
/// <c>pyexpat.errors</c> and <c>pyexpat.model</c> (registered in sys.modules under those names).
/// </summary>
internal static unsafe class PyexpatModule
{
    /// <summary>The error constants' names by code (index 0, XML_ERROR_NONE, is not exposed).</summary>
    private static readonly string[] s_errorNames =
    [
        "", "XML_ERROR_NO_MEMORY", "XML_ERROR_SYNTAX", "XML_ERROR_NO_ELEMENTS", "XML_ERROR_INVALID_TOKEN",
        "XML_ERROR_UNCLOSED_TOKEN", "XML_ERROR_PARTIAL_CHAR", "XML_ERROR_TAG_MISMATCH", "XML_ERROR_DUPLICATE_ATTRIBUTE",
        "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "XML_ERROR_PARAM_ENTITY_REF", "XML_ERROR_UNDEFINED_ENTITY",
        "XML_ERROR_RECURSIVE_ENTITY_REF", "XML_ERROR_ASYNC_ENTITY", "XML_ERROR_BAD_CHAR_REF", "XML_ERROR_BINARY_ENTITY_REF",
        "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "XML_ERROR_MISPLACED_XML_PI", "XML_ERROR_UNKNOWN_ENCODING",
        "XML_ERROR_INCORRECT_ENCODING", "XML_ERROR_UNCLOSED_CDATA_SECTION", "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
        "XML_ERROR_NOT_STANDALONE", "XML_ERROR_UNEXPECTED_STATE", "XML_ERROR_ENTITY_DECLARED_IN_PE",
        "XML_ERROR_FEATURE_REQUIRES_XML_DTD", "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "XML_ERROR_UNBOUND_PREFIX",
        "XML_ERROR_UNDECLARING_PREFIX", "XML_ERROR_INCOMPLETE_PE", "XML_ERROR_XML_DECL", "XML_ERROR_TEXT_DECL",
        "XML_ERROR_PUBLICID", "XML_ERROR_SUSPENDED", "XML_ERROR_NOT_SUSPENDED", "XML_ERROR_ABORTED", "XML_ERROR_FINISHED",
        "XML_ERROR_SUSPEND_PE", "XML_ERROR_RESERVED_PREFIX_XML", "XML_ERROR_RESERVED_PREFIX_XMLNS",
        "XML_ERROR_RESERVED_NAMESPACE_URI", "XML_ERROR_INVALID_ARGUMENT", "XML_ERROR_NO_BUFFER",
        "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
    ];

    private static readonly (string Name, int Value)[] s_modelConstants =
    [
        ("XML_CTYPE_EMPTY", 1), ("XML_CTYPE_ANY", 2), ("XML_CTYPE_MIXED", 3), ("XML_CTYPE_NAME", 4),
        ("XML_CTYPE_CHOICE", 5), ("XML_CTYPE_SEQ", 6),
        ("XML_CQUANT_NONE", 0), ("XML_CQUANT_OPT", 1), ("XML_CQUANT_REP", 2), ("XML_CQUANT_PLUS", 3),
    ];

    private static readonly ArgSpec s_parserCreate = new("ParserCreate", ["encoding", "namespace_separator", "intern"], required: 0, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("pyexpat", "Python wrapper for Expat parser.");
        m.AddFunction("ParserCreate", ParserCreate, "Return a new XML parser object.");
        m.AddFunction("ErrorString", static (ts, _, code) =>
        {
            if (!Protocols.AsIndex(ts, code, out long c, PyExc.OverflowError)) return null;
            return ErrorString(c is < int.MinValue or > int.MaxValue ? -1 : (int)c) is { } s ? PyStr.Create(s) : PyNone.Instance;
        }, "Returns string error for given number.");

        var error = ExceptionClass.Create(ts, "xml.parsers.expat.ExpatError", PyExc.Exception);
        if (error is null) return null;
        ts.Interp.GetModuleState<PyexpatState>().Error = error;
        m.Set("error", error);
        m.Set("ExpatError", error);
        m.Set("XMLParserType", XmlParser.TypeObject);
        m.Set("EXPAT_VERSION", PyStr.Create(ExpatNative.Utf8(ExpatNative.ExpatVersionString())!));
        var version = ExpatNative.ExpatVersionInfo();
        m.Set("version_info", PyTuple.Create([PyInt.Create(version.Major), PyInt.Create(version.Minor), PyInt.Create(version.Micro)]));
        m.Set("native_encoding", PyStr.Create("UTF-8"));

        var errors = AddSubmodule(ts, m, "errors", "Constants used to describe error conditions.");
        var codes = new PyDict();
        var messages = new PyDict();
        for (int code = 1; code < s_errorNames.Length; code++)
        {
            var text = PyStr.Create(ErrorString(code)!);
            var number = PyInt.Create(code);
            errors.Set(s_errorNames[code], text);
            if (!codes.SetItem(ts, text, number) || !messages.SetItem(ts, number, text)) return null;
        }
        errors.Set("codes", codes);
        errors.Set("messages", messages);

        var model = AddSubmodule(ts, m, "model", "Constants used to interpret content model information.");
        foreach (var (name, value) in s_modelConstants) model.Set(name, PyInt.Create(value));

        var features = new PyList();
        for (var f = ExpatNative.GetFeatureList(); f->Feature != 0; f++)
            features.Append(PyTuple.Create(PyStr.Create(ExpatNative.Utf8(f->Name)!), PyInt.Create((long)f->Value)));
        m.Set("features", features);

        m.Set("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.Create(0));
        m.Set("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.Create(1));
        m.Set("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.Create(2));
        m.Set("expat_CAPI", new PyCapsule("pyexpat.expat_CAPI"));
        return m;
    }

    /// <summary>A submodule named pyexpat.NAME, set on the module and in sys.modules.</summary>
    private static PyModule AddSubmodule(ThreadState ts, PyModule parent, string name, string doc)
    {
        var sub = PyModule.Create("pyexpat." + name, doc);
        ts.Interp.Modules.SetStr("pyexpat." + name, sub);
        parent.Set(name, sub);
        return sub;
    }

    /// <summary>XML_ErrorString: the message of a code, null for an unknown one.</summary>
    internal static string? ErrorString(int code) => ExpatNative.Utf8(ExpatNative.ErrorString(code));

    /// <summary>Raises ExpatError("message: line L, column C") with its code, offset and lineno attributes.</summary>
    internal static PyObject? RaiseError(ThreadState ts, PyType error, int code, int line, int column)
    {
        var message = $"{ErrorString(code)}: line {line}, column {column}";
        var err = Protocols.Call(ts, error, [PyStr.Create(message)], null);
        if (err is null) return null;
        if (Protocols.SetAttr(ts, err, PyStr.Intern("code"), PyInt.Create(code)) < 0
            || Protocols.SetAttr(ts, err, PyStr.Intern("offset"), PyInt.Create(column)) < 0
            || Protocols.SetAttr(ts, err, PyStr.Intern("lineno"), PyInt.Create(line)) < 0)
            return null;
        if (err is PyBaseException exc) ts.SetError(exc);
        return null;
    }

    /// <summary>
    /// A str argument as NUL-terminated UTF-8 (clinic's <c>str</c> converter): TypeError for another type
    /// ("{what} must be str[ or None], not T"), ValueError for an embedded NUL.
    /// </summary>
    internal static byte[]? CString(ThreadState ts, PyObject value, string what, bool allowNone)
    {
        if (value is not PyStr s)
        {
            ts.TypeError($"{what} must be str{(allowNone ? " or None" : "")}, not {value.Type.Name}");
            return null;
        }
        var utf8 = UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, null);
        if (utf8 is null) return null;
        if (utf8.AsSpan().IndexOf((byte)0) >= 0)
        {
            ts.ValueError("embedded null character");
            return null;
        }
        return [.. utf8, 0];
    }

    private static PyObject? ParserCreate(ThreadState ts, PyObject module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_parserCreate.Parse(ts, args, kwnames, a)) return null;
        byte[]? encoding = null, separator = null;
        if (a[0] is { } enc and not PyNone && (encoding = CString(ts, enc, "ParserCreate() argument 'encoding'", allowNone: true)) is null)
            return null;
        if (a[1] is { } sep and not PyNone && (separator = CString(ts, sep, "ParserCreate() argument 'namespace_separator'", allowNone: true)) is null)
            return null;
        if (separator is not null && separator.Length > 2)
            return ts.ValueError("namespace_separator must be at most one character, omitted, or None");
        PyDict? intern;
        if (a[2] is null) intern = new PyDict();
        else if (a[2] is PyNone) intern = null;
        else if (a[2] is PyDict d) intern = d;
        else return ts.TypeError("intern must be a dictionary");
        var error = ts.Interp.GetModuleState<PyexpatState>().Error ?? PyExc.Exception;
        return XmlParser.Create(ts, encoding, separator, intern, error);
    }
}

