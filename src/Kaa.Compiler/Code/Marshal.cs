using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Code;

/// <summary>
/// CPython 3.11's marshal format (version 4) for what code objects contain, and the .pyc file
/// layout around it. Kaa reads the .pyc files CPython writes and writes files CPython reads back.
/// </summary>
public static class Marshal
{
    /// <summary>The 3.11 magic number: 3495, then \r\n.</summary>
    public static ReadOnlySpan<byte> MagicNumber => [0xa7, 0x0d, 0x0d, 0x0a];

    public const int Version = 4;

    // Type codes (Python/marshal.c).
    private const byte TypeNull = (byte)'0', TypeNone = (byte)'N', TypeFalse = (byte)'F', TypeTrue = (byte)'T',
        TypeStopIter = (byte)'S', TypeEllipsis = (byte)'.', TypeInt = (byte)'i', TypeInt64 = (byte)'I',
        TypeFloat = (byte)'f', TypeBinaryFloat = (byte)'g', TypeComplex = (byte)'x', TypeBinaryComplex = (byte)'y',
        TypeLong = (byte)'l', TypeString = (byte)'s', TypeInterned = (byte)'t', TypeRef = (byte)'r',
        TypeTuple = (byte)'(', TypeCode = (byte)'c', TypeUnicode = (byte)'u', TypeFrozenSet = (byte)'>',
        TypeAscii = (byte)'a', TypeAsciiInterned = (byte)'A', TypeSmallTuple = (byte)')',
        TypeShortAscii = (byte)'z', TypeShortAsciiInterned = (byte)'Z', FlagRef = 0x80;

    /// <summary>Reads a whole .pyc file: header, then the module's code object.</summary>
    public static CodeObject ReadPyc(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16 || !data[..4].SequenceEqual(MagicNumber))
            throw new InvalidDataException("bad magic number in .pyc file");
        var reader = new Reader(data[16..].ToArray());
        return reader.ReadObject() as CodeObject ?? throw new InvalidDataException("a .pyc file holds a code object");
    }

    /// <summary>Writes a .pyc with a timestamp-based header (flags 0, source mtime and size).</summary>
    public static byte[] WritePyc(CodeObject code, uint sourceMtime, uint sourceSize)
    {
        var w = new Writer();
        w.Bytes.AddRange(MagicNumber.ToArray());
        w.Int32(0);
        w.Int32(unchecked((int)sourceMtime));
        w.Int32(unchecked((int)sourceSize));
        w.WriteObject(code);
        return w.Bytes.ToArray();
    }

    public static object? Loads(byte[] data) => new Reader(data).ReadObject();

    public static byte[] Dumps(object? value)
    {
        var w = new Writer();
        w.WriteObject(value);
        return w.Bytes.ToArray();
    }

    private sealed class Reader(byte[] data)
    {
        private int _pos;
        private readonly List<object?> _refs = [];

        private byte Byte() => _pos < data.Length ? data[_pos++] : throw Eof();

        private int Int32()
        {
            if (_pos + 4 > data.Length) throw Eof();
            int v = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(_pos));
            _pos += 4;
            return v;
        }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _pos + n > data.Length) throw Eof();
            var span = data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        private static EndOfStreamException Eof() => new("marshal data too short");

        public object? ReadObject()
        {
            byte code = Byte();
            bool flag = (code & FlagRef) != 0;
            byte type = (byte)(code & ~FlagRef);
            int slot = -1;
            if (flag && type is TypeTuple or TypeSmallTuple or TypeCode or TypeFrozenSet)
            {
                // Containers reserve their slot before their items are read.
                slot = _refs.Count;
                _refs.Add(null);
            }
            object? value = type switch
            {
                TypeNull => null,
                TypeNone => null,
                TypeFalse => false,
                TypeTrue => true,
                TypeEllipsis => EllipsisValue.Instance,
                TypeStopIter => throw new InvalidDataException("StopIteration is not a constant Kaa's compiler handles"),
                TypeInt => (long)Int32(),
                TypeInt64 => BinaryPrimitives.ReadInt64LittleEndian(Take(8)),
                TypeLong => ReadLong(),
                TypeBinaryFloat => BinaryPrimitives.ReadDoubleLittleEndian(Take(8)),
                TypeFloat => ReadTextFloat(),
                TypeBinaryComplex => new Complex(BinaryPrimitives.ReadDoubleLittleEndian(Take(8)),
                    BinaryPrimitives.ReadDoubleLittleEndian(Take(8))),
                TypeComplex => new Complex(ReadTextFloat(), ReadTextFloat()),
                TypeString => Take(Int32()).ToArray(),
                TypeUnicode or TypeInterned => DecodeUtf8SurrogatePass(Take(Int32())),
                TypeAscii or TypeAsciiInterned => Encoding.Latin1.GetString(Take(Int32())),
                TypeShortAscii or TypeShortAsciiInterned => Encoding.Latin1.GetString(Take(Byte())),
                TypeTuple => new ConstTuple(ReadItems(Int32())),
                TypeSmallTuple => new ConstTuple(ReadItems(Byte())),
                TypeFrozenSet => new ConstFrozenSet(ReadItems(Int32())),
                TypeCode => ReadCode(),
                TypeRef => ReadRef(),
                _ => throw new InvalidDataException($"bad marshal data (unknown type code {type})"),
            };
            if (flag)
            {
                if (slot >= 0) _refs[slot] = value;
                else if (type != TypeRef) _refs.Add(value);
            }
            return value;
        }

        private object? ReadRef()
        {
            int index = Int32();
            if (index < 0 || index >= _refs.Count) throw new InvalidDataException("bad marshal data (invalid reference)");
            return _refs[index];
        }

        private ImmutableArray<object?> ReadItems(int n)
        {
            if (n < 0) throw new InvalidDataException("bad marshal data (tuple size out of range)");
            var items = ImmutableArray.CreateBuilder<object?>(n);
            for (int i = 0; i < n; i++) items.Add(ReadObject());
            return items.MoveToImmutable();
        }

        private object ReadLong()
        {
            // Sign and count of base-2**15 digits, least significant first.
            int n = Int32();
            int count = Math.Abs(n);
            BigInteger value = BigInteger.Zero;
            for (int i = count - 1; i >= 0; i--)
            {
                int digit = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(_pos + 2 * i));
                if (digit >= 1 << 15) throw new InvalidDataException("bad marshal data (digit out of range in long)");
                value = (value << 15) | digit;
            }
            Take(2 * count);
            if (n < 0) value = -value;
            return value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
        }

        private double ReadTextFloat()
        {
            string text = Encoding.ASCII.GetString(Take(Byte()));
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        private CodeObject ReadCode()
        {
            int argcount = Int32(), posonly = Int32(), kwonly = Int32(), stacksize = Int32(), flags = Int32();
            var code = (byte[])ReadObject()!;
            var consts = ((ConstTuple)ReadObject()!).Items.ToArray();
            var names = Strings(ReadObject());
            var localsPlusNames = Strings(ReadObject());
            var kinds = (byte[])ReadObject()!;
            string filename = (string)ReadObject()!;
            string name = (string)ReadObject()!;
            string qualname = (string)ReadObject()!;
            int firstlineno = Int32();
            var linetable = (byte[])ReadObject()!;
            var exceptiontable = (byte[])ReadObject()!;
            return new CodeObject
            {
                ArgCount = argcount, PosOnlyArgCount = posonly, KwOnlyArgCount = kwonly, StackSize = stacksize,
                Flags = (CodeFlags)flags, Code = code, Consts = consts, Names = names,
                LocalsPlusNames = localsPlusNames, LocalsPlusKinds = kinds, Filename = filename, Name = name,
                QualName = qualname, FirstLineno = firstlineno, LineTable = linetable, ExceptionTable = exceptiontable,
            };
        }

        private static string[] Strings(object? tuple)
            => ((ConstTuple)tuple!).Items.Select(x => (string)x!).ToArray();
    }

    private sealed class Writer
    {
        public readonly List<byte> Bytes = [];

        public void Int32(int v)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, v);
            foreach (byte x in b) Bytes.Add(x);
        }

        private void Double(double d)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteDoubleLittleEndian(b, d);
            foreach (byte x in b) Bytes.Add(x);
        }

        private void Sized(byte type, ReadOnlySpan<byte> payload)
        {
            Bytes.Add(type);
            Int32(payload.Length);
            foreach (byte x in payload) Bytes.Add(x);
        }

        public void WriteObject(object? value)
        {
            switch (value)
            {
                case null: Bytes.Add(TypeNone); break;
                case bool b: Bytes.Add(b ? TypeTrue : TypeFalse); break;
                case EllipsisValue: Bytes.Add(TypeEllipsis); break;
                case int i: WriteInteger(i); break;
                case long l: WriteInteger(l); break;
                case BigInteger bi: WriteInteger(bi); break;
                case double d:
                    Bytes.Add(TypeBinaryFloat);
                    Double(d);
                    break;
                case Complex c:
                    Bytes.Add(TypeBinaryComplex);
                    Double(c.Real);
                    Double(c.Imaginary);
                    break;
                case byte[] bytes: Sized(TypeString, bytes); break;
                case string s: WriteString(s); break;
                case CodePointString cps: Sized(TypeUnicode, EncodeUtf8SurrogatePass(cps.CodePoints)); break;
                case ConstTuple t: WriteItems(t.Items, tuple: true); break;
                case ConstFrozenSet f: WriteItems(f.Items, tuple: false); break;
                case string[] names: WriteItems(names.Cast<object?>().ToImmutableArray(), tuple: true); break;
                case CodeObject code: WriteCode(code); break;
                default: throw new ArgumentException($"unmarshallable object {value.GetType()}");
            }
        }

        private void WriteInteger(BigInteger v)
        {
            if (v >= int.MinValue && v <= int.MaxValue)
            {
                Bytes.Add(TypeInt);
                Int32((int)v);
                return;
            }
            var magnitude = BigInteger.Abs(v);
            var digits = new List<ushort>();
            while (!magnitude.IsZero)
            {
                digits.Add((ushort)(int)(magnitude & 0x7fff));
                magnitude >>= 15;
            }
            Bytes.Add(TypeLong);
            Int32(v.Sign < 0 ? -digits.Count : digits.Count);
            foreach (ushort d in digits)
            {
                Bytes.Add((byte)d);
                Bytes.Add((byte)(d >> 8));
            }
        }

        private void WriteString(string s)
        {
            bool ascii = s.All(ch => ch < 128);
            if (ascii && s.Length < 256)
            {
                Bytes.Add(TypeShortAscii);
                Bytes.Add((byte)s.Length);
                foreach (char ch in s) Bytes.Add((byte)ch);
            }
            else if (ascii) Sized(TypeAscii, Encoding.ASCII.GetBytes(s));
            else Sized(TypeUnicode, Encoding.UTF8.GetBytes(s));
        }

        private void WriteItems(ImmutableArray<object?> items, bool tuple)
        {
            if (tuple && items.Length < 256)
            {
                Bytes.Add(TypeSmallTuple);
                Bytes.Add((byte)items.Length);
            }
            else
            {
                Bytes.Add(tuple ? TypeTuple : TypeFrozenSet);
                Int32(items.Length);
            }
            foreach (var item in items) WriteObject(item);
        }

        private void WriteCode(CodeObject c)
        {
            Bytes.Add(TypeCode);
            Int32(c.ArgCount);
            Int32(c.PosOnlyArgCount);
            Int32(c.KwOnlyArgCount);
            Int32(c.StackSize);
            Int32((int)c.Flags);
            WriteObject(c.Code);
            WriteItems(c.Consts.ToImmutableArray(), tuple: true);
            WriteObject(c.Names);
            WriteObject(c.LocalsPlusNames);
            WriteObject(c.LocalsPlusKinds);
            WriteObject(c.Filename);
            WriteObject(c.Name);
            WriteObject(c.QualName);
            Int32(c.FirstLineno);
            WriteObject(c.LineTable);
            WriteObject(c.ExceptionTable);
        }
    }

    /// <summary>UTF-8 with lone surrogates allowed ("surrogatepass"), as marshal stores str.</summary>
    private static object DecodeUtf8SurrogatePass(ReadOnlySpan<byte> bytes)
    {
        var cps = new List<int>(bytes.Length);
        bool surrogate = false;
        for (int i = 0; i < bytes.Length;)
        {
            byte b = bytes[i];
            int cp, len;
            if (b < 0x80) { cp = b; len = 1; }
            else if (b < 0xE0) { cp = b & 0x1F; len = 2; }
            else if (b < 0xF0) { cp = b & 0x0F; len = 3; }
            else { cp = b & 0x07; len = 4; }
            if (i + len > bytes.Length) throw new InvalidDataException("bad marshal data (truncated UTF-8)");
            for (int k = 1; k < len; k++) cp = (cp << 6) | (bytes[i + k] & 0x3F);
            if (cp is >= 0xD800 and <= 0xDFFF) surrogate = true;
            cps.Add(cp);
            i += len;
        }
        if (surrogate) return new CodePointString(cps.ToArray());
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    /// <summary>Code points as UTF-8 with surrogates encoded like any other code point ("surrogatepass"),
    /// as marshal writes str; also used by the runtime's marshal.</summary>
    public static byte[] EncodeUtf8SurrogatePass(ReadOnlySpan<int> codePoints)
    {
        var bytes = new List<byte>(codePoints.Length);
        foreach (int cp in codePoints)
        {
            if (cp < 0x80) bytes.Add((byte)cp);
            else if (cp < 0x800)
            {
                bytes.Add((byte)(0xC0 | (cp >> 6)));
                bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else if (cp < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (cp >> 12)));
                bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (cp >> 18)));
                bytes.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }
        return bytes.ToArray();
    }
}
