namespace Kaa.Runtime;

/// <summary>The slots, methods and attributes of <c>memoryview</c> (Objects/memoryobject.c).</summary>
internal static class MemoryViewSlots
{
    private static readonly ArgSpec s_new = new("memoryview", ["object"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_cast = new("cast", ["format", "shape"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_tobytes = new("tobytes", ["order"], required: 0, positionalOnly: 0);

    private static PyMemoryView M(PyObject self) => (PyMemoryView)self;

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_new.Parse(ts, args, kw, a)) return null;
            return PyMemoryView.FromObject(ts, a[0]!);
        };
        type.Repr = static (ts, self) => PyStr.Create(
            (M(self).IsReleased ? "<released memory at " : "<memory at ") + Protocols.AddressOf(ts, self) + ">");
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.Length = static (ts, self) =>
        {
            var m = M(self);
            if (!m.CheckReleased(ts)) return -1;
            return m.NDim == 0 ? 1 : m.Shape[0];
        };
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Iter = static (ts, self) =>
        {
            var m = M(self);
            if (!m.CheckReleased(ts)) return null;
            if (m.NDim == 0) return ts.TypeError("invalid indexing of 0-dim memory");
            if (m.NDim != 1) return ts.Raise(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            if (MemoryViewFormat.NativeSize(m.Format, out _) < 0)
                return ts.Raise(PyExc.NotImplementedError, $"memoryview: format {m.Format} not supported");
            return new PyMemoryIterator(m);
        };
        type.AddAttribute("__doc__", PyStr.Create("Create a new memoryview object which references the given object."));

        type.AddGetSet("obj", static (ts, self) => M(self).CheckReleased(ts) ? M(self).Managed.View.Owner : null,
            doc: "The underlying object of the memoryview.");
        type.AddGetSet("nbytes", static (ts, self) => M(self).CheckReleased(ts) ? PyInt.Create(M(self).NBytes) : null,
            doc: "The amount of space in bytes that the array would use in\n a contiguous representation.");
        type.AddGetSet("readonly", static (ts, self) => M(self).CheckReleased(ts) ? PyBool.From(M(self).ReadOnly) : null,
            doc: "A bool indicating whether the memory is read only.");
        type.AddGetSet("itemsize", static (ts, self) => M(self).CheckReleased(ts) ? PyInt.Create(M(self).ItemSize) : null,
            doc: "The size in bytes of each element of the memoryview.");
        type.AddGetSet("format", static (ts, self) => M(self).CheckReleased(ts) ? PyStr.Create(M(self).Format) : null,
            doc: "A string containing the format (in struct module style)\n for each element in the view.");
        type.AddGetSet("ndim", static (ts, self) => M(self).CheckReleased(ts) ? PyInt.Create(M(self).NDim) : null,
            doc: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.");
        type.AddGetSet("shape", static (ts, self) => M(self).CheckReleased(ts) ? IntTuple(M(self).Shape) : null,
            doc: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.");
        type.AddGetSet("strides", static (ts, self) => M(self).CheckReleased(ts) ? IntTuple(M(self).Strides) : null,
            doc: "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.");
        type.AddGetSet("suboffsets", static (ts, self) => M(self).CheckReleased(ts) ? PyTuple.Empty : null,
            doc: "A tuple of integers used internally for PIL-style arrays.");
        type.AddGetSet("c_contiguous", static (ts, self) => M(self).CheckReleased(ts) ? PyBool.From(M(self).IsCContiguous) : null,
            doc: "A bool indicating whether the memory is C contiguous.");
        type.AddGetSet("f_contiguous", static (ts, self) => M(self).CheckReleased(ts) ? PyBool.From(M(self).IsFContiguous) : null,
            doc: "A bool indicating whether the memory is Fortran contiguous.");
        type.AddGetSet("contiguous", static (ts, self) =>
            M(self).CheckReleased(ts) ? PyBool.From(M(self).IsCContiguous || M(self).IsFContiguous) : null,
            doc: "A bool indicating whether the memory is contiguous.");

        type.AddMethod("release", static (ts, self) => M(self).Release(ts) ? PyNone.Instance : null,
            "Release the underlying buffer exposed by the memoryview object.");
        type.AddMethod("__enter__", static (ts, self) => M(self).CheckReleased(ts) ? self : null);
        type.AddMethod("__exit__", static (ts, self, args, kw) => M(self).Release(ts) ? PyNone.Instance : null);
        type.AddMethod("tobytes", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_tobytes.Parse(ts, args, kw, a)) return null;
            var m = M(self);
            if (!m.CheckReleased(ts)) return null;
            bool fortran = false;
            if (a[0] is { } o and not PyNone)
            {
                if (o is not PyStr order) return ts.TypeError($"tobytes() argument 'order' must be str or None, not {o.Type.Name}");
                switch (order.ToString())
                {
                    case "F": fortran = true; break;
                    case "A": fortran = m.IsFContiguous && !m.IsCContiguous; break;
                    case "C": break;
                    default: return ts.ValueError("order must be 'C', 'F' or 'A'");
                }
            }
            return PyBytes.Create(m.ToContiguous(fortran));
        }, "Return the data in the buffer as a byte string.\n\nOrder can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the\noriginal array is converted to C or Fortran order. For contiguous views,\n'A' returns an exact copy of the physical memory. In particular, in-memory\nFortran order is preserved. For non-contiguous views, the data is converted\nto C first. order=None is the same as order='C'.");
        type.AddMethod("tolist", static (ts, self) =>
        {
            var m = M(self);
            if (!m.CheckReleased(ts)) return null;
            if (MemoryViewFormat.NativeSize(m.Format, out _) < 0)
                return ts.Raise(PyExc.NotImplementedError, $"memoryview: format {m.Format} not supported");
            if (m.NDim == 0) return MemoryViewFormat.Unpack(ts, m.BaseSpan.Slice(m.Offset, m.ItemSize), m.Format);
            return ToList(ts, m, 0, m.Offset);
        }, "Return the data in the buffer as a list of elements.");
        type.AddMethod("hex", static (ts, self, args, kw) =>
        {
            var m = M(self);
            if (!m.CheckReleased(ts)) return null;
            return BytesMethods.HexMethod(ts, m.ToContiguous(), args, kw);
        }, "Return the data in the buffer as a str of hexadecimal numbers.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = memoryview(b'\\xb9\\x01\\xef')\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'");
        type.AddMethod("toreadonly", static (ts, self) =>
        {
            var m = M(self);
            if (!m.CheckReleased(ts)) return null;
            return new PyMemoryView(m.Managed, m.Offset, m.Format, m.ItemSize, m.Shape, m.Strides, readOnly: true);
        }, "Return a readonly version of the memoryview.");
        type.AddMethod("cast", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_cast.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr format) return ts.TypeError($"cast() argument 'format' must be str, not {StrMethods.ArgTypeName(a[0]!)}");
            return Cast(ts, M(self), format, a[1]);
        }, "Cast a memoryview to a new format or shape.");
    }

    private static PyTuple IntTuple(int[] values)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < values.Length; i++) items[i] = PyInt.Create(values[i]);
        return PyTuple.Create(items);
    }

    private static PyObject? ToList(ThreadState ts, PyMemoryView m, int dim, int offset)
    {
        int n = m.Shape[dim];
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            int at = offset + i * m.Strides[dim];
            var item = dim == m.NDim - 1
                ? MemoryViewFormat.Unpack(ts, m.BaseSpan.Slice(at, m.ItemSize), m.Format)
                : ToList(ts, m, dim + 1, at);
            if (item is null) return null;
            items[i] = item;
        }
        return PyList.FromArray(items);
    }

    private static PyObject? Cast(ThreadState ts, PyMemoryView m, PyStr formatObj, PyObject? shapeObj)
    {
        if (!m.CheckReleased(ts)) return null;
        if (!m.IsCContiguous) return ts.TypeError("memoryview: casts are restricted to C-contiguous views");
        bool zeroInShape = Array.IndexOf(m.Shape, 0) >= 0;
        if ((shapeObj is not null || m.NDim != 1) && zeroInShape)
            return ts.TypeError("memoryview: cannot cast view with zeros in shape or strides");
        PyObject[]? shapeItems = null;
        if (shapeObj is not null)
        {
            if (shapeObj is not PyList && shapeObj is not PyTuple) return ts.TypeError("shape must be a list or a tuple");
            shapeItems = shapeObj is PyTuple t ? t.Items : ((PyList)shapeObj).ToArray();
            if (shapeItems.Length > 64) return ts.ValueError("memoryview: number of dimensions must not exceed 64");
            if (m.NDim != 1 && shapeItems.Length != 1) return ts.TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        string format = formatObj.ToString();
        if (format.Any(c => c > 127))
        {
            var e = UnicodeCodecs.Encode(ts, formatObj, PyStr.Create("ascii"), null);
            if (e is null) return null;
        }
        int itemSize = MemoryViewFormat.NativeSize(format, out char dest);
        if (itemSize < 0)
            return ts.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if ((MemoryViewFormat.NativeSize(m.Format, out char src) < 0 || !MemoryViewFormat.IsByteFormat(src)) && !MemoryViewFormat.IsByteFormat(dest))
            return ts.TypeError("memoryview: cannot cast between two non-byte formats");
        int nbytes = m.NBytes;
        if (nbytes % itemSize != 0) return ts.TypeError("memoryview: length is not a multiple of itemsize");
        int[] shape = [nbytes / itemSize];
        if (shapeItems is not null)
        {
            shape = new int[shapeItems.Length];
            long len = itemSize;
            for (int i = 0; i < shapeItems.Length; i++)
            {
                if (shapeItems[i] is not PyInt si) return ts.TypeError("memoryview.cast(): elements of shape must be integers");
                if (!si.TryGetLong(out long x))
                    return ts.OverflowError("Python int too large to convert to C ssize_t");
                if (x <= 0) return ts.ValueError("memoryview.cast(): elements of shape must be integers > 0");
                if (x > long.MaxValue / len) return ts.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                len *= x;
                shape[i] = (int)Math.Min(x, int.MaxValue);
            }
            if (len != nbytes) return ts.TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        string canonical = format.StartsWith('@') ? format[1..] : format;
        return new PyMemoryView(m.Managed, m.Offset, canonical, itemSize, shape, PyMemoryView.ContiguousStrides(shape, itemSize), m.ReadOnly);
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var m = M(self);
        if (!m.CheckReleased(ts)) return null;
        if (m.NDim == 0)
        {
            if (key is PyTuple { Length: 0 }) return MemoryViewFormat.Unpack(ts, m.BaseSpan.Slice(m.Offset, m.ItemSize), m.Format);
            if (key is PyEllipsis) return self;
            return ts.TypeError("invalid indexing of 0-dim memory");
        }
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long index, PyExc.IndexError)) return null;
            if (MemoryViewFormat.NativeSize(m.Format, out _) < 0)
                return ts.Raise(PyExc.NotImplementedError, $"memoryview: format {m.Format} not supported");
            if (m.NDim != 1) return ts.Raise(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            if (!Bound(ts, m, 0, ref index)) return null;
            return MemoryViewFormat.Unpack(ts, m.Item(index), m.Format);
        }
        if (key is PySlice slice)
        {
            if (!SliceIndices.Unpack(ts, slice, out long start, out long stop, out long step)) return null;
            long length = SliceIndices.AdjustIndices(m.Shape[0], ref start, ref stop, step);
            var shape = (int[])m.Shape.Clone();
            var strides = (int[])m.Strides.Clone();
            shape[0] = (int)length;
            strides[0] = (int)(m.Strides[0] * step);
            return new PyMemoryView(m.Managed, m.Offset + (int)(m.Strides[0] * start), m.Format, m.ItemSize, shape, strides, m.ReadOnly);
        }
        if (key is PyTuple tuple)
        {
            bool allIndices = true, allSlices = true;
            foreach (var k in tuple.Items)
            {
                if (!(k is PyInt || k.Type.Index is not null)) allIndices = false;
                if (k is not PySlice) allSlices = false;
            }
            if (allIndices)
            {
                if (MemoryViewFormat.NativeSize(m.Format, out _) < 0)
                    return ts.Raise(PyExc.NotImplementedError, $"memoryview: format {m.Format} not supported");
                if (tuple.Length < m.NDim) return ts.Raise(PyExc.NotImplementedError, "sub-views are not implemented");
                int? at = PointerFromTuple(ts, m, tuple);
                return at is null ? null : MemoryViewFormat.Unpack(ts, m.BaseSpan.Slice(at.Value, m.ItemSize), m.Format);
            }
            if (allSlices) return ts.Raise(PyExc.NotImplementedError, "multi-dimensional slicing is not implemented");
        }
        return ts.TypeError("memoryview: invalid slice key");
    }

    /// <summary>lookup_dimension's check: IndexError "index out of bounds on dimension N".</summary>
    private static bool Bound(ThreadState ts, PyMemoryView m, int dim, ref long index)
    {
        if (index < 0) index += m.Shape[dim];
        if (index < 0 || index >= m.Shape[dim])
        {
            ts.SetError(PyExc.IndexError, $"index out of bounds on dimension {dim + 1}");
            return false;
        }
        return true;
    }

    /// <summary>ptr_from_tuple: the byte offset of the item at a full tuple of indices.</summary>
    private static int? PointerFromTuple(ThreadState ts, PyMemoryView m, PyTuple key)
    {
        if (key.Length > m.NDim)
        {
            ts.SetError(PyExc.TypeError, $"cannot index {m.NDim}-dimension view with {key.Length}-element tuple");
            return null;
        }
        int at = m.Offset;
        for (int d = 0; d < key.Length; d++)
        {
            if (!Protocols.AsIndex(ts, key.Items[d], out long index, PyExc.IndexError)) return null;
            if (!Bound(ts, m, d, ref index)) return null;
            at += (int)index * m.Strides[d];
        }
        return at;
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var m = M(self);
        if (!m.CheckReleased(ts)) return -1;
        if (MemoryViewFormat.NativeSize(m.Format, out _) < 0)
            return Fail(ts, PyExc.NotImplementedError, $"memoryview: format {m.Format} not supported");
        if (m.ReadOnly) return Fail(ts, PyExc.TypeError, "cannot modify read-only memory");
        if (value is null) return Fail(ts, PyExc.TypeError, "cannot delete memory");
        if (m.NDim == 0)
        {
            if (key is PyEllipsis || key is PyTuple { Length: 0 })
                return MemoryViewFormat.Pack(ts, m.BaseSpan.Slice(m.Offset, m.ItemSize), value, m.Format) ? 0 : -1;
            return Fail(ts, PyExc.TypeError, "invalid indexing of 0-dim memory");
        }
        if (key is PyInt || key.Type.Index is not null)
        {
            if (m.NDim > 1) return Fail(ts, PyExc.NotImplementedError, "sub-views are not implemented");
            if (!Protocols.AsIndex(ts, key, out long index, PyExc.IndexError)) return -1;
            if (!Bound(ts, m, 0, ref index)) return -1;
            // Packed into a scratch item first: a failed conversion leaves the memory as it was.
            Span<byte> item = stackalloc byte[m.ItemSize];
            if (!MemoryViewFormat.Pack(ts, item, value, m.Format)) return -1;
            if (!m.CheckReleased(ts)) return -1;
            item.CopyTo(m.Item(index));
            return 0;
        }
        if (key is PySlice slice && m.NDim == 1)
        {
            if (!Protocols.GetBuffer(ts, value, false, out var src)) return -1;
            try
            {
                if (!SliceIndices.Unpack(ts, slice, out long start, out long stop, out long step)) return -1;
                long length = SliceIndices.AdjustIndices(m.Shape[0], ref start, ref stop, step);
                // equiv_structure: same format and shape.
                int srcItem = src.ItemSize > 0 ? src.ItemSize : 1;
                string srcFormat = src.Format ?? "B";
                if (Canonical(srcFormat) != Canonical(m.Format) || srcItem != m.ItemSize)
                    return Fail(ts, PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                int srcDims = src.Shape?.Length ?? 1;
                long srcCount = src.Shape is { Length: 1 } s1 ? s1[0] : src.Length / srcItem;
                if (srcDims != 1 || srcCount != length)
                    return Fail(ts, PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                var data = src.Span.ToArray(); // the source may overlap the destination
                for (long i = 0; i < length; i++)
                    data.AsSpan((int)(i * m.ItemSize), m.ItemSize).CopyTo(m.Item(start + i * step));
                return 0;
            }
            finally
            {
                Protocols.ReleaseBuffer(ref src);
            }
        }
        if (key is PyTuple tuple)
        {
            bool allIndices = true, allSlices = true;
            foreach (var k in tuple.Items)
            {
                if (!(k is PyInt || k.Type.Index is not null)) allIndices = false;
                if (k is not PySlice) allSlices = false;
            }
            if (allIndices)
            {
                if (tuple.Length < m.NDim) return Fail(ts, PyExc.NotImplementedError, "sub-views are not implemented");
                int? at = PointerFromTuple(ts, m, tuple);
                if (at is null) return -1;
                return MemoryViewFormat.Pack(ts, m.BaseSpan.Slice(at.Value, m.ItemSize), value, m.Format) ? 0 : -1;
            }
            if (allSlices)
                return Fail(ts, PyExc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        }
        if (key is PySlice)
            return Fail(ts, PyExc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        return Fail(ts, PyExc.TypeError, "memoryview: invalid slice key");
    }

    private static string Canonical(string format) => format.StartsWith('@') ? format[1..] : format;

    private static int Fail(ThreadState ts, PyType type, string message)
    {
        ts.SetError(type, message);
        return -1;
    }

    private static long Hash(ThreadState ts, PyObject self)
    {
        var m = M(self);
        if (m.Hash != -1) return m.Hash;
        if (!m.CheckReleased(ts)) return -1;
        if (!m.ReadOnly)
        {
            ts.SetError(PyExc.ValueError, "cannot hash writable memoryview object");
            return -1;
        }
        if (MemoryViewFormat.NativeSize(m.Format, out char code) < 0 || !MemoryViewFormat.IsByteFormat(code))
        {
            ts.SetError(PyExc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return -1;
        }
        if (Protocols.Hash(ts, m.Managed.View.Owner) == -1 && ts.HasError) return -1;
        m.Hash = HashSecret.Hasher.HashBytes(m.ToContiguous());
        return m.Hash;
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject v, PyObject w, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || v is not PyMemoryView mv) return PyNotImplemented.Instance;
        int equal;
        if (mv.IsReleased) equal = ReferenceEquals(v, w) ? 1 : 0;
        else if (w is PyMemoryView mw)
        {
            if (mw.IsReleased) equal = ReferenceEquals(v, w) ? 1 : 0;
            else equal = Equal(ts, mv, mw.Format, mw.Shape, mw.ToContiguous());
        }
        else
        {
            if (!Protocols.HasBuffer(w)) return PyNotImplemented.Instance;
            if (!Protocols.GetBuffer(ts, w, false, out var wb))
            {
                ts.ClearError();
                return PyNotImplemented.Instance;
            }
            int itemSize = wb.ItemSize > 0 ? wb.ItemSize : 1;
            int[] shape = wb.Shape ?? [wb.Length / itemSize];
            equal = Equal(ts, mv, wb.Format ?? "B", shape, wb.Span.ToArray());
            Protocols.ReleaseBuffer(ref wb);
        }
        if (equal < 0) return null;
        return PyBool.From((equal == 1) == (op == CompareOp.Eq));
    }

    /// <summary>Element-wise equality of a view with another buffer's C-order bytes: 1, 0 or -1 (error).</summary>
    private static int Equal(ThreadState ts, PyMemoryView v, string wFormat, int[] wShape, byte[] wData)
    {
        // equiv_shape
        if (v.NDim != wShape.Length) return 0;
        for (int i = 0; i < v.NDim; i++)
        {
            if (v.Shape[i] != wShape[i]) return 0;
            if (v.Shape[i] == 0) break;
        }
        var vData = v.ToContiguous();
        int vSize = MemoryViewFormat.NativeSize(v.Format, out char vc);
        int wSize = MemoryViewFormat.NativeSize(wFormat, out char wc);
        if (vSize < 0 || wSize < 0)
        {
            ts.SetError(PyExc.NotImplementedError, $"memoryview: format {(vSize < 0 ? v.Format : wFormat)} not supported");
            return -1;
        }
        int count = vData.Length / vSize;
        // Same integer format: the bytes decide. Floats compare as values (NaN, -0.0).
        if (vc == wc && vc is not ('f' or 'd')) return vData.AsSpan().SequenceEqual(wData) ? 1 : 0;
        for (int i = 0; i < count; i++)
        {
            var a = MemoryViewFormat.Unpack(ts, vData.AsSpan(i * vSize, vSize), v.Format);
            var b = MemoryViewFormat.Unpack(ts, wData.AsSpan(i * wSize, wSize), wFormat);
            if (a is null || b is null) return -1;
            int eq = Protocols.RichCompareBool(ts, a, b, CompareOp.Eq);
            if (eq <= 0) return eq;
        }
        return 1;
    }
}
