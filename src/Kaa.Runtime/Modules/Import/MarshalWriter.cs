using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// Writes runtime objects in CPython's marshal format (Python/marshal.c), versions 0 to 4.
/// <para>Object references (version ≥ 3): CPython shares an object written twice when its reference
/// count is above one, which is nearly always for what programs pass in (constants, small ints, interned
/// names); Kaa has no reference counts, so it shares every object but the singletons, and equal strings
/// as one (immutable, so the reader sees no difference but a smaller stream).</para>
/// </summary>
internal sealed class MarshalWriter
{
    /// <summary>Nesting limit (MAX_MARSHAL_STACK_DEPTH).</summary>
    private const int MaxDepth = 2000;

    private byte[] _buf = new byte[256];
    private int _len;
    private readonly int _version;
    private readonly Dictionary<PyObject, int>? _refs;
    /// <summary>Equal str constants written once (CPython shares them by identity; Kaa's compiler makes equal
    /// constants distinct objects). Keyed by form too: a BMP-form string of two lone surrogates has the same
    /// chars as the astral string of their pair.</summary>
    private readonly Dictionary<(string, bool, bool), int>? _strRefs;
    private int _depth;
    private MarshalError _error;

    private enum MarshalError { None, Unmarshallable, TooDeep }

    private MarshalWriter(int version)
    {
        _version = version;
        if (version >= 3)
        {
            _refs = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
            _strRefs = new Dictionary<(string, bool, bool), int>();
        }
    }

    /// <summary>marshal.dumps: the bytes, or null with ValueError set.</summary>
    public static byte[]? Dump(ThreadState ts, PyObject value, int version)
    {
        var w = new MarshalWriter(version);
        w.WriteObject(ts, value);
        if (ts.HasError) return null;
        if (w._error != MarshalError.None)
        {
            ts.SetError(PyExc.ValueError, w._error == MarshalError.Unmarshallable ? "unmarshallable object" : "object too deeply nested to marshal");
            return null;
        }
        return w._buf.AsSpan(0, w._len).ToArray();
    }

    // ---- bytes -------------------------------------------------------------------------------------

    private void Ensure(int n)
    {
        if (_len + n <= _buf.Length) return;
        Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + n));
    }

    private void Byte(int b)
    {
        Ensure(1);
        _buf[_len++] = (byte)b;
    }

    private void Int32(int v)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buf.AsSpan(_len), v);
        _len += 4;
    }

    private void Double(double d)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buf.AsSpan(_len), d);
        _len += 8;
    }

    private void Raw(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(_buf.AsSpan(_len));
        _len += data.Length;
    }

    /// <summary>w_pstring: a 32-bit length, then the bytes.</summary>
    private void Sized(ReadOnlySpan<byte> data)
    {
        Int32(data.Length);
        Raw(data);
    }

    private void Type(byte code, byte flag) => Byte(code | flag);

    // ---- objects -----------------------------------------------------------------------------------

    private void WriteObject(ThreadState ts, PyObject? v)
    {
        if (_error != MarshalError.None || ts.HasError) return;
        _depth++;
        if (_depth > MaxDepth) _error = MarshalError.TooDeep;
        else if (v is null) Byte(MarshalCodes.Null);
        else if (v is PyNone) Byte(MarshalCodes.None);
        else if (ReferenceEquals(v, PyExc.StopIteration)) Byte(MarshalCodes.StopIter);
        else if (v is PyEllipsis) Byte(MarshalCodes.Ellipsis);
        else if (v is PyBool b) Byte(b.IsTrue ? MarshalCodes.True : MarshalCodes.False);
        else if (!WriteRef(v, out byte flag)) WriteComplexObject(ts, v, flag);
        _depth--;
    }

    /// <summary>w_ref: writes a back-reference for an object seen before (true), or records this one and
    /// sets FLAG_REF in <paramref name="flag"/> (false).</summary>
    private bool WriteRef(PyObject v, out byte flag)
    {
        flag = 0;
        if (_refs is null) return false;
        int index;
        if (v.Type == BuiltinTypes.Str)
        {
            var s = (PyStr)v;
            var key = (s.Chars, s.IsInterned, s.IsWide);
            if (_strRefs!.TryGetValue(key, out index)) return WriteRefIndex(index);
            _strRefs[key] = _refs.Count + _strRefs.Count;
        }
        else
        {
            if (_refs.TryGetValue(v, out index)) return WriteRefIndex(index);
            _refs[v] = _refs.Count + _strRefs!.Count;
        }
        flag = MarshalCodes.FlagRef;
        return false;
    }

    private bool WriteRefIndex(int index)
    {
        Byte(MarshalCodes.Ref);
        Int32(index);
        return true;
    }

    private void WriteComplexObject(ThreadState ts, PyObject v, byte flag)
    {
        var type = v.Type;
        if (type == BuiltinTypes.Int) WriteInt((PyInt)v, flag);
        else if (type == BuiltinTypes.Float)
        {
            double d = ((PyFloat)v).Value;
            if (_version > 1)
            {
                Type(MarshalCodes.BinaryFloat, flag);
                Double(d);
            }
            else
            {
                Type(MarshalCodes.Float, flag);
                FloatText(d);
            }
        }
        else if (type == BuiltinTypes.Complex)
        {
            var c = (PyComplex)v;
            if (_version > 1)
            {
                Type(MarshalCodes.BinaryComplex, flag);
                Double(c.Real);
                Double(c.Imag);
            }
            else
            {
                Type(MarshalCodes.Complex, flag);
                FloatText(c.Real);
                FloatText(c.Imag);
            }
        }
        else if (type == BuiltinTypes.Bytes)
        {
            Type(MarshalCodes.String, flag);
            Sized(((PyBytes)v).Value);
        }
        else if (type == BuiltinTypes.Str) WriteStr((PyStr)v, flag);
        else if (type == BuiltinTypes.Tuple) WriteTuple(ts, ((PyTuple)v).Items, flag);
        else if (type == BuiltinTypes.List)
        {
            var items = ((PyList)v).ToArray();
            Type(MarshalCodes.List, flag);
            Int32(items.Length);
            foreach (var item in items) WriteObject(ts, item);
        }
        else if (type == BuiltinTypes.Dict)
        {
            var d = (PyDict)v;
            Type(MarshalCodes.Dict, flag);
            int pos = 0;
            while (d.Next(ref pos, out var key, out var value))
            {
                WriteObject(ts, key);
                WriteObject(ts, value);
            }
            WriteObject(ts, null);
        }
        else if (type == BuiltinTypes.Set || type == BuiltinTypes.FrozenSet) WriteSet(ts, (PyAnySet)v, flag);
        else if (v is PyCode code) WriteCode(ts, code, flag);
        else if (Protocols.HasBuffer(v))
        {
            // Other bytes-like objects are written as bytes.
            if (!Protocols.GetBuffer(ts, v, false, out var view))
            {
                ts.ClearError();
                Byte(MarshalCodes.Unknown);
                _error = MarshalError.Unmarshallable;
                return;
            }
            Type(MarshalCodes.String, flag);
            Sized(view.Span);
            Protocols.ReleaseBuffer(ref view);
        }
        else
        {
            Type(MarshalCodes.Unknown, flag);
            _error = MarshalError.Unmarshallable;
        }
    }

    private void WriteInt(PyInt v, byte flag)
    {
        if (v.TryGetLong(out long x) && x >= int.MinValue && x <= int.MaxValue)
        {
            Type(MarshalCodes.Int, flag);
            Int32((int)x);
            return;
        }
        // TYPE_LONG: sign and count of 15-bit digits, least significant first.
        var value = v.Value;
        var magnitude = BigInteger.Abs(value);
        var digits = new List<ushort>();
        while (!magnitude.IsZero)
        {
            digits.Add((ushort)(int)(magnitude & 0x7fff));
            magnitude >>= 15;
        }
        Type(MarshalCodes.Long, flag);
        Int32(value.Sign < 0 ? -digits.Count : digits.Count);
        foreach (ushort d in digits)
        {
            Byte(d & 0xff);
            Byte(d >> 8);
        }
    }

    /// <summary>w_float_str (versions 0 and 1): the float as C's "%.17g" after a one-byte length.</summary>
    private void FloatText(double d)
    {
        string text = double.IsNaN(d) ? "nan" : double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf"
            : d.ToString("G17", System.Globalization.CultureInfo.InvariantCulture).Replace('E', 'e');
        Byte(text.Length);
        foreach (char c in text) Byte(c);
    }

    private void WriteStr(PyStr s, byte flag)
    {
        if (_version >= 4 && s.IsAscii)
        {
            int n = s.Length;
            var chars = s.Chars;
            if (n < 256)
            {
                Type(s.IsInterned ? MarshalCodes.ShortAsciiInterned : MarshalCodes.ShortAscii, flag);
                Byte(n);
            }
            else
            {
                Type(s.IsInterned ? MarshalCodes.AsciiInterned : MarshalCodes.Ascii, flag);
                Int32(n);
            }
            Ensure(n);
            for (int i = 0; i < n; i++) _buf[_len++] = (byte)chars[i];
            return;
        }
        Type(_version >= 3 && s.IsInterned ? MarshalCodes.Interned : MarshalCodes.Unicode, flag);
        Sized(Utf8SurrogatePass(s));
    }

    /// <summary>str as UTF-8 with lone surrogates encoded like any other code point ("surrogatepass").</summary>
    internal static byte[] Utf8SurrogatePass(PyStr s)
    {
        // Astral text may hold lone surrogates too ('\ud800\U0001d121'): encoded code point by code point.
        if (s.IsWide) return Kaa.Compiler.Code.Marshal.EncodeUtf8SurrogatePass(s.Wide);
        var chars = s.Chars;
        if (!chars.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return Encoding.UTF8.GetBytes(chars);
        var points = new int[chars.Length];
        for (int k = 0; k < chars.Length; k++) points[k] = chars[k];
        return Kaa.Compiler.Code.Marshal.EncodeUtf8SurrogatePass(points);
    }

    private void WriteTuple(ThreadState ts, ReadOnlySpan<PyObject> items, byte flag)
    {
        if (_version >= 4 && items.Length < 256)
        {
            Type(MarshalCodes.SmallTuple, flag);
            Byte(items.Length);
        }
        else
        {
            Type(MarshalCodes.Tuple, flag);
            Int32(items.Length);
        }
        foreach (var item in items) WriteObject(ts, item);
    }

    /// <summary>Sets are written in the order of their items' own marshalled bytes (bpo-37596: the output
    /// does not depend on the hash seed).</summary>
    private void WriteSet(ThreadState ts, PyAnySet set, byte flag)
    {
        Type(set.Type == BuiltinTypes.FrozenSet ? MarshalCodes.FrozenSet : MarshalCodes.Set, flag);
        var table = set.Table(ts);
        var pairs = new List<(byte[] Dump, PyObject Item)>(table.Used);
        int pos = 0;
        while (table.Next(ref pos, out var key, out _))
        {
            var dump = Dump(ts, key, _version);
            if (dump is null)
            {
                ts.ClearError();
                _error = MarshalError.Unmarshallable;
                return;
            }
            pairs.Add((dump, key));
        }
        pairs.Sort(static (a, b) => a.Dump.AsSpan().SequenceCompareTo(b.Dump));
        Int32(pairs.Count);
        foreach (var (_, item) in pairs) WriteObject(ts, item);
    }

    private void WriteCode(ThreadState ts, PyCode code, byte flag)
    {
        var c = code.Code;
        Type(MarshalCodes.Code, flag);
        Int32(c.ArgCount);
        Int32(c.PosOnlyArgCount);
        Int32(c.KwOnlyArgCount);
        Int32(c.StackSize);
        Int32((int)c.Flags);
        WriteBytesObject(c.Code);
        WriteTuple(ts, code.Consts, 0);
        WriteTuple(ts, code.Names, 0);
        WriteTuple(ts, code.LocalsPlusNames, 0);
        WriteBytesObject(c.LocalsPlusKinds);
        WriteObject(ts, code.Filename);
        WriteObject(ts, code.Name);
        WriteObject(ts, code.QualName);
        Int32(c.FirstLineno);
        WriteBytesObject(c.LineTable);
        WriteBytesObject(c.ExceptionTable);
    }

    /// <summary>A bytes field of a code object (a fresh bytes object in CPython: never shared).</summary>
    private void WriteBytesObject(byte[] data)
    {
        Byte(MarshalCodes.String);
        Sized(data);
    }
}

/// <summary>The type codes of the marshal format (Python/marshal.c).</summary>
internal static class MarshalCodes
{
    public const byte Null = (byte)'0', None = (byte)'N', False = (byte)'F', True = (byte)'T',
        StopIter = (byte)'S', Ellipsis = (byte)'.', Int = (byte)'i', Int64 = (byte)'I',
        Float = (byte)'f', BinaryFloat = (byte)'g', Complex = (byte)'x', BinaryComplex = (byte)'y',
        Long = (byte)'l', String = (byte)'s', Interned = (byte)'t', Ref = (byte)'r',
        Tuple = (byte)'(', List = (byte)'[', Dict = (byte)'{', Code = (byte)'c', Unicode = (byte)'u',
        Unknown = (byte)'?', Set = (byte)'<', FrozenSet = (byte)'>', Ascii = (byte)'a',
        AsciiInterned = (byte)'A', SmallTuple = (byte)')', ShortAscii = (byte)'z',
        ShortAsciiInterned = (byte)'Z', FlagRef = 0x80;
}
