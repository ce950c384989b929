using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The slots of <c>bytes</c> (construction, repr, hash, comparison, concatenation, repetition, <c>%</c>,
/// indexing and slicing, iteration) and its own methods; the methods shared with bytearray are in
/// <see cref="BytesMethods"/>.
/// </summary>
internal static class BytesSlots
{
    private static readonly ArgSpec s_new = new("bytes", ["source", "encoding", "errors"], required: 0, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.New = New;
        type.Repr = static (ts, self) => PyStr.FromChars(Repr(((PyBytes)self).Value));
        type.Str = type.Repr;
        type.Hash = static (ts, self) => ((PyBytes)self).GetHash();
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyBytes x || b is not PyBytes y) return PyNotImplemented.Instance;
            return Compare(x.Value, y.Value, op);
        };
        type.Length = static (ts, self) => ((PyBytes)self).Value.Length;
        type.GetItem = GetItem;
        type.Contains = BytesMethods.Contains;
        type.Iter = static (ts, self) => new PyBytesIterator(BuiltinTypes.BytesIterator, self);
        type.SeqConcat = Concat;
        type.SeqRepeat = static (ts, self, n) =>
        {
            var b = (PyBytes)self;
            if (n < 0) n = 0;
            if (n == 1 && b.Type == BuiltinTypes.Bytes) return b;
            var r = Repeat(ts, b.Value, n);
            return r is null ? null : PyBytes.Create(r);
        };
        type.NumberBinary[(int)BinaryOp.Remainder] = static (ts, a, b) =>
            a is PyBytes ? BytesPercent.Format(ts, a, b) : PyNotImplemented.Instance;
        type.AddAttribute("__doc__", PyStr.Create("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"));

        BytesMethods.Install(type);
        type.AddMethod("__getnewargs__", static (ts, self) => PyTuple.Create(PyBytes.Create(((PyBytes)self).Value.AsSpan())));
        type.AddMethod("__bytes__", static (ts, self) => self.Type == BuiltinTypes.Bytes ? self : PyBytes.Create(((PyBytes)self).Value.AsSpan()),
            "Convert this value to exact type bytes.");
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(33L + ((PyBytes)self).Value.Length),
            "Return the size of the bytes in memory, in bytes.");
    }

    /// <summary>The repr text of bytes (chars 0-127).</summary>
    internal static string Repr(ReadOnlySpan<byte> data)
    {
        var sb = new StringBuilder(data.Length + 3);
        BytesMethods.AppendRepr(sb, data);
        return sb.ToString();
    }

    /// <summary>memcmp then length: the ordering of bytes, bytearray and byte memoryviews.</summary>
    internal static PyObject Compare(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne)
            return PyBool.From(x.SequenceEqual(y) == (op == CompareOp.Eq));
        int c = x.SequenceCompareTo(y);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    /// <summary><paramref name="data"/> repeated <paramref name="n"/> times (n ≥ 0); null with MemoryError when too large.</summary>
    internal static byte[]? Repeat(ThreadState ts, ReadOnlySpan<byte> data, long n)
    {
        if (n <= 0 || data.Length == 0) return [];
        if (n > Array.MaxLength / data.Length)
        {
            ts.MemoryError();
            return null;
        }
        var result = new byte[data.Length * n];
        for (long i = 0; i < n; i++) data.CopyTo(result.AsSpan((int)(i * data.Length)));
        return result;
    }

    /// <summary>bytes_concat: both operands through the buffer protocol; the result is bytes.</summary>
    private static PyObject? Concat(ThreadState ts, PyObject a, PyObject b)
    {
        if (!Protocols.HasBuffer(a) || !Protocols.HasBuffer(b))
            return ts.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
        // An empty operand leaves the other as it is when that one is an exact bytes.
        if (a.Type == BuiltinTypes.Bytes && b.Type == BuiltinTypes.Bytes)
        {
            var x = (PyBytes)a;
            var y = (PyBytes)b;
            if (y.Length == 0) return x;
            if (x.Length == 0) return y;
        }
        if (!Protocols.GetBuffer(ts, a, false, out var va)) return null;
        if (!Protocols.GetBuffer(ts, b, false, out var vb))
        {
            Protocols.ReleaseBuffer(ref va);
            return null;
        }
        long total = (long)va.Length + vb.Length;
        if (total > Array.MaxLength)
        {
            Protocols.ReleaseBuffer(ref va);
            Protocols.ReleaseBuffer(ref vb);
            return ts.MemoryError();
        }
        var result = new byte[total];
        va.Span.CopyTo(result);
        vb.Span.CopyTo(result.AsSpan(va.Length));
        Protocols.ReleaseBuffer(ref va);
        Protocols.ReleaseBuffer(ref vb);
        return PyBytes.Create(result);
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var b = (PyBytes)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
            if (i < 0) i += b.Value.Length;
            if ((ulong)i >= (ulong)b.Value.Length) return ts.IndexError("index out of range");
            return PyInt.Create(b.Value[i]);
        }
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, b.Value.Length, out long start, out long step, out long count)) return null;
            if (count <= 0) return PyBytes.Empty;
            if (step == 1)
            {
                if (count == b.Value.Length && b.Type == BuiltinTypes.Bytes) return b;
                return PyBytes.Create(b.Value.AsSpan((int)start, (int)count));
            }
            return PyBytes.Create(Gather(b.Value, start, step, count));
        }
        return ts.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>The bytes at start, start+step, ... (count of them).</summary>
    internal static byte[] Gather(ReadOnlySpan<byte> data, long start, long step, long count)
    {
        var result = new byte[count];
        for (long i = 0, cur = start; i < count; i++, cur += step) result[i] = data[(int)cur];
        return result;
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_new.Parse(ts, args, kw, a)) return null;
        if (a[1] is not null && a[1] is not PyStr)
            return ts.TypeError($"bytes() argument 'encoding' must be str, not {StrMethods.ArgTypeName(a[1]!)}");
        if (a[2] is not null && a[2] is not PyStr)
            return ts.TypeError($"bytes() argument 'errors' must be str, not {StrMethods.ArgTypeName(a[2]!)}");
        var value = FromArgs(ts, a[0], (PyStr?)a[1], (PyStr?)a[2]);
        if (value is null) return null;
        if (type == BuiltinTypes.Bytes) return value;
        return new PyBytes.Derived(type, value.Value);
    }

    /// <summary>bytes_new_impl for the exact type.</summary>
    private static PyBytes? FromArgs(ThreadState ts, PyObject? x, PyStr? encoding, PyStr? errors)
    {
        if (x is null)
        {
            if (encoding is not null || errors is not null)
                return Fail(ts, encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return PyBytes.Empty;
        }
        if (encoding is not null)
        {
            if (x is not PyStr s) return Fail(ts, "encoding without a string argument");
            return UnicodeCodecs.Encode(ts, s, encoding, errors) as PyBytes;
        }
        if (errors is not null)
            return Fail(ts, x is PyStr ? "string argument without an encoding" : "errors without a string argument");
        var r = Protocols.CallSpecial(ts, x, PyStr.Intern("__bytes__"), [], out bool found);
        if (found)
        {
            if (r is null) return null;
            if (r is not PyBytes rb) return Fail(ts, $"__bytes__ returned non-bytes (type {r.Type.Name})");
            return rb;
        }
        if (ts.HasError) return null;
        if (x is PyStr) return Fail(ts, "string argument without an encoding");
        if (x is PyInt || x.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, x, out long size, PyExc.OverflowError))
            {
                if (!ts.ErrorMatches(PyExc.TypeError)) return null;
                ts.ClearError();
            }
            else
            {
                if (size < 0)
                {
                    ts.SetError(PyExc.ValueError, "negative count");
                    return null;
                }
                if (size > Array.MaxLength)
                {
                    ts.MemoryError();
                    return null;
                }
                return PyBytes.Create(new byte[size]);
            }
        }
        return FromObject(ts, x);
    }

    private static PyBytes? Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return null;
    }

    /// <summary>PyBytes_FromObject: a buffer's bytes, or the ints of a list, tuple or other iterable.</summary>
    internal static PyBytes? FromObject(ThreadState ts, PyObject x)
    {
        if (x.Type == BuiltinTypes.Bytes) return (PyBytes)x;
        if (Protocols.HasBuffer(x))
        {
            if (!Protocols.GetBuffer(ts, x, false, out var view)) return null;
            var copy = PyBytes.Create(view.Span);
            Protocols.ReleaseBuffer(ref view);
            return copy;
        }
        if (x is PyStr) return Fail(ts, $"cannot convert '{x.Type.Name}' object to bytes");
        var data = IntsOf(ts, x, "bytes");
        return data is null ? null : PyBytes.Create(data);
    }

    /// <summary>
    /// The bytes of an iterable of ints (lists and tuples read directly): each item through __index__ and in
    /// range(256) ("bytes must be in range(0, 256)" for bytes). TypeError "cannot convert 'T' object to
    /// <paramref name="kind"/>" when <paramref name="x"/> is not iterable.
    /// </summary>
    internal static byte[]? IntsOf(ThreadState ts, PyObject x, string kind)
    {
        if (x.Type == BuiltinTypes.Tuple)
        {
            var items = ((PyTuple)x).Items;
            var result = new byte[items.Length];
            for (int i = 0; i < items.Length; i++)
                if (!ItemByte(ts, items[i], kind, out result[i])) return null;
            return result;
        }
        if (x.Type == BuiltinTypes.List)
        {
            // An item's __index__ may change the list: its length is read again at every step.
            var list = (PyList)x;
            var result = new List<byte>(list.Count);
            for (int i = 0; i < list.Count; i++)
            {
                if (!ItemByte(ts, list[i], kind, out byte b)) return null;
                result.Add(b);
            }
            return result.ToArray();
        }
        var it = Protocols.GetIter(ts, x);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, $"cannot convert '{x.Type.Name}' object to {kind}");
            }
            return null;
        }
        var bytes = new List<byte>();
        while (true)
        {
            var item = Protocols.Next(ts, it);
            if (item is null)
            {
                if (ts.HasError) return null;
                break;
            }
            if (!ItemByte(ts, item, kind, out byte b)) return null;
            bytes.Add(b);
        }
        return [.. bytes];
    }

    private static bool ItemByte(ThreadState ts, PyObject item, string kind, out byte value)
    {
        if (kind == "bytearray") return BytesMethods.ByteValue(ts, item, out value);
        value = 0;
        if (!Protocols.AsIndex(ts, item, out long v, null)) return false;
        if (v is < 0 or > 255)
        {
            ts.SetError(PyExc.ValueError, "bytes must be in range(0, 256)");
            return false;
        }
        value = (byte)v;
        return true;
    }
}
