namespace Kaa.Runtime;

/// <summary>The methods of <c>_struct.Struct</c> and the packing/unpacking they share with the module functions.</summary>
internal static class StructSlots
{
    private static readonly ArgSpec s_init = new("Struct", ["format"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_unpackFrom = new("unpack_from", ["buffer", "offset"], required: 1, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Struct(fmt) --> compiled struct object\n\n"));
        type.New = static (ts, t, args, kw) => t == StructModule.StructType ? new PyStruct(t) : new PyStruct.Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1)
            {
                ts.SetError(PyExc.TypeError, $"Struct() takes at most 1 argument ({npos} given)");
                return -1;
            }
            var a = new ArgBuffer();
            if (!s_init.Parse(ts, args, kw, a)) return -1;
            return Initialize(ts, (PyStruct)self, a[0]!) ? 0 : -1;
        };
        type.AddMethod("pack", static (ts, self, args, kw) =>
            NoKeywords(ts, "Struct.pack", kw) && Ready(ts, self) is { } s ? Pack(ts, s, args) : null,
            "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.");
        type.AddMethod("pack_into", static (ts, self, args, kw) =>
            NoKeywords(ts, "Struct.pack_into", kw) && Ready(ts, self) is { } s ? PackInto(ts, s, args) : null);
        type.AddMethod("unpack", static (ts, self, buffer) => Ready(ts, self) is { } s ? Unpack(ts, s, buffer) : null);
        type.AddMethod("unpack_from", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_unpackFrom.Parse(ts, args, kw, a)) return null;
            return Ready(ts, self) is { } s ? UnpackFrom(ts, s, a[0]!, a[1]) : null;
        });
        type.AddMethod("iter_unpack", static (ts, self, buffer) => Ready(ts, self) is { } s ? IterUnpack(ts, s, buffer) : null);
        type.AddMethod("__sizeof__", static (ts, self) =>
            PyInt.Create(80 + 24 * (((PyStruct)self).Format?.Codes.Length + 1 ?? 1)));
        type.AddGetSet("format", static (ts, self) =>
            ((PyStruct)self).FormatBytes is { } f ? PyStr.Create(System.Text.Encoding.Latin1.GetString(f)) : PyNone.Instance,
            doc: "struct format string");
        type.AddGetSet("size", static (ts, self) => PyInt.Create(((PyStruct)self).Format?.Size ?? -1), doc: "struct size in bytes");
    }

    private static bool NoKeywords(ThreadState ts, string name, PyTuple? kw)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }

    /// <summary>A Struct whose __init__ never ran has no format (CPython asserts; Kaa reports it).</summary>
    private static PyStruct? Ready(ThreadState ts, PyObject self)
    {
        var s = (PyStruct)self;
        if (s.Format is not null) return s;
        ts.SetError(StructModule.Error(ts), "Struct.__init__() was not called");
        return null;
    }

    /// <summary>Struct.__init__: compiles the format (a str must be ASCII).</summary>
    internal static bool Initialize(ThreadState ts, PyStruct self, PyObject format)
    {
        byte[] bytes;
        if (format is PyStr str)
        {
            if (!str.IsAscii)
            {
                int bad = 0;
                while (str[bad] < 128) bad++;
                var exc = Protocols.Call(ts, PyExc.UnicodeEncodeError,
                    [PyStr.Create("ascii"), str, PyInt.Create(bad), PyInt.Create(bad + 1), PyStr.Create("ordinal not in range(128)")], null);
                if (exc is PyBaseException e) ts.SetError(e);
                return false;
            }
            bytes = System.Text.Encoding.Latin1.GetBytes(str.ToString());
        }
        else if (format is PyBytes b) bytes = b.Value;
        else
        {
            ts.SetError(PyExc.TypeError, $"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}");
            return false;
        }
        var compiled = StructFormat.Compile(bytes, out string? error);
        if (compiled is null)
        {
            ts.SetError(StructModule.Error(ts), error!);
            return false;
        }
        self.FormatBytes = bytes;
        self.Format = compiled;
        return true;
    }

    internal static PyObject? Pack(ThreadState ts, PyStruct s, ReadOnlySpan<PyObject> args)
    {
        var f = s.Format!;
        if (args.Length != f.ItemCount)
            return ts.Raise(StructModule.Error(ts), $"pack expected {f.ItemCount} items for packing (got {args.Length})");
        var buffer = new byte[f.Size];
        if (!PackInto(ts, f, args, buffer)) return null;
        return PyBytes.Create(buffer);
    }

    internal static PyObject? PackInto(ThreadState ts, PyStruct s, ReadOnlySpan<PyObject> args)
    {
        var f = s.Format!;
        var error = StructModule.Error(ts);
        if (args.Length != f.ItemCount + 2)
        {
            if (args.Length == 0) return ts.Raise(error, "pack_into expected buffer argument");
            if (args.Length == 1) return ts.Raise(error, "pack_into expected offset argument");
            return ts.Raise(error, $"pack_into expected {f.ItemCount} items for packing (got {args.Length - 2})");
        }
        if (!Protocols.HasBuffer(args[0]))
            return ts.TypeError($"argument must be read-write bytes-like object, not {args[0].Type.Name}");
        if (!Protocols.GetBuffer(ts, args[0], true, out var view))
        {
            if (ts.ErrorMatches(PyExc.BufferError))
            {
                ts.ClearError();
                return ts.TypeError($"argument must be read-write bytes-like object, not {args[0].Type.Name}");
            }
            return null;
        }
        try
        {
            if (!Protocols.AsIndex(ts, args[1], out long offset, PyExc.IndexError)) return null;
            long length = view.Length;
            if (offset < 0)
            {
                if (offset + f.Size > 0) return ts.Raise(error, $"no space to pack {f.Size} bytes at offset {offset}");
                if (offset + length < 0) return ts.Raise(error, $"offset {offset} out of range for {length}-byte buffer");
                offset += length;
            }
            if (length - offset < f.Size)
                return ts.Raise(error, $"pack_into requires a buffer of at least {f.Size + offset} bytes for packing {f.Size} bytes at offset {offset} (actual buffer size is {length})");
            // As CPython: the region is zeroed, then written item by item (an error leaves what was written).
            var region = view.Span.Slice((int)offset, (int)f.Size);
            region.Clear();
            return PackInto(ts, f, args[2..], region) ? PyNone.Instance : null;
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }

    private static bool PackInto(ThreadState ts, StructFormat f, ReadOnlySpan<PyObject> args, Span<byte> buffer)
    {
        var error = StructModule.Error(ts);
        int i = 0;
        foreach (var code in f.Codes)
        {
            if (code.Code is 's' or 'p')
            {
                var v = args[i++];
                byte[] data;
                if (v is PyBytes b) data = b.Value;
                else if (v.Type.Name == "bytearray" && Protocols.GetBuffer(ts, v, false, out var bv))
                {
                    data = bv.Span.ToArray();
                    Protocols.ReleaseBuffer(ref bv);
                }
                else
                {
                    ts.SetError(error, $"argument for '{code.Code}' must be a bytes object");
                    return false;
                }
                var dest = buffer.Slice(code.Offset, code.Size);
                if (code.Code == 's')
                    data.AsSpan(0, Math.Min(data.Length, code.Size)).CopyTo(dest);
                else if (code.Size > 0)
                {
                    int n = Math.Min(data.Length, code.Size - 1);
                    data.AsSpan(0, n).CopyTo(dest[1..]);
                    dest[0] = (byte)Math.Min(n, 255);
                }
                continue;
            }
            for (int r = 0; r < code.Repeat; r++)
            {
                var dest = buffer.Slice(code.Offset + r * code.Size, code.Size);
                if (!StructCodec.Pack(ts, error, code.Code, f.Mode, dest, args[i++])) return false;
            }
        }
        return true;
    }

    /// <summary>The items of one struct at <paramref name="start"/> of <paramref name="data"/>.</summary>
    internal static PyTuple UnpackAt(StructFormat f, ReadOnlySpan<byte> data, int start)
    {
        var items = new PyObject[f.ItemCount];
        int i = 0;
        foreach (var code in f.Codes)
        {
            var src = data[(start + code.Offset)..];
            if (code.Code == 's')
            {
                items[i++] = PyBytes.Create(src[..code.Size].ToArray());
                continue;
            }
            if (code.Code == 'p')
            {
                int n = code.Size == 0 ? 0 : Math.Min(src[0], code.Size - 1);
                items[i++] = PyBytes.Create(code.Size == 0 ? [] : src.Slice(1, n).ToArray());
                continue;
            }
            for (int r = 0; r < code.Repeat; r++)
                items[i++] = StructCodec.Unpack(code.Code, f.Mode, src.Slice(r * code.Size, code.Size));
        }
        return PyTuple.Create(items);
    }

    internal static PyObject? Unpack(ThreadState ts, PyStruct s, PyObject buffer)
    {
        var f = s.Format!;
        if (!Protocols.GetBuffer(ts, buffer, false, out var view)) return null;
        try
        {
            if (view.Length != f.Size) return ts.Raise(StructModule.Error(ts), $"unpack requires a buffer of {f.Size} bytes");
            return UnpackAt(f, view.Span, 0);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }

    internal static PyObject? UnpackFrom(ThreadState ts, PyStruct s, PyObject buffer, PyObject? offsetArg)
    {
        var f = s.Format!;
        if (!Protocols.GetBuffer(ts, buffer, false, out var view)) return null;
        try
        {
            long offset = 0;
            if (offsetArg is not null && !Protocols.AsIndex(ts, offsetArg, out offset, PyExc.OverflowError)) return null;
            var error = StructModule.Error(ts);
            long length = view.Length;
            if (offset < 0)
            {
                if (offset + f.Size > 0) return ts.Raise(error, $"not enough data to unpack {f.Size} bytes at offset {offset}");
                if (offset + length < 0) return ts.Raise(error, $"offset {offset} out of range for {length}-byte buffer");
                offset += length;
            }
            if (length - offset < f.Size)
                return ts.Raise(error, $"unpack_from requires a buffer of at least {f.Size + offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {length})");
            return UnpackAt(f, view.Span, (int)offset);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }

    internal static PyObject? IterUnpack(ThreadState ts, PyStruct s, PyObject buffer)
    {
        var f = s.Format!;
        var error = StructModule.Error(ts);
        if (f.Size == 0) return ts.Raise(error, "cannot iteratively unpack with a struct of length 0");
        if (!Protocols.GetBuffer(ts, buffer, false, out var view)) return null;
        byte[] data = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        if (data.Length % f.Size != 0)
            return ts.Raise(error, $"iterative unpacking requires a buffer of a multiple of {f.Size} bytes");
        return new PyUnpackIterator(f, data, error);
    }
}
