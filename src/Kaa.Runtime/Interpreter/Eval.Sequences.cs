namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>UNPACK_SEQUENCE n: the items pushed so that the first ends on top.</summary>
    private static bool UnpackSequence(ThreadState ts, ValueSlot[] fast, ref int sp, int n)
    {
        var seq = fast[--sp].Value!;
        fast[sp].Value = null;
        ReadOnlySpan<PyObject> items;
        if (seq is PyTuple t && seq.Type == BuiltinTypes.Tuple) items = t.Items;
        else if (seq is PyList l && seq.Type == BuiltinTypes.List) items = l.AsSpan();
        else
        {
            if (seq.Type.Iter is null && seq.Type.GetItem is null)
            {
                ts.SetError(PyExc.TypeError, $"cannot unpack non-iterable {seq.Type.Name} object");
                return false;
            }
            var it = Protocols.GetIter(ts, seq);
            if (it is null) return false;
            var got = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var x = Protocols.Next(ts, it);
                if (x is null)
                {
                    if (!ts.HasError)
                        ts.SetError(PyExc.ValueError, $"not enough values to unpack (expected {n}, got {i})");
                    return false;
                }
                got[i] = x;
            }
            var extra = Protocols.Next(ts, it);
            if (extra is not null)
            {
                ts.SetError(PyExc.ValueError, $"too many values to unpack (expected {n})");
                return false;
            }
            if (ts.HasError) return false;
            items = got;
        }
        if (items.Length != n)
        {
            if (items.Length < n) ts.SetError(PyExc.ValueError, $"not enough values to unpack (expected {n}, got {items.Length})");
            else ts.SetError(PyExc.ValueError, $"too many values to unpack (expected {n})");
            return false;
        }
        for (int i = n - 1; i >= 0; i--) fast[sp++].Value = items[i];
        return true;
    }

    /// <summary>UNPACK_EX: <c>a, *b, c = seq</c> (before, a list, after; pushed so the first is on top).</summary>
    private static bool UnpackEx(ThreadState ts, ValueSlot[] fast, ref int sp, int before, int after)
    {
        var seq = fast[--sp].Value!;
        fast[sp].Value = null;
        if (seq.Type.Iter is null && seq.Type.GetItem is null)
        {
            ts.SetError(PyExc.TypeError, $"cannot unpack non-iterable {seq.Type.Name} object");
            return false;
        }
        var all = Protocols.ToList(ts, seq);
        if (all is null) return false;
        if (all.Count < before + after)
        {
            ts.SetError(PyExc.ValueError, $"not enough values to unpack (expected at least {before + after}, got {all.Count})");
            return false;
        }
        int middle = all.Count - before - after;
        for (int i = after - 1; i >= 0; i--) fast[sp++].Value = all[before + middle + i];
        fast[sp++].Value = PyList.FromArray(all.GetRange(before, middle).ToArray());
        for (int i = before - 1; i >= 0; i--) fast[sp++].Value = all[i];
        return true;
    }

    private static bool ListExtend(ThreadState ts, PyList list, PyObject iterable)
    {
        if (iterable.Type.Iter is null && iterable.Type.GetItem is null)
        {
            ts.SetError(PyExc.TypeError, $"Value after * must be an iterable, not {iterable.Type.Name}");
            return false;
        }
        // _PyList_Extend: list_extend's growth (exact preallocation, length hints), as sys.getsizeof shows.
        return ListSlots.Extend(ts, list, iterable);
    }

    /// <summary>Merges a mapping into the kwargs being built for a call (DICT_MERGE): duplicates are errors.</summary>
    private static bool DictMerge(ThreadState ts, PyDict target, PyObject mapping, PyObject func)
    {
        if (mapping is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (!MergeOne(ts, target, k, v, func)) return false;
            }
            return true;
        }
        var keysMethod = Protocols.LookupAttr(ts, mapping, "keys");
        if (keysMethod is null)
        {
            if (!ts.HasError)
                ts.SetError(PyExc.TypeError, $"{FunctionDescription(ts, func)} argument after ** must be a mapping, not {mapping.Type.Name}");
            return false;
        }
        var keys = Protocols.Call0(ts, keysMethod);
        if (keys is null) return false;
        var list = Protocols.ToList(ts, keys);
        if (list is null) return false;
        foreach (var k in list)
        {
            var v = Protocols.GetItem(ts, mapping, k);
            if (v is null) return false;
            if (!MergeOne(ts, target, k, v, func)) return false;
        }
        return true;
    }

    private static bool MergeOne(ThreadState ts, PyDict target, PyObject key, PyObject value, PyObject func)
    {
        // Non-str keys are refused by the call itself ("keywords must be strings").
        int has = target.TryGetItem(ts, key, out _);
        if (has < 0) return false;
        if (has == 1)
        {
            ts.SetError(PyExc.TypeError, $"{FunctionDescription(ts, func)} got multiple values for keyword argument '{key}'");
            return false;
        }
        return target.SetItem(ts, key, value);
    }

    /// <summary>FORMAT_VALUE's argument bit (unused by CPython, whose flags are bits 0-2) that quickening sets
    /// when the result is certainly a piece of a BUILD_STRING (<see cref="MarkDeferredFormats"/>): then an exact
    /// int (a long) with no spec or a constant one that cannot fail stays on the stack as it is, and BUILD_STRING
    /// (<see cref="PyStr.Concat"/>) writes its digits into the result: no str per piece, which in
    /// <c>f'{i}:{j}'</c> was one of three objects made.</summary>
    internal const int DeferredFormat = 8;

    /// <summary>Sets <see cref="DeferredFormat"/> on the FORMAT_VALUEs of <paramref name="instrs"/> that may leave
    /// an int for their BUILD_STRING (quickening; co_code keeps CPython's arguments).</summary>
    internal static void MarkDeferredFormats(PyCode code, ushort[] instrs)
    {
        var cacheEntries = Kaa.Compiler.Bytecode.OpCodeInfo.CacheEntries;
        Dictionary<int, PyStr?[]>? specTable = null;
        for (int i = 0; i < instrs.Length; i++)
        {
            var op = (Kaa.Compiler.Bytecode.OpCode)(instrs[i] & 0xff);
            if (op == Kaa.Compiler.Bytecode.OpCode.FormatValue) MarkDeferredFormat(code.Consts, instrs, i, ref specTable);
            i += cacheEntries[(int)op];
        }
        // Published whole (two threads preparing the same code each publish an equal table).
        if (specTable is not null) code.DeferredFormatSpecs = specTable;
    }

    /// <summary>The FORMAT_VALUE at <paramref name="i"/> is marked when its spec is none or a constant that int
    /// formats without fail (one of b, d, x, X: <see cref="Formatting.IntFormatter.TryFormatBare"/>, so that
    /// formatting later cannot raise), and the straight-line code after it (loads, operators, calls, other
    /// FORMAT_VALUEs, inner BUILD_STRINGs; no jumps) reaches a BUILD_STRING that pops its result, never
    /// reading below it before that. A spec is recorded for the BUILD_STRING in
    /// <paramref name="specTable"/> (<see cref="PyCode.DeferredFormatSpecs"/>) at the piece's position.</summary>
    private static void MarkDeferredFormat(PyObject[] consts, ushort[] instrs, int i, ref Dictionary<int, PyStr?[]>? specTable)
    {
        PyStr? spec = null;
        if ((instrs[i] & (4 << 8)) != 0)
        {
            if (i < 1 || (Kaa.Compiler.Bytecode.OpCode)(instrs[i - 1] & 0xff) != Kaa.Compiler.Bytecode.OpCode.LoadConst
                || i >= 2 && (Kaa.Compiler.Bytecode.OpCode)(instrs[i - 2] & 0xff) == Kaa.Compiler.Bytecode.OpCode.ExtendedArg)
                return;
            int index = instrs[i - 1] >> 8;
            if (index >= consts.Length || consts[index] is not PyStr { Length: 1, IsWide: false } s
                || s[0] is not ('b' or 'd' or 'x' or 'X'))
                return;
            spec = s;
        }
        var cacheEntries = Kaa.Compiler.Bytecode.OpCodeInfo.CacheEntries;
        int above = 0; // items pushed over the FORMAT_VALUE's result
        for (int j = i + 1, steps = 0; j < instrs.Length && steps < 64; j++, steps++)
        {
            var op = (Kaa.Compiler.Bytecode.OpCode)(instrs[j] & 0xff);
            int arg = instrs[j] >> 8;
            int pops, pushes;
            switch (op)
            {
                case Kaa.Compiler.Bytecode.OpCode.LoadConst or Kaa.Compiler.Bytecode.OpCode.LoadFast or Kaa.Compiler.Bytecode.OpCode.LoadName or Kaa.Compiler.Bytecode.OpCode.LoadDeref or Kaa.Compiler.Bytecode.OpCode.LoadClosure
                    or Kaa.Compiler.Bytecode.OpCode.PushNull:
                    pops = 0; pushes = 1; break;
                case Kaa.Compiler.Bytecode.OpCode.LoadGlobal: pops = 0; pushes = 1 + (arg & 1); break;
                case Kaa.Compiler.Bytecode.OpCode.LoadAttr or Kaa.Compiler.Bytecode.OpCode.UnaryNegative or Kaa.Compiler.Bytecode.OpCode.UnaryPositive or Kaa.Compiler.Bytecode.OpCode.UnaryInvert or Kaa.Compiler.Bytecode.OpCode.UnaryNot:
                    pops = 1; pushes = 1; break;
                case Kaa.Compiler.Bytecode.OpCode.LoadMethod: pops = 1; pushes = 2; break;
                case Kaa.Compiler.Bytecode.OpCode.BinaryOp or Kaa.Compiler.Bytecode.OpCode.BinarySubscr or Kaa.Compiler.Bytecode.OpCode.CompareOp: pops = 2; pushes = 1; break;
                case Kaa.Compiler.Bytecode.OpCode.FormatValue: pops = (arg & 4) != 0 ? 2 : 1; pushes = 1; break;
                case Kaa.Compiler.Bytecode.OpCode.Precall or Kaa.Compiler.Bytecode.OpCode.KwNames: pops = 0; pushes = 0; break;
                case Kaa.Compiler.Bytecode.OpCode.Call: pops = arg + 2; pushes = 1; break;
                case Kaa.Compiler.Bytecode.OpCode.BuildString:
                    if (arg > above)
                    {
                        instrs[i] |= DeferredFormat << 8;
                        if (spec is not null)
                        {
                            var table = specTable ??= [];
                            if (!table.TryGetValue(j, out var specs)) table[j] = specs = new PyStr?[arg];
                            specs[arg - 1 - above] = spec;
                        }
                    }
                    pops = arg; pushes = 1; break;
                default: return;
            }
            if (pops > above) return;
            above += pushes - pops;
            j += cacheEntries[(int)op];
        }
    }

    /// <summary>The displays and f-string instructions (BUILD_SET/MAP/STRING/SLICE, SET_ADD, MAP_ADD, DICT_UPDATE, DICT_MERGE, FORMAT_VALUE).</summary>
    private static bool BuildOp(ThreadState ts, PyFrame f, Kaa.Compiler.Bytecode.OpCode op, int arg, ValueSlot[] fast, ref int sp)
    {
        switch (op)
        {
            case Kaa.Compiler.Bytecode.OpCode.BuildSet:
            {
                var set = PySet.Create();
                int start = sp - arg;
                for (int i = start; i < sp; i++)
                {
                    if (!set.Add(ts, fast[i].Value!)) return false;
                }
                for (int i = start; i < sp; i++) fast[i].Value = null;
                sp = start;
                fast[sp++].Value = set;
                return true;
            }
            case Kaa.Compiler.Bytecode.OpCode.SetAdd:
            {
                var v = fast[--sp].Value!;
                fast[sp].Value = null;
                return ((PySet)fast[sp - arg].Value!).Add(ts, v);
            }
            case Kaa.Compiler.Bytecode.OpCode.SetUpdate:
            {
                var v = fast[--sp].Value!;
                fast[sp].Value = null;
                return ((PySet)fast[sp - arg].Value!).Update(ts, v);
            }
            case Kaa.Compiler.Bytecode.OpCode.BuildMap:
            {
                var d = new PyDict();
                int start = sp - 2 * arg;
                for (int i = start; i < sp; i += 2)
                    if (!d.SetItem(ts, fast[i].Value!, fast[i + 1].Value!)) return false;
                for (int i = start; i < sp; i++) fast[i].Value = null;
                sp = start;
                fast[sp++].Value = d;
                return true;
            }
            case Kaa.Compiler.Bytecode.OpCode.BuildConstKeyMap:
            {
                var keys = (PyTuple)fast[--sp].Value!;
                fast[sp].Value = null;
                var d = new PyDict();
                int start = sp - arg;
                for (int i = 0; i < arg; i++)
                    if (!d.SetItem(ts, keys.Items[i], fast[start + i].Value!)) return false;
                for (int i = start; i < sp; i++) fast[i].Value = null;
                sp = start;
                fast[sp++].Value = d;
                return true;
            }
            case Kaa.Compiler.Bytecode.OpCode.MapAdd:
            {
                var value = fast[--sp].Value!;
                var key = fast[--sp].Value!;
                fast[sp].Value = fast[sp + 1].Value = null;
                return ((PyDict)fast[sp - arg].Value!).SetItem(ts, key, value);
            }
            case Kaa.Compiler.Bytecode.OpCode.DictUpdate:
            {
                var update = fast[--sp].Value!;
                fast[sp].Value = null;
                var target = (PyDict)fast[sp - arg].Value!;
                if (!DictUpdate(ts, target, update))
                {
                    if (ts.ErrorMatches(PyExc.AttributeError))
                    {
                        ts.ClearError();
                        ts.SetError(PyExc.TypeError, $"'{update.Type.Name}' object is not a mapping");
                    }
                    return false;
                }
                return true;
            }
            case Kaa.Compiler.Bytecode.OpCode.DictMerge:
            {
                var update = fast[--sp].Value!;
                fast[sp].Value = null;
                var target = (PyDict)fast[sp - arg].Value!;
                // The callable sits below the dict being built: NULL/func, func/self, args tuple, kwargs dict.
                var func = fast[sp - arg - 2].Value ?? PyNone.Instance;
                return DictMerge(ts, target, update, func);
            }
            case Kaa.Compiler.Bytecode.OpCode.BuildString:
            {
                int start = sp - arg;
                PyStr?[]? specs = null;
                f.Code.DeferredFormatSpecs?.TryGetValue(f.LastInstr, out specs);
                var result = PyStr.Concat(ts, ValueSlot.AsObjects(fast, start, arg), specs);
                if (result is null) return false;
                for (int i = start; i < sp; i++) fast[i].Value = null;
                sp = start;
                fast[sp++].Value = result;
                return true;
            }
            case Kaa.Compiler.Bytecode.OpCode.BuildSlice:
            {
                PyObject? step = arg == 3 ? fast[--sp].Value : null;
                var stop = fast[--sp].Value!;
                var start = fast[sp - 1].Value!;
                fast[sp].Value = null;
                if (step is not null) fast[sp + 1].Value = null;
                fast[sp - 1].Value = new PySlice(start, stop, step ?? PyNone.Instance);
                return true;
            }
            case Kaa.Compiler.Bytecode.OpCode.FormatValue:
            {
                PyObject? spec = (arg & 4) != 0 ? fast[--sp].Value : null;
                if (spec is not null) fast[sp].Value = null;
                var value = fast[sp - 1].Value!;
                // An exact int that fits a long and that a BUILD_STRING takes (every conversion of it is its
                // str(); a spec is the constant MarkDeferredFormat recorded): left for BUILD_STRING to write in
                // place. Nothing can fail then, so no error moves past the pieces that follow.
                if ((arg & DeferredFormat) != 0 && value.Type == BuiltinTypes.Int && ((PyInt)value).IsSmall) return true;
                PyObject? converted = (arg & 3) switch
                {
                    1 => Protocols.Str(ts, value),
                    2 => Protocols.Repr(ts, value),
                    3 => Protocols.Ascii(ts, value),
                    _ => value,
                };
                if (converted is null) return false;
                PyObject? result;
                if (spec is null && converted.Type == BuiltinTypes.Str) result = converted;
                else result = Protocols.Format(ts, converted, spec as PyStr ?? PyStr.Empty);
                if (result is null) return false;
                fast[sp - 1].Value = result;
                return true;
            }
        }
        ts.SetError(PyExc.SystemError, $"unexpected build opcode {op}");
        return false;
    }

    /// <summary>dict.update(mapping) semantics for DICT_UPDATE (** in displays).</summary>
    private static bool DictUpdate(ThreadState ts, PyDict target, PyObject update)
    {
        if (update is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
                if (!target.SetItem(ts, k, v)) return false;
            return true;
        }
        var keysMethod = Protocols.GetAttr(ts, update, "keys");
        if (keysMethod is null) return false;
        var keys = Protocols.Call0(ts, keysMethod);
        if (keys is null) return false;
        var list = Protocols.ToList(ts, keys);
        if (list is null) return false;
        foreach (var k in list)
        {
            var v = Protocols.GetItem(ts, update, k);
            if (v is null || !target.SetItem(ts, k, v)) return false;
        }
        return true;
    }
}
