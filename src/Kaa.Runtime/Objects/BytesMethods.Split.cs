namespace Kaa.Runtime;

/// <summary>Splitting and joining methods of bytes and bytearray: split, rsplit, splitlines, partition,
/// rpartition, join.</summary>
internal static partial class BytesMethods
{
    private static readonly ArgSpec s_split = new("split", ["sep", "maxsplit"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_rsplit = new("rsplit", ["sep", "maxsplit"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_splitlines = new("splitlines", ["keepends"], required: 0, positionalOnly: 0);

    private static void InstallSplit(PyType type)
    {
        type.AddMethod("split", static (ts, self, args, kw) => SplitMethod(ts, self, args, kw, s_split, reverse: false),
            "Return a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.");
        type.AddMethod("rsplit", static (ts, self, args, kw) => SplitMethod(ts, self, args, kw, s_rsplit, reverse: true),
            "Return a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytes and working to the front.");
        type.AddMethod("splitlines", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_splitlines.Parse(ts, args, kw, a)) return null;
            bool keepends = false;
            if (a[0] is { } k)
            {
                if (k is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
                var i = Protocols.Index(ts, k);
                if (i is null) return null;
                keepends = i.Sign != 0;
            }
            return SplitLines(self, keepends);
        }, "Return a list of the lines in the bytes, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.");
        type.AddMethod("partition", static (ts, self, arg) => Partition(ts, self, arg, reverse: false),
            "Partition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes. If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original bytes\nobject and two empty bytes objects.");
        type.AddMethod("rpartition", static (ts, self, arg) => Partition(ts, self, arg, reverse: true),
            "Partition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytes\nobjects and the original bytes object.");
        type.AddMethod("join", static (ts, self, arg) => Join(ts, self, arg),
            "Concatenate any number of bytes objects.\n\nThe bytes whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytes object.\n\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'.");
    }

    private static PyObject? SplitMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, bool reverse)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        long maxsplit = -1;
        if (a[1] is { } m && !Ssize(ts, m, out maxsplit)) return null;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        ReadOnlySpan<byte> sep = default;
        bool whitespace = a[0] is null or PyNone;
        if (!whitespace)
        {
            if (!BufferArg(ts, a[0]!, out sep)) return null;
            if (sep.Length == 0) return ts.ValueError("empty separator");
        }
        var data = Data(self);
        var parts = new List<(int Start, int Length)>();
        if (whitespace) SplitWhitespace(data, maxsplit, reverse, parts);
        else SplitOn(data, sep, maxsplit, reverse, parts);
        if (reverse) parts.Reverse();
        var items = new PyObject[parts.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Slice(self, parts[i].Start, parts[i].Length);
        return PyList.FromArray(items);
    }

    private static void SplitWhitespace(ReadOnlySpan<byte> s, long maxsplit, bool reverse, List<(int, int)> parts)
    {
        int n = s.Length;
        if (!reverse)
        {
            int i = 0;
            while (maxsplit-- > 0)
            {
                while (i < n && IsSpace(s[i])) i++;
                if (i == n) return;
                int j = i;
                while (i < n && !IsSpace(s[i])) i++;
                parts.Add((j, i - j));
            }
            // The rest, leading whitespace stripped, when anything is left.
            while (i < n && IsSpace(s[i])) i++;
            if (i != n) parts.Add((i, n - i));
        }
        else
        {
            int i = n - 1;
            while (maxsplit-- > 0)
            {
                while (i >= 0 && IsSpace(s[i])) i--;
                if (i < 0) return;
                int j = i;
                while (i >= 0 && !IsSpace(s[i])) i--;
                parts.Add((i + 1, j - i));
            }
            while (i >= 0 && IsSpace(s[i])) i--;
            if (i >= 0) parts.Add((0, i + 1));
        }
    }

    private static void SplitOn(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sep, long maxsplit, bool reverse, List<(int, int)> parts)
    {
        int n = s.Length, m = sep.Length;
        if (!reverse)
        {
            int i = 0;
            while (maxsplit-- > 0)
            {
                int k = s[i..].IndexOf(sep);
                if (k < 0) break;
                parts.Add((i, k));
                i += k + m;
            }
            parts.Add((i, n - i));
        }
        else
        {
            int j = n;
            while (maxsplit-- > 0)
            {
                int k = s[..j].LastIndexOf(sep);
                if (k < 0) break;
                parts.Add((k + m, j - k - m));
                j = k;
            }
            parts.Add((0, j));
        }
    }

    private static PyObject SplitLines(PyObject self, bool keepends)
    {
        var s = Data(self);
        var items = new List<PyObject>();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && s[i] != '\n' && s[i] != '\r') i++;
            int eol = i;
            if (i < n)
            {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            items.Add(Slice(self, j, eol - j));
            s = Data(self);
        }
        return PyList.FromArray([.. items]);
    }

    private static PyObject? Partition(ThreadState ts, PyObject self, PyObject sepObj, bool reverse)
    {
        if (!BufferArg(ts, sepObj, out var sep)) return null;
        if (sep.Length == 0) return ts.ValueError("empty separator");
        var s = Data(self);
        int k = reverse ? s.LastIndexOf(sep) : s.IndexOf(sep);
        if (k < 0)
        {
            var whole = Slice(self, 0, s.Length);
            return reverse
                ? PyTuple.Create([Make(self, default), Make(self, default), whole])
                : PyTuple.Create([whole, Make(self, default), Make(self, default)]);
        }
        return PyTuple.Create([Make(self, s[..k]), Make(self, sep), Make(self, s[(k + sep.Length)..])]);
    }

    /// <summary>stringlib join: the items (bytes-like objects) with self between each pair.</summary>
    internal static PyObject? Join(ThreadState ts, PyObject self, PyObject iterable)
    {
        var items = ListSlots.SequenceFast(ts, iterable, "can only join an iterable");
        if (items is null) return null;
        if (items.Length == 1 && items[0].Type == BuiltinTypes.Bytes && self.Type == BuiltinTypes.Bytes) return items[0];
        var parts = new byte[items.Length][];
        long total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item is PyBytes b) parts[i] = b.Value;
            else
            {
                if (!Protocols.HasBuffer(item))
                    return ts.TypeError($"sequence item {i}: expected a bytes-like object, {item.Type.Name} found");
                if (!BufferArg(ts, item, out var data)) return null;
                parts[i] = data.ToArray();
            }
            total += parts[i].Length;
        }
        var sep = Data(self).ToArray();
        if (items.Length > 1) total += (long)sep.Length * (items.Length - 1);
        if (total > Array.MaxLength) return ts.MemoryError();
        var result = new byte[total];
        int pos = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sep.CopyTo(result, pos);
                pos += sep.Length;
            }
            parts[i].CopyTo(result, pos);
            pos += parts[i].Length;
        }
        return Take(self, result);
    }
}
