using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The slots and mutating methods of <c>bytearray</c> (Objects/bytearrayobject.c); the methods shared with
/// bytes are in <see cref="BytesMethods"/>.
/// </summary>
internal static class ByteArraySlots
{
    private static readonly ArgSpec s_init = new("bytearray", ["source", "encoding", "errors"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_insert = new("insert", ["index", "item"], required: 2);
    private static readonly ArgSpec s_pop = new("pop", ["index"], required: 0);
    private static readonly ArgSpec s_reduceEx = new("__reduce_ex__", ["proto"], required: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.ByteArray ? new PyByteArray() : new PyByteArray.Derived(t);
        type.Init = Init;
        type.Repr = Repr;
        type.Str = Repr;
        type.RichCompare = RichCompare;
        type.Length = static (ts, self) => ((PyByteArray)self).Count;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Contains = BytesMethods.Contains;
        type.Iter = static (ts, self) => new PyBytesIterator(BuiltinTypes.ByteArrayIterator, self);
        type.SeqConcat = static (ts, a, b) =>
        {
            if (!Protocols.GetBuffer(ts, b, false, out var vb))
            {
                ts.ClearError();
                return ts.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            }
            var x = ((PyByteArray)a).AsSpan();
            var result = new byte[(long)x.Length + vb.Length];
            x.CopyTo(result);
            vb.Span.CopyTo(result.AsSpan(x.Length));
            Protocols.ReleaseBuffer(ref vb);
            return PyByteArray.Create(result);
        };
        type.SeqInplaceConcat = static (ts, a, b) =>
        {
            if (!Protocols.GetBuffer(ts, b, false, out var vb))
            {
                ts.ClearError();
                return ts.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            }
            var self = (PyByteArray)a;
            var data = vb.Span.ToArray();
            Protocols.ReleaseBuffer(ref vb);
            int size = self.Count;
            if (!self.Resize(ts, (long)size + data.Length)) return null;
            data.CopyTo(self.AsSpan()[size..]);
            return self;
        };
        type.SeqRepeat = static (ts, self, n) =>
        {
            var r = BytesSlots.Repeat(ts, ((PyByteArray)self).AsSpan(), n);
            return r is null ? null : PyByteArray.Create(r);
        };
        type.SeqInplaceRepeat = static (ts, self, n) =>
        {
            var a = (PyByteArray)self;
            if (n == 1) return a;
            var r = BytesSlots.Repeat(ts, a.AsSpan(), n < 0 ? 0 : n);
            if (r is null) return null;
            if (!a.Resize(ts, r.Length)) return null;
            r.CopyTo(a.AsSpan());
            return a;
        };
        type.NumberBinary[(int)BinaryOp.Remainder] = static (ts, a, b) =>
            a is PyByteArray ? BytesPercent.Format(ts, a, b) : PyNotImplemented.Instance;
        type.AddAttribute("__hash__", PyNone.Instance);
        type.AddAttribute("__doc__", PyStr.Create("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"));

        BytesMethods.Install(type);
        type.AddMethod("append", static (ts, self, item) =>
        {
            if (!BytesMethods.ByteValue(ts, item, out byte b)) return null;
            var a = (PyByteArray)self;
            int n = a.Count;
            if (!a.Resize(ts, n + 1L)) return null;
            a[n] = b;
            return PyNone.Instance;
        }, "Append a single item to the end of the bytearray.\n\n  item\n    The item to be appended.");
        type.AddMethod("extend", static (ts, self, iterable) => Extend(ts, (PyByteArray)self, iterable) ? PyNone.Instance : null,
            "Append all the items from the iterator or sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items to append.");
        type.AddMethod("insert", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_insert.Parse(ts, args, kw, a)) return null;
            if (!BytesMethods.Ssize(ts, a[0]!, out long index)) return null;
            if (!BytesMethods.ByteValue(ts, a[1]!, out byte item)) return null;
            var ba = (PyByteArray)self;
            int n = ba.Count;
            if (!ba.Resize(ts, n + 1L)) return null;
            if (index < 0)
            {
                index += n;
                if (index < 0) index = 0;
            }
            if (index > n) index = n;
            var s = ba.AsSpan();
            s[(int)index..n].CopyTo(s[((int)index + 1)..]);
            s[(int)index] = item;
            return PyNone.Instance;
        }, "Insert a single item into the bytearray before the given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted.");
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_pop.Parse(ts, args, kw, a)) return null;
            long index = -1;
            if (a[0] is { } i && !BytesMethods.Ssize(ts, i, out index)) return null;
            var ba = (PyByteArray)self;
            int n = ba.Count;
            if (n == 0) return ts.IndexError("pop from empty bytearray");
            if (index < 0) index += n;
            if (index < 0 || index >= n) return ts.IndexError("pop index out of range");
            if (!ba.CanResize(ts)) return null;
            byte value = ba[(int)index];
            if (!ba.RemoveAt(ts, (int)index)) return null;
            return PyInt.Create(value);
        }, "Remove and return a single item from B.\n\n  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\nIf no index argument is given, will pop the last item.");
        type.AddMethod("remove", static (ts, self, value) =>
        {
            if (!BytesMethods.ByteValue(ts, value, out byte b)) return null;
            var ba = (PyByteArray)self;
            int where = ba.AsSpan().IndexOf(b);
            if (where < 0) return ts.ValueError("value not found in bytearray");
            if (!ba.CanResize(ts)) return null;
            return ba.RemoveAt(ts, where) ? PyNone.Instance : null;
        }, "Remove the first occurrence of a value in the bytearray.\n\n  value\n    The value to remove.");
        type.AddMethod("clear", static (ts, self) => ((PyByteArray)self).Resize(ts, 0) ? PyNone.Instance : null,
            "Remove all items from the bytearray.");
        type.AddMethod("copy", static (ts, self) => PyByteArray.Create(((PyByteArray)self).AsSpan()),
            "Return a copy of B.");
        type.AddMethod("reverse", static (ts, self) =>
        {
            ((PyByteArray)self).AsSpan().Reverse();
            return PyNone.Instance;
        }, "Reverse the order of the values in B in place.");
        type.AddMethod("__alloc__", static (ts, self) => PyInt.Create(((PyByteArray)self).Allocated),
            "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.");
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(56L + ((PyByteArray)self).Allocated),
            "Returns the size of the bytearray object in memory, in bytes.");
        type.AddMethod("__reduce__", static (ts, self) => Reduce(ts, (PyByteArray)self, 2), "Return state information for pickling.");
        type.AddMethod("__reduce_ex__", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_reduceEx.Parse(ts, args, kw, a)) return null;
            long proto = 0;
            if (a[0] is { } p && !Protocols.AsIndex(ts, p, out proto, PyExc.OverflowError)) return null;
            return Reduce(ts, (PyByteArray)self, proto);
        }, "Return state information for pickling.");
    }

    /// <summary>_common_reduce: (type, args, state) — a latin-1 str for protocols below 3, bytes after.</summary>
    private static PyObject? Reduce(ThreadState ts, PyByteArray self, long proto)
    {
        var state = ObjectSlots.GetStateForReduce(ts, self);
        if (state is null) return null;
        if (self.Count == 0) return PyTuple.Create([self.Type, PyTuple.Empty, state]);
        PyObject args = proto < 3
            ? PyTuple.Create(PyStr.FromChars(Encoding.Latin1.GetString(self.AsSpan())), PyStr.Intern("latin-1"))
            : PyTuple.Create(PyBytes.Create(self.AsSpan()));
        return PyTuple.Create([self.Type, args, state]);
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var a = (PyByteArray)self;
        var sb = new StringBuilder(a.Count + 16);
        sb.Append(self.Type.Name).Append('(');
        BytesMethods.AppendRepr(sb, a.AsSpan(), escapeSingleQuotes: true);
        sb.Append(')');
        return PyStr.Create(sb.ToString());
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (!Protocols.HasBuffer(a) || !Protocols.HasBuffer(b)) return PyNotImplemented.Instance;
        if (!Protocols.GetBuffer(ts, a, false, out var va))
        {
            ts.ClearError();
            return PyNotImplemented.Instance;
        }
        if (!Protocols.GetBuffer(ts, b, false, out var vb))
        {
            ts.ClearError();
            Protocols.ReleaseBuffer(ref va);
            return PyNotImplemented.Instance;
        }
        var result = BytesSlots.Compare(va.Span, vb.Span, op);
        Protocols.ReleaseBuffer(ref va);
        Protocols.ReleaseBuffer(ref vb);
        return result;
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_init.Parse(ts, args, kw, a)) return -1;
        if (a[1] is not null && a[1] is not PyStr)
            return Fail(ts, $"bytearray() argument 'encoding' must be str, not {StrMethods.ArgTypeName(a[1]!)}");
        if (a[2] is not null && a[2] is not PyStr)
            return Fail(ts, $"bytearray() argument 'errors' must be str, not {StrMethods.ArgTypeName(a[2]!)}");
        var ba = (PyByteArray)self;
        // Empty previous contents first.
        if (ba.Count != 0 && !ba.Resize(ts, 0)) return -1;
        var x = a[0];
        var encoding = (PyStr?)a[1];
        var errors = (PyStr?)a[2];
        if (x is null)
        {
            if (encoding is not null || errors is not null)
                return Fail(ts, encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return 0;
        }
        if (x is PyStr s)
        {
            if (encoding is null) return Fail(ts, "string argument without an encoding");
            if (UnicodeCodecs.Encode(ts, s, encoding, errors) is not PyBytes encoded) return -1;
            return ba.Resize(ts, encoded.Length) && Copy(encoded.Value, ba) ? 0 : -1;
        }
        if (encoding is not null || errors is not null)
            return Fail(ts, encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        if (x is PyInt || x.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, x, out long count, PyExc.OverflowError))
            {
                if (!ts.ErrorMatches(PyExc.TypeError)) return -1;
                ts.ClearError();
            }
            else
            {
                if (count < 0)
                {
                    ts.SetError(PyExc.ValueError, "negative count");
                    return -1;
                }
                if (count > Array.MaxLength)
                {
                    ts.MemoryError();
                    return -1;
                }
                return ba.Resize(ts, count) ? 0 : -1;
            }
        }
        if (Protocols.HasBuffer(x))
        {
            if (!Protocols.GetBuffer(ts, x, false, out var view)) return -1;
            var data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
            return ba.Resize(ts, data.Length) && Copy(data, ba) ? 0 : -1;
        }
        if (x.Type == BuiltinTypes.List || x.Type == BuiltinTypes.Tuple)
        {
            var items = x is PyTuple t ? t.Items : ((PyList)x).ToArray();
            if (!ba.Resize(ts, items.Length)) return -1;
            for (int i = 0; i < items.Length; i++)
            {
                if (!BytesMethods.ByteValue(ts, items[i], out byte v)) return -1;
                if (i < ba.Count) ba[i] = v;
            }
            return 0;
        }
        var it = Protocols.GetIter(ts, x);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, $"cannot convert '{x.Type.Name}' object to bytearray");
            }
            return -1;
        }
        while (true)
        {
            var item = Protocols.Next(ts, it);
            if (item is null) return ts.HasError ? -1 : 0;
            if (!BytesMethods.ByteValue(ts, item, out byte v)) return -1;
            int n = ba.Count;
            if (!ba.Resize(ts, n + 1L)) return -1;
            ba[n] = v;
        }
    }

    private static bool Copy(ReadOnlySpan<byte> data, PyByteArray target)
    {
        data.CopyTo(target.AsSpan());
        return true;
    }

    private static int Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return -1;
    }

    /// <summary>bytearray.extend: a buffer at once; another iterable collected first (the bytearray is only
    /// changed when every item is a valid byte).</summary>
    internal static bool Extend(ThreadState ts, PyByteArray self, PyObject iterable)
    {
        if (Protocols.HasBuffer(iterable)) return SetSlice(ts, self, self.Count, self.Count, iterable) == 0;
        var it = Protocols.GetIter(ts, iterable);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, $"can't extend bytearray with {iterable.Type.Name}");
            }
            return false;
        }
        long hint = Protocols.LengthHint(ts, iterable, 32);
        if (hint < 0) return false;
        var collected = new List<byte>((int)Math.Min(hint, 1 << 20));
        while (true)
        {
            var item = Protocols.Next(ts, it);
            if (item is null)
            {
                if (ts.HasError) return false;
                break;
            }
            if (!BytesMethods.ByteValue(ts, item, out byte b)) return false;
            collected.Add(b);
        }
        int n = self.Count;
        return self.SetSliceLinear(ts, n, n, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(collected));
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var a = (PyByteArray)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
            if (i < 0) i += a.Count;
            if ((ulong)i >= (ulong)a.Count) return ts.IndexError("bytearray index out of range");
            return PyInt.Create(a[(int)i]);
        }
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, a.Count, out long start, out long step, out long count)) return null;
            if (count <= 0) return new PyByteArray();
            if (step == 1) return PyByteArray.Create(a.AsSpan().Slice((int)start, (int)count));
            return PyByteArray.Create(BytesSlots.Gather(a.AsSpan(), start, step, count));
        }
        return ts.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>bytearray_setslice: <c>b[lo:hi] = values</c> (a buffer) or <c>del b[lo:hi]</c>.</summary>
    private static int SetSlice(ThreadState ts, PyByteArray self, long lo, long hi, PyObject? values)
    {
        ReadOnlySpan<byte> data = default;
        if (values is not null)
        {
            if (!Protocols.GetBuffer(ts, values, false, out var view))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, $"can't set bytearray slice from {values.Type.Name}");
                return -1;
            }
            data = view.Span.ToArray(); // a copy: the source may be this very bytearray
            Protocols.ReleaseBuffer(ref view);
        }
        if (lo < 0) lo = 0;
        if (hi < lo) hi = lo;
        if (hi > self.Count) hi = self.Count;
        if (lo > self.Count) lo = hi = self.Count;
        return self.SetSliceLinear(ts, (int)lo, (int)hi, data) ? 0 : -1;
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? values)
    {
        var a = (PyByteArray)self;
        long start, stop, step, slicelen;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return -1;
            byte b = 0;
            // The value is converted before the bounds check (its __index__ may change the size).
            if (values is not null && !BytesMethods.ByteValue(ts, values, out b)) return -1;
            if (i < 0) i += a.Count;
            if (i < 0 || i >= a.Count)
            {
                ts.SetError(PyExc.IndexError, "bytearray index out of range");
                return -1;
            }
            if (values is not null)
            {
                a[(int)i] = b;
                return 0;
            }
            start = i;
            stop = i + 1;
            step = 1;
            slicelen = 1;
        }
        else if (key is PySlice slice)
        {
            if (!SliceIndices.Unpack(ts, slice, out start, out stop, out step)) return -1;
            slicelen = SliceIndices.AdjustIndices(a.Count, ref start, ref stop, step);
        }
        else
        {
            ts.SetError(PyExc.TypeError, $"bytearray indices must be integers or slices, not {key.Type.Name}");
            return -1;
        }

        byte[] bytes;
        if (values is null) bytes = [];
        else if (ReferenceEquals(values, self) || values is not PyByteArray)
        {
            if (values is PyStr || values is PyInt or PyFloat or PyComplex || values.Type.Index is not null
                || values.Type.Int is not null || values.Type.Float is not null)
            {
                ts.SetError(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            // PyByteArray_FromObject: a copy through the constructor's rules.
            var copy = new PyByteArray();
            if (Init(ts, copy, [values], null) < 0) return -1;
            bytes = copy.ToArray();
        }
        else bytes = ((PyByteArray)values).ToArray();

        // b[5:2] = ... inserts before 5, not before 2.
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (step == 1) return a.SetSliceLinear(ts, (int)start, (int)stop, bytes) ? 0 : -1;
        if (bytes.Length == 0)
        {
            // Nothing to assign: CPython deletes the slice (even for an empty assigned value).
            if (!a.CanResize(ts)) return -1;
            if (slicelen == 0) return 0;
            return DeleteExtended(ts, a, start, step, slicelen) ? 0 : -1;
        }
        if (bytes.Length != slicelen)
        {
            ts.SetError(PyExc.ValueError, $"attempt to assign bytes of size {bytes.Length} to extended slice of size {slicelen}");
            return -1;
        }
        var s = a.AsSpan();
        for (long k = 0, cur = start; k < slicelen; k++, cur += step) s[(int)cur] = bytes[k];
        return 0;
    }

    /// <summary>Deletes the bytes of an extended slice (step != 1), keeping the others in order.</summary>
    private static bool DeleteExtended(ThreadState ts, PyByteArray a, long start, long step, long count)
    {
        if (step < 0)
        {
            start += step * (count - 1);
            step = -step;
        }
        var s = a.AsSpan();
        int write = (int)start;
        for (int read = (int)start; read < s.Length; read++)
        {
            long offset = read - start;
            if (offset % step == 0 && offset / step < count) continue;
            s[write++] = s[read];
        }
        return a.Resize(ts, s.Length - count);
    }
}
