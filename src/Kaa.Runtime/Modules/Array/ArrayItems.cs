using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The typecodes of array.array: sizes, and conversion of items to and from Python objects with
/// CPython's messages.</summary>
internal static class ArrayItems
{
    internal const string TypeCodes = "bBuhHiIlLqQfd";

    internal static int SizeOf(char c) => c switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'u' or 'i' or 'I' or 'f' => 4,
        _ => 8,
    };

    internal static PyObject Get(char c, ReadOnlySpan<byte> p) => c switch
    {
        'b' => PyInt.Create((sbyte)p[0]),
        'B' => PyInt.Create(p[0]),
        'h' => PyInt.Create(BinaryPrimitives.ReadInt16LittleEndian(p)),
        'H' => PyInt.Create(BinaryPrimitives.ReadUInt16LittleEndian(p)),
        'i' => PyInt.Create(BinaryPrimitives.ReadInt32LittleEndian(p)),
        'I' => PyInt.Create((long)BinaryPrimitives.ReadUInt32LittleEndian(p)),
        'l' or 'q' => PyInt.Create(BinaryPrimitives.ReadInt64LittleEndian(p)),
        'L' or 'Q' => BinaryPrimitives.ReadUInt64LittleEndian(p) is var u && u <= long.MaxValue ? PyInt.Create((long)u) : PyInt.Create(new BigInteger(u)),
        'f' => PyFloat.Create(BinaryPrimitives.ReadSingleLittleEndian(p)),
        'd' => PyFloat.Create(BinaryPrimitives.ReadDoubleLittleEndian(p)),
        _ => PyStr.FromCodePoint(BinaryPrimitives.ReadInt32LittleEndian(p)),
    };

    /// <summary>Stores <paramref name="v"/> as a <paramref name="c"/> item; false with the error set.</summary>
    internal static bool Set(ThreadState ts, char c, Span<byte> p, PyObject v)
    {
        switch (c)
        {
            case 'u':
                if (v is not PyStr s || s.Length != 1) return Fail(ts, PyExc.TypeError, "array item must be unicode character");
                BinaryPrimitives.WriteInt32LittleEndian(p, s[0]);
                return true;
            case 'f' or 'd':
            {
                if (!MathModule.ToDouble(ts, v, out double d)) return false;
                if (c == 'f') BinaryPrimitives.WriteSingleLittleEndian(p, (float)d);
                else BinaryPrimitives.WriteDoubleLittleEndian(p, d);
                return true;
            }
        }
        if (v is PyFloat) return Fail(ts, PyExc.TypeError, "'float' object cannot be interpreted as an integer");
        var i = Protocols.Index(ts, v);
        if (i is null) return false;
        var x = i.Value;
        switch (c)
        {
            case 'b': return Range(ts, x, sbyte.MinValue, sbyte.MaxValue, "signed char is less than minimum", "signed char is greater than maximum") && Put(p, (byte)(sbyte)x);
            case 'B': return Range(ts, x, 0, byte.MaxValue, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum") && Put(p, (byte)x);
            case 'h':
                if (!Range(ts, x, short.MinValue, short.MaxValue, "signed short integer is less than minimum", "signed short integer is greater than maximum")) return false;
                BinaryPrimitives.WriteInt16LittleEndian(p, (short)x);
                return true;
            case 'H':
                if (!Range(ts, x, 0, ushort.MaxValue, "unsigned short is less than minimum", "unsigned short is greater than maximum")) return false;
                BinaryPrimitives.WriteUInt16LittleEndian(p, (ushort)x);
                return true;
            case 'i':
                if (!Range(ts, x, int.MinValue, int.MaxValue, "signed integer is less than minimum", "signed integer is greater than maximum")) return false;
                BinaryPrimitives.WriteInt32LittleEndian(p, (int)x);
                return true;
            case 'I':
                if (x.Sign < 0) return Fail(ts, PyExc.OverflowError, "can't convert negative value to unsigned int");
                if (x > uint.MaxValue) return Fail(ts, PyExc.OverflowError, "unsigned int is greater than maximum");
                BinaryPrimitives.WriteUInt32LittleEndian(p, (uint)x);
                return true;
            case 'l':
                if (x < long.MinValue || x > long.MaxValue) return Fail(ts, PyExc.OverflowError, "Python int too large to convert to C long");
                BinaryPrimitives.WriteInt64LittleEndian(p, (long)x);
                return true;
            case 'L':
                if (x.Sign < 0) return Fail(ts, PyExc.OverflowError, "can't convert negative value to unsigned int");
                if (x > ulong.MaxValue) return Fail(ts, PyExc.OverflowError, "Python int too large to convert to C unsigned long");
                BinaryPrimitives.WriteUInt64LittleEndian(p, (ulong)x);
                return true;
            case 'q':
                if (x < long.MinValue || x > long.MaxValue) return Fail(ts, PyExc.OverflowError, "int too big to convert");
                BinaryPrimitives.WriteInt64LittleEndian(p, (long)x);
                return true;
            default: // 'Q'
                if (x.Sign < 0) return Fail(ts, PyExc.OverflowError, "can't convert negative int to unsigned");
                if (x > ulong.MaxValue) return Fail(ts, PyExc.OverflowError, "int too big to convert");
                BinaryPrimitives.WriteUInt64LittleEndian(p, (ulong)x);
                return true;
        }
    }

    private static bool Put(Span<byte> p, byte b)
    {
        p[0] = b;
        return true;
    }

    private static bool Range(ThreadState ts, BigInteger x, long min, long max, string low, string high)
    {
        if (x < min) return Fail(ts, PyExc.OverflowError, low);
        if (x > max) return Fail(ts, PyExc.OverflowError, high);
        return true;
    }

    private static bool Fail(ThreadState ts, PyType type, string message)
    {
        ts.SetError(type, message);
        return false;
    }

    /// <summary>The machine format code pickling records for a typecode (CPython's enum machine_format_code,
    /// little-endian forms).</summary>
    internal static int MachineFormat(char c) => c switch
    {
        'B' => 0, 'b' => 1, 'H' => 2, 'h' => 4, 'I' => 6, 'i' => 8, 'L' or 'Q' => 10, 'l' or 'q' => 12,
        'f' => 14, 'd' => 16, _ => 20,
    };
}
