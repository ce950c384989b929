using System.Buffers.Binary;

namespace Kaa.Runtime;

/// <summary>
/// The native single-character struct formats a memoryview unpacks and packs itself (CPython's
/// get_native_fmtchar, unpack_single, pack_single), with x86-64 sizes; an optional '@' prefix is allowed.
/// </summary>
internal static class MemoryViewFormat
{
    /// <summary>The item size of a native format ("B", "@i", ...), or -1 when it is not one.</summary>
    internal static int NativeSize(string format, out char code)
    {
        code = '\0';
        var f = format.StartsWith('@') ? format.AsSpan(1) : format.AsSpan();
        if (f.Length != 1) return -1;
        code = f[0];
        return code switch
        {
            'c' or 'b' or 'B' or '?' => 1,
            'h' or 'H' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
            _ => -1,
        };
    }

    internal static bool IsByteFormat(char code) => code is 'b' or 'B' or 'c';

    /// <summary>unpack_single: the Python value of one item; NotImplementedError for other formats.</summary>
    internal static PyObject? Unpack(ThreadState ts, ReadOnlySpan<byte> item, string format)
    {
        if (NativeSize(format, out char code) < 0)
            return ts.Raise(PyExc.NotImplementedError, $"memoryview: format {format} not supported");
        return code switch
        {
            'B' => PyInt.Create(item[0]),
            'b' => PyInt.Create((sbyte)item[0]),
            'c' => PyBytes.Create(item[..1]),
            '?' => PyBool.From(item[0] != 0),
            'h' => PyInt.Create(BinaryPrimitives.ReadInt16LittleEndian(item)),
            'H' => PyInt.Create(BinaryPrimitives.ReadUInt16LittleEndian(item)),
            'i' => PyInt.Create(BinaryPrimitives.ReadInt32LittleEndian(item)),
            'I' => PyInt.Create(BinaryPrimitives.ReadUInt32LittleEndian(item)),
            'l' or 'q' or 'n' => PyInt.Create(BinaryPrimitives.ReadInt64LittleEndian(item)),
            'L' or 'Q' or 'N' or 'P' => PyInt.Create(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(item))),
            'f' => PyFloat.Create(BinaryPrimitives.ReadSingleLittleEndian(item)),
            _ => PyFloat.Create(BinaryPrimitives.ReadDoubleLittleEndian(item)),
        };
    }

    /// <summary>pack_single: stores <paramref name="value"/> as one item; CPython's "memoryview: invalid
    /// type/value for format" errors.</summary>
    internal static bool Pack(ThreadState ts, Span<byte> item, PyObject value, string format)
    {
        if (NativeSize(format, out char code) < 0)
        {
            ts.SetError(PyExc.NotImplementedError, $"memoryview: format {format} not supported");
            return false;
        }
        switch (code)
        {
            case 'b' or 'h' or 'i' or 'l' or 'q' or 'n':
            {
                if (!IndexValue(ts, value, format, out var big)) return false;
                var (min, max) = code switch
                {
                    'b' => (sbyte.MinValue, sbyte.MaxValue),
                    'h' => (short.MinValue, short.MaxValue),
                    'i' => (int.MinValue, int.MaxValue),
                    _ => (long.MinValue, long.MaxValue),
                };
                if (big < min || big > max) return ValueErr(ts, format);
                long v = (long)big;
                switch (code)
                {
                    case 'b': item[0] = (byte)(sbyte)v; break;
                    case 'h': BinaryPrimitives.WriteInt16LittleEndian(item, (short)v); break;
                    case 'i': BinaryPrimitives.WriteInt32LittleEndian(item, (int)v); break;
                    default: BinaryPrimitives.WriteInt64LittleEndian(item, v); break;
                }
                return true;
            }
            case 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'P':
            {
                if (!IndexValue(ts, value, format, out var big)) return false;
                ulong max = code switch { 'B' => byte.MaxValue, 'H' => ushort.MaxValue, 'I' => uint.MaxValue, _ => ulong.MaxValue };
                if (big.Sign < 0 || big > max) return ValueErr(ts, format);
                ulong v = (ulong)big;
                switch (code)
                {
                    case 'B': item[0] = (byte)v; break;
                    case 'H': BinaryPrimitives.WriteUInt16LittleEndian(item, (ushort)v); break;
                    case 'I': BinaryPrimitives.WriteUInt32LittleEndian(item, (uint)v); break;
                    default: BinaryPrimitives.WriteUInt64LittleEndian(item, v); break;
                }
                return true;
            }
            case 'f' or 'd':
            {
                double d;
                if (value is PyFloat f) d = f.Value;
                else
                {
                    var r = value.Type.Float is not null || value.Type.Index is not null ? Protocols.Call1(ts, BuiltinTypes.Float, value) : null;
                    if (r is not PyFloat rf)
                    {
                        if (r is null && ts.HasError && !ts.ErrorMatches(PyExc.TypeError)) return false;
                        ts.ClearError();
                        return TypeErr(ts, format);
                    }
                    d = rf.Value;
                }
                if (code == 'f') BinaryPrimitives.WriteSingleLittleEndian(item, (float)d);
                else BinaryPrimitives.WriteDoubleLittleEndian(item, d);
                return true;
            }
            case '?':
            {
                int t = Protocols.IsTrue(ts, value);
                if (t < 0) return false;
                item[0] = (byte)t;
                return true;
            }
            default: // 'c'
                if (value is not PyBytes b) return TypeErr(ts, format);
                if (b.Length != 1) return ValueErr(ts, format);
                item[0] = b.Value[0];
                return true;
        }
    }

    private static bool IndexValue(ThreadState ts, PyObject value, string format, out System.Numerics.BigInteger result)
    {
        result = default;
        var i = Protocols.Index(ts, value);
        if (i is null)
        {
            if (!ts.ErrorMatches(PyExc.TypeError)) return false;
            ts.ClearError();
            return TypeErr(ts, format);
        }
        result = i.Value;
        return true;
    }

    private static bool TypeErr(ThreadState ts, string format)
    {
        ts.SetError(PyExc.TypeError, $"memoryview: invalid type for format '{format}'");
        return false;
    }

    private static bool ValueErr(ThreadState ts, string format)
    {
        ts.SetError(PyExc.ValueError, $"memoryview: invalid value for format '{format}'");
        return false;
    }
}
