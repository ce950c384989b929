using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary>str's splitting and joining methods: split, rsplit, splitlines, partition, rpartition, join, and the strips.</summary>
internal static partial class StrMethods
{
    private static readonly ArgSpec s_split = new("split", ["sep", "maxsplit"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_rsplit = new("rsplit", ["sep", "maxsplit"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_splitlines = new("splitlines", ["keepends"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_strip = new("strip", ["chars"], required: 0);
    private static readonly ArgSpec s_lstrip = new("lstrip", ["chars"], required: 0);
    private static readonly ArgSpec s_rstrip = new("rstrip", ["chars"], required: 0);

    private static void InstallSplit(PyType type)
    {
        type.AddMethod("split", static (ts, self, args, kw) => SplitMethod(ts, (PyStr)self, args, kw, s_split, reverse: false));
        type.AddMethod("rsplit", static (ts, self, args, kw) => SplitMethod(ts, (PyStr)self, args, kw, s_rsplit, reverse: true));
        type.AddMethod("splitlines", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_splitlines.Parse(ts, args, kw, a)) return null;
            long keepends = 0;
            if (a[0] is not null && !IntArg(ts, a[0]!, out keepends)) return null;
            return SplitLines((PyStr)self, keepends != 0);
        });
        type.AddMethod("partition", static (ts, self, sep) => Partition(ts, (PyStr)self, sep, reverse: false));
        type.AddMethod("rpartition", static (ts, self, sep) => Partition(ts, (PyStr)self, sep, reverse: true));
        type.AddMethod("join", static (ts, self, iterable) => Join(ts, (PyStr)self, iterable));
        type.AddMethod("strip", static (ts, self, args, kw) => StripMethod(ts, (PyStr)self, args, kw, s_strip, left: true, right: true));
        type.AddMethod("lstrip", static (ts, self, args, kw) => StripMethod(ts, (PyStr)self, args, kw, s_lstrip, left: true, right: false));
        type.AddMethod("rstrip", static (ts, self, args, kw) => StripMethod(ts, (PyStr)self, args, kw, s_rstrip, left: false, right: true));
    }

    /// <summary>A Py_ssize_t argument of an Argument Clinic function (__index__, clinic's overflow message).</summary>
    internal static bool IntArg(ThreadState ts, PyObject value, out long result)
    {
        result = 0;
        if (value is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        var i = Protocols.Index(ts, value);
        if (i is null) return false;
        if (!i.TryGetLong(out result))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }
        return true;
    }

    /// <summary>The positional-only methods' message for keywords ("str.strip() takes no keyword arguments").</summary>
    internal static bool NoKeywords(ThreadState ts, ArgSpec spec, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"str.{spec.FunctionName}() takes no keyword arguments");
        return false;
    }

    /// <summary>The ASCII whitespace of str.isspace: \t \n \v \f \r, \x1c-\x1f and space, as bits.</summary>
    private const ulong AsciiSpaceMask = 0x1_F000_3E00UL;

    internal static bool IsSpace(int cp) => cp <= ' ' ? ((AsciiSpaceMask >> cp) & 1) != 0
        : cp >= 0x85 && (cp == 0x85 || cp == 0xA0 || cp >= 0x1680 && UnicodeDatabase.Has(cp, UnicodeFlags.Space));

    private static PyObject? SplitMethod(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, bool reverse)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        long max = -1;
        var sepArg = a[0];
        if (sepArg is not null && sepArg is not PyNone && sepArg is not PyStr)
            return ts.TypeError($"must be str or None, not {sepArg.Type.Name}");
        if (a[1] is not null && !IntArg(ts, a[1]!, out max)) return null;
        if (max < 0) max = long.MaxValue;
        var list = new PyList();
        if (sepArg is PyStr sep)
        {
            if (sep.Length == 0) return ts.ValueError("empty separator");
            if (reverse) RSplitBy(s, sep, max, list);
            else SplitBy(s, sep, max, list);
        }
        else if (reverse) RSplitWhitespace(s, max, list);
        else SplitWhitespace(s, max, list);
        return list;
    }

    private static void SplitBy(PyStr s, PyStr sep, long max, PyList list)
    {
        if (!s.IsWide && !sep.IsWide)
        {
            // BMP text: vectorised span search, pieces straight from the span.
            var span = s.Bmp;
            var needle = sep.Bmp;
            int at = 0;
            while (max-- > 0)
            {
                int k = needle.Length == 1 ? span[at..].IndexOf(needle[0]) : span[at..].IndexOf(needle);
                if (k < 0) break;
                list.Append(PyStr.FromChars(span.Slice(at, k)));
                at += k + needle.Length;
            }
            list.Append(at == 0 ? s.Substring(0, span.Length) : PyStr.FromChars(span[at..]));
            return;
        }
        int i = 0, n = s.Length;
        while (max-- > 0)
        {
            int pos = StrSearch.Find(s, sep, i, n, reverse: false);
            if (pos < 0) break;
            list.Append(s.Substring(i, pos));
            i = pos + sep.Length;
        }
        list.Append(s.Substring(i, n));
    }

    private static void RSplitBy(PyStr s, PyStr sep, long max, PyList list)
    {
        var parts = new List<PyObject>();
        int j = s.Length;
        while (max-- > 0)
        {
            int pos = StrSearch.Find(s, sep, 0, j, reverse: true);
            if (pos < 0) break;
            parts.Add(s.Substring(pos + sep.Length, j));
            j = pos;
        }
        parts.Add(s.Substring(0, j));
        for (int k = parts.Count - 1; k >= 0; k--) list.Append(parts[k]);
    }

    private static void SplitWhitespace(PyStr s, long max, PyList list)
    {
        if (!s.IsWide)
        {
            SplitWhitespaceBmp(s, max, list);
            return;
        }
        int n = s.Length, i = 0;
        while (max-- > 0)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i == n) return;
            int j = i;
            i++;
            while (i < n && !IsSpace(s[i])) i++;
            list.Append(s.Substring(j, i));
        }
        while (i < n && IsSpace(s[i])) i++;
        if (i != n) list.Append(s.Substring(i, n));
    }

    /// <summary>split() of BMP text: a direct scan of the chars (the hot case of whitespace splitting).</summary>
    private static void SplitWhitespaceBmp(PyStr s, long max, PyList list)
    {
        var span = s.Bmp;
        int n = span.Length, i = 0;
        while (max-- > 0)
        {
            while (i < n && IsSpace(span[i])) i++;
            if (i == n) return;
            int j = i;
            i++;
            while (i < n && !IsSpace(span[i])) i++;
            list.Append(j == 0 && i == n ? s.Substring(0, n) : PyStr.FromChars(span[j..i]));
        }
        while (i < n && IsSpace(span[i])) i++;
        if (i != n) list.Append(PyStr.FromChars(span[i..]));
    }

    private static void RSplitWhitespace(PyStr s, long max, PyList list)
    {
        var parts = new List<PyObject>();
        int i = s.Length - 1;
        while (max-- > 0)
        {
            while (i >= 0 && IsSpace(s[i])) i--;
            if (i < 0) break;
            int j = i;
            i--;
            while (i >= 0 && !IsSpace(s[i])) i--;
            parts.Add(s.Substring(i + 1, j + 1));
        }
        if (i >= 0)
        {
            while (i >= 0 && IsSpace(s[i])) i--;
            if (i >= 0) parts.Add(s.Substring(0, i + 1));
        }
        for (int k = parts.Count - 1; k >= 0; k--) list.Append(parts[k]);
    }

    private static PyList SplitLines(PyStr s, bool keepends)
    {
        var list = new PyList();
        int n = s.Length, i = 0;
        while (i < n)
        {
            int j = i;
            while (i < n && !IsLineBreak(s[i])) i++;
            int eol = i;
            if (i < n)
            {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            list.Append(s.Substring(j, eol));
        }
        return list;
    }

    private static bool IsLineBreak(int cp) => cp < 128 ? cp is '\n' or '\r' or '\x0b' or '\x0c' or (>= '\x1c' and <= '\x1e')
        : UnicodeDatabase.Has(cp, UnicodeFlags.LineBreak);

    private static PyObject? Partition(ThreadState ts, PyStr s, PyObject sepArg, bool reverse)
    {
        if (sepArg is not PyStr sep) return ts.TypeError($"must be str, not {sepArg.Type.Name}");
        if (sep.Length == 0) return ts.ValueError("empty separator");
        int pos = StrSearch.Find(s, sep, 0, s.Length, reverse);
        if (pos < 0)
        {
            // Not found: the string itself (even an instance of a subclass), as CPython returns it.
            var whole = s;
            return reverse ? PyTuple.Create([PyStr.Empty, PyStr.Empty, whole]) : PyTuple.Create([whole, PyStr.Empty, PyStr.Empty]);
        }
        return PyTuple.Create([s.Substring(0, pos), StrSlots.Exact(sep), s.Substring(pos + sep.Length, s.Length)]);
    }

    private readonly ref struct JoinPieces(ReadOnlySpan<char> separator, ReadOnlySpan<PyObject> items)
    {
        public readonly ReadOnlySpan<char> Separator = separator;
        public readonly ReadOnlySpan<PyObject> Items = items;
    }

    private static PyObject? Join(ThreadState ts, PyStr sep, PyObject iterable)
    {
        ReadOnlySpan<PyObject> items;
        if (iterable is PyList list) items = list.AsSpan();
        else if (iterable is PyTuple tuple) items = tuple.Items;
        else
        {
            if (iterable.Type.Iter is null && iterable.Type.GetItem is null)
                return ts.TypeError("can only join an iterable");
            var collected = Protocols.ToList(ts, iterable);
            if (collected is null) return null;
            items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(collected);
        }
        if (items.Length == 0) return PyStr.Empty;
        if (items.Length == 1 && items[0].Type == BuiltinTypes.Str) return items[0];
        long total = (long)sep.Length * (items.Length - 1);
        bool wide = sep.IsWide;
        for (int i = 0; i < items.Length; i++)
        {
            if (PyStr.AsStr(items[i]) is not { } s)
                return ts.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += s.Length;
            wide |= s.IsWide;
        }
        if (total > int.MaxValue / 2) return ts.OverflowError("join() result is too long for a Python string");
        if (!wide)
        {
            // Straight into the result's string, no char array first.
            return PyStr.FromChars(string.Create((int)total, new JoinPieces(sep.Bmp, items), static (chars, st) =>
            {
                int at = 0;
                for (int i = 0; i < st.Items.Length; i++)
                {
                    if (i > 0)
                    {
                        st.Separator.CopyTo(chars[at..]);
                        at += st.Separator.Length;
                    }
                    var piece = PyStr.StrOf(st.Items[i]).Bmp;
                    piece.CopyTo(chars[at..]);
                    at += piece.Length;
                }
            }));
        }
        var sb = new PyStrBuilder();
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append((PyStr)items[i]);
        }
        return sb.ToPyStr();
    }

    private static PyObject? StripMethod(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, bool left, bool right)
    {
        var a = new ArgBuffer();
        if (!NoKeywords(ts, spec, kw) || !spec.Parse(ts, args, kw, a)) return null;
        var chars = a[0];
        int n = s.Length, i = 0, j = n;
        if (chars is null || chars is PyNone)
        {
            if (left) while (i < j && IsSpace(s[i])) i++;
            if (right) while (j > i && IsSpace(s[j - 1])) j--;
        }
        else if (chars is PyStr set)
        {
            if (left) while (i < j && InSet(set, s[i])) i++;
            if (right) while (j > i && InSet(set, s[j - 1])) j--;
        }
        else return ts.TypeError($"{spec.FunctionName} arg must be None or str");
        return s.Substring(i, j);
    }

    private static bool InSet(PyStr set, int cp)
    {
        if (!set.IsWide) return cp <= 0xFFFF && set.Bmp.Contains((char)cp);
        return set.Wide.Contains(cp);
    }
}
