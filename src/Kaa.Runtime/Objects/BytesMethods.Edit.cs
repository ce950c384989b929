namespace Kaa.Runtime;

/// <summary>Methods of bytes and bytearray that return edited copies: strip family, replace, center/ljust/
/// rjust/zfill, expandtabs, translate and maketrans.</summary>
internal static partial class BytesMethods
{
    private static readonly ArgSpec s_strip = new("strip", ["bytes"], required: 0);
    private static readonly ArgSpec s_lstrip = new("lstrip", ["bytes"], required: 0);
    private static readonly ArgSpec s_rstrip = new("rstrip", ["bytes"], required: 0);
    private static readonly ArgSpec s_replace = new("replace", ["old", "new", "count"], required: 2);
    private static readonly ArgSpec s_center = new("center", ["width", "fillchar"], required: 1);
    private static readonly ArgSpec s_ljust = new("ljust", ["width", "fillchar"], required: 1);
    private static readonly ArgSpec s_rjust = new("rjust", ["width", "fillchar"], required: 1);
    private static readonly ArgSpec s_expandtabs = new("expandtabs", ["tabsize"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_translate = new("translate", ["table", "delete"], required: 1, positionalOnly: 1);
    private static readonly ArgSpec s_maketrans = new("maketrans", ["frm", "to"], required: 2);

    private static void InstallEdit(PyType type)
    {
        type.AddMethod("strip", static (ts, self, args, kw) => Strip(ts, self, args, kw, s_strip, left: true, right: true),
            "Strip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace.");
        type.AddMethod("lstrip", static (ts, self, args, kw) => Strip(ts, self, args, kw, s_lstrip, left: true, right: false),
            "Strip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading  ASCII whitespace.");
        type.AddMethod("rstrip", static (ts, self, args, kw) => Strip(ts, self, args, kw, s_rstrip, left: false, right: true),
            "Strip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace.");
        type.AddMethod("replace", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_replace.Parse(ts, args, kw, a)) return null;
            if (!BufferArg(ts, a[0]!, out var old)) return null;
            if (!BufferArg(ts, a[1]!, out var @new)) return null;
            long count = -1;
            if (a[2] is { } c && !Ssize(ts, c, out count)) return null;
            return Replace(ts, self, old, @new, count < 0 ? long.MaxValue : count);
        }, "Return a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.");
        type.AddMethod("center", static (ts, self, args, kw) => Justify(ts, self, args, kw, s_center, 'c'),
            "Return a centered string of length width.\n\nPadding is done using the specified fill character.");
        type.AddMethod("ljust", static (ts, self, args, kw) => Justify(ts, self, args, kw, s_ljust, 'l'),
            "Return a left-justified string of length width.\n\nPadding is done using the specified fill character.");
        type.AddMethod("rjust", static (ts, self, args, kw) => Justify(ts, self, args, kw, s_rjust, 'r'),
            "Return a right-justified string of length width.\n\nPadding is done using the specified fill character.");
        type.AddMethod("zfill", static (ts, self, arg) =>
        {
            if (!Ssize(ts, arg, out long width)) return null;
            var s = Data(self);
            if (width <= s.Length) return Slice(self, 0, s.Length);
            if (width > Array.MaxLength) return ts.MemoryError();
            var result = new byte[width];
            int fill = (int)width - s.Length;
            result.AsSpan(0, fill).Fill((byte)'0');
            s.CopyTo(result.AsSpan(fill));
            if (s.Length > 0 && result[fill] is (byte)'+' or (byte)'-')
            {
                // The sign moves to the front.
                result[0] = result[fill];
                result[fill] = (byte)'0';
            }
            return Take(self, result);
        }, "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated.");
        type.AddMethod("expandtabs", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_expandtabs.Parse(ts, args, kw, a)) return null;
            long tabsize = 8;
            if (a[0] is { } t)
            {
                if (t is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
                if (!IntArg(ts, t, out tabsize)) return null;
            }
            return ExpandTabs(ts, self, tabsize);
        }, "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.");
        type.AddMethod("translate", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_translate.Parse(ts, args, kw, a)) return null;
            return Translate(ts, self, a[0]!, a[1]);
        }, "Return a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table.");
        type.AddStaticMethod(new MethodDef("maketrans", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_maketrans.Parse(ts, args, kw, a)) return null;
            if (!BufferArg(ts, a[0]!, out var from)) return null;
            if (!BufferArg(ts, a[1]!, out var to)) return null;
            if (from.Length != to.Length) return ts.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.Create(table);
        }, "Return a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length."));
    }

    /// <summary>A C int argument (__index__; OverflowError "Python int too large to convert to C int").</summary>
    private static bool IntArg(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out value) || value is < int.MinValue or > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        return true;
    }

    private static PyObject? Strip(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, bool left, bool right)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        var s = Data(self);
        int i = 0, j = s.Length;
        if (a[0] is null or PyNone)
        {
            if (left) while (i < j && IsSpace(s[i])) i++;
            if (right) while (j > i && IsSpace(s[j - 1])) j--;
        }
        else
        {
            if (!BufferArg(ts, a[0]!, out var chars)) return null;
            s = Data(self);
            j = s.Length;
            if (left) while (i < j && chars.Contains(s[i])) i++;
            if (right) while (j > i && chars.Contains(s[j - 1])) j--;
        }
        return Slice(self, i, j - i);
    }

    private static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<byte> old, ReadOnlySpan<byte> @new, long count)
    {
        var s = Data(self);
        if (count == 0 || (old.Length == 0 && @new.Length == 0) || (old.Length > s.Length)) return Slice(self, 0, s.Length);
        var result = new List<byte>(s.Length);
        if (old.Length == 0)
        {
            // The new bytes go before every byte and at the end, up to count times.
            long done = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                if (done < count)
                {
                    foreach (byte b in @new) result.Add(b);
                    done++;
                }
                if (i < s.Length) result.Add(s[i]);
            }
        }
        else
        {
            int i = 0;
            long done = 0;
            bool any = false;
            while (done < count)
            {
                int k = s[i..].IndexOf(old);
                if (k < 0) break;
                any = true;
                foreach (byte b in s.Slice(i, k)) result.Add(b);
                foreach (byte b in @new) result.Add(b);
                i += k + old.Length;
                done++;
            }
            if (!any) return Slice(self, 0, s.Length);
            foreach (byte b in s[i..]) result.Add(b);
        }
        if (result.Count > Array.MaxLength) return ts.MemoryError();
        return Take(self, [.. result]);
    }

    private static PyObject? Justify(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, char how)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        if (!Ssize(ts, a[0]!, out long width)) return null;
        byte fill = (byte)' ';
        if (a[1] is { } f)
        {
            if (f is PyBytes fb && fb.Value.Length == 1) fill = fb.Value[0];
            else if (f is PyByteArray fa && fa.Count == 1) fill = fa[0];
            else return ts.TypeError($"{spec.FunctionName}() argument 2 must be a byte string of length 1, not {StrMethods.ArgTypeName(f)}");
        }
        var s = Data(self);
        if (width <= s.Length) return Slice(self, 0, s.Length);
        if (width > Array.MaxLength) return ts.MemoryError();
        int marg = (int)width - s.Length;
        int leftPad = how switch
        {
            'l' => 0,
            'r' => marg,
            _ => marg / 2 + (marg & (int)width & 1),
        };
        var result = new byte[width];
        result.AsSpan().Fill(fill);
        s.CopyTo(result.AsSpan(leftPad));
        return Take(self, result);
    }

    private static PyObject? ExpandTabs(ThreadState ts, PyObject self, long tabsize)
    {
        var s = Data(self);
        var result = new List<byte>(s.Length);
        long column = 0;
        foreach (byte c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - column % tabsize;
                    if (result.Count + spaces > Array.MaxLength) return ts.OverflowError("result too long");
                    for (long k = 0; k < spaces; k++) result.Add((byte)' ');
                    column += spaces;
                }
            }
            else
            {
                result.Add(c);
                column++;
                if (c is (byte)'\n' or (byte)'\r') column = 0;
            }
        }
        return Take(self, [.. result]);
    }

    private static PyObject? Translate(ThreadState ts, PyObject self, PyObject tableObj, PyObject? deleteObj)
    {
        ReadOnlySpan<byte> table = default;
        bool hasTable = tableObj is not PyNone;
        if (hasTable)
        {
            if (!BufferArg(ts, tableObj, out table)) return null;
            if (table.Length != 256) return ts.ValueError("translation table must be 256 characters long");
        }
        Span<bool> delete = stackalloc bool[256];
        bool anyDelete = false;
        if (deleteObj is not null)
        {
            if (!BufferArg(ts, deleteObj, out var del)) return null;
            foreach (byte d in del)
            {
                delete[d] = true;
                anyDelete = true;
            }
        }
        var s = Data(self);
        var result = new byte[s.Length];
        int n = 0;
        bool changed = false;
        foreach (byte c in s)
        {
            if (anyDelete && delete[c])
            {
                changed = true;
                continue;
            }
            byte t = hasTable ? table[c] : c;
            if (t != c) changed = true;
            result[n++] = t;
        }
        if (!changed && self.Type == BuiltinTypes.Bytes) return self;
        return Make(self, result.AsSpan(0, n));
    }
}
