using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Kaa.Compiler.Code;
using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary>
/// Reads CPython's marshal format into runtime objects (Python/marshal.c's r_object), from bytes
/// (<c>marshal.loads</c>, .pyc files) or from a file object read on demand (<c>marshal.load</c>, which
/// leaves the file just after the value). Code objects become <see cref="PyCode"/> over a compiler
/// <see cref="CodeObject"/>. Errors are CPython's: EOFError, ValueError "bad marshal data (...)", TypeError.
/// </summary>
internal sealed class MarshalReader
{
    /// <summary>Nesting limit (MAX_MARSHAL_STACK_DEPTH).</summary>
    private const int MaxDepth = 2000;

    private byte[] _data;
    private int _pos;
    private int _end;
    private readonly PyObject? _file;
    private readonly List<PyObject?> _refs;
    private int _depth;

    private MarshalReader(byte[] data, int start, int end, PyObject? file)
    {
        _data = data;
        _pos = start;
        _end = end;
        _file = file;
        // The stdlib's .pyc files hold one referenced object (name, string, code, tuple) per 110 bytes or
        // so: sized from the data, the list does not regrow (and copy) itself many times while a module loads.
        _refs = new List<PyObject?>(Math.Clamp((end - start) / 100, 16, 1 << 16));
    }

    /// <summary>marshal.loads: the value at the start of <paramref name="data"/> (extra bytes ignored).</summary>
    public static PyObject? Load(ThreadState ts, byte[] data, int start = 0) => Load(ts, data, start, data.Length);

    public static PyObject? Load(ThreadState ts, byte[] data, int start, int end)
    {
        var r = new MarshalReader(data, start, end, null);
        return r.ReadTop(ts);
    }

    /// <summary>marshal.load: one value read from <paramref name="file"/> with its read(n) method.</summary>
    public static PyObject? LoadFromFile(ThreadState ts, PyObject file)
    {
        var r = new MarshalReader([], 0, 0, file);
        return r.ReadTop(ts);
    }

    private PyObject? ReadTop(ThreadState ts)
    {
        var v = ReadObject(ts);
        if (v is null && !ts.HasError) ts.SetError(PyExc.TypeError, "NULL object in marshal data for object");
        return v;
    }

    // ---- bytes -------------------------------------------------------------------------------------

    /// <summary>Makes <paramref name="n"/> bytes available at the read position; false with EOFError set
    /// (or the file's error) when the data ends first.</summary>
    private bool Need(ThreadState ts, int n)
    {
        if (n < 0)
        {
            ts.SetError(PyExc.ValueError, "bad marshal data (size out of range)");
            return false;
        }
        if (_end - _pos >= n) return true;
        if (_file is null)
        {
            ts.SetError(PyExc.EOFError, "marshal data too short");
            return false;
        }
        // Read exactly what is missing, so the file stays positioned just after the value.
        int missing = n - (_end - _pos);
        var chunk = Protocols.CallMethod(ts, _file, "read", [PyInt.Create(missing)]);
        if (chunk is null) return false;
        if (chunk is not PyBytes b)
        {
            ts.SetError(PyExc.TypeError, $"file.read() returned not bytes but {chunk.Type.Name}");
            return false;
        }
        if (b.Value.Length > missing)
        {
            ts.SetError(PyExc.ValueError, $"read() returned too much data: {missing} bytes requested, {b.Value.Length} returned");
            return false;
        }
        if (b.Value.Length < missing)
        {
            ts.SetError(PyExc.EOFError, "EOF read where not expected");
            return false;
        }
        var grown = new byte[_end - _pos + missing];
        _data.AsSpan(_pos, _end - _pos).CopyTo(grown);
        b.Value.CopyTo(grown, _end - _pos);
        _data = grown;
        _pos = 0;
        _end = grown.Length;
        return true;
    }

    /// <summary>r_byte: the next byte, or -1 at the end (no error set).</summary>
    private int NextByte(ThreadState ts)
    {
        if (_pos < _end) return _data[_pos++];
        if (_file is null) return -1;
        if (!Need(ts, 1))
        {
            if (ts.ErrorMatches(PyExc.EOFError)) ts.ClearError();
            return -1;
        }
        return _data[_pos++];
    }

    private bool Int32(ThreadState ts, out int value)
    {
        value = 0;
        if (!Need(ts, 4)) return false;
        value = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos));
        _pos += 4;
        return true;
    }

    private bool Take(ThreadState ts, int n, out ReadOnlySpan<byte> span)
    {
        span = default;
        if (!Need(ts, n)) return false;
        span = _data.AsSpan(_pos, n);
        _pos += n;
        return true;
    }

    // ---- objects -----------------------------------------------------------------------------------

    /// <summary>r_object: null with an error set, or null without one for TYPE_NULL (the dict end mark).</summary>
    private PyObject? ReadObject(ThreadState ts)
    {
        int code = NextByte(ts);
        if (code < 0)
        {
            if (!ts.HasError) ts.SetError(PyExc.EOFError, "EOF read where object expected");
            return null;
        }
        if (++_depth > MaxDepth)
        {
            _depth--;
            ts.SetError(PyExc.ValueError, "recursion limit exceeded");
            return null;
        }
        var v = ReadTyped(ts, (byte)(code & ~MarshalCodes.FlagRef), (code & MarshalCodes.FlagRef) != 0);
        _depth--;
        return v;
    }

    private PyObject? Ref(PyObject? v, bool flag)
    {
        if (flag && v is not null) _refs.Add(v);
        return v;
    }

    /// <summary>Reserves a reference slot for a container filled after its items are read.</summary>
    private int Reserve(bool flag)
    {
        if (!flag) return -1;
        _refs.Add(null);
        return _refs.Count - 1;
    }

    private PyObject? Fill(int slot, PyObject? v)
    {
        if (slot >= 0 && v is not null) _refs[slot] = v;
        return v;
    }

    private PyObject? ReadTyped(ThreadState ts, byte type, bool flag)
    {
        switch (type)
        {
            case MarshalCodes.Null: return null;
            case MarshalCodes.None: return PyNone.Instance;
            case MarshalCodes.StopIter: return PyExc.StopIteration;
            case MarshalCodes.Ellipsis: return PyEllipsis.Instance;
            case MarshalCodes.False: return PyBool.False;
            case MarshalCodes.True: return PyBool.True;
            case MarshalCodes.Int:
                return Int32(ts, out int i) ? Ref(PyInt.Create(i), flag) : null;
            case MarshalCodes.Int64:
                if (!Take(ts, 8, out var i64)) return null;
                return Ref(PyInt.Create(BinaryPrimitives.ReadInt64LittleEndian(i64)), flag);
            case MarshalCodes.Long: return Ref(ReadLong(ts), flag);
            case MarshalCodes.Float:
                return ReadFloatText(ts, out double f) ? Ref(PyFloat.Create(f), flag) : null;
            case MarshalCodes.BinaryFloat:
                if (!Take(ts, 8, out var fb)) return null;
                return Ref(PyFloat.Create(BinaryPrimitives.ReadDoubleLittleEndian(fb)), flag);
            case MarshalCodes.Complex:
            {
                if (!ReadFloatText(ts, out double re) || !ReadFloatText(ts, out double im)) return null;
                return Ref(PyComplex.Create(re, im), flag);
            }
            case MarshalCodes.BinaryComplex:
            {
                if (!Take(ts, 16, out var cb)) return null;
                return Ref(PyComplex.Create(BinaryPrimitives.ReadDoubleLittleEndian(cb),
                    BinaryPrimitives.ReadDoubleLittleEndian(cb[8..])), flag);
            }
            case MarshalCodes.String:
            {
                if (!Int32(ts, out int n)) return null;
                if (n < 0) return Bad(ts, "bytes object size out of range");
                if (!Take(ts, n, out var s)) return null;
                return Ref(PyBytes.Create(s.ToArray()), flag);
            }
            case MarshalCodes.Ascii:
            case MarshalCodes.AsciiInterned:
            {
                if (!Int32(ts, out int n)) return null;
                if (n < 0) return Bad(ts, "string size out of range");
                return ReadAscii(ts, n, type == MarshalCodes.AsciiInterned, flag);
            }
            case MarshalCodes.ShortAscii:
            case MarshalCodes.ShortAsciiInterned:
            {
                int n = NextByte(ts);
                if (n < 0) return ts.HasError ? null : Eof(ts);
                return ReadAscii(ts, n, type == MarshalCodes.ShortAsciiInterned, flag);
            }
            case MarshalCodes.Interned:
            case MarshalCodes.Unicode:
            {
                if (!Int32(ts, out int n)) return null;
                if (n < 0) return Bad(ts, "string size out of range");
                if (!Take(ts, n, out var u)) return null;
                var s = DecodeUtf8SurrogatePass(u);
                if (type == MarshalCodes.Interned) s = PyStr.Intern(s);
                return Ref(s, flag);
            }
            case MarshalCodes.SmallTuple:
            {
                int n = NextByte(ts);
                if (n < 0) return ts.HasError ? null : Eof(ts);
                return ReadTuple(ts, n, flag);
            }
            case MarshalCodes.Tuple:
            {
                if (!Int32(ts, out int n)) return null;
                if (n < 0) return Bad(ts, "tuple size out of range");
                return ReadTuple(ts, n, flag);
            }
            case MarshalCodes.List:
            {
                if (!Int32(ts, out int n)) return null;
                if (n < 0) return Bad(ts, "list size out of range");
                var list = PyList.WithCapacity(Math.Min(n, 1 << 16));
                Ref(list, flag);
                for (int k = 0; k < n; k++)
                {
                    var item = ReadObject(ts);
                    if (item is null) return NullItem(ts, "list");
                    list.Append(item);
                }
                return list;
            }
            case MarshalCodes.Dict:
            {
                var d = new PyDict();
                Ref(d, flag);
                while (true)
                {
                    var key = ReadObject(ts);
                    if (key is null) break;
                    var value = ReadObject(ts);
                    if (value is null) break;
                    if (!d.SetItem(ts, key, value)) return null;
                }
                return ts.HasError ? null : d;
            }
            case MarshalCodes.Set:
            case MarshalCodes.FrozenSet:
                return ReadSet(ts, type == MarshalCodes.FrozenSet, flag);
            case MarshalCodes.Code: return ReadCode(ts, flag);
            case MarshalCodes.Ref:
            {
                if (!Int32(ts, out int n)) return null;
                if (n < 0 || n >= _refs.Count || _refs[n] is null) return Bad(ts, "invalid reference");
                return _refs[n];
            }
            default:
                return Bad(ts, "unknown type code");
        }
    }

    private static PyObject? Bad(ThreadState ts, string what)
    {
        ts.SetError(PyExc.ValueError, $"bad marshal data ({what})");
        return null;
    }

    private static PyObject? Eof(ThreadState ts)
    {
        ts.SetError(PyExc.EOFError, "EOF read where object expected");
        return null;
    }

    private static PyObject? NullItem(ThreadState ts, string container)
    {
        if (!ts.HasError) ts.SetError(PyExc.TypeError, $"NULL object in marshal data for {container}");
        return null;
    }

    private PyObject? ReadAscii(ThreadState ts, int n, bool interned, bool flag)
    {
        if (!Take(ts, n, out var bytes)) return null;
        if (!interned) return Ref(PyStr.FromChars(Encoding.Latin1.GetString(bytes)), flag);
        // Most interned names are in the table already: look them up by their chars without making a
        // string first (every name of every code object a .pyc holds comes through here).
        if (n <= 256)
        {
            Span<char> chars = stackalloc char[n];
            Encoding.Latin1.GetChars(bytes, chars);
            return Ref(PyStr.Intern(chars), flag);
        }
        return Ref(PyStr.Intern(Encoding.Latin1.GetString(bytes)), flag);
    }

    private PyObject? ReadTuple(ThreadState ts, int n, bool flag)
    {
        int slot = Reserve(flag);
        var items = n == 0 ? [] : new PyObject[n];
        for (int k = 0; k < n; k++)
        {
            var item = ReadObject(ts);
            if (item is null) return NullItem(ts, "tuple");
            items[k] = item;
        }
        return Fill(slot, PyTuple.Create(items));
    }

    private PyObject? ReadSet(ThreadState ts, bool frozen, bool flag)
    {
        if (!Int32(ts, out int n)) return null;
        if (n < 0) return Bad(ts, "set size out of range");
        var items = new PyObject[n];
        // A set is registered before its items; a frozenset after (its slot reserved first).
        var set = frozen ? null : PySet.Create();
        int slot = frozen ? Reserve(flag) : -1;
        if (set is not null) Ref(set, flag);
        for (int k = 0; k < n; k++)
        {
            var item = ReadObject(ts);
            if (item is null) return NullItem(ts, "set");
            if (set is not null && !set.Add(ts, item)) return null;
            items[k] = item;
        }
        if (set is not null) return set;
        var fs = Protocols.Call1(ts, BuiltinTypes.FrozenSet, PyTuple.Create(items));
        return Fill(slot, fs);
    }

    private PyObject? ReadLong(ThreadState ts)
    {
        if (!Int32(ts, out int n)) return null;
        if (n < -(1 << 30) || n > (1 << 30)) return Bad(ts, "long size out of range");
        int count = Math.Abs(n);
        if (!Take(ts, 2 * count, out var digits)) return null;
        BigInteger value = BigInteger.Zero;
        for (int i = count - 1; i >= 0; i--)
        {
            int digit = BinaryPrimitives.ReadUInt16LittleEndian(digits[(2 * i)..]);
            if (digit >= 1 << 15) return Bad(ts, "digit out of range in long");
            if (i == count - 1 && digit == 0) return Bad(ts, "unnormalized long data");
            value = (value << 15) | digit;
        }
        return PyInt.Create(n < 0 ? -value : value);
    }

    private bool ReadFloatText(ThreadState ts, out double value)
    {
        value = 0;
        int n = NextByte(ts);
        if (n < 0)
        {
            if (!ts.HasError) ts.SetError(PyExc.EOFError, "EOF read where object expected");
            return false;
        }
        if (!Take(ts, n, out var text)) return false;
        var s = Encoding.ASCII.GetString(text);
        var parsed = Protocols.Call1(ts, BuiltinTypes.Float, PyStr.Create(s));
        if (parsed is not PyFloat f) return false;
        value = f.Value;
        return true;
    }

    /// <summary>UTF-8 in which surrogates may be encoded as any other code point ("surrogatepass").</summary>
    internal static PyStr DecodeUtf8SurrogatePass(ReadOnlySpan<byte> bytes)
    {
        // Surrogates are encoded as ED A0..BF xx; without them the text is ordinary UTF-8.
        bool hasSurrogate = false;
        for (int i = bytes.IndexOf((byte)0xED); i >= 0 && i + 1 < bytes.Length; )
        {
            if (bytes[i + 1] >= 0xA0) { hasSurrogate = true; break; }
            int next = bytes[(i + 1)..].IndexOf((byte)0xED);
            i = next < 0 ? -1 : i + 1 + next;
        }
        if (!hasSurrogate) return PyStr.Create(Encoding.UTF8.GetString(bytes));
        var cps = new List<int>(bytes.Length);
        for (int i = 0; i < bytes.Length;)
        {
            byte b = bytes[i];
            int cp, len;
            if (b < 0x80) { cp = b; len = 1; }
            else if (b < 0xE0) { cp = b & 0x1F; len = 2; }
            else if (b < 0xF0) { cp = b & 0x0F; len = 3; }
            else { cp = b & 0x07; len = 4; }
            if (i + len > bytes.Length) len = bytes.Length - i;
            for (int k = 1; k < len; k++) cp = (cp << 6) | (bytes[i + k] & 0x3F);
            cps.Add(cp);
            i += len;
        }
        return PyStr.FromCodePoints(cps.ToArray());
    }

    // ---- code objects ------------------------------------------------------------------------------

    private PyObject? ReadCode(ThreadState ts, bool flag)
    {
        int slot = Reserve(flag);
        if (!Int32(ts, out int argcount) || !Int32(ts, out int posonly) || !Int32(ts, out int kwonly)
            || !Int32(ts, out int stacksize) || !Int32(ts, out int flags)) return null;
        var code = ReadObject(ts);
        if (code is null) return NullItem(ts, "object");
        var consts = ReadObject(ts);
        if (consts is null) return NullItem(ts, "object");
        var names = ReadObject(ts);
        if (names is null) return NullItem(ts, "object");
        var localsPlusNames = ReadObject(ts);
        if (localsPlusNames is null) return NullItem(ts, "object");
        var kinds = ReadObject(ts);
        if (kinds is null) return NullItem(ts, "object");
        var filename = ReadObject(ts);
        if (filename is null) return NullItem(ts, "object");
        var name = ReadObject(ts);
        if (name is null) return NullItem(ts, "object");
        var qualname = ReadObject(ts);
        if (qualname is null) return NullItem(ts, "object");
        if (!Int32(ts, out int firstlineno)) return null;
        var linetable = ReadObject(ts);
        if (linetable is null) return NullItem(ts, "object");
        var exceptiontable = ReadObject(ts);
        if (exceptiontable is null) return NullItem(ts, "object");

        // _PyCode_Validate: the fields must have their types.
        if (code is not PyBytes codeBytes || consts is not PyTuple constTuple || names is not PyTuple nameTuple
            || localsPlusNames is not PyTuple lpNames || kinds is not PyBytes kindBytes
            || filename is not PyStr || name is not PyStr || qualname is not PyStr
            || linetable is not PyBytes lineBytes || exceptiontable is not PyBytes excBytes
            || lpNames.Items.Length != kindBytes.Value.Length || codeBytes.Value.Length % 2 != 0
            || !AllStr(nameTuple) || !AllStr(lpNames))
        {
            ts.SetError(PyExc.SystemError, "bad argument to internal function");
            return null;
        }
        var constItems = constTuple.Items;
        var nameStrs = InternedNames(nameTuple);
        var lpStrs = InternedNames(lpNames);
        var co = new CodeObject
        {
            ArgCount = argcount,
            PosOnlyArgCount = posonly,
            KwOnlyArgCount = kwonly,
            StackSize = stacksize,
            Flags = (CodeFlags)flags,
            Code = codeBytes.Value,
            // The runtime runs on the objects just read; the compiler's form of the constants and names
            // is made only if something asks for it (code equality, code.replace, co_varnames).
            Source = new CodeSource(constItems, nameStrs, lpStrs),
            LocalsPlusKinds = kindBytes.Value,
            Filename = ((PyStr)filename).Chars,
            Name = ((PyStr)name).Chars,
            QualName = ((PyStr)qualname).Chars,
            FirstLineno = firstlineno,
            LineTable = lineBytes.Value,
            ExceptionTable = excBytes.Value,
        };
        return Fill(slot, new PyCode(co, constItems, nameStrs, lpStrs, InternedName((PyStr)name), (PyStr)filename, (PyStr)qualname));
    }

    /// <summary>A read code object's constants and names in the compiler's form, made when first asked for.</summary>
    private sealed class CodeSource(PyObject[] consts, PyStr[] names, PyStr[] localsPlusNames) : ICodeObjectSource
    {
        public object?[] MakeConsts() => Array.ConvertAll(consts, ToConstant);
        public string[] MakeNames() => Array.ConvertAll(names, static n => n.Chars);
        public string[] MakeLocalsPlusNames() => Array.ConvertAll(localsPlusNames, static n => n.Chars);
    }

    /// <summary>The names of a code object as the interned strings the VM keys its caches on (a .pyc marks
    /// them interned, so they usually are already).</summary>
    private static PyStr[] InternedNames(PyTuple t)
    {
        var items = t.Items;
        if (items.Length == 0) return [];
        var result = new PyStr[items.Length];
        for (int i = 0; i < items.Length; i++) result[i] = InternedName((PyStr)items[i]);
        return result;
    }

    private static PyStr InternedName(PyStr s) => s.IsInterned ? s : PyStr.Intern(s.Chars);

    private static bool AllStr(PyTuple t)
    {
        foreach (var item in t.Items)
            if (item is not PyStr) return false;
        return true;
    }

    /// <summary>A runtime constant as the compiler represents it in <see cref="CodeObject.Consts"/> (what
    /// code-object equality compares). Objects the compiler never makes stay themselves.</summary>
    internal static object? ToConstant(PyObject v) => v switch
    {
        PyNone => null,
        PyBool b => b.IsTrue,
        PyInt i when i.Type == BuiltinTypes.Int => i.IsSmall ? (object)i.Small : i.Value,
        PyFloat f when f.Type == BuiltinTypes.Float => f.Value,
        PyComplex c when c.Type == BuiltinTypes.Complex => new Complex(c.Real, c.Imag),
        PyStr s when s.Type == BuiltinTypes.Str => StrConstant(s),
        PyBytes b when b.Type == BuiltinTypes.Bytes => b.Value,
        PyEllipsis => EllipsisValue.Instance,
        PyTuple t when t.Type == BuiltinTypes.Tuple => new ConstTuple(ImmutableArray.Create(Array.ConvertAll(t.Items, ToConstant))),
        PyFrozenSet f when f.Type == BuiltinTypes.FrozenSet => FrozenSetConstant(f),
        PyCode c => c.Code,
        _ => v,
    };

    private static object StrConstant(PyStr s)
    {
        if (s.IsWide || !s.Chars.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return s.Chars;
        var cps = new int[s.Length];
        for (int i = 0; i < cps.Length; i++) cps[i] = s[i];
        return new CodePointString(cps);
    }

    private static ConstFrozenSet FrozenSetConstant(PyFrozenSet f)
    {
        var items = new List<object?>();
        if (f.HasPendingConstants) return new ConstFrozenSet(ImmutableArray<object?>.Empty);
        var table = f.Table(null!);
        int pos = 0;
        while (table.Next(ref pos, out var key, out _)) items.Add(ToConstant(key));
        return new ConstFrozenSet([.. items]);
    }
}
