using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// Packing and unpacking single items of a struct format, with CPython's rules and messages. CPython's
/// module swaps its native routines into the little-endian table wherever the sizes agree, so '&lt;' and
/// '=' share the native messages for b, B, c, h, H, i, I, q, Q and e (and only l, L, f, d, ? use the
/// standard routines); '&gt;' uses the standard routines throughout.
/// </summary>
internal static class StructCodec
{
    /// <summary>Packs <paramref name="v"/> as one <paramref name="code"/> item into <paramref name="dest"/>.
    /// False with the error set (struct.error is <paramref name="error"/>).</summary>
    internal static bool Pack(ThreadState ts, PyType error, char code, StructMode mode, Span<byte> dest, PyObject v)
    {
        if (PackItem(ts, error, code, mode, dest, v)) return true;
        // s_pack_internal: an OverflowError while packing an int becomes struct.error.
        if (v is PyInt && ts.ErrorMatches(PyExc.OverflowError))
        {
            ts.ClearError();
            ts.SetError(error, "int too large to convert");
        }
        return false;
    }

    private static bool PackItem(ThreadState ts, PyType error, char code, StructMode mode, Span<byte> dest, PyObject v)
    {
        bool big = mode == StructMode.Big;
        bool nativeRoutine = mode == StructMode.Native || (mode == StructMode.Little && code is not ('l' or 'L'));
        switch (code)
        {
            case 'c':
                if (v is not PyBytes b || b.Value.Length != 1) return Fail(ts, error, "char format requires a bytes object of length 1");
                dest[0] = b.Value[0];
                return true;
            case 'b':
            {
                if (!GetLong(ts, error, v, out long x)) return false;
                if (x is < -128 or > 127) return Fail(ts, error, "byte format requires -128 <= number <= 127");
                dest[0] = (byte)x;
                return true;
            }
            case 'B':
            {
                if (!GetLong(ts, error, v, out long x)) return false;
                if (x is < 0 or > 255) return Fail(ts, error, "ubyte format requires 0 <= number <= 255");
                dest[0] = (byte)x;
                return true;
            }
            case '?':
            {
                int t = Protocols.IsTrue(ts, v);
                if (t < 0) return false;
                dest[0] = (byte)t;
                return true;
            }
            case 'e':
            {
                if (!MathModule.ToDouble(ts, v, out double x)) return Replace(ts, error, "required argument is not a float");
                if (!HalfFloat.TryPack(x, out ushort h))
                    return ts.OverflowError("float too large to pack with e format") is not null;
                if (big) BinaryPrimitives.WriteUInt16BigEndian(dest, h);
                else BinaryPrimitives.WriteUInt16LittleEndian(dest, h);
                return true;
            }
            case 'f':
            {
                if (!MathModule.ToDouble(ts, v, out double x)) return Replace(ts, error, "required argument is not a float");
                float y = (float)x;
                if (mode != StructMode.Native && float.IsInfinity(y) && !double.IsInfinity(x))
                    return ts.OverflowError("float too large to pack with f format") is not null;
                if (big) BinaryPrimitives.WriteSingleBigEndian(dest, y);
                else BinaryPrimitives.WriteSingleLittleEndian(dest, y);
                return true;
            }
            case 'd':
            {
                if (!MathModule.ToDouble(ts, v, out double x)) return Replace(ts, error, "required argument is not a float");
                if (big) BinaryPrimitives.WriteDoubleBigEndian(dest, x);
                else BinaryPrimitives.WriteDoubleLittleEndian(dest, x);
                return true;
            }
            case 'P':
            {
                var i = GetPyLong(ts, error, v);
                if (i is null) return false;
                var value = i.Value;
                if (value < long.MinValue || value > ulong.MaxValue)
                    return ts.OverflowError("int too large to convert") is not null;
                ulong raw = value.Sign < 0 ? unchecked((ulong)(long)value) : (ulong)value;
                BinaryPrimitives.WriteUInt64LittleEndian(dest, raw);
                return true;
            }
        }
        if (nativeRoutine) return PackNativeInteger(ts, error, code, dest, v);
        return PackStandardInteger(ts, error, code, big, dest, v);
    }

    /// <summary>np_short .. np_ulonglong (little-endian machine).</summary>
    private static bool PackNativeInteger(ThreadState ts, PyType error, char code, Span<byte> dest, PyObject v)
    {
        switch (code)
        {
            case 'h':
            {
                if (!GetLong(ts, error, v, out long x)) return false;
                if (x is < short.MinValue or > short.MaxValue) return Fail(ts, error, "short format requires -32768 <= number <= 32767");
                BinaryPrimitives.WriteInt16LittleEndian(dest, (short)x);
                return true;
            }
            case 'H':
            {
                if (!GetLong(ts, error, v, out long x)) return false;
                if (x is < 0 or > ushort.MaxValue) return Fail(ts, error, "ushort format requires 0 <= number <= 65535");
                BinaryPrimitives.WriteUInt16LittleEndian(dest, (ushort)x);
                return true;
            }
            case 'i':
            {
                if (!GetLong(ts, error, v, out long x)) return false;
                if (x is < int.MinValue or > int.MaxValue) return RangeError(ts, error, code, 4, false);
                BinaryPrimitives.WriteInt32LittleEndian(dest, (int)x);
                return true;
            }
            case 'I':
            {
                if (!GetULong(ts, error, v, out ulong x)) return false;
                if (x > uint.MaxValue) return RangeError(ts, error, code, 4, true);
                BinaryPrimitives.WriteUInt32LittleEndian(dest, (uint)x);
                return true;
            }
            case 'l' or 'q' or 'n':
            {
                if (!GetLong(ts, error, v, out long x)) return false;
                BinaryPrimitives.WriteInt64LittleEndian(dest, x);
                return true;
            }
            default: // 'L', 'Q', 'N'
            {
                if (!GetULong(ts, error, v, out ulong x)) return false;
                BinaryPrimitives.WriteUInt64LittleEndian(dest, x);
                return true;
            }
        }
    }

    /// <summary>bp_int/bp_uint/bp_longlong (and lp_int/lp_uint for 'l'/'L').</summary>
    private static bool PackStandardInteger(ThreadState ts, PyType error, char code, bool big, Span<byte> dest, PyObject v)
    {
        int size = dest.Length;
        ulong raw;
        if (code is 'q' or 'Q')
        {
            var i = GetPyLong(ts, error, v);
            if (i is null) return false;
            var value = i.Value;
            if (code == 'q' ? value < long.MinValue || value > long.MaxValue : value.Sign < 0 || value > ulong.MaxValue)
                return ts.OverflowError("int too big to convert") is not null;
            raw = code == 'q' ? unchecked((ulong)(long)value) : (ulong)value;
        }
        else if (code is 'h' or 'i' or 'l')
        {
            if (!GetLong(ts, error, v, out long x)) return false;
            if (size == 2 && x is < -32768 or > 32767) return RangeError(ts, error, code, size, false);
            if (size == 4 && x is < int.MinValue or > int.MaxValue) return RangeError(ts, error, code, size, false);
            raw = unchecked((ulong)x);
        }
        else
        {
            if (!GetULong(ts, error, v, out ulong x)) return false;
            if (size < 8 && x >= 1UL << (size * 8)) return RangeError(ts, error, code, size, true);
            raw = x;
        }
        for (int k = 0; k < size; k++)
        {
            byte b = (byte)(raw >> (8 * k));
            if (big) dest[size - 1 - k] = b;
            else dest[k] = b;
        }
        return true;
    }

    /// <summary>Unpacks one <paramref name="code"/> item of <paramref name="src"/>.</summary>
    internal static PyObject Unpack(char code, StructMode mode, ReadOnlySpan<byte> src)
    {
        bool big = mode == StructMode.Big;
        switch (code)
        {
            case 'c': return PyBytes.Create([src[0]]);
            case 'b': return PyInt.Create((sbyte)src[0]);
            case 'B': return PyInt.Create(src[0]);
            case '?': return PyBool.From(src[0] != 0);
            case 'e': return PyFloat.Create(HalfFloat.Unpack(big ? BinaryPrimitives.ReadUInt16BigEndian(src) : BinaryPrimitives.ReadUInt16LittleEndian(src)));
            case 'f': return PyFloat.Create(big ? BinaryPrimitives.ReadSingleBigEndian(src) : BinaryPrimitives.ReadSingleLittleEndian(src));
            case 'd': return PyFloat.Create(big ? BinaryPrimitives.ReadDoubleBigEndian(src) : BinaryPrimitives.ReadDoubleLittleEndian(src));
        }
        ulong raw = 0;
        int size = src.Length;
        for (int k = 0; k < size; k++)
            raw |= (ulong)(big ? src[size - 1 - k] : src[k]) << (8 * k);
        bool signed = code is 'h' or 'i' or 'l' or 'q' or 'n';
        if (!signed) return raw <= long.MaxValue ? PyInt.Create((long)raw) : PyInt.Create(new BigInteger(raw));
        int shift = 64 - size * 8;
        return PyInt.Create(unchecked((long)(raw << shift)) >> shift);
    }

    // ---- integer conversions (get_pylong, get_long, get_ulong) --------------------------------------

    private static PyInt? GetPyLong(ThreadState ts, PyType error, PyObject v)
    {
        if (v is PyInt i) return i;
        if (v.Type.Index is not null) return Protocols.Index(ts, v);
        ts.SetError(error, "required argument is not an integer");
        return null;
    }

    private static bool GetLong(ThreadState ts, PyType error, PyObject v, out long x)
    {
        x = 0;
        var i = GetPyLong(ts, error, v);
        if (i is null) return false;
        if (i.TryGetLong(out x)) return true;
        return Fail(ts, error, "argument out of range");
    }

    private static bool GetULong(ThreadState ts, PyType error, PyObject v, out ulong x)
    {
        x = 0;
        var i = GetPyLong(ts, error, v);
        if (i is null) return false;
        if (i.Sign < 0 || i.Value > ulong.MaxValue) return Fail(ts, error, "argument out of range");
        x = (ulong)i.Value;
        return true;
    }

    private static bool RangeError(ThreadState ts, PyType error, char code, int size, bool unsigned)
    {
        ulong largest = ulong.MaxValue >> ((8 - size) * 8);
        if (unsigned) return Fail(ts, error, $"'{code}' format requires 0 <= number <= {largest}");
        long max = (long)(largest >> 1);
        return Fail(ts, error, $"'{code}' format requires {~max} <= number <= {max}");
    }

    private static bool Fail(ThreadState ts, PyType error, string message)
    {
        ts.SetError(error, message);
        return false;
    }

    /// <summary>Replaces whatever error converting the argument raised.</summary>
    private static bool Replace(ThreadState ts, PyType error, string message)
    {
        ts.ClearError();
        return Fail(ts, error, message);
    }
}
