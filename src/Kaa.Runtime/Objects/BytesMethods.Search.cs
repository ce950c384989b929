namespace Kaa.Runtime;

/// <summary>Searching methods of bytes and bytearray: find, rfind, index, rindex, count, startswith,
/// endswith, removeprefix, removesuffix, and the <c>in</c> test.</summary>
internal static partial class BytesMethods
{
    private static void InstallSearch(PyType type)
    {
        type.AddMethod("find", static (ts, self, args, kw) => FindMethod(ts, self, args, kw, "find", reverse: false, raise: false),
            "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.");
        type.AddMethod("rfind", static (ts, self, args, kw) => FindMethod(ts, self, args, kw, "rfind", reverse: true, raise: false),
            "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.");
        type.AddMethod("index", static (ts, self, args, kw) => FindMethod(ts, self, args, kw, "index", reverse: false, raise: true),
            "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found.");
        type.AddMethod("rindex", static (ts, self, args, kw) => FindMethod(ts, self, args, kw, "rindex", reverse: true, raise: true),
            "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found.");
        type.AddMethod("count", static (ts, self, args, kw) =>
        {
            if (!ParseFindArgs(ts, self, args, kw, "count", out var sub, out long start, out long end)) return null;
            return PyInt.Create(Count(Data(self), sub, start, end));
        }, "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation.");
        type.AddMethod("startswith", static (ts, self, args, kw) => TailMatchMethod(ts, self, args, kw, "startswith", atEnd: false),
            "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try.");
        type.AddMethod("endswith", static (ts, self, args, kw) => TailMatchMethod(ts, self, args, kw, "endswith", atEnd: true),
            "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try.");
        type.AddMethod("removeprefix", static (ts, self, arg) =>
        {
            if (!BufferArg(ts, arg, out var prefix)) return null;
            var data = Data(self);
            if (data.StartsWith(prefix) && prefix.Length > 0) return Make(self, data[prefix.Length..]);
            return Slice(self, 0, data.Length);
        }, "Return a bytes object with the given prefix string removed if present.\n\nIf the bytes starts with the prefix string, return bytes[len(prefix):].\nOtherwise, return a copy of the original bytes.");
        type.AddMethod("removesuffix", static (ts, self, arg) =>
        {
            if (!BufferArg(ts, arg, out var suffix)) return null;
            var data = Data(self);
            if (data.EndsWith(suffix) && suffix.Length > 0) return Make(self, data[..^suffix.Length]);
            return Slice(self, 0, data.Length);
        }, "Return a bytes object with the given suffix string removed if present.\n\nIf the bytes ends with the suffix string and that suffix is not empty,\nreturn bytes[:-len(prefix)].  Otherwise, return a copy of the original\nbytes.");
    }

    /// <summary>
    /// The <c>(sub[, start[, end]])</c> arguments of find/count/index (stringlib_parse_args_finds and
    /// parse_args_finds_byte): <paramref name="sub"/> is a bytes-like object or an int in range(256).
    /// </summary>
    private static bool ParseFindArgs(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name,
        out ReadOnlySpan<byte> sub, out long start, out long end)
    {
        sub = default;
        if (!ParseStartEnd(ts, self, args, kw, name, out start, out end)) return false;
        var subObj = args[0];
        if (Protocols.HasBuffer(subObj)) return BufferArg(ts, subObj, out sub);
        if (subObj is not PyInt && subObj.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, $"argument should be integer or bytes-like object, not '{subObj.Type.Name}'");
            return false;
        }
        if (!ByteValue(ts, subObj, out byte b)) return false;
        sub = new[] { b };
        return true;
    }

    /// <summary>The old-style argument checks and the optional start/end (None allowed) of the search methods.</summary>
    private static bool ParseStartEnd(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name,
        out long start, out long end)
    {
        start = 0;
        end = long.MaxValue;
        if (!NoKeywords(ts, self, kw, name)) return false;
        if (args.Length < 1)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at least 1 argument (0 given)");
            return false;
        }
        if (args.Length > 3)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at most 3 arguments ({args.Length} given)");
            return false;
        }
        if (args.Length > 1 && args[1] is not PyNone && !SliceIndices.IndexValue(ts, args[1], out start)) return false;
        if (args.Length > 2 && args[2] is not PyNone && !SliceIndices.IndexValue(ts, args[2], out end)) return false;
        return true;
    }

    /// <summary>ADJUST_INDICES: end clamped to the length, negative bounds counted from the end (floored at 0).</summary>
    internal static void AdjustIndices(ref long start, ref long end, int length)
    {
        if (end > length) end = length;
        else if (end < 0)
        {
            end += length;
            if (end < 0) end = 0;
        }
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
    }

    /// <summary>stringlib find/rfind over <c>hay[start:end]</c>: the index in <paramref name="hay"/>, or -1.</summary>
    internal static long Find(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> needle, long start, long end, bool reverse)
    {
        AdjustIndices(ref start, ref end, hay.Length);
        if (end - start < needle.Length) return -1;
        var window = hay[(int)start..(int)end];
        int i = reverse ? window.LastIndexOf(needle) : window.IndexOf(needle);
        if (needle.Length == 0) i = reverse ? window.Length : 0;
        return i < 0 ? -1 : start + i;
    }

    /// <summary>stringlib count: non-overlapping occurrences in <c>hay[start:end]</c> (an empty needle counts every gap).</summary>
    internal static long Count(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> needle, long start, long end)
    {
        AdjustIndices(ref start, ref end, hay.Length);
        if (end - start < 0 || start > hay.Length) return 0;
        if (needle.Length == 0) return end - start + 1;
        var window = hay[(int)start..(int)end];
        if (needle.Length == 1) return window.Count(needle[0]);
        return window.Count(needle);
    }

    private static PyObject? FindMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool reverse, bool raise)
    {
        if (!ParseFindArgs(ts, self, args, kw, name, out var sub, out long start, out long end)) return null;
        long i = Find(Data(self), sub, start, end, reverse);
        if (i < 0 && raise) return ts.ValueError("subsection not found");
        return PyInt.Create(i);
    }

    private static PyObject? TailMatchMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool atEnd)
    {
        if (!ParseStartEnd(ts, self, args, kw, name, out long start, out long end)) return null;
        var sub = args[0];
        if (sub is PyTuple options)
        {
            foreach (var item in options.Items)
            {
                if (!BufferArg(ts, item, out var option)) return null;
                if (TailMatch(Data(self), option, start, end, atEnd)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (!Protocols.HasBuffer(sub))
            return ts.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {sub.Type.Name}");
        if (!BufferArg(ts, sub, out var needle)) return null;
        return PyBool.From(TailMatch(Data(self), needle, start, end, atEnd));
    }

    /// <summary>_Py_bytes_tailmatch's test: whether data[start:end] starts (or ends) with <paramref name="sub"/>.</summary>
    private static bool TailMatch(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sub, long start, long end, bool atEnd)
    {
        int len = data.Length, slen = sub.Length;
        AdjustIndices(ref start, ref end, len);
        if (!atEnd)
        {
            if (start > len - slen) return false;
        }
        else
        {
            if (end - start < slen || start > len) return false;
            if (end - slen > start) start = end - slen;
        }
        if (end - start < slen) return false;
        return data.Slice((int)start, slen).SequenceEqual(sub);
    }

    /// <summary>bytes_contains / bytearray_contains: <c>x in b</c> for an int or a bytes-like <paramref name="item"/>.</summary>
    internal static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        if (item is PyInt || (item.Type.Index is not null && !Protocols.HasBuffer(item)))
        {
            if (!ByteValue(ts, item, out byte b)) return -1;
            return Data(self).IndexOf(b) >= 0 ? 1 : 0;
        }
        if (!BufferArg(ts, item, out var sub)) return -1;
        return Data(self).IndexOf(sub) >= 0 ? 1 : 0;
    }
}
