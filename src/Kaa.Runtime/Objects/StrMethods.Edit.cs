namespace Kaa.Runtime;

/// <summary>str's methods that build a changed copy: replace, removeprefix/removesuffix, padding
/// (center, ljust, rjust, zfill), expandtabs, and translate with str.maketrans.</summary>
internal static partial class StrMethods
{
    private static readonly ArgSpec s_replace = new("replace", ["old", "new", "count"], required: 2);
    private static readonly ArgSpec s_center = new("center", ["width", "fillchar"], required: 1);
    private static readonly ArgSpec s_ljust = new("ljust", ["width", "fillchar"], required: 1);
    private static readonly ArgSpec s_rjust = new("rjust", ["width", "fillchar"], required: 1);
    private static readonly ArgSpec s_expandtabs = new("expandtabs", ["tabsize"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_maketrans = new("maketrans", ["x", "y", "z"], required: 1);

    private static void InstallEdit(PyType type)
    {
        type.AddMethod("replace", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!NoKeywords(ts, s_replace, kw) || !s_replace.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr old) return ts.TypeError($"replace() argument 1 must be str, not {StrMethods.ArgTypeName(a[0]!)}");
            if (a[1] is not PyStr replacement) return ts.TypeError($"replace() argument 2 must be str, not {StrMethods.ArgTypeName(a[1]!)}");
            long count = -1;
            if (a[2] is not null && !IntArg(ts, a[2]!, out count)) return null;
            return Replace((PyStr)self, old, replacement, count < 0 ? long.MaxValue : count);
        });
        type.AddMethod("removeprefix", static (ts, self, arg) =>
        {
            if (arg is not PyStr prefix) return ts.TypeError($"removeprefix() argument must be str, not {StrMethods.ArgTypeName(arg)}");
            var s = (PyStr)self;
            if (prefix.Length <= s.Length && StrSearch.MatchAt(s, prefix, 0)) return s.Substring(prefix.Length, s.Length);
            return StrSlots.Exact(s);
        });
        type.AddMethod("removesuffix", static (ts, self, arg) =>
        {
            if (arg is not PyStr suffix) return ts.TypeError($"removesuffix() argument must be str, not {StrMethods.ArgTypeName(arg)}");
            var s = (PyStr)self;
            if (suffix.Length > 0 && suffix.Length <= s.Length && StrSearch.MatchAt(s, suffix, s.Length - suffix.Length))
                return s.Substring(0, s.Length - suffix.Length);
            return StrSlots.Exact(s);
        });
        type.AddMethod("center", static (ts, self, args, kw) => PadMethod(ts, (PyStr)self, args, kw, s_center));
        type.AddMethod("ljust", static (ts, self, args, kw) => PadMethod(ts, (PyStr)self, args, kw, s_ljust));
        type.AddMethod("rjust", static (ts, self, args, kw) => PadMethod(ts, (PyStr)self, args, kw, s_rjust));
        type.AddMethod("zfill", static (ts, self, arg) =>
        {
            if (!IntArg(ts, arg, out long width)) return null;
            return ZFill(ts, (PyStr)self, width);
        });
        type.AddMethod("expandtabs", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_expandtabs.Parse(ts, args, kw, a)) return null;
            long tabsize = 8;
            if (a[0] is not null && !IntArg(ts, a[0]!, out tabsize)) return null;
            return ExpandTabs(ts, (PyStr)self, tabsize);
        });
        type.AddMethod("translate", static (ts, self, table) => Translate(ts, (PyStr)self, table));
        type.AddStaticMethod(new MethodDef("maketrans", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!NoKeywords(ts, s_maketrans, kw) || !s_maketrans.Parse(ts, args, kw, a)) return null;
            return MakeTrans(ts, a[0]!, a[1], a[2]);
        }));
    }

    internal static PyStr Replace(PyStr s, PyStr old, PyStr replacement, long max)
    {
        if (max == 0 || s.Length < old.Length) return StrSlots.Exact(s);
        if (old.Length == 0)
        {
            // Insert the replacement before every character and at the end, up to max times.
            var sbe = new PyStrBuilder();
            long done = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (done < max) { sbe.Append(replacement); done++; }
                sbe.AppendCodePoint(s[i]);
            }
            if (done < max) sbe.Append(replacement);
            return sbe.ToPyStr();
        }
        if (!s.IsWide && !old.IsWide && !replacement.IsWide && max == long.MaxValue)
        {
            if (old.Length == 1 && replacement.Length == 1)
            {
                // One char for another: a copy with the char mapped, from span to span.
                var text = s.Bmp;
                char from = old.Bmp[0], to = replacement.Bmp[0];
                int first = text.IndexOf(from);
                if (first < 0) return StrSlots.Exact(s);
                if (text.Length <= 256)
                {
                    Span<char> mapped = stackalloc char[text.Length];
                    text.Replace(mapped, from, to);
                    return PyStr.FromChars(mapped);
                }
            }
            string result = s.Chars.Replace(old.Chars, replacement.Chars, StringComparison.Ordinal);
            return ReferenceEquals(result, s.Chars) ? StrSlots.Exact(s) : PyStr.FromChars(result);
        }
        int pos = StrSearch.Find(s, old, 0, s.Length, reverse: false);
        if (pos < 0) return StrSlots.Exact(s);
        var sb = new PyStrBuilder();
        int start = 0;
        long count = 0;
        while (pos >= 0 && count < max)
        {
            sb.Append(s.Substring(start, pos));
            sb.Append(replacement);
            start = pos + old.Length;
            count++;
            pos = StrSearch.Find(s, old, start, s.Length, reverse: false);
        }
        sb.Append(s.Substring(start, s.Length));
        return sb.ToPyStr();
    }

    private static PyObject? PadMethod(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec)
    {
        var a = new ArgBuffer();
        if (!NoKeywords(ts, spec, kw) || !spec.Parse(ts, args, kw, a)) return null;
        if (!IntArg(ts, a[0]!, out long width)) return null;
        int fill = ' ';
        if (a[1] is { } f)
        {
            if (f is not PyStr fs) return ts.TypeError($"The fill character must be a unicode character, not {f.Type.Name}");
            if (fs.Length != 1) return ts.TypeError("The fill character must be exactly one character long");
            fill = fs[0];
        }
        if (width <= s.Length) return StrSlots.Exact(s);
        long marg = width - s.Length;
        long left = spec.FunctionName switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        return Pad(ts, s, left, marg - left, fill);
    }

    internal static PyObject? Pad(ThreadState ts, PyStr s, long left, long right, int fill)
    {
        if (left + right + s.Length > int.MaxValue / 2) return ts.MemoryError();
        if (!s.IsWide && fill <= 0xFFFF && left + right + s.Length <= 256)
        {
            Span<char> padded = stackalloc char[(int)(left + right + s.Length)];
            padded.Fill((char)fill);
            s.Bmp.CopyTo(padded[(int)left..]);
            return PyStr.FromChars(padded);
        }
        if (!s.IsWide && fill <= 0xFFFF)
        {
            return PyStr.FromChars(string.Create((int)(left + right + s.Length), (s.Chars, (int)left, (char)fill), static (span, st) =>
            {
                span.Fill(st.Item3);
                st.Chars.AsSpan().CopyTo(span[st.Item2..]);
            }));
        }
        var sb = new PyStrBuilder();
        for (long i = 0; i < left; i++) sb.AppendCodePoint(fill);
        sb.Append(s);
        for (long i = 0; i < right; i++) sb.AppendCodePoint(fill);
        return sb.ToPyStr();
    }

    private static PyObject? ZFill(ThreadState ts, PyStr s, long width)
    {
        if (width <= s.Length) return StrSlots.Exact(s);
        long fill = width - s.Length;
        var padded = Pad(ts, s, fill, 0, '0');
        if (padded is not PyStr p) return null;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            // The sign moves in front of the zeros.
            var sb = new PyStrBuilder();
            sb.AppendCodePoint(s[0]);
            sb.Append(p.Substring(1, (int)fill));
            sb.AppendCodePoint('0');
            sb.Append(p.Substring((int)fill + 1, p.Length));
            return sb.ToPyStr();
        }
        return p;
    }

    private static PyObject? ExpandTabs(ThreadState ts, PyStr s, long tabsize)
    {
        var sb = new PyStrBuilder();
        long column = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    if (column > int.MaxValue / 2) return ts.OverflowError("new string is too long");
                    for (long k = 0; k < incr; k++) sb.AppendCodePoint(' ');
                }
            }
            else
            {
                column++;
                sb.AppendCodePoint(c);
                if (c is '\n' or '\r') column = 0;
            }
        }
        return sb.ToPyStr();
    }

    private static PyObject? Translate(ThreadState ts, PyStr s, PyObject table)
    {
        var sb = new PyStrBuilder();
        // Each distinct character is looked up once (CPython caches too; a table's __getitem__ may count calls).
        var cache = new Dictionary<int, PyObject?>();
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (!cache.TryGetValue(c, out var mapped))
            {
                var r = Protocols.GetItem(ts, table, PyInt.Create(c));
                if (r is null)
                {
                    if (!ts.ErrorMatches(PyExc.LookupError)) return null;
                    ts.ClearError();
                    mapped = PyStr.FromCodePoint(c);
                }
                else if (r is PyNone) mapped = null;
                else if (r is PyInt code)
                {
                    if (!code.TryGetLong(out long v) || v < 0 || v > 0x10FFFF)
                        return ts.ValueError("character mapping must be in range(0x110000)");
                    mapped = PyStr.FromCodePoint((int)v);
                }
                else if (r is PyStr) mapped = r;
                else return ts.TypeError("character mapping must return integer, None or str");
                cache[c] = mapped;
            }
            if (mapped is not null) sb.Append((PyStr)mapped);
        }
        return sb.ToPyStr();
    }

    private static PyObject? MakeTrans(ThreadState ts, PyObject x, PyObject? y, PyObject? z)
    {
        var result = new PyDict();
        if (y is null)
        {
            if (x is not PyDict map) return ts.TypeError("if you give only one argument to maketrans it must be a dict");
            int position = 0;
            while (map.Next(ref position, out var key, out var value))
            {
                PyObject newKey;
                if (key is PyStr ks)
                {
                    if (ks.Length != 1) return ts.ValueError("string keys in translate table must be of length 1");
                    newKey = PyInt.Create(ks[0]);
                }
                else if (key is PyInt) newKey = key;
                else return ts.TypeError("keys in translate table must be strings or integers");
                if (!result.SetItem(ts, newKey, value)) return null;
            }
            return result;
        }
        if (y is not PyStr to) return ts.TypeError($"maketrans() argument 2 must be str, not {StrMethods.ArgTypeName(y)}");
        if (z is not null && z is not PyStr) return ts.TypeError($"maketrans() argument 3 must be str, not {StrMethods.ArgTypeName(z)}");
        if (x is not PyStr from) return ts.TypeError("first maketrans argument must be a string if there is a second argument");
        if (from.Length != to.Length) return ts.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.Length; i++)
            if (!result.SetItem(ts, PyInt.Create(from[i]), PyInt.Create(to[i]))) return null;
        if (z is PyStr delete)
            for (int i = 0; i < delete.Length; i++)
                if (!result.SetItem(ts, PyInt.Create(delete[i]), PyNone.Instance)) return null;
        return result;
    }
}
