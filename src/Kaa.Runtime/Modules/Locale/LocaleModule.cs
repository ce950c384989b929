namespace Kaa.Runtime;

/// <summary>
/// <c>_locale</c> (Modules/_localemodule.c) over libc's setlocale/localeconv/nl_langinfo/gettext. The C
/// locale's LC_CTYPE is set as CPython's start-up leaves it (the environment's, coerced from C/POSIX to
/// C.UTF-8) when the module is first made.
/// </summary>
internal static unsafe class LocaleModule
{
    private const int LC_CTYPE = 0, LC_COLLATE = 3, DateFmt = 131180;

    /// <summary>CPython's start-up locale: setlocale(LC_CTYPE, ""), and C.UTF-8 instead of C/POSIX (PEP 538).</summary>
    internal static void EnsureStartupLocale()
    {
        byte* current = Libc.setlocale(LC_CTYPE, null);
        var name = current is null ? "" : System.Text.Encoding.ASCII.GetString(Libc.CString(current));
        if (name != "C" && name != "POSIX") return;
        fixed (byte* empty = "\0"u8)
        {
            byte* set = Libc.setlocale(LC_CTYPE, empty);
            var now = set is null ? "C" : System.Text.Encoding.ASCII.GetString(Libc.CString(set));
            if (now is "C" or "POSIX")
                fixed (byte* utf8 = "C.UTF-8\0"u8) Libc.setlocale(LC_CTYPE, utf8);
        }
    }

    public static readonly PyType Error = CreateError();

    private static PyType CreateError()
    {
        var t = PyType.CreateBuiltin("locale.Error", PyExc.Exception, TypeFlags.BaseType);
        t.Ready();
        return t;
    }

    internal static PyModule? Create(ThreadState ts)
    {
        EnsureStartupLocale();
        var m = PyModule.Create("_locale", "Support for POSIX locales.");
        foreach (var (name, value) in LocaleConstants.All) m.Set(name, PyInt.Create(value));
        m.Set("_DATE_FMT", PyInt.Create(DateFmt)); // glibc's _DATE_FMT (date(1)'s format), private in CPython too
        m.Set("Error", Error);
        m.AddFunction("setlocale", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "setlocale", args, kw, 1, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int category)) return null;
            byte* r;
            if (args.Length < 2 || args[1] is PyNone)
            {
                r = Libc.setlocale(category, null);
                if (r is null) return ts.Raise(Error, "locale query failed");
            }
            else
            {
                if (args[1] is not PyStr s) return ts.TypeError($"setlocale() argument 2 must be str or None, not {args[1].Type.Name}");
                var name = Utf8Z(s);
                fixed (byte* n = name) r = Libc.setlocale(category, n);
                if (r is null) return ts.Raise(Error, "unsupported locale setting");
            }
            return PyStr.Create(System.Text.Encoding.UTF8.GetString(Libc.CString(r)));
        });
        m.AddFunction("localeconv", static (ts, self) => LocaleConv(ts));
        m.AddFunction("nl_langinfo", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int key)) return null;
            bool known = false;
            foreach (var (name, value) in LocaleConstants.All)
                if (value == key && !name.StartsWith("LC_", StringComparison.Ordinal) && name != "CHAR_MAX") { known = true; break; }
            known |= key == DateFmt;
            if (!known) return ts.ValueError("unsupported langinfo constant");
            return Text(Libc.nl_langinfo(key));
        });
        m.AddFunction("getencoding", static (ts, self) =>
        {
            var codeset = System.Text.Encoding.ASCII.GetString(Libc.CString(Libc.nl_langinfo(14 /* CODESET */)));
            return PyStr.Create(codeset.Length == 0 ? "UTF-8" : codeset);
        });
        m.AddFunction("strcoll", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "strcoll", args, kw, 2, 2)) return null;
            for (int i = 0; i < 2; i++)
                if (args[i] is not PyStr) return ts.TypeError($"strcoll() argument {i + 1} must be str, not {args[i].Type.Name}");
            var a = (PyStr)args[0];
            var b = (PyStr)args[1];
            if (CollateIsC()) return PyInt.Create(Math.Sign(CompareCodePoints(a, b)));
            var x = Utf8Z(a);
            var y = Utf8Z(b);
            fixed (byte* px = x)
            fixed (byte* py = y)
                return PyInt.Create(Libc.strcoll(px, py));
        });
        m.AddFunction("strxfrm", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"strxfrm() argument must be str, not {arg.Type.Name}");
            // In the C collation the transformed string is the string itself.
            return s;
        });
        m.AddFunction("gettext", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"gettext() argument must be str, not {arg.Type.Name}");
            var msg = Utf8Z(s);
            fixed (byte* p = msg) return Text(Libc.gettext(p));
        });
        m.AddFunction("dgettext", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "dgettext", args, kw, 2, 2)) return null;
            if (!OptionalText(ts, args[0], out var domain) || args[1] is not PyStr msg) return ts.HasError ? null : ts.TypeError("dgettext() argument 2 must be str");
            var m2 = Utf8Z(msg);
            fixed (byte* d = domain)
            fixed (byte* p = m2)
                return Text(Libc.dgettext(d, p));
        });
        m.AddFunction("dcgettext", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "dcgettext", args, kw, 3, 3)) return null;
            if (!OptionalText(ts, args[0], out var domain) || args[1] is not PyStr msg) return ts.HasError ? null : ts.TypeError("dcgettext() argument 2 must be str");
            if (!PosixArgs.CInt(ts, args[2], out int category)) return null;
            var m2 = Utf8Z(msg);
            fixed (byte* d = domain)
            fixed (byte* p = m2)
                return Text(Libc.dcgettext(d, p, category));
        });
        m.AddFunction("textdomain", static (ts, self, arg) =>
        {
            if (!OptionalText(ts, arg, out var domain)) return null;
            byte* r;
            fixed (byte* d = domain) r = Libc.textdomain(d);
            return r is null ? PosixErrors.FromErrno(ts) : Text(r);
        });
        m.AddFunction("bindtextdomain", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "bindtextdomain", args, kw, 2, 2)) return null;
            if (args[0] is not PyStr domainStr) return ts.TypeError($"bindtextdomain() argument 1 must be str, not {args[0].Type.Name}");
            if (domainStr.Length == 0) return ts.ValueError("empty string");
            byte[]? dir = null;
            if (args[1] is not PyNone && (dir = PosixModule.FsConvert(ts, args[1])) is null) return null;
            var domain = Utf8Z(domainStr);
            byte* r;
            fixed (byte* d = domain)
            fixed (byte* p = dir)
                r = Libc.bindtextdomain(d, p);
            return r is null ? PosixErrors.FromErrno(ts) : Text(r);
        });
        m.AddFunction("bind_textdomain_codeset", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "bind_textdomain_codeset", args, kw, 2, 2)) return null;
            if (args[0] is not PyStr domainStr) return ts.TypeError($"bind_textdomain_codeset() argument 1 must be str, not {args[0].Type.Name}");
            if (!OptionalText(ts, args[1], out var codeset)) return null;
            var domain = Utf8Z(domainStr);
            byte* r;
            fixed (byte* d = domain)
            fixed (byte* c = codeset)
                r = Libc.bind_textdomain_codeset(d, c);
            if (r is null) return Libc.Errno != 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
            return Text(r);
        });
        return m;
    }

    private static byte[] Utf8Z(PyStr s)
    {
        var raw = System.Text.Encoding.UTF8.GetBytes(s.ToString());
        var z = new byte[raw.Length + 1];
        raw.CopyTo(z, 0);
        return z;
    }

    /// <summary>A str or None argument as NUL-terminated bytes (null for None).</summary>
    private static bool OptionalText(ThreadState ts, PyObject obj, out byte[]? text)
    {
        text = null;
        if (obj is PyNone) return true;
        if (obj is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"argument must be str or None, not {obj.Type.Name}");
            return false;
        }
        text = Utf8Z(s);
        return true;
    }

    private static PyObject Text(byte* s) => s is null ? PyNone.Instance : PyStr.Create(System.Text.Encoding.UTF8.GetString(Libc.CString(s)));

    private static bool CollateIsC()
    {
        byte* name = Libc.setlocale(LC_COLLATE, null);
        if (name is null) return true;
        var text = System.Text.Encoding.ASCII.GetString(Libc.CString(name));
        return text is "C" or "POSIX" || text.StartsWith("C.", StringComparison.Ordinal);
    }

    private static int CompareCodePoints(PyStr a, PyStr b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return a.Length.CompareTo(b.Length);
    }

    private static PyObject? LocaleConv(ThreadState ts)
    {
        LConv* lc = Libc.localeconv();
        var d = new PyDict();
        d.SetStr("int_curr_symbol", Text(lc->IntCurrSymbol));
        d.SetStr("currency_symbol", Text(lc->CurrencySymbol));
        d.SetStr("mon_decimal_point", Text(lc->MonDecimalPoint));
        d.SetStr("mon_thousands_sep", Text(lc->MonThousandsSep));
        d.SetStr("mon_grouping", Grouping(lc->MonGrouping));
        d.SetStr("positive_sign", Text(lc->PositiveSign));
        d.SetStr("negative_sign", Text(lc->NegativeSign));
        d.SetStr("int_frac_digits", PyInt.Create((long)lc->IntFracDigits));
        d.SetStr("frac_digits", PyInt.Create((long)lc->FracDigits));
        d.SetStr("p_cs_precedes", PyInt.Create((long)lc->PCsPrecedes));
        d.SetStr("p_sep_by_space", PyInt.Create((long)lc->PSepBySpace));
        d.SetStr("n_cs_precedes", PyInt.Create((long)lc->NCsPrecedes));
        d.SetStr("n_sep_by_space", PyInt.Create((long)lc->NSepBySpace));
        d.SetStr("p_sign_posn", PyInt.Create((long)lc->PSignPosn));
        d.SetStr("n_sign_posn", PyInt.Create((long)lc->NSignPosn));
        d.SetStr("decimal_point", Text(lc->DecimalPoint));
        d.SetStr("thousands_sep", Text(lc->ThousandsSep));
        d.SetStr("grouping", Grouping(lc->Grouping));
        return d;
    }

    /// <summary>copy_grouping: the bytes up to CHAR_MAX (inclusive) or the terminating 0.</summary>
    private static PyList Grouping(byte* g)
    {
        var list = new PyList();
        if (g is null || g[0] == 0) return list;
        for (int i = 0; ; i++)
        {
            byte v = g[i];
            list.Append(PyInt.Create((long)v));
            if (v == 0 || v == 127) break;
        }
        return list;
    }
}
