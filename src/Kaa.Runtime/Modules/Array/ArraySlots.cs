namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>array.array</c>.</summary>
internal static partial class ArrayModule
{
    private static readonly ArgSpec FromFileSpec = new("fromfile", ["f", "n"], required: 2);

    private static void Install(PyType type)
    {
        type.New = New;
        type.Repr = Repr;
        type.Length = static (ts, self) => ((PyArray)self).Count;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Iter = static (ts, self) => new PyArrayIterator((PyArray)self);
        type.Contains = static (ts, self, item) =>
        {
            var a = (PyArray)self;
            for (int i = 0; i < a.Count; i++)
            {
                int r = Protocols.RichCompareBool(ts, ArrayItems.Get(a.TypeCode, a.Item(i)), item, CompareOp.Eq);
                if (r != 0) return r;
            }
            return 0;
        };
        type.RichCompare = Compare;
        type.SeqConcat = static (ts, a, b) => Concat(ts, (PyArray)a, b, inPlace: false);
        type.SeqInplaceConcat = static (ts, a, b) => Concat(ts, (PyArray)a, b, inPlace: true);
        type.SeqRepeat = static (ts, a, n) => Repeat(ts, (PyArray)a, n, inPlace: false);
        type.SeqInplaceRepeat = static (ts, a, n) => Repeat(ts, (PyArray)a, n, inPlace: true);
        type.AddGetSet("typecode", static (ts, self) => PyStr.FromChars(((PyArray)self).TypeCode.ToString()));
        type.AddGetSet("itemsize", static (ts, self) => PyInt.Create(((PyArray)self).ItemSize));
        type.AddMethod("append", static (ts, self, v) => Insert(ts, (PyArray)self, ((PyArray)self).Count, v) ? PyNone.Instance : null);
        type.AddMethod("extend", static (ts, self, v) => Extend(ts, (PyArray)self, v) ? PyNone.Instance : null);
        type.AddMethod("insert", static (ts, self, args, kw) =>
        {
            if (args.Length != 2) return ts.TypeError($"insert expected 2 arguments, got {args.Length}");
            if (!Protocols.AsIndex(ts, args[0], out long i, PyExc.OverflowError)) return null;
            var a = (PyArray)self;
            if (i < 0) i = Math.Max(0, i + a.Count);
            return Insert(ts, a, (int)Math.Min(i, a.Count), args[1]) ? PyNone.Instance : null;
        });
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            var a = (PyArray)self;
            long i = -1;
            if (args.Length > 1) return ts.TypeError($"pop expected at most 1 argument, got {args.Length}");
            if (args.Length == 1 && !Protocols.AsIndex(ts, args[0], out i, PyExc.OverflowError)) return null;
            if (a.Count == 0) return ts.IndexError("pop from empty array");
            if (i < 0) i += a.Count;
            if (i < 0 || i >= a.Count) return ts.IndexError("pop index out of range");
            var item = ArrayItems.Get(a.TypeCode, a.Item((int)i));
            return Delete(ts, a, (int)i, 1) ? item : null;
        });
        type.AddMethod("remove", static (ts, self, v) =>
        {
            var a = (PyArray)self;
            int i = Find(ts, a, v);
            if (i == -2) return null;
            if (i < 0) return ts.ValueError("array.remove(x): x not in array");
            return Delete(ts, a, i, 1) ? PyNone.Instance : null;
        });
        type.AddMethod("index", static (ts, self, v) =>
        {
            int i = Find(ts, (PyArray)self, v);
            if (i == -2) return null;
            return i < 0 ? ts.ValueError("array.index(x): x not in array") : PyInt.Create(i);
        });
        type.AddMethod("count", static (ts, self, v) =>
        {
            var a = (PyArray)self;
            int n = 0;
            for (int i = 0; i < a.Count; i++)
            {
                int r = Protocols.RichCompareBool(ts, ArrayItems.Get(a.TypeCode, a.Item(i)), v, CompareOp.Eq);
                if (r < 0) return null;
                n += r;
            }
            return PyInt.Create(n);
        });
        type.AddMethod("reverse", static (ts, self) =>
        {
            var a = (PyArray)self;
            Span<byte> tmp = stackalloc byte[8];
            for (int i = 0, j = a.Count - 1; i < j; i++, j--)
            {
                a.Item(i).CopyTo(tmp);
                a.Item(j).CopyTo(a.Item(i));
                tmp[..a.ItemSize].CopyTo(a.Item(j));
            }
            return PyNone.Instance;
        });
        type.AddMethod("byteswap", static (ts, self) =>
        {
            var a = (PyArray)self;
            for (int i = 0; i < a.Count; i++) a.Item(i).Reverse();
            return PyNone.Instance;
        });
        type.AddMethod("tolist", static (ts, self) => ToList((PyArray)self));
        type.AddMethod("tobytes", static (ts, self) => PyBytes.Create(((PyArray)self).Bytes.ToArray()));
        type.AddMethod("frombytes", static (ts, self, v) => FromBytes(ts, (PyArray)self, v) ? PyNone.Instance : null);
        type.AddMethod("fromfile", static (ts, self, args, kw) =>
        {
            // array_array_fromfile_impl: f.read(n * itemsize), appended as frombytes does, then EOFError when short.
            var a = (PyArray)self;
            var parsed = new ArgBuffer();
            if (!FromFileSpec.Parse(ts, args, kw, parsed)) return null;
            if (!Protocols.AsIndex(ts, parsed[1]!, out long n, PyExc.OverflowError)) return null;
            if (n < 0) return ts.ValueError("negative count");
            if (n > long.MaxValue / a.ItemSize) return ts.MemoryError();
            long nbytes = n * a.ItemSize;
            var b = Protocols.CallMethod(ts, parsed[0]!, "read", [PyInt.Create(nbytes)]);
            if (b is null) return null;
            if (b is not PyBytes bytes) return ts.TypeError("read() didn't return bytes");
            if (!FromBytes(ts, a, bytes)) return null;
            if (bytes.Length != nbytes) return ts.Raise(PyExc.EOFError, "read() didn't return enough bytes");
            return PyNone.Instance;
        }, "Read n objects from the file object f and append them to the end of the array.");
        type.AddMethod("fromlist", static (ts, self, v) =>
        {
            if (v is not PyList list) return ts.TypeError("arg must be list");
            var a = (PyArray)self;
            int old = a.Count;
            var items = list.ToArray();
            if (!a.Resize(ts, old + items.Length)) return null;
            for (int i = 0; i < items.Length; i++)
            {
                if (!ArrayItems.Set(ts, a.TypeCode, a.Item(old + i), items[i]))
                {
                    a.Count = old;
                    return null;
                }
            }
            return PyNone.Instance;
        });
        type.AddMethod("tounicode", static (ts, self) =>
        {
            var a = (PyArray)self;
            if (a.TypeCode != 'u') return ts.ValueError("tounicode() may only be called on unicode type arrays");
            var cps = new int[a.Count];
            for (int i = 0; i < a.Count; i++) cps[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(a.Item(i));
            return PyStr.FromCodePoints(cps);
        });
        type.AddMethod("fromunicode", static (ts, self, v) =>
        {
            var a = (PyArray)self;
            if (v is not PyStr s) return ts.TypeError($"fromunicode() argument must be str, not {v.Type.Name}");
            if (a.TypeCode != 'u') return ts.ValueError("fromunicode() may only be called on unicode type arrays");
            return AppendText(ts, a, s) ? PyNone.Instance : null;
        });
        type.AddMethod("buffer_info", static (ts, self) => PyTuple.Create(PyInt.Create(ts.Interp.IdOf(self)), PyInt.Create(((PyArray)self).Count)));
        type.AddMethod("__copy__", static (ts, self) => Copy((PyArray)self));
        type.AddMethod("__deepcopy__", static (ts, self, memo) => Copy((PyArray)self));
        type.AddMethod("__reduce_ex__", static (ts, self, protocol) =>
        {
            var a = (PyArray)self;
            if (!Protocols.AsIndex(ts, protocol, out long p, PyExc.OverflowError)) return null;
            var dict = a.Dict is { } d && d.Count > 0 ? (PyObject)d : PyNone.Instance;
            if (p < 3)
                return PyTuple.Create([a.Type, PyTuple.Create(PyStr.FromChars(a.TypeCode.ToString()), ToList(a)), dict]);
            var module = ts.Interp.GetModuleState<ArrayState>();
            var reconstructor = module.Reconstructor;
            if (reconstructor is null) return ts.RuntimeError("array module not initialised");
            return PyTuple.Create([reconstructor, PyTuple.Create([a.Type, PyStr.FromChars(a.TypeCode.ToString()),
                PyInt.Create(ArrayItems.MachineFormat(a.TypeCode)), PyBytes.Create(a.Bytes.ToArray())]), dict]);
        });
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0 && type == ArrayType) return ts.TypeError("array.array() takes no keyword arguments");
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos is < 1 or > 2) return ts.TypeError(npos < 1 ? $"array() takes at least 1 argument ({npos} given)" : $"array() takes at most 2 arguments ({npos} given)");
        if (args[0] is not PyStr tc || tc.Length != 1)
            return ts.TypeError($"array() argument 1 must be a unicode character, not {args[0].Type.Name}");
        char code = (char)tc[0];
        if (!ArrayItems.TypeCodes.Contains(code))
            return ts.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        var a = NewArray(type, code);
        if (npos == 2)
        {
            var init = args[1];
            if (init is PyStr s)
            {
                if (code != 'u') return ts.TypeError($"cannot use a str to initialize an array with typecode '{code}'");
                if (!AppendText(ts, a, s)) return null;
            }
            else if (init is PyArray other && other.TypeCode == 'u' && code != 'u')
                return ts.TypeError($"cannot use a unicode array to initialize an array with typecode '{code}'");
            else if (init is PyBytes || (Protocols.HasBuffer(init) && init is not PyArray))
            {
                if (!FromBytes(ts, a, init)) return null;
            }
            else if (init is PyArray differentKind && differentKind.TypeCode != code)
            {
                // An array of another typecode initialises item by item, as any iterable (array_new).
                var items = Protocols.GetIter(ts, differentKind);
                if (items is null || !Extend(ts, a, items)) return null;
            }
            else if (!Extend(ts, a, init)) return null;
        }
        return a;
    }

    private static bool AppendText(ThreadState ts, PyArray a, PyStr s)
    {
        int old = a.Count;
        if (!a.Resize(ts, old + s.Length)) return false;
        for (int i = 0; i < s.Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(a.Item(old + i), s[i]);
        return true;
    }

    private static bool FromBytes(ThreadState ts, PyArray a, PyObject v)
    {
        if (!Protocols.GetBuffer(ts, v, false, out var view)) return false;
        try
        {
            if (view.Length % a.ItemSize != 0)
            {
                ts.SetError(PyExc.ValueError, "bytes length not a multiple of item size");
                return false;
            }
            int old = a.Count;
            var src = view.Span.ToArray();
            if (!a.Resize(ts, old + src.Length / a.ItemSize)) return false;
            src.CopyTo(a.Data, old * a.ItemSize);
            return true;
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }

    private static bool Extend(ThreadState ts, PyArray a, PyObject iterable)
    {
        if (iterable is PyArray other)
        {
            if (other.TypeCode != a.TypeCode)
            {
                ts.SetError(PyExc.TypeError, "can only extend with array of same kind");
                return false;
            }
            var src = other.Bytes.ToArray();
            int old = a.Count;
            if (!a.Resize(ts, old + other.Count)) return false;
            src.CopyTo(a.Data, old * a.ItemSize);
            return true;
        }
        var iter = Protocols.GetIter(ts, iterable);
        if (iter is null) return false;
        while (Protocols.Next(ts, iter) is { } item)
            if (!Insert(ts, a, a.Count, item)) return false;
        return !ts.HasError;
    }

    private static bool Insert(ThreadState ts, PyArray a, int index, PyObject v)
    {
        Span<byte> item = stackalloc byte[8];
        if (!ArrayItems.Set(ts, a.TypeCode, item[..a.ItemSize], v)) return false;
        int old = a.Count;
        if (!a.Resize(ts, old + 1)) return false;
        int size = a.ItemSize;
        Buffer.BlockCopy(a.Data, index * size, a.Data, (index + 1) * size, (old - index) * size);
        item[..size].CopyTo(a.Item(index));
        return true;
    }

    private static bool Delete(ThreadState ts, PyArray a, int index, int n)
    {
        if (a.Exports > 0)
        {
            ts.SetError(PyExc.BufferError, "cannot resize an array that is exporting buffers");
            return false;
        }
        int size = a.ItemSize;
        Buffer.BlockCopy(a.Data, (index + n) * size, a.Data, index * size, (a.Count - index - n) * size);
        a.Count -= n;
        return true;
    }

    /// <summary>The first index equal to <paramref name="v"/>, -1 when absent, -2 on error.</summary>
    private static int Find(ThreadState ts, PyArray a, PyObject v)
    {
        for (int i = 0; i < a.Count; i++)
        {
            int r = Protocols.RichCompareBool(ts, ArrayItems.Get(a.TypeCode, a.Item(i)), v, CompareOp.Eq);
            if (r < 0) return -2;
            if (r > 0) return i;
        }
        return -1;
    }

    private static PyObject ToList(PyArray a)
    {
        var list = PyList.WithCapacity(a.Count);
        for (int i = 0; i < a.Count; i++) list.Append(ArrayItems.Get(a.TypeCode, a.Item(i)));
        return list;
    }

    private static PyArray Copy(PyArray a)
    {
        var c = NewArray(a.Type, a.TypeCode);
        c.Data = a.Bytes.ToArray();
        c.Count = a.Count;
        return c;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var a = (PyArray)self;
        string head = $"{a.Type.QualName}('{a.TypeCode}'";
        if (a.Count == 0) return PyStr.Create(head + ")");
        PyObject contents = a.TypeCode == 'u'
            ? PyStr.FromCodePoints(Enumerable.Range(0, a.Count).Select(i => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(a.Item(i))).ToArray())
            : ToList(a);
        var r = Protocols.Repr(ts, contents);
        if (r is null) return null;
        return PyStr.Create(head + ", " + ((PyStr)r).ToString() + ")");
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var a = (PyArray)self;
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, a.Count, out long start, out long step, out long count)) return null;
            var r = NewArray(ArrayType, a.TypeCode);
            r.Data = new byte[count * a.ItemSize];
            r.Count = (int)count;
            for (long i = 0, j = start; i < count; i++, j += step) a.Item((int)j).CopyTo(r.Item((int)i));
            return r;
        }
        if (!Protocols.AsIndex(ts, key, out long index, PyExc.IndexError)) return null;
        if (index < 0) index += a.Count;
        if (index < 0 || index >= a.Count) return ts.IndexError("array index out of range");
        return ArrayItems.Get(a.TypeCode, a.Item((int)index));
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var a = (PyArray)self;
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, a.Count, out long start, out long step, out long count)) return -1;
            if (value is null)
            {
                if (step == 1) return Delete(ts, a, (int)start, (int)count) ? 0 : -1;
                var keep = Enumerable.Range(0, a.Count).Where(i => !(step > 0 ? i >= start && (i - start) % step == 0 && (i - start) / step < count
                    : i <= start && (start - i) % -step == 0 && (start - i) / -step < count)).ToArray();
                if (keep.Length != a.Count && a.Exports > 0) { ts.SetError(PyExc.BufferError, "cannot resize an array that is exporting buffers"); return -1; }
                var data = new byte[keep.Length * a.ItemSize];
                for (int i = 0; i < keep.Length; i++) a.Item(keep[i]).CopyTo(data.AsSpan(i * a.ItemSize));
                a.Data = data;
                a.Count = keep.Length;
                return 0;
            }
            if (value is not PyArray other)
            {
                ts.SetError(PyExc.TypeError, $"can only assign array (not \"{value.Type.Name}\") to array slice");
                return -1;
            }
            if (other.TypeCode != a.TypeCode)
            {
                ts.SetError(PyExc.TypeError, "bad argument type for built-in operation");
                return -1;
            }
            var src = other.Bytes.ToArray();
            if (step == 1)
            {
                int tail = a.Count - (int)(start + count);
                var rest = a.Data.AsSpan((int)(start + count) * a.ItemSize, tail * a.ItemSize).ToArray();
                if (!a.Resize(ts, (int)start + other.Count + tail)) return -1;
                src.CopyTo(a.Data, (int)start * a.ItemSize);
                rest.CopyTo(a.Data, ((int)start + other.Count) * a.ItemSize);
                return 0;
            }
            if (other.Count != count)
            {
                ts.SetError(PyExc.ValueError, $"attempt to assign array of size {other.Count} to extended slice of size {count}");
                return -1;
            }
            for (long i = 0, j = start; i < count; i++, j += step) src.AsSpan((int)i * a.ItemSize, a.ItemSize).CopyTo(a.Item((int)j));
            return 0;
        }
        if (!Protocols.AsIndex(ts, key, out long index, PyExc.IndexError)) return -1;
        if (index < 0) index += a.Count;
        if (index < 0 || index >= a.Count)
        {
            ts.SetError(PyExc.IndexError, value is null ? "array assignment index out of range" : "array assignment index out of range");
            return -1;
        }
        if (value is null) return Delete(ts, a, (int)index, 1) ? 0 : -1;
        return ArrayItems.Set(ts, a.TypeCode, a.Item((int)index), value) ? 0 : -1;
    }

    private static PyObject? Concat(ThreadState ts, PyArray a, PyObject b, bool inPlace)
    {
        if (b is not PyArray other) return ts.TypeError($"can only {(inPlace ? "extend" : "append")} array (not \"{b.Type.Name}\") to array");
        if (other.TypeCode != a.TypeCode)
            return inPlace ? ts.TypeError("can only extend with array of same kind") : ts.TypeError("bad argument type for built-in operation");
        var target = inPlace ? a : Copy(a);
        if (!inPlace && target.Type != ArrayType) target = NewArray(ArrayType, a.TypeCode) is var t ? Fill(t, a) : target;
        var src = other.Bytes.ToArray();
        int old = target.Count;
        if (!target.Resize(ts, old + other.Count)) return null;
        src.CopyTo(target.Data, old * target.ItemSize);
        return target;
    }

    private static PyArray Fill(PyArray target, PyArray source)
    {
        target.Data = source.Bytes.ToArray();
        target.Count = source.Count;
        return target;
    }

    private static PyObject? Repeat(ThreadState ts, PyArray a, long n, bool inPlace)
    {
        if (n < 0) n = 0;
        var src = a.Bytes.ToArray();
        if (src.Length > 0 && n > int.MaxValue / src.Length) return ts.MemoryError();
        var target = inPlace ? a : NewArray(ArrayType, a.TypeCode);
        if (inPlace && a.Exports > 0 && n != 1) return ts.Raise(PyExc.BufferError, "cannot resize an array that is exporting buffers");
        target.Data = new byte[src.Length * n];
        for (long i = 0; i < n; i++) src.CopyTo(target.Data, (int)(i * src.Length));
        target.Count = (int)(a.Count * n);
        return target;
    }

    private static PyObject? Compare(ThreadState ts, PyObject x, PyObject y, CompareOp op)
    {
        if (x is not PyArray a || y is not PyArray b) return PyNotImplemented.Instance;
        if (a.Count != b.Count && op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(op == CompareOp.Ne);
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            var va = ArrayItems.Get(a.TypeCode, a.Item(i));
            var vb = ArrayItems.Get(b.TypeCode, b.Item(i));
            int eq = Protocols.RichCompareBool(ts, va, vb, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0)
            {
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                return Protocols.RichCompare(ts, va, vb, op);
            }
        }
        bool result = op switch
        {
            CompareOp.Lt => a.Count < b.Count,
            CompareOp.Le => a.Count <= b.Count,
            CompareOp.Eq => a.Count == b.Count,
            CompareOp.Ne => a.Count != b.Count,
            CompareOp.Gt => a.Count > b.Count,
            _ => a.Count >= b.Count,
        };
        return PyBool.From(result);
    }
}

/// <summary>The array module's per-interpreter state: the reconstructor pickling refers to.</summary>
internal sealed class ArrayState
{
    public PyObject? Reconstructor;
}
