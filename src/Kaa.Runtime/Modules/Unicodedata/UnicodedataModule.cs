using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary><c>unicodedata.UCD</c>: the database object; the only instance is <c>ucd_3_2_0</c>.</summary>
internal sealed class PyUcd : PyObject
{
    internal PyUcd() : base(UnicodedataModule.UcdType) { }
}

/// <summary>
/// The <c>unicodedata</c> module at Unicode 14.0.0, as CPython 3.11 (its tables are the syntax layer's
/// Unicode 14 database, generated from the oracle; .NET's own tables are a newer Unicode). The same
/// functions are methods of <c>ucd_3_2_0</c>, which answers with Unicode 3.2.0's data.
/// </summary>
internal static class UnicodedataModule
{
    private const string Doc = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.";

    private static readonly MethodDef[] s_functions =
    [
        new("category", static (ts, self, c) => Char(ts, "category", c, out int cp) ? Str(IsOld(self) && Ucd320.Find(cp) is { } r ? r.Category : UnicodeDatabase.Category(cp)) : null),
        new("bidirectional", static (ts, self, c) => Char(ts, "bidirectional", c, out int cp) ? Str(IsOld(self) && Ucd320.Find(cp) is { } r ? r.Bidirectional : UnicodeDatabase.Bidirectional(cp)) : null),
        new("east_asian_width", static (ts, self, c) => Char(ts, "east_asian_width", c, out int cp) ? Str(IsOld(self) && Ucd320.Find(cp) is { } r ? r.EastAsianWidth : UnicodeDatabase.EastAsianWidth(cp)) : null),
        new("combining", static (ts, self, c) => Char(ts, "combining", c, out int cp) ? PyInt.Create(IsOld(self) && Ucd320.Find(cp) is { } r ? r.Combining : UnicodeDatabase.Combining(cp)) : null),
        new("mirrored", static (ts, self, c) => Char(ts, "mirrored", c, out int cp) ? PyInt.Create(IsOld(self) && Ucd320.Find(cp) is { } r ? r.Mirrored : UnicodeDatabase.Has(cp, UnicodeFlags.Mirrored) ? 1 : 0) : null),
        new("decomposition", static (ts, self, c) => Char(ts, "decomposition", c, out int cp) ? Str(IsOld(self) && Ucd320.Find(cp) is { } r ? r.Decomposition : UnicodeNormalization.Decomposition(cp)) : null),
        new("decimal", static (ts, self, a, k) => Number(ts, self, "decimal", a, k)),
        new("digit", static (ts, self, a, k) => Number(ts, self, "digit", a, k)),
        new("numeric", static (ts, self, a, k) => Number(ts, self, "numeric", a, k)),
        new("name", Name),
        new("lookup", Lookup),
        new("normalize", static (ts, self, a, k) => Normalize(ts, self, "normalize", a, k)),
        new("is_normalized", static (ts, self, a, k) => Normalize(ts, self, "is_normalized", a, k)),
    ];

    // After s_functions: static fields initialise in textual order, and the type installs them.
    internal static readonly PyType UcdType = PyType.CreateStatic("unicodedata.UCD", (PyType?)null, TypeFlags.None, InstallUcd);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("unicodedata", Doc);
        foreach (var f in s_functions) m.AddFunction(new MethodDef(f.Name, Reuse(f)));
        m.Set("unidata_version", PyStr.Create(UnicodeDatabase.Version));
        m.Set("UCD", UcdType);
        m.Set("ucd_3_2_0", new PyUcd());
        // CPython's C API for the \N{...} escapes of the str parser (Kaa's compiler has its own table).
        m.Set("_ucnhash_CAPI", new PyCapsule("unicodedata._ucnhash_CAPI"));
        return m;
    }

    private static void InstallUcd(PyType type)
    {
        foreach (var f in s_functions) type.AddMethod(new MethodDef(f.Name, Reuse(f)));
        type.AddGetSet("unidata_version", static (ts, self) => PyStr.Create("3.2.0"));
    }

    /// <summary>A fresh MethodDef per owner (the module's and the type's messages name their owners).</summary>
    private static FastMethod Reuse(MethodDef f) => f.Kind switch
    {
        MethodKind.OneArg => (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError($"{Owner(self)}{f.Name}() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"{Owner(self)}{f.Name}() takes exactly one argument ({args.Length} given)");
            return f.OneArg!(ts, self, args[0]);
        },
        _ => f.Fast!,
    };

    private static string Owner(PyObject self) => self is PyUcd ? "UCD." : "unicodedata.";

    private static bool IsOld(PyObject self) => self is PyUcd;

    private static PyStr Str(string s) => PyStr.FromChars(s);

    /// <summary>A str of one code point; "NAME() argument must be a unicode character, not T".</summary>
    private static bool Char(ThreadState ts, string name, PyObject c, out int cp, string argument = "argument")
    {
        cp = 0;
        if (c is PyStr s && s.Length == 1)
        {
            cp = s[0];
            return true;
        }
        ts.SetError(PyExc.TypeError, $"{name}() {argument} must be a unicode character, not {c.Type.Name}");
        return false;
    }

    private static PyObject? Number(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError($"{Owner(self)}{name}() takes no keyword arguments");
        if (args.Length is < 1 or > 2)
            return ts.TypeError(args.Length < 1 ? $"{name} expected at least 1 argument, got 0" : $"{name} expected at most 2 arguments, got {args.Length}");
        if (!Char(ts, name, args[0], out int cp, "argument 1")) return null;
        var old = IsOld(self) ? Ucd320.Find(cp) : null;
        PyObject? result = null;
        switch (name)
        {
            case "decimal":
            {
                int v = old is { } r ? r.Decimal : UnicodeDatabase.DecimalValue(cp);
                if (v >= 0) result = PyInt.Create(v);
                break;
            }
            case "digit":
            {
                int v = old is { } r ? r.Digit : UnicodeDatabase.DigitValue(cp);
                if (v >= 0) result = PyInt.Create(v);
                break;
            }
            default:
            {
                double? v = old is { } r ? (double.IsNaN(r.Numeric) ? null : r.Numeric) : UnicodeDatabase.NumericValue(cp);
                if (v is { } d) result = PyFloat.Create(d);
                break;
            }
        }
        if (result is not null) return result;
        if (args.Length == 2) return args[1];
        return ts.ValueError(name switch { "decimal" => "not a decimal", "digit" => "not a digit", _ => "not a numeric character" });
    }

    private static PyObject? Name(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError($"{Owner(self)}name() takes no keyword arguments");
        if (args.Length is < 1 or > 2)
            return ts.TypeError(args.Length < 1 ? "name expected at least 1 argument, got 0" : $"name expected at most 2 arguments, got {args.Length}");
        if (!Char(ts, "name", args[0], out int cp, "argument 1")) return null;
        string? name = IsOld(self) && Ucd320.IsUnassigned(cp) ? null : UnicodeNames.Name(cp);
        if (name is not null) return PyStr.Create(name);
        if (args.Length == 2) return args[1];
        return ts.ValueError("no such name");
    }

    private static PyObject? Lookup(ThreadState ts, PyObject self, PyObject arg)
    {
        string text;
        if (arg is PyStr s) text = s.ToString();
        else if (Protocols.HasBuffer(arg) && Protocols.GetBuffer(ts, arg, false, out var view))
        {
            // A read-only buffer is taken as the name's bytes.
            text = System.Text.Encoding.Latin1.GetString(view.Span);
            Protocols.ReleaseBuffer(ref view);
        }
        else return ts.TypeError($"lookup() argument must be str or a read-only bytes-like object, not {arg.Type.Name}");
        if (text.Length > 256) return ts.KeyError(PyStr.Create("name too long"));
        bool old = IsOld(self);
        int cp = UnicodeNames.Lookup(text, allowAliases: !old);
        if (cp >= 0 && !(old && Ucd320.IsUnassigned(cp))) return PyStr.FromCodePoint(cp);
        if (!old && UnicodeNames.LookupNamedSequence(text) is { } sequence) return PyStr.Create(sequence);
        return ts.KeyError(PyStr.Create($"undefined character name '{text}'"));
    }

    private static PyObject? Normalize(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError($"{Owner(self)}{name}() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"{name} expected 2 arguments, got {args.Length}");
        if (args[0] is not PyStr form) return ts.TypeError($"{name}() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr text) return ts.TypeError($"{name}() argument 2 must be str, not {args[1].Type.Name}");
        System.Text.NormalizationForm f;
        switch (form.ToString())
        {
            case "NFC": f = System.Text.NormalizationForm.FormC; break;
            case "NFD": f = System.Text.NormalizationForm.FormD; break;
            case "NFKC": f = System.Text.NormalizationForm.FormKC; break;
            case "NFKD": f = System.Text.NormalizationForm.FormKD; break;
            default: return ts.ValueError("invalid normalization form");
        }
        string source = text.Chars;
        string result = UnicodeNormalization.Normalize(source, f);
        if (name == "is_normalized") return PyBool.From(result == source);
        return result == source && text.Type == BuiltinTypes.Str ? text : PyStr.Create(result);
    }
}
