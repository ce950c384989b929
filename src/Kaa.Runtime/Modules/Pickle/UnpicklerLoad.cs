using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Runtime;

/// <summary>The unpickler's load(): one case per opcode over the value stack, with CPython's checks and
/// messages for malformed pickles.</summary>
internal partial class PyUnpickler
{
    // ---- the value stack ----------------------------------------------------------------------------------

    private void Push(PyObject obj)
    {
        if (_sp == _stack.Length) Array.Resize(ref _stack, _stack.Length + (_stack.Length >> 3) + 6);
        _stack[_sp++] = obj;
    }

    private bool StackUnderflow(ThreadState ts)
    {
        ts.SetError(State(ts).UnpicklingError, _numMarks != 0 ? "unexpected MARK found" : "unpickling stack underflow");
        return false;
    }

    private PyObject? Pop(ThreadState ts)
    {
        if (_sp <= _fence)
        {
            StackUnderflow(ts);
            return null;
        }
        var obj = _stack[--_sp];
        _stack[_sp] = null!;
        return obj;
    }

    /// <summary>The items from <paramref name="start"/> up as a tuple, taken off the stack.</summary>
    private PyTuple? PopTuple(ThreadState ts, int start)
    {
        if (start < _fence)
        {
            StackUnderflow(ts);
            return null;
        }
        var tuple = PyTuple.FromSpan(_stack.AsSpan(start, _sp - start));
        ClearStack(start);
        return tuple;
    }

    private PyList PopList(int start)
    {
        var list = PyList.FromArray(_stack.AsSpan(start, _sp - start).ToArray());
        ClearStack(start);
        return list;
    }

    /// <summary>Pdata_clear: keeps the first <paramref name="to"/> items.</summary>
    private void ClearStack(int to)
    {
        if (to >= _sp) return;
        Array.Clear(_stack, to, _sp - to);
        _sp = to;
    }

    /// <summary>marker(): pops the top mark; its stack position.</summary>
    private int Marker(ThreadState ts)
    {
        if (_numMarks < 1)
        {
            ts.SetError(State(ts).UnpicklingError, "could not find MARK");
            return -1;
        }
        int mark = _marks[--_numMarks];
        _fence = _numMarks != 0 ? _marks[_numMarks - 1] : 0;
        return mark;
    }

    // ---- load ---------------------------------------------------------------------------------------------

    internal PyObject? Load(ThreadState ts)
    {
        _numMarks = 0;
        _fence = 0;
        _proto = 0;
        if (_sp > 0) ClearStack(0);
        while (true)
        {
            if (!Read(ts, 1, out int at))
            {
                if (ts.ErrorMatches(State(ts).UnpicklingError))
                {
                    ts.ClearError();
                    ts.SetError(PyExc.EOFError, "Ran out of input");
                }
                return null;
            }
            byte op = _in[at];
            if (op == PickleOpcodes.Stop) break;
            if (!Dispatch(ts, op)) return null;
        }
        if (!SkipConsumed(ts)) return null;
        return Pop(ts);
    }

    private bool Dispatch(ThreadState ts, byte op)
    {
        int at;
        switch (op)
        {
            case PickleOpcodes.None: Push(PyNone.Instance); return true;
            case PickleOpcodes.NewTrue: Push(PyBool.True); return true;
            case PickleOpcodes.NewFalse: Push(PyBool.False); return true;
            case PickleOpcodes.BinInt:
                if (!Read(ts, 4, out at)) return false;
                Push(PyInt.Create(BinaryPrimitives.ReadInt32LittleEndian(_in.AsSpan(at))));
                return true;
            case PickleOpcodes.BinInt1:
                if (!Read(ts, 1, out at)) return false;
                Push(PyInt.Create(_in[at]));
                return true;
            case PickleOpcodes.BinInt2:
                if (!Read(ts, 2, out at)) return false;
                Push(PyInt.Create(BinaryPrimitives.ReadUInt16LittleEndian(_in.AsSpan(at))));
                return true;
            case PickleOpcodes.Int: return LoadInt(ts);
            case PickleOpcodes.Long: return LoadLong(ts);
            case PickleOpcodes.Long1: return LoadCountedLong(ts, 1);
            case PickleOpcodes.Long4: return LoadCountedLong(ts, 4);
            case PickleOpcodes.Float: return LoadFloat(ts);
            case PickleOpcodes.BinFloat:
                if (!Read(ts, 8, out at)) return false;
                Push(PyFloat.Create(BinaryPrimitives.ReadDoubleBigEndian(_in.AsSpan(at))));
                return true;
            case PickleOpcodes.ShortBinBytes: return LoadCountedBinBytes(ts, 1);
            case PickleOpcodes.BinBytes: return LoadCountedBinBytes(ts, 4);
            case PickleOpcodes.BinBytes8: return LoadCountedBinBytes(ts, 8);
            case PickleOpcodes.ByteArray8: return LoadByteArray(ts);
            case PickleOpcodes.NextBuffer: return LoadNextBuffer(ts);
            case PickleOpcodes.ReadOnlyBuffer: return LoadReadOnlyBuffer(ts);
            case PickleOpcodes.ShortBinString: return LoadCountedBinString(ts, 1);
            case PickleOpcodes.BinString: return LoadCountedBinString(ts, 4);
            case PickleOpcodes.String: return LoadString(ts);
            case PickleOpcodes.Unicode: return LoadUnicode(ts);
            case PickleOpcodes.ShortBinUnicode: return LoadCountedBinUnicode(ts, 1);
            case PickleOpcodes.BinUnicode: return LoadCountedBinUnicode(ts, 4);
            case PickleOpcodes.BinUnicode8: return LoadCountedBinUnicode(ts, 8);
            case PickleOpcodes.EmptyTuple: return LoadCountedTuple(ts, 0);
            case PickleOpcodes.Tuple1: return LoadCountedTuple(ts, 1);
            case PickleOpcodes.Tuple2: return LoadCountedTuple(ts, 2);
            case PickleOpcodes.Tuple3: return LoadCountedTuple(ts, 3);
            case PickleOpcodes.Tuple:
            {
                int i = Marker(ts);
                return i >= 0 && LoadCountedTuple(ts, _sp - i);
            }
            case PickleOpcodes.EmptyList: Push(new PyList()); return true;
            case PickleOpcodes.List:
            {
                int i = Marker(ts);
                if (i < 0) return false;
                Push(PopList(i));
                return true;
            }
            case PickleOpcodes.EmptyDict: Push(new PyDict()); return true;
            case PickleOpcodes.Dict: return LoadDict(ts);
            case PickleOpcodes.EmptySet: Push(PySet.Create()); return true;
            case PickleOpcodes.AddItems: return LoadAddItems(ts);
            case PickleOpcodes.FrozenSet: return LoadFrozenSet(ts);
            case PickleOpcodes.Obj: return LoadObj(ts);
            case PickleOpcodes.Inst: return LoadInst(ts);
            case PickleOpcodes.NewObj: return LoadNewObj(ts, false);
            case PickleOpcodes.NewObjEx: return LoadNewObj(ts, true);
            case PickleOpcodes.Global: return LoadGlobal(ts);
            case PickleOpcodes.StackGlobal: return LoadStackGlobal(ts);
            case PickleOpcodes.Append:
                if (_sp - 1 <= _fence) return StackUnderflow(ts);
                return DoAppend(ts, _sp - 1);
            case PickleOpcodes.Appends:
            {
                int i = Marker(ts);
                return i >= 0 && DoAppend(ts, i);
            }
            case PickleOpcodes.Build: return LoadBuild(ts);
            case PickleOpcodes.Dup:
                if (_sp <= _fence) return StackUnderflow(ts);
                Push(_stack[_sp - 1]);
                return true;
            case PickleOpcodes.BinGet:
                if (!Read(ts, 1, out at)) return false;
                return PushMemo(ts, _in[at]);
            case PickleOpcodes.LongBinGet:
                if (!Read(ts, 4, out at)) return false;
                return PushMemo(ts, BinaryPrimitives.ReadUInt32LittleEndian(_in.AsSpan(at)));
            case PickleOpcodes.Get: return LoadGet(ts);
            case PickleOpcodes.Mark:
                if (_numMarks >= _marks.Length) Array.Resize(ref _marks, (_numMarks << 1) + 20);
                _marks[_numMarks++] = _fence = _sp;
                return true;
            case PickleOpcodes.BinPut:
                if (!Read(ts, 1, out at)) return false;
                if (_sp <= _fence) return StackUnderflow(ts);
                MemoPut(_in[at], _stack[_sp - 1]);
                return true;
            case PickleOpcodes.LongBinPut:
            {
                if (!Read(ts, 4, out at)) return false;
                if (_sp <= _fence) return StackUnderflow(ts);
                uint index = BinaryPrimitives.ReadUInt32LittleEndian(_in.AsSpan(at));
                MemoPut(index, _stack[_sp - 1]);
                return true;
            }
            case PickleOpcodes.Put: return LoadPut(ts);
            case PickleOpcodes.Memoize:
                if (_sp <= _fence) return StackUnderflow(ts);
                MemoPut(_memoLen, _stack[_sp - 1]);
                return true;
            case PickleOpcodes.Pop:
                if (_numMarks > 0 && _marks[_numMarks - 1] == _sp)
                {
                    _numMarks--;
                    _fence = _numMarks != 0 ? _marks[_numMarks - 1] : 0;
                }
                else if (_sp <= _fence) return StackUnderflow(ts);
                else _stack[--_sp] = null!;
                return true;
            case PickleOpcodes.PopMark:
            {
                int i = Marker(ts);
                if (i < 0) return false;
                ClearStack(i);
                return true;
            }
            case PickleOpcodes.SetItem: return DoSetItems(ts, _sp - 2);
            case PickleOpcodes.SetItems:
            {
                int i = Marker(ts);
                return i >= 0 && DoSetItems(ts, i);
            }
            case PickleOpcodes.PersId: return LoadPersId(ts);
            case PickleOpcodes.BinPersId: return LoadBinPersId(ts);
            case PickleOpcodes.Reduce: return LoadReduce(ts);
            case PickleOpcodes.Proto:
            {
                if (!Read(ts, 1, out at)) return false;
                int proto = _in[at];
                if (proto > PickleOpcodes.HighestProtocol)
                {
                    ts.SetError(PyExc.ValueError, $"unsupported pickle protocol: {proto}");
                    return false;
                }
                _proto = proto;
                return true;
            }
            case PickleOpcodes.Frame:
            {
                if (!Read(ts, 8, out at)) return false;
                ulong frameLen = BinaryPrimitives.ReadUInt64LittleEndian(_in.AsSpan(at));
                if (frameLen > long.MaxValue)
                {
                    ts.SetError(PyExc.OverflowError, $"FRAME length exceeds system's maximum of {long.MaxValue} bytes");
                    return false;
                }
                if (frameLen > int.MaxValue) return BadReadline(ts);
                if (!Read(ts, (int)frameLen, out _)) return false;
                // Only make sure the frame is in the chunk; its opcodes are read from there.
                _next -= (int)frameLen;
                return true;
            }
            case PickleOpcodes.Ext1: return LoadExtension(ts, 1);
            case PickleOpcodes.Ext2: return LoadExtension(ts, 2);
            case PickleOpcodes.Ext4: return LoadExtension(ts, 4);
            default:
            {
                string shown = op is >= 0x20 and <= 0x7e && op != '\'' && op != '\\' ? ((char)op).ToString() : $"\\x{op:x2}";
                ts.SetError(State(ts).UnpicklingError, $"invalid load key, '{shown}'.");
                return false;
            }
        }
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    /// <summary>The text of a line without its newline (ASCII / Latin-1 bytes as chars).</summary>
    private string LineText(int at, int len) => System.Text.Encoding.Latin1.GetString(_in, at, len - 1);

    /// <summary>int(text, base) as PyLong_FromString parses it.</summary>
    private static PyObject? ParseInt(ThreadState ts, string text, int numberBase)
        => Protocols.Call(ts, BuiltinTypes.Int, [PyStr.Create(text), PyInt.Create(numberBase)], null);

    private bool LoadInt(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        var text = LineText(at, len);
        // strtol(base 0): decimal, 0x hex, or a leading 0 for octal; "00"/"01" are the old bools.
        if (TryStrtol(text, out long x))
        {
            if (len == 3 && (x == 0 || x == 1)) Push(PyBool.From(x == 1));
            else Push(PyInt.Create(x));
            return true;
        }
        var value = ParseInt(ts, text, 0);
        if (value is null)
        {
            ts.ClearError();
            ts.SetError(PyExc.ValueError, "could not convert string to int");
            return false;
        }
        Push(value);
        return true;
    }

    /// <summary>C's strtol with base 0 over the whole text (leading white space allowed); false on
    /// overflow or trailing garbage.</summary>
    private static bool TryStrtol(string s, out long value)
    {
        value = 0;
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        int numberBase = 10;
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X') && i + 2 < s.Length && Uri.IsHexDigit(s[i + 2]))
        {
            numberBase = 16;
            i += 2;
        }
        else if (i < s.Length && s[i] == '0') numberBase = 8;
        int start = i;
        BigInteger acc = 0;
        for (; i < s.Length; i++)
        {
            int d = s[i] is >= '0' and <= '9' ? s[i] - '0' : s[i] is >= 'a' and <= 'f' ? s[i] - 'a' + 10 : s[i] is >= 'A' and <= 'F' ? s[i] - 'A' + 10 : 99;
            if (d >= numberBase) break;
            acc = acc * numberBase + d;
        }
        if (i == start || i != s.Length) return false;
        if (negative) acc = -acc;
        if (acc < long.MinValue || acc > long.MaxValue) return false;
        value = (long)acc;
        return true;
    }

    private bool LoadLong(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        var text = LineText(at, len);
        if (text.EndsWith('L')) text = text[..^1];
        var value = ParseInt(ts, text, 0);
        if (value is null) return false;
        Push(value);
        return true;
    }

    private bool LoadCountedLong(ThreadState ts, int size)
    {
        if (!Read(ts, size, out int at)) return false;
        int n = size == 1 ? _in[at] : BinaryPrimitives.ReadInt32LittleEndian(_in.AsSpan(at));
        if (n < 0)
        {
            ts.SetError(State(ts).UnpicklingError, "LONG pickle has negative byte count");
            return false;
        }
        if (n == 0)
        {
            Push(PyInt.Zero);
            return true;
        }
        if (!Read(ts, n, out at)) return false;
        var data = _in.AsSpan(at, n);
        if (n <= 8)
        {
            // Sign-extend into a long: no BigInteger for the common sizes.
            long v = (sbyte)data[n - 1];
            for (int k = n - 2; k >= 0; k--) v = (v << 8) | data[k];
            Push(PyInt.Create(v));
        }
        else Push(PyInt.Create(new BigInteger(data, isUnsigned: false, isBigEndian: false)));
        return true;
    }

    /// <summary>FLOAT: PyOS_string_to_double over the line — a line with no number at all is reported
    /// with its text (newline included, quoted as is), one with something after the number without.</summary>
    private bool LoadFloat(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        var line = System.Text.Encoding.Latin1.GetString(_in, at, len);
        var value = Formatting.FloatParser.ScanPrefix(line, out int used);
        if (value is null)
        {
            ts.SetError(PyExc.ValueError, $"could not convert string to float: '{line}'");
            return false;
        }
        if (used != line.Length - 1 && line[used] != '\0')
        {
            ts.SetError(PyExc.ValueError, "could not convert string to float");
            return false;
        }
        Push(PyFloat.Create(value.Value));
        return true;
    }

    // ---- bytes and strings --------------------------------------------------------------------------------

    /// <summary>calc_binsize: an unsigned little-endian size; -1 beyond what an index can hold.</summary>
    private long BinSize(int at, int nbytes)
    {
        ulong x = 0;
        for (int i = 0; i < nbytes; i++) x |= (ulong)_in[at + i] << (8 * i);
        return x > long.MaxValue ? -1 : (long)x;
    }

    private bool LoadCountedBinBytes(ThreadState ts, int nbytes)
    {
        if (!Read(ts, nbytes, out int at)) return false;
        long size = BinSize(at, nbytes);
        if (size < 0)
        {
            ts.SetError(PyExc.OverflowError, $"BINBYTES exceeds system's maximum size of {long.MaxValue} bytes");
            return false;
        }
        if (size > Array.MaxLength) return BadReadline(ts);
        int n = (int)size;
        if (n <= _inLen - _next)
        {
            Push(PyBytes.Create(_in.AsSpan(_inStart + _next, n)));
            _next += n;
            return true;
        }
        var data = new byte[n];
        if (!ReadInto(ts, data)) return false;
        Push(PyBytes.Create(data));
        return true;
    }

    private bool LoadByteArray(ThreadState ts)
    {
        if (!Read(ts, 8, out int at)) return false;
        long size = BinSize(at, 8);
        if (size < 0)
        {
            ts.SetError(PyExc.OverflowError, $"BYTEARRAY8 exceeds system's maximum size of {long.MaxValue} bytes");
            return false;
        }
        if (size > Array.MaxLength) return BadReadline(ts);
        var data = new byte[size];
        if (!ReadInto(ts, data)) return false;
        Push(PyByteArray.Create(data));
        return true;
    }

    private bool LoadNextBuffer(ThreadState ts)
    {
        if (_buffers is null)
        {
            ts.SetError(State(ts).UnpicklingError, "pickle stream refers to out-of-band data but no *buffers* argument was given");
            return false;
        }
        var buffer = Protocols.Next(ts, _buffers);
        if (buffer is null)
        {
            if (!ts.HasError) ts.SetError(State(ts).UnpicklingError, "not enough out-of-band buffers");
            return false;
        }
        Push(buffer);
        return true;
    }

    /// <summary>READONLY_BUFFER: the top item is replaced by a read-only memoryview of it when it is writable.</summary>
    private bool LoadReadOnlyBuffer(ThreadState ts)
    {
        if (_sp <= _fence) return StackUnderflow(ts);
        var obj = _stack[_sp - 1];
        var view = PyMemoryView.FromObject(ts, obj);
        if (view is null) return false;
        if (!view.ReadOnly)
            _stack[_sp - 1] = new PyMemoryView(view.Managed, view.Offset, view.Format, view.ItemSize, view.Shape, view.Strides, readOnly: true);
        view.Release(ts);
        return true;
    }

    /// <summary>A Python 2 str: bytes when the encoding is 'bytes', else decoded with encoding and errors.</summary>
    private PyObject? Python2Str(ThreadState ts, ReadOnlySpan<byte> data)
    {
        if (Encoding == "bytes") return PyBytes.Create(data);
        return UnicodeCodecs.Decode(ts, data, Encoding, Errors);
    }

    private bool LoadCountedBinString(ThreadState ts, int nbytes)
    {
        if (!Read(ts, nbytes, out int at)) return false;
        long size = nbytes == 1 ? _in[at] : BinaryPrimitives.ReadInt32LittleEndian(_in.AsSpan(at));
        if (size < 0)
        {
            ts.SetError(State(ts).UnpicklingError, $"BINSTRING exceeds system's maximum size of {long.MaxValue} bytes");
            return false;
        }
        if (!Read(ts, (int)size, out at)) return false;
        var obj = Python2Str(ts, _in.AsSpan(at, (int)size));
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    /// <summary>STRING: a quoted, escaped Python 2 str literal.</summary>
    private bool LoadString(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        len--;
        if (len >= 2 && _in[at] == _in[at + len - 1] && (_in[at] == '\'' || _in[at] == '"'))
        {
            at++;
            len -= 2;
        }
        else
        {
            ts.SetError(State(ts).UnpicklingError, "the STRING opcode argument must be quoted");
            return false;
        }
        var decoded = CallCodecs(ts, "escape_decode", PyBytes.Create(_in.AsSpan(at, len)));
        if (decoded is not PyBytes bytes) return false;
        var obj = Python2Str(ts, bytes.Value);
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    /// <summary>_codecs.NAME(data)[0]: the escape decoders, for the text protocol's string opcodes.</summary>
    private static PyObject? CallCodecs(ThreadState ts, string name, PyObject data)
    {
        var codecs = ts.Interp.ImportBuiltin(ts, "_codecs");
        if (codecs is null) return null;
        var result = Protocols.CallMethod(ts, codecs, name, [data]);
        if (result is null) return null;
        return result is PyTuple { Length: > 0 } t ? t.Items[0] : ts.SystemError($"_codecs.{name} returned a bad value");
    }

    private bool LoadUnicode(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 1) return BadReadline(ts);
        var str = CallCodecs(ts, "raw_unicode_escape_decode", PyBytes.Create(_in.AsSpan(at, len - 1)));
        if (str is null) return false;
        Push(str);
        return true;
    }

    private bool LoadCountedBinUnicode(ThreadState ts, int nbytes)
    {
        if (!Read(ts, nbytes, out int at)) return false;
        long size = BinSize(at, nbytes);
        if (size < 0)
        {
            ts.SetError(PyExc.OverflowError, $"BINUNICODE exceeds system's maximum size of {long.MaxValue} bytes");
            return false;
        }
        if (size > Array.MaxLength) return BadReadline(ts);
        if (!Read(ts, (int)size, out at)) return false;
        var data = _in.AsSpan(at, (int)size);
        PyStr? str;
        if (!data.ContainsAnyExceptInRange((byte)0, (byte)0x7f))
        {
            // ASCII: one char per byte.
            str = PyStr.FromChars(System.Text.Encoding.Latin1.GetString(data));
        }
        else str = UnicodeCodecs.Decode(ts, data, UnicodeCodecs.Codec.Utf8, "surrogatepass");
        if (str is null) return false;
        Push(str);
        return true;
    }

    // ---- containers ---------------------------------------------------------------------------------------

    private bool LoadCountedTuple(ThreadState ts, int len)
    {
        if (_sp < len) return StackUnderflow(ts);
        var tuple = PopTuple(ts, _sp - len);
        if (tuple is null) return false;
        Push(tuple);
        return true;
    }

    private bool LoadDict(ThreadState ts)
    {
        int i = Marker(ts);
        if (i < 0) return false;
        int j = _sp;
        var dict = new PyDict();
        if ((j - i) % 2 != 0)
        {
            ts.SetError(State(ts).UnpicklingError, "odd number of items for DICT");
            return false;
        }
        for (int k = i + 1; k < j; k += 2)
            if (!dict.SetItem(ts, _stack[k - 1], _stack[k])) return false;
        ClearStack(i);
        Push(dict);
        return true;
    }

    private bool LoadFrozenSet(ThreadState ts)
    {
        int i = Marker(ts);
        if (i < 0) return false;
        var items = PopTuple(ts, i);
        if (items is null) return false;
        var set = PyAnySet.MakeNew(ts, BuiltinTypes.FrozenSet, items);
        if (set is null) return false;
        Push(set);
        return true;
    }

    /// <summary>APPEND / APPENDS: the items above <paramref name="x"/> go into the list below it (extend(),
    /// else append() one by one, for list-likes).</summary>
    private bool DoAppend(ThreadState ts, int x)
    {
        int len = _sp;
        if (x > len || x <= _fence) return StackUnderflow(ts);
        if (len == x) return true;
        var list = _stack[x - 1];
        if (list.Type == BuiltinTypes.List)
        {
            ((PyList)list).AppendRange(_stack.AsSpan(x, len - x));
            ClearStack(x);
            return true;
        }
        var extend = Protocols.LookupAttr(ts, list, "extend");
        if (extend is not null)
        {
            var slice = PopList(x);
            return Protocols.Call1(ts, extend, slice) is not null;
        }
        if (ts.HasError) return false;
        var append = Protocols.GetAttr(ts, list, "append");
        if (append is null) return false;
        for (int i = x; i < len; i++)
        {
            if (Protocols.Call1(ts, append, _stack[i]) is null)
            {
                ClearStack(x);
                return false;
            }
        }
        ClearStack(x);
        return true;
    }

    /// <summary>SETITEM / SETITEMS: key/value pairs above <paramref name="x"/> set on the mapping below it.</summary>
    private bool DoSetItems(ThreadState ts, int x)
    {
        int len = _sp;
        if (x > len || x <= _fence) return StackUnderflow(ts);
        if (len == x) return true;
        if ((len - x) % 2 != 0)
        {
            ts.SetError(State(ts).UnpicklingError, "odd number of items for SETITEMS");
            return false;
        }
        var dict = _stack[x - 1];
        bool ok = true;
        if (dict.Type == BuiltinTypes.Dict)
        {
            var d = (PyDict)dict;
            for (int i = x + 1; i < len; i += 2)
                if (!d.SetItem(ts, _stack[i - 1], _stack[i])) { ok = false; break; }
        }
        else
        {
            for (int i = x + 1; i < len; i += 2)
                if (Protocols.SetItem(ts, dict, _stack[i - 1], _stack[i]) < 0) { ok = false; break; }
        }
        ClearStack(x);
        return ok;
    }

    private bool LoadAddItems(ThreadState ts)
    {
        int mark = Marker(ts);
        if (mark < 0) return false;
        int len = _sp;
        if (mark > len || mark <= _fence) return StackUnderflow(ts);
        if (len == mark) return true;
        var set = _stack[mark - 1];
        if (set is PySet s)
        {
            var items = PopTuple(ts, mark);
            return items is not null && s.Update(ts, items);
        }
        var add = Protocols.GetAttr(ts, set, "add");
        if (add is null) return false;
        for (int i = mark; i < len; i++)
        {
            if (Protocols.Call1(ts, add, _stack[i]) is null)
            {
                ClearStack(mark);
                return false;
            }
        }
        ClearStack(mark);
        return true;
    }

    // ---- objects ------------------------------------------------------------------------------------------

    /// <summary>instantiate: cls.__new__(cls) for a class without __getinitargs__ and no arguments, else cls(*args).</summary>
    private static PyObject? Instantiate(ThreadState ts, PyObject cls, PyTuple args)
    {
        if (args.Length == 0 && cls is PyType)
        {
            var initArgs = Protocols.LookupAttr(ts, cls, "__getinitargs__");
            if (initArgs is null)
            {
                if (ts.HasError) return null;
                return Protocols.CallMethod(ts, cls, "__new__", [cls]);
            }
        }
        return Protocols.Call(ts, cls, args.Items, null);
    }

    private bool LoadObj(ThreadState ts)
    {
        int i = Marker(ts);
        if (i < 0) return false;
        if (_sp - i < 1) return StackUnderflow(ts);
        var args = PopTuple(ts, i + 1);
        if (args is null) return false;
        var cls = Pop(ts);
        if (cls is null) return false;
        var obj = Instantiate(ts, cls, args);
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    private PyStr? DecodeLine(ThreadState ts, int at, int len, bool utf8)
    {
        var data = _in.AsSpan(at, len - 1);
        return UnicodeCodecs.Decode(ts, data, utf8 ? UnicodeCodecs.Codec.Utf8 : UnicodeCodecs.Codec.Ascii, "strict");
    }

    private bool LoadInst(ThreadState ts)
    {
        int i = Marker(ts);
        if (i < 0) return false;
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        var moduleName = DecodeLine(ts, at, len, utf8: false);
        if (moduleName is null) return false;
        if (!ReadLine(ts, out at, out len)) return false;
        if (len < 2) return BadReadline(ts);
        var className = DecodeLine(ts, at, len, utf8: false);
        if (className is null) return false;
        var cls = FindClass(ts, moduleName, className);
        if (cls is null) return false;
        var args = PopTuple(ts, i);
        if (args is null) return false;
        var obj = Instantiate(ts, cls, args);
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    private bool NewObjError(ThreadState ts, string format, bool useKwargs, PyObject arg)
    {
        ts.SetError(State(ts).UnpicklingError, string.Format(CultureInfo.InvariantCulture, format, useKwargs ? "NEWOBJ_EX" : "NEWOBJ", arg.Type.Name));
        return false;
    }

    /// <summary>NEWOBJ / NEWOBJ_EX: cls.__new__(cls, *args, **kwargs) through the type's tp_new.</summary>
    private bool LoadNewObj(ThreadState ts, bool useKwargs)
    {
        PyObject? kwargs = null;
        if (useKwargs)
        {
            kwargs = Pop(ts);
            if (kwargs is null) return false;
        }
        var args = Pop(ts);
        if (args is null) return false;
        var cls = Pop(ts);
        if (cls is null) return false;
        if (cls is not PyType type) return NewObjError(ts, "{0} class argument must be a type, not {1}", useKwargs, cls);
        if (type.New is null) return NewObjError(ts, "{0} class argument '{1}' doesn't have __new__", useKwargs, cls);
        if (args is not PyTuple argTuple) return NewObjError(ts, "{0} args argument must be a tuple, not {1}", useKwargs, args);
        if (useKwargs && kwargs is not PyDict) return NewObjError(ts, "{0} kwargs argument must be a dict, not {1}", useKwargs, kwargs!);
        PyObject? obj;
        if (kwargs is PyDict kw && kw.Count > 0)
        {
            var all = new PyObject[argTuple.Length + kw.Count];
            argTuple.Items.CopyTo(all, 0);
            var names = new PyObject[kw.Count];
            int pos = 0, k = 0;
            while (kw.Next(ref pos, out var key, out var value))
            {
                if (key is not PyStr)
                {
                    ts.SetError(PyExc.TypeError, "keywords must be strings");
                    return false;
                }
                names[k] = key;
                all[argTuple.Length + k] = value;
                k++;
            }
            obj = type.New(ts, type, all, PyTuple.Create(names));
        }
        else obj = type.New(ts, type, argTuple.Items, null);
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    private bool LoadGlobal(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        var moduleName = DecodeLine(ts, at, len, utf8: true);
        if (moduleName is null) return false;
        if (!ReadLine(ts, out at, out len)) return false;
        if (len < 2) return BadReadline(ts);
        var globalName = DecodeLine(ts, at, len, utf8: true);
        if (globalName is null) return false;
        var global = FindClass(ts, moduleName, globalName);
        if (global is null) return false;
        Push(global);
        return true;
    }

    private bool LoadStackGlobal(ThreadState ts)
    {
        var globalName = Pop(ts);
        var moduleName = globalName is null ? null : Pop(ts);
        if (moduleName is null || moduleName.Type != BuiltinTypes.Str || globalName!.Type != BuiltinTypes.Str)
        {
            ts.SetError(State(ts).UnpicklingError, "STACK_GLOBAL requires str");
            return false;
        }
        var global = FindClass(ts, moduleName, globalName);
        if (global is null) return false;
        Push(global);
        return true;
    }

    private PyObject? CallPersistentLoad(ThreadState ts, PyObject pid)
        => _persFuncTakesSelf ? Protocols.Call(ts, _persFunc!, [this, pid], null) : Protocols.Call1(ts, _persFunc!, pid);

    private bool NoPersistentLoad(ThreadState ts)
    {
        ts.SetError(State(ts).UnpicklingError, "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
        return false;
    }

    private bool LoadPersId(ThreadState ts)
    {
        if (_persFunc is null) return NoPersistentLoad(ts);
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 1) return BadReadline(ts);
        var pid = DecodeLine(ts, at, len, utf8: false);
        if (pid is null)
        {
            if (ts.ErrorMatches(PyExc.UnicodeDecodeError))
            {
                ts.ClearError();
                ts.SetError(State(ts).UnpicklingError, "persistent IDs in protocol 0 must be ASCII strings");
            }
            return false;
        }
        var obj = CallPersistentLoad(ts, pid);
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    private bool LoadBinPersId(ThreadState ts)
    {
        if (_persFunc is null) return NoPersistentLoad(ts);
        var pid = Pop(ts);
        if (pid is null) return false;
        var obj = CallPersistentLoad(ts, pid);
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    private bool PushMemo(ThreadState ts, long index)
    {
        var value = MemoGet(index);
        if (value is null)
        {
            ts.SetError(State(ts).UnpicklingError, $"Memo value not found at index {index}");
            return false;
        }
        Push(value);
        return true;
    }

    private bool LoadGet(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        var key = ParseInt(ts, LineText(at, len), 10);
        if (key is null) return false;
        if (!Protocols.AsIndex(ts, key, out long index, PyExc.OverflowError)) return false;
        return PushMemo(ts, index);
    }

    private bool LoadPut(ThreadState ts)
    {
        if (!ReadLine(ts, out int at, out int len)) return false;
        if (len < 2) return BadReadline(ts);
        if (_sp <= _fence) return StackUnderflow(ts);
        var value = _stack[_sp - 1];
        var key = ParseInt(ts, LineText(at, len), 10);
        if (key is null) return false;
        if (!Protocols.AsIndex(ts, key, out long index, PyExc.OverflowError)) return false;
        if (index < 0)
        {
            ts.SetError(PyExc.ValueError, "negative PUT argument");
            return false;
        }
        MemoPut(index, value);
        return true;
    }

    private bool LoadExtension(ThreadState ts, int nbytes)
    {
        var st = State(ts);
        if (!Read(ts, nbytes, out int at)) return false;
        long code = nbytes switch
        {
            1 => _in[at],
            2 => BinaryPrimitives.ReadUInt16LittleEndian(_in.AsSpan(at)),
            _ => BinaryPrimitives.ReadInt32LittleEndian(_in.AsSpan(at)),
        };
        if (code <= 0)
        {
            ts.SetError(st.UnpicklingError, "EXT specifies code <= 0");
            return false;
        }
        var pyCode = PyInt.Create(code);
        if (st.ExtensionCache.TryGetItem(ts, pyCode, out var obj) < 0) return false;
        if (obj is not null)
        {
            Push(obj);
            return true;
        }
        if (st.InvertedRegistry.TryGetItem(ts, pyCode, out var pair) < 0) return false;
        if (pair is null)
        {
            ts.SetError(PyExc.ValueError, $"unregistered extension code {code}");
            return false;
        }
        if (pair is not PyTuple { Length: 2 } t || t.Items[0] is not PyStr || t.Items[1] is not PyStr)
        {
            ts.SetError(PyExc.ValueError, $"_inverted_registry[{code}] isn't a 2-tuple of strings");
            return false;
        }
        obj = FindClass(ts, t.Items[0], t.Items[1]);
        if (obj is null) return false;
        if (!st.ExtensionCache.SetItem(ts, pyCode, obj)) return false;
        Push(obj);
        return true;
    }

    private bool LoadReduce(ThreadState ts)
    {
        var argtup = Pop(ts);
        if (argtup is null) return false;
        var callable = Pop(ts);
        if (callable is null) return false;
        PyObject? obj;
        if (argtup is PyTuple t) obj = Protocols.Call(ts, callable, t.Items, null);
        else
        {
            // PyObject_CallObject insists on a tuple.
            obj = ts.TypeError("argument list must be a tuple");
        }
        if (obj is null) return false;
        Push(obj);
        return true;
    }

    /// <summary>BUILD: inst.__setstate__(state), or the default: a state dict into inst.__dict__ (keys
    /// interned) and a slot-state dict set as attributes.</summary>
    private bool LoadBuild(ThreadState ts)
    {
        if (_sp - 2 < _fence) return StackUnderflow(ts);
        var state = Pop(ts);
        if (state is null) return false;
        var inst = _stack[_sp - 1];
        var setstate = Protocols.LookupAttr(ts, inst, "__setstate__");
        if (setstate is not null) return Protocols.Call1(ts, setstate, state) is not null;
        if (ts.HasError) return false;
        PyObject? slotState = null;
        if (state is PyTuple { Length: 2 } pair)
        {
            state = pair.Items[0];
            slotState = pair.Items[1];
        }
        if (state is not PyNone)
        {
            if (state is not PyDict stateDict)
            {
                ts.SetError(State(ts).UnpicklingError, "state is not a dictionary");
                return false;
            }
            var dict = Protocols.GetAttr(ts, inst, "__dict__");
            if (dict is null) return false;
            int pos = 0;
            while (stateDict.Next(ref pos, out var key, out var value))
            {
                if (key.Type == BuiltinTypes.Str) key = PyStr.Intern((PyStr)key);
                if (Protocols.SetItem(ts, dict, key, value) < 0) return false;
            }
        }
        if (slotState is not null)
        {
            if (slotState is not PyDict slots)
            {
                ts.SetError(State(ts).UnpicklingError, "slot state is not a dictionary");
                return false;
            }
            int pos = 0;
            while (slots.Next(ref pos, out var key, out var value))
            {
                if (key is not PyStr name)
                {
                    ts.SetError(PyExc.TypeError, $"attribute name must be string, not '{key.Type.Name}'");
                    return false;
                }
                if (Protocols.SetAttr(ts, inst, name, value) < 0) return false;
            }
        }
        return true;
    }
}
