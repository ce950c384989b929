using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The slots of <c>str</c> (repr, hash, comparison, concatenation, repetition, <c>%</c>, indexing and slicing,
/// iteration, construction) and the installation of its methods, which live in the <c>StrMethods.*</c> files.
/// </summary>
internal static partial class StrSlots
{
    private static readonly ArgSpec s_new = new("str", ["object", "encoding", "errors"], required: 0, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Create(Repr((PyStr)self));
        type.Str = static (ts, self) => self.Type == BuiltinTypes.Str ? self : Exact((PyStr)self);
        type.Hash = static (ts, self) => ((PyStr)self).GetHash();
        type.Length = static (ts, self) => ((PyStr)self).Length;
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Instance;
            if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(x.EqualsStr(y) == (op == CompareOp.Eq));
            int c = Compare(x, y);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        };
        type.NumberBinary[(int)BinaryOp.Add] = Concat;
        // Repetition is the sequence slot (as in CPython): str.__mul__ is sq_repeat's wrapper, whose count
        // must be an index, and the number protocol tries the other operand's __rmul__ first.
        type.SeqRepeat = static (ts, self, n) => RepeatStr(ts, (PyStr)self, n);
        type.NumberBinary[(int)BinaryOp.Remainder] = static (ts, a, b) =>
            a is PyStr format ? StrPercent.Format(ts, format, b) : PyNotImplemented.Instance;
        type.Contains = static (ts, self, item) =>
        {
            if (item is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, $"'in <string>' requires string as left operand, not {item.Type.Name}");
                return -1;
            }
            return StrSearch.Find((PyStr)self, s, 0, ((PyStr)self).Length, reverse: false) >= 0 ? 1 : 0;
        };
        type.GetItem = GetItem;
        type.Iter = static (ts, self) => PyStrIterator.Create((PyStr)self);
        type.New = New;

        StrMethods.Install(type);
        // A copy, never self (unicode_getnewargs): pickle's protocol 2 relies on a fresh object.
        type.AddMethod("__getnewargs__", static (ts, self) =>
        {
            var s = (PyStr)self;
            return PyTuple.Create(s.IsWide ? PyStr.FromCodePoints(s.Wide) : PyStr.FromChars(s.Bmp));
        });
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(SizeOf((PyStr)self)));
        type.AddMethod("__format__", static (ts, self, spec) =>
        {
            if (spec is not PyStr s) return ts.TypeError($"__format__() argument must be str, not {StrMethods.ArgTypeName(spec)}");
            return StrFormat.FormatStr(ts, (PyStr)self, s);
        });
    }

    /// <summary>An exact str with the code points of <paramref name="s"/> (itself when already exact).</summary>
    internal static PyStr Exact(PyStr s)
    {
        if (s.Type == BuiltinTypes.Str) return s;
        return s.IsWide ? PyStr.FromCodePoints(s.Wide) : PyStr.FromChars(s.Bmp);
    }

    /// <summary>
    /// CPython's <c>str.__sizeof__</c>: the compact header (48 bytes for ASCII, 72 otherwise) plus the
    /// characters and a terminator at 1, 2 or 4 bytes each (PEP 393).
    /// </summary>
    internal static long SizeOf(PyStr s)
    {
        int kind = s.Kind;
        long header = kind == 1 && s.IsAscii ? 48 : 72;
        return header + (long)(s.Length + 1) * kind;
    }

    private static PyObject? Concat(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyStr x) return PyNotImplemented.Instance;
        if (b is not PyStr y)
        {
            // CPython tries the right operand's __radd__ before the sequence concatenation fails.
            if (b.Type.IsHeapType && b.Type.NumberBinary[(int)BinaryOp.Add] is { } radd)
            {
                var r = radd(ts, a, b);
                if (r is null || r != PyNotImplemented.Instance) return r;
            }
            return ts.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        }
        if (y.Length == 0 && x.Type == BuiltinTypes.Str) return x;
        if (x.Length == 0 && y.Type == BuiltinTypes.Str) return y;
        if (!x.IsWide && !y.IsWide) return PyStr.ConcatBmp(x, y);
        return new PyStrBuilder().Append(x).Append(y).ToPyStr();
    }

    internal static PyObject? RepeatStr(ThreadState ts, PyStr s, long n)
    {
        if (n <= 0 || s.Length == 0) return PyStr.Empty;
        if (n == 1) return Exact(s);
        if (s.Length > long.MaxValue / n) return ts.OverflowError("repeated string is too long");
        if (s.Length > int.MaxValue / 2 / n) return ts.MemoryError();
        if (!s.IsWide && s.Length * n <= 256)
        {
            Span<char> repeated = stackalloc char[(int)(s.Length * n)];
            var text = s.Bmp;
            for (int i = 0; i < repeated.Length; i += text.Length) text.CopyTo(repeated[i..]);
            return PyStr.FromChars(repeated);
        }
        if (!s.IsWide)
        {
            string chars = s.Chars;
            if (chars.Length == 1) return PyStr.FromChars(new string(chars[0], (int)n));
            return PyStr.FromChars(string.Create(chars.Length * (int)n, chars, static (span, c) =>
            {
                for (int i = 0; i < span.Length; i += c.Length) c.AsSpan().CopyTo(span[i..]);
            }));
        }
        var cps = new int[s.Length * (int)n];
        for (int i = 0; i < cps.Length; i += s.Length) s.Wide.CopyTo(cps.AsSpan(i));
        return PyStr.FromCodePoints(cps);
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var s = (PyStr)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
            if (i < 0) i += s.Length;
            if (i < 0 || i >= s.Length) return ts.IndexError("string index out of range");
            return PyStr.FromCodePoint(s[(int)i]);
        }
        if (key is PySlice slice)
        {
            if (!StrSlicing.Indices(ts, slice, s.Length, out int start, out int step, out int count)) return null;
            return StrSlicing.Slice(s, start, step, count);
        }
        return ts.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    private static PyObject? New(ThreadState ts, PyType t, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        PyStr result;
        if (args.Length == 1 && kw is null)
        {
            var s = Protocols.Str(ts, args[0]);
            if (s is null) return null;
            result = (PyStr)s;
        }
        else if (args.Length == 0)
            result = PyStr.Empty;
        else
        {
            var a = new ArgBuffer();
            if (!s_new.Parse(ts, args, kw, a)) return null;
            if (a[1] is not null && a[1] is not PyStr)
                return ts.TypeError($"str() argument 'encoding' must be str, not {StrMethods.ArgTypeName(a[1]!)}");
            if (a[2] is not null && a[2] is not PyStr)
                return ts.TypeError($"str() argument 'errors' must be str, not {StrMethods.ArgTypeName(a[2]!)}");
            if (a[0] is null) result = PyStr.Empty;
            else if (a[1] is null && a[2] is null)
            {
                var s = Protocols.Str(ts, a[0]!);
                if (s is null) return null;
                result = (PyStr)s;
            }
            else
            {
                var decoded = UnicodeCodecs.DecodeObject(ts, a[0]!, (PyStr?)a[1], (PyStr?)a[2]);
                if (decoded is null) return null;
                result = decoded;
            }
        }
        if (t == BuiltinTypes.Str) return result;
        return new PyStr.Derived(t, result);
    }

    internal static int[] CodePoints(PyStr s)
    {
        if (s.CodePoints is { } cps) return cps;
        var a = new int[s.Length];
        var bmp = s.Bmp;
        for (int i = 0; i < a.Length; i++) a[i] = bmp[i];
        return a;
    }

    /// <summary>Code-point order (not UTF-16 order: astral characters sort above U+FFFF).</summary>
    internal static int Compare(PyStr a, PyStr b)
    {
        if (!a.IsWide && !b.IsWide) return a.Bmp.SequenceCompareTo(b.Bmp);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = a[i].CompareTo(b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>unicode_repr (the same rules as the compiler's constant repr), as UTF-16 text.</summary>
    internal static string Repr(PyStr s)
    {
        var sb = new StringBuilder(s.Length + 2);
        Kaa.Syntax.Text.PyRepr.AppendStr(sb, CodePoints(s));
        return sb.ToString();
    }
}
