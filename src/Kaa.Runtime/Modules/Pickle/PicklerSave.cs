using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The pickler's save(): exact builtin types are written directly (None, bools, int, float, str, bytes,
/// tuple, list, dict, set, frozenset, bytearray, PickleBuffer), everything else goes through
/// reducer_override, the dispatch tables and <c>__reduce_ex__</c> (PicklerReduce.cs). Objects are
/// memoized exactly where CPython's C pickler memoizes them, so the output bytes are its bytes.
/// </summary>
internal partial class PyPickler
{
    private const string RecursionWhere = " while pickling an object";

    /// <summary>save(): writes <paramref name="obj"/>; <paramref name="persSave"/> is set when saving the
    /// id persistent_id returned (which is not offered to persistent_id again).</summary>
    internal bool Save(ThreadState ts, PyObject obj, bool persSave)
    {
        if (Output.FrameLength >= PickleOpcodes.FrameSizeTarget && !OpcodeBoundary(ts)) return false;
        if (!persSave && _persFunc is not null)
        {
            int status = SavePersistent(ts, obj);
            if (status != 0) return status > 0;
        }
        var type = obj.Type;
        // Atoms: never memoized.
        if (obj is PyNone)
        {
            Output.WriteByte(PickleOpcodes.None);
            return true;
        }
        if (type == BuiltinTypes.Bool)
        {
            SaveBool(((PyBool)obj).IsTrue);
            return true;
        }
        if (type == BuiltinTypes.Int) return SaveLong(ts, (PyInt)obj);
        if (type == BuiltinTypes.Float)
        {
            SaveFloat(((PyFloat)obj).Value);
            return true;
        }
        if (Memo.TryGetValue(obj, out int index)) return MemoGet(ts, index);
        if (type == BuiltinTypes.Bytes) return SaveBytes(ts, (PyBytes)obj);
        if (type == BuiltinTypes.Str) return SaveStr(ts, (PyStr)obj);

        if (!ts.EnterNative(RecursionWhere)) return false;
        try
        {
            if (type == BuiltinTypes.Dict) return SaveDict(ts, obj);
            if (type == BuiltinTypes.Set) return SaveSet(ts, (PyAnySet)obj);
            if (type == BuiltinTypes.FrozenSet) return SaveFrozenSet(ts, (PyAnySet)obj);
            if (type == BuiltinTypes.List) return SaveList(ts, obj);
            if (type == BuiltinTypes.Tuple) return SaveTuple(ts, (PyTuple)obj);
            if (type == BuiltinTypes.ByteArray) return SaveByteArray(ts, (PyByteArray)obj);
            if (type == PyPickleBuffer.TypeObject) return SavePickleBuffer(ts, (PyPickleBuffer)obj);
            return SaveObject(ts, obj);
        }
        finally
        {
            ts.LeaveNative();
        }
    }

    private void SaveBool(bool value)
    {
        if (Proto >= 2) Output.WriteByte(value ? PickleOpcodes.NewTrue : PickleOpcodes.NewFalse);
        else Output.Write(value ? "I01\n"u8 : "I00\n"u8);
    }

    // ---- memo -------------------------------------------------------------------------------------------

    /// <summary>memo_get: GET / BINGET / LONG_BINGET of a memoized object.</summary>
    private bool MemoGet(ThreadState ts, int index)
    {
        if (Bin == 0)
        {
            Output.WriteByte(PickleOpcodes.Get);
            WriteDecimalLine(index);
        }
        else if (index < 256) Output.Write(PickleOpcodes.BinGet, (byte)index);
        else Output.WriteOp32(PickleOpcodes.LongBinGet, (uint)index);
        return true;
    }

    /// <summary>memo_put: remembers <paramref name="obj"/> under the next index and writes MEMOIZE / PUT /
    /// BINPUT / LONG_BINPUT (nothing in fast mode).</summary>
    private void MemoPut(PyObject obj)
    {
        if (Fast != 0) return;
        int index = Memo.Count;
        Memo.Set(obj, index);
        if (Proto >= 4) Output.WriteByte(PickleOpcodes.Memoize);
        else if (Bin == 0)
        {
            Output.WriteByte(PickleOpcodes.Put);
            WriteDecimalLine(index);
        }
        else if (index < 256) Output.Write(PickleOpcodes.BinPut, (byte)index);
        else Output.WriteOp32(PickleOpcodes.LongBinPut, (uint)index);
    }

    private bool InMemo(PyObject obj) => Memo.Contains(obj);

    private bool MemoGetExisting(ThreadState ts, PyObject obj) => MemoGet(ts, Memo.TryGetValue(obj, out int index) ? index : 0);

    /// <summary>A number in decimal and a newline (the text protocol's arguments).</summary>
    private void WriteDecimalLine(long value)
    {
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out int n, default, CultureInfo.InvariantCulture);
        digits[n++] = '\n';
        Output.WriteAscii(digits[..n]);
    }

    // ---- numbers ----------------------------------------------------------------------------------------

    private bool SaveLong(ThreadState ts, PyInt value)
    {
        if (value.IsSmall && value.Small is >= int.MinValue and <= int.MaxValue)
        {
            int v = (int)value.Small;
            if (Bin != 0)
            {
                if ((v & ~0xffff) != 0) Output.WriteOp32(PickleOpcodes.BinInt, (uint)v);
                else if ((v & 0xff00) != 0)
                {
                    var s = Output.Reserve(3);
                    s[0] = PickleOpcodes.BinInt2;
                    BinaryPrimitives.WriteUInt16LittleEndian(s[1..], (ushort)v);
                }
                else Output.Write(PickleOpcodes.BinInt1, (byte)v);
            }
            else
            {
                Output.WriteByte(PickleOpcodes.Int);
                WriteDecimalLine(v);
            }
            return true;
        }
        if (Proto >= 2)
        {
            // LONG1 / LONG4: the shortest little-endian two's complement.
            if (value.IsSmall)
            {
                Span<byte> bytes = stackalloc byte[8];
                BinaryPrimitives.WriteInt64LittleEndian(bytes, value.Small);
                int n = 8;
                while (n > 1 && ((bytes[n - 1] == 0 && (bytes[n - 2] & 0x80) == 0) || (bytes[n - 1] == 0xff && (bytes[n - 2] & 0x80) != 0))) n--;
                var s = Output.Reserve(2 + n);
                s[0] = PickleOpcodes.Long1;
                s[1] = (byte)n;
                bytes[..n].CopyTo(s[2..]);
                return true;
            }
            var big = value.Value;
            int count = big.GetByteCount();
            if (count > 0x7fffffff - 1)
            {
                ts.SetError(PyExc.OverflowError, "int too large to pickle");
                return false;
            }
            Span<byte> target;
            if (count < 256)
            {
                target = Output.Reserve(2 + count);
                target[0] = PickleOpcodes.Long1;
                target[1] = (byte)count;
                target = target[2..];
            }
            else
            {
                target = Output.Reserve(5 + count);
                target[0] = PickleOpcodes.Long4;
                BinaryPrimitives.WriteInt32LittleEndian(target[1..], count);
                target = target[5..];
            }
            big.TryWriteBytes(target, out _, isUnsigned: false, isBigEndian: false);
            return true;
        }
        // Protocols 0 and 1: the repr with Python 2's L suffix.
        Output.WriteByte(PickleOpcodes.Long);
        Output.WriteAscii(value.Value.ToString(CultureInfo.InvariantCulture));
        Output.Write("L\n"u8);
        return true;
    }

    private void SaveFloat(double x)
    {
        if (Bin != 0)
        {
            var s = Output.Reserve(9);
            s[0] = PickleOpcodes.BinFloat;
            BinaryPrimitives.WriteDoubleBigEndian(s[1..], x);
            return;
        }
        Output.WriteByte(PickleOpcodes.Float);
        Output.WriteAscii(Formatting.FloatFormatter.Repr(x));
        Output.WriteByte((byte)'\n');
    }

    // ---- bytes and strings ------------------------------------------------------------------------------

    private bool SaveBytes(ThreadState ts, PyBytes obj)
    {
        if (Proto < 3)
        {
            // No bytes opcode before protocol 3: codecs.encode(latin-1 text, 'latin1'), which Python 2 reads as str.
            PyTuple reduce;
            if (obj.Length == 0) reduce = PyTuple.Create(BuiltinTypes.Bytes, PyTuple.Empty);
            else
            {
                var text = PyStr.FromChars(Encoding.Latin1.GetString(obj.Value));
                reduce = PyTuple.Create(State(ts).CodecsEncode, PyTuple.Create(text, PyStr.Intern("latin1")));
            }
            return SaveReduce(ts, reduce, obj);
        }
        return SaveBytesData(ts, obj, obj.Value);
    }

    /// <summary>SHORT_BINBYTES / BINBYTES / BINBYTES8 and the data, memoized as <paramref name="obj"/>.</summary>
    private bool SaveBytesData(ThreadState ts, PyObject obj, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[9];
        int len;
        if (data.Length <= 0xff)
        {
            header[0] = PickleOpcodes.ShortBinBytes;
            header[1] = (byte)data.Length;
            len = 2;
        }
        else
        {
            header[0] = PickleOpcodes.BinBytes;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length);
            len = 5;
        }
        if (!WriteBytesPayload(ts, header[..len], data, obj)) return false;
        MemoPut(obj);
        return true;
    }

    private bool SaveByteArray(ThreadState ts, PyByteArray obj)
    {
        if (Proto < 5)
        {
            PyTuple reduce = obj.Count == 0
                ? PyTuple.Create(BuiltinTypes.ByteArray, PyTuple.Empty)
                : PyTuple.Create(BuiltinTypes.ByteArray, PyTuple.Create(PyBytes.Create(obj.AsSpan())));
            return SaveReduce(ts, reduce, obj);
        }
        return SaveByteArrayData(ts, obj, obj.AsSpan());
    }

    private bool SaveByteArrayData(ThreadState ts, PyObject obj, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[9];
        header[0] = PickleOpcodes.ByteArray8;
        BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
        if (!WriteBytesPayload(ts, header, data, obj)) return false;
        MemoPut(obj);
        return true;
    }

    private bool SavePickleBuffer(ThreadState ts, PyPickleBuffer obj)
    {
        if (Proto < 5)
        {
            ts.SetError(State(ts).PicklingError, "PickleBuffer can only pickled with protocol >= 5");
            return false;
        }
        if (!obj.CheckNotReleased(ts)) return false;
        if (!obj.IsContiguous)
        {
            ts.SetError(State(ts).PicklingError, "PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
            return false;
        }
        bool inBand = true;
        if (_bufferCallback is not null)
        {
            var result = Protocols.Call1(ts, _bufferCallback, obj);
            if (result is null) return false;
            int t = Protocols.IsTrue(ts, result);
            if (t < 0) return false;
            inBand = t != 0;
        }
        var view = obj.View;
        if (inBand)
            return view.ReadOnly ? SaveBytesData(ts, obj, view.Span) : SaveByteArrayData(ts, obj, view.Span);
        Output.WriteByte(PickleOpcodes.NextBuffer);
        if (view.ReadOnly) Output.WriteByte(PickleOpcodes.ReadOnlyBuffer);
        return true;
    }

    private bool SaveStr(ThreadState ts, PyStr s)
    {
        if (Bin != 0)
        {
            if (!WriteStrBinary(ts, s)) return false;
        }
        else
        {
            Output.WriteByte(PickleOpcodes.Unicode);
            WriteRawUnicodeEscape(s);
            Output.WriteByte((byte)'\n');
        }
        MemoPut(s);
        return true;
    }

    /// <summary>SHORT_BINUNICODE / BINUNICODE / BINUNICODE8 and the UTF-8 text (lone surrogates encoded as
    /// "surrogatepass" does).</summary>
    private bool WriteStrBinary(ThreadState ts, PyStr s)
    {
        int size = StrUtf8.Length(s);
        Span<byte> header = stackalloc byte[9];
        int len;
        if (size <= 0xff && Proto >= 4)
        {
            header[0] = PickleOpcodes.ShortBinUnicode;
            header[1] = (byte)size;
            len = 2;
        }
        else
        {
            header[0] = PickleOpcodes.BinUnicode;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)size);
            len = 5;
        }
        if (size < PickleOpcodes.FrameSizeTarget)
        {
            // The common case: header and text encoded straight into the buffer.
            var target = Output.Reserve(len + size);
            header[..len].CopyTo(target);
            StrUtf8.Encode(s, target[len..]);
            return true;
        }
        var data = new byte[size];
        StrUtf8.Encode(s, data);
        return WriteBytesPayload(ts, header[..len], data, null);
    }

    /// <summary>The text protocol's str argument: raw-unicode-escape, with backslash, NUL, CR, LF and ^Z
    /// escaped too (so the line stays one line).</summary>
    private void WriteRawUnicodeEscape(PyStr s)
    {
        const string hex = "0123456789abcdef";
        for (int i = 0; i < s.Length; i++)
        {
            int ch = s[i];
            if (ch >= 0x10000)
            {
                var t = Output.Reserve(10);
                t[0] = (byte)'\\';
                t[1] = (byte)'U';
                for (int k = 0; k < 8; k++) t[2 + k] = (byte)hex[(ch >> (28 - 4 * k)) & 0xf];
            }
            else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a)
            {
                var t = Output.Reserve(6);
                t[0] = (byte)'\\';
                t[1] = (byte)'u';
                for (int k = 0; k < 4; k++) t[2 + k] = (byte)hex[(ch >> (12 - 4 * k)) & 0xf];
            }
            else Output.WriteByte((byte)ch);
        }
    }

    // ---- tuples -----------------------------------------------------------------------------------------

    private static readonly byte[] s_tupleOps = [PickleOpcodes.EmptyTuple, PickleOpcodes.Tuple1, PickleOpcodes.Tuple2, PickleOpcodes.Tuple3];

    /// <summary>save_tuple: TUPLE1-3 from protocol 2, else MARK items TUPLE. A tuple found in the memo after
    /// its items were saved is recursive: the items are popped and the memoized tuple fetched instead.</summary>
    private bool SaveTuple(ThreadState ts, PyTuple t)
    {
        var items = t.Items;
        int len = items.Length;
        if (len == 0)
        {
            if (Proto != 0) Output.WriteByte(PickleOpcodes.EmptyTuple);
            else Output.Write(PickleOpcodes.Mark, PickleOpcodes.Tuple);
            return true;
        }
        if (len <= 3 && Proto >= 2)
        {
            for (int i = 0; i < len; i++)
                if (!Save(ts, items[i], false)) return false;
            if (InMemo(t))
            {
                for (int i = 0; i < len; i++) Output.WriteByte(PickleOpcodes.Pop);
                return MemoGetExisting(ts, t);
            }
            Output.WriteByte(s_tupleOps[len]);
            MemoPut(t);
            return true;
        }
        Output.WriteByte(PickleOpcodes.Mark);
        for (int i = 0; i < len; i++)
            if (!Save(ts, items[i], false)) return false;
        if (InMemo(t))
        {
            if (Bin != 0) Output.WriteByte(PickleOpcodes.PopMark);
            else for (int i = 0; i <= len; i++) Output.WriteByte(PickleOpcodes.Pop);
            return MemoGetExisting(ts, t);
        }
        Output.WriteByte(PickleOpcodes.Tuple);
        MemoPut(t);
        return true;
    }

    // ---- fast mode ----------------------------------------------------------------------------------------

    /// <summary>fast_save_enter: deep in fast mode's nesting, a container met again is a cycle (ValueError).</summary>
    private bool FastSaveEnter(ThreadState ts, PyObject obj)
    {
        if (++_fastNesting >= PickleOpcodes.FastNestingLimit)
        {
            _fastMemo ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            if (!_fastMemo.Add(obj))
            {
                ts.SetError(PyExc.ValueError,
                    $"fast mode: can't pickle cyclic objects including object type {obj.Type.Name} at 0x{ts.Interp.IdOf(obj):x}");
                _fastNesting = -1;
                return false;
            }
        }
        return true;
    }

    private void FastSaveLeave(PyObject obj)
    {
        if (_fastNesting-- >= PickleOpcodes.FastNestingLimit) _fastMemo?.Remove(obj);
    }

    // ---- lists ------------------------------------------------------------------------------------------

    private bool SaveList(ThreadState ts, PyObject obj)
    {
        if (Fast != 0 && !FastSaveEnter(ts, obj)) return false;
        bool ok = SaveListBody(ts, obj);
        if (Fast != 0) FastSaveLeave(obj);
        return ok;
    }

    private bool SaveListBody(ThreadState ts, PyObject obj)
    {
        if (Bin != 0) Output.WriteByte(PickleOpcodes.EmptyList);
        else Output.Write(PickleOpcodes.Mark, PickleOpcodes.List);
        var list = (PyList)obj;
        int len = list.Count;
        MemoPut(obj);
        if (len == 0) return true;
        if (!ts.EnterNative(RecursionWhere)) return false;
        try
        {
            if (list.Type == BuiltinTypes.List && Proto > 0) return BatchListExact(ts, list);
            var iter = Protocols.GetIter(ts, obj);
            return iter is not null && BatchList(ts, iter);
        }
        finally
        {
            ts.LeaveNative();
        }
    }

    /// <summary>batch_list_exact: MARK up to 1000 items APPENDS, repeated; one item is just APPEND. The
    /// length is read again at each step, as the list may change while its items are pickled.</summary>
    private bool BatchListExact(ThreadState ts, PyList list)
    {
        if (list.Count == 1)
        {
            if (!Save(ts, list[0], false)) return false;
            Output.WriteByte(PickleOpcodes.Append);
            return true;
        }
        int total = 0;
        do
        {
            int batch = 0;
            Output.WriteByte(PickleOpcodes.Mark);
            while (total < list.Count)
            {
                if (!Save(ts, list[total], false)) return false;
                total++;
                if (++batch == PickleOpcodes.BatchSize) break;
            }
            Output.WriteByte(PickleOpcodes.Appends);
        } while (total < list.Count);
        return true;
    }

    /// <summary>batch_list over any iterator (APPEND one by one at protocol 0).</summary>
    private bool BatchList(ThreadState ts, PyObject iter)
    {
        if (Proto == 0)
        {
            while (true)
            {
                var item = Protocols.Next(ts, iter);
                if (item is null) return !ts.HasError;
                if (!Save(ts, item, false)) return false;
                Output.WriteByte(PickleOpcodes.Append);
            }
        }
        int n;
        do
        {
            var first = Protocols.Next(ts, iter);
            if (first is null) return !ts.HasError;
            var obj = Protocols.Next(ts, iter);
            if (obj is null)
            {
                if (ts.HasError) return false;
                if (!Save(ts, first, false)) return false;
                Output.WriteByte(PickleOpcodes.Append);
                return true;
            }
            Output.WriteByte(PickleOpcodes.Mark);
            if (!Save(ts, first, false)) return false;
            n = 1;
            while (obj is not null)
            {
                if (!Save(ts, obj, false)) return false;
                n++;
                if (n == PickleOpcodes.BatchSize) break;
                obj = Protocols.Next(ts, iter);
                if (obj is null && ts.HasError) return false;
            }
            Output.WriteByte(PickleOpcodes.Appends);
        } while (n == PickleOpcodes.BatchSize);
        return true;
    }

    // ---- dicts ------------------------------------------------------------------------------------------

    private bool SaveDict(ThreadState ts, PyObject obj)
    {
        if (Fast != 0 && !FastSaveEnter(ts, obj)) return false;
        bool ok = SaveDictBody(ts, obj);
        if (Fast != 0) FastSaveLeave(obj);
        return ok;
    }

    private bool SaveDictBody(ThreadState ts, PyObject obj)
    {
        if (Bin != 0) Output.WriteByte(PickleOpcodes.EmptyDict);
        else Output.Write(PickleOpcodes.Mark, PickleOpcodes.Dict);
        MemoPut(obj);
        var dict = (PyDict)obj;
        if (dict.Count == 0) return true;
        if (!ts.EnterNative(RecursionWhere)) return false;
        try
        {
            if (dict.Type == BuiltinTypes.Dict && Proto > 0) return BatchDictExact(ts, dict);
            var items = Protocols.CallMethod(ts, obj, "items", []);
            if (items is null) return false;
            var iter = Protocols.GetIter(ts, items);
            return iter is not null && BatchDict(ts, iter);
        }
        finally
        {
            ts.LeaveNative();
        }
    }

    /// <summary>batch_dict_exact: MARK up to 1000 key/value pairs SETITEMS, repeated; one pair is SETITEM.</summary>
    private bool BatchDictExact(ThreadState ts, PyDict dict)
    {
        int size = dict.Count;
        int pos = 0;
        PyObject? key, value;
        if (size == 1)
        {
            dict.Next(ref pos, out key, out value);
            if (!Save(ts, key!, false) || !Save(ts, value!, false)) return false;
            Output.WriteByte(PickleOpcodes.SetItem);
            return true;
        }
        int i;
        do
        {
            i = 0;
            Output.WriteByte(PickleOpcodes.Mark);
            while (dict.Next(ref pos, out key, out value))
            {
                if (!Save(ts, key, false) || !Save(ts, value, false)) return false;
                if (++i == PickleOpcodes.BatchSize) break;
            }
            Output.WriteByte(PickleOpcodes.SetItems);
            if (dict.Count != size)
            {
                ts.SetError(PyExc.RuntimeError, "dictionary changed size during iteration");
                return false;
            }
        } while (i == PickleOpcodes.BatchSize);
        return true;
    }

    private static bool IsPair(PyObject item) => item is PyTuple { Length: 2 };

    private static bool NotPair(ThreadState ts)
    {
        ts.SetError(PyExc.TypeError, "dict items iterator must return 2-tuples");
        return false;
    }

    /// <summary>batch_dict over an iterator of (key, value) pairs (SETITEM one by one at protocol 0).</summary>
    private bool BatchDict(ThreadState ts, PyObject iter)
    {
        if (Proto == 0)
        {
            while (true)
            {
                var item = Protocols.Next(ts, iter);
                if (item is null) return !ts.HasError;
                if (!IsPair(item)) return NotPair(ts);
                var pair = ((PyTuple)item).Items;
                if (!Save(ts, pair[0], false) || !Save(ts, pair[1], false)) return false;
                Output.WriteByte(PickleOpcodes.SetItem);
            }
        }
        int n;
        do
        {
            var first = Protocols.Next(ts, iter);
            if (first is null) return !ts.HasError;
            if (!IsPair(first)) return NotPair(ts);
            var obj = Protocols.Next(ts, iter);
            var firstPair = ((PyTuple)first).Items;
            if (obj is null)
            {
                if (ts.HasError) return false;
                if (!Save(ts, firstPair[0], false) || !Save(ts, firstPair[1], false)) return false;
                Output.WriteByte(PickleOpcodes.SetItem);
                return true;
            }
            Output.WriteByte(PickleOpcodes.Mark);
            if (!Save(ts, firstPair[0], false) || !Save(ts, firstPair[1], false)) return false;
            n = 1;
            while (obj is not null)
            {
                if (!IsPair(obj)) return NotPair(ts);
                var pair = ((PyTuple)obj).Items;
                if (!Save(ts, pair[0], false) || !Save(ts, pair[1], false)) return false;
                n++;
                if (n == PickleOpcodes.BatchSize) break;
                obj = Protocols.Next(ts, iter);
                if (obj is null && ts.HasError) return false;
            }
            Output.WriteByte(PickleOpcodes.SetItems);
        } while (n == PickleOpcodes.BatchSize);
        return true;
    }

    // ---- sets -------------------------------------------------------------------------------------------

    private bool SaveSet(ThreadState ts, PyAnySet set)
    {
        if (Proto < 4)
        {
            var items = PyList.FromArray(set.ToArray(ts));
            return SaveReduce(ts, PyTuple.Create(BuiltinTypes.Set, PyTuple.Create(items)), set);
        }
        Output.WriteByte(PickleOpcodes.EmptySet);
        MemoPut(set);
        int size = set.Count;
        if (size == 0) return true;
        var table = set.Table(ts);
        int pos = 0;
        int i;
        do
        {
            i = 0;
            Output.WriteByte(PickleOpcodes.Mark);
            while (table.Next(ref pos, out var item, out _))
            {
                if (!Save(ts, item, false)) return false;
                if (++i == PickleOpcodes.BatchSize) break;
            }
            Output.WriteByte(PickleOpcodes.AddItems);
            if (set.Count != size)
            {
                ts.SetError(PyExc.RuntimeError, "set changed size during iteration");
                return false;
            }
        } while (i == PickleOpcodes.BatchSize);
        return true;
    }

    private bool SaveFrozenSet(ThreadState ts, PyAnySet set)
    {
        // As CPython: fast mode enters here but never leaves (its nesting count only grows).
        if (Fast != 0 && !FastSaveEnter(ts, set)) return false;
        if (Proto < 4)
        {
            var items = PyList.FromArray(set.ToArray(ts));
            return SaveReduce(ts, PyTuple.Create(BuiltinTypes.FrozenSet, PyTuple.Create(items)), set);
        }
        Output.WriteByte(PickleOpcodes.Mark);
        var iter = Protocols.GetIter(ts, set);
        if (iter is null) return false;
        while (true)
        {
            var item = Protocols.Next(ts, iter);
            if (item is null)
            {
                if (ts.HasError) return false;
                break;
            }
            if (!Save(ts, item, false)) return false;
        }
        if (InMemo(set))
        {
            Output.WriteByte(PickleOpcodes.PopMark);
            return MemoGetExisting(ts, set);
        }
        Output.WriteByte(PickleOpcodes.FrozenSet);
        MemoPut(set);
        return true;
    }
}
