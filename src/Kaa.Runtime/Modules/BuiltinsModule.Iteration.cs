namespace Kaa.Runtime;

/// <summary>The iteration builtins: min, max, sum, sorted, any, all (Python/bltinmodule.c).</summary>
internal static partial class BuiltinsModuleFactory
{
    private static readonly ArgSpec s_minKeywords = new("min", ["key", "default"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec s_maxKeywords = new("max", ["key", "default"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec s_sum = new("sum", ["iterable", "start"], required: 1, positionalOnly: 1);

    static partial void AddIterationFunctions(PyModule m)
    {
        m.AddFunction("min", static (ts, self, args, kw) => MinMax(ts, args, kw, CompareOp.Lt),
            "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument.");
        m.AddFunction("max", static (ts, self, args, kw) => MinMax(ts, args, kw, CompareOp.Gt),
            "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument.");
        m.AddFunction("sum", Sum,
            "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.");
        m.AddFunction("sorted", static (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos != 1) return ts.TypeError($"sorted expected 1 argument, got {npos}");
            var list = new PyList();
            if (!ListSlots.Extend(ts, list, args[0])) return null;
            // The keywords go to list.sort, whose messages they get.
            var sort = list.Type.Lookup("sort");
            if (sort is not PyMethodDescriptor d) return ts.SystemError("list.sort is missing");
            return d.Def.Invoke(ts, list, args[1..], kw) is null ? null : list;
        }, "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.");
        m.AddFunction("aiter", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "aiter", kw)) return null;
            if (args.Length != 1) return ts.TypeError($"aiter() takes exactly one argument ({args.Length} given)");
            return AsyncIter(ts, args[0]);
        }, "Return an AsyncIterator for an AsyncIterable object.");
        m.AddFunction("anext", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "anext", kw)) return null;
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length == 0 ? "anext expected at least 1 argument, got 0" : $"anext expected at most 2 arguments, got {args.Length}");
            var awaitable = AsyncNext(ts, args[0]);
            if (awaitable is null || args.Length == 1) return awaitable;
            return new PyAnextAwaitable(awaitable, args[1]);
        }, "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the async\niterator is exhausted, it is returned instead of raising StopAsyncIteration.");
        m.AddFunction("any", static (ts, self, iterable) => AnyAll(ts, iterable, stopOn: 1),
            "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.");
        m.AddFunction("all", static (ts, self, iterable) => AnyAll(ts, iterable, stopOn: 0),
            "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.");
    }

    /// <summary>PyObject_GetAIter: <c>type(o).__aiter__(o)</c>, which must give an async iterator.</summary>
    private static PyObject? AsyncIter(ThreadState ts, PyObject o)
    {
        var method = o.Type.Lookup(PyStr.Intern("__aiter__"));
        if (method is null) return ts.TypeError($"'{o.Type.Name}' object is not an async iterable");
        var it = Protocols.CallMethod(ts, o, PyStr.Intern("__aiter__"), []);
        if (it is null) return null;
        if (it.Type.Lookup(PyStr.Intern("__anext__")) is null)
            return ts.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
        return it;
    }

    /// <summary>am_anext: an async generator's asend awaitable, else <c>type(it).__anext__(it)</c>.</summary>
    private static PyObject? AsyncNext(ThreadState ts, PyObject it)
    {
        if (it is PyGenerator ag && it.Type == BuiltinTypes.AsyncGenerator) return new PyAsyncGenASend(ag, PyNone.Instance);
        if (it.Type.Lookup(PyStr.Intern("__anext__")) is null) return ts.TypeError($"'{it.Type.Name}' object is not an async iterator");
        return Protocols.CallMethod(ts, it, PyStr.Intern("__anext__"), []);
    }

    /// <summary>any (stop on a true item) and all (stop on a false one).</summary>
    private static PyObject? AnyAll(ThreadState ts, PyObject iterable, int stopOn)
    {
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return null;
        var sink = new AnyAllSink(stopOn);
        while (true)
        {
            var item = Protocols.NextInto(ts, it, sink);
            if (item is null) break;
            int truth = Protocols.IsTrue(ts, item);
            if (truth < 0) return null;
            if (truth == stopOn) return PyBool.From(stopOn == 1);
        }
        return ts.HasError ? null : PyBool.From(stopOn == 0);
    }

    /// <summary>any/all's consumer: takes the bools, None and exact ints that do not end the search (their truth
    /// runs no code); declines the rest, which AnyAll tests itself.</summary>
    private sealed class AnyAllSink(int stopOn) : ItemSink
    {
        public override bool Accept(ThreadState ts, PyObject item)
        {
            int truth;
            if (item is PyBool b) truth = b.IsTrue ? 1 : 0;
            else if (item is PyNone) truth = 0;
            else if (item.Type == BuiltinTypes.Int) truth = ((PyInt)item).Sign == 0 ? 0 : 1;
            else return false;
            return truth != stopOn;
        }
    }

    /// <summary>min_max: one iterable or several arguments; key= and default= keyword-only.</summary>
    private static PyObject? MinMax(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, CompareOp op)
    {
        string name = op == CompareOp.Lt ? "min" : "max";
        int nkw = kw?.Length ?? 0;
        var positional = args[..(args.Length - nkw)];
        if (positional.Length == 0) return ts.TypeError($"{name} expected at least 1 argument, got 0");
        var opts = new ArgBuffer();
        if (!(op == CompareOp.Lt ? s_minKeywords : s_maxKeywords).Parse(ts, args[positional.Length..], kw, opts)) return null;
        PyObject? keyFunc = opts[0], defaultValue = opts[1];
        if (positional.Length > 1 && defaultValue is not null)
            return ts.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        if (keyFunc is PyNone) keyFunc = null;
        var it = Protocols.GetIter(ts, positional.Length > 1 ? PyTuple.FromSpan(positional) : positional[0]);
        if (it is null) return null;
        PyObject? bestItem = null, bestValue = null;
        // Without a key, runs of machine-word ints or of floats are compared by the sink as they come.
        var sink = keyFunc is null ? new MinMaxSink(op == CompareOp.Gt) : null;
        while (true)
        {
            PyObject? item;
            if (sink is null) item = Protocols.Next(ts, it);
            else
            {
                sink.Best = bestValue;
                item = Protocols.NextInto(ts, it, sink);
                bestItem = bestValue = sink.Best;
            }
            if (item is null)
            {
                if (ts.HasError) return null;
                break;
            }
            var value = item;
            if (keyFunc is not null)
            {
                value = Protocols.Call1(ts, keyFunc, item);
                if (value is null) return null;
            }
            if (bestValue is null)
            {
                bestItem = item;
                bestValue = value;
                continue;
            }
            int cmp = Protocols.RichCompareBool(ts, value, bestValue, op);
            if (cmp < 0) return null;
            if (cmp > 0)
            {
                bestItem = item;
                bestValue = value;
            }
        }
        if (bestItem is not null) return bestItem;
        return defaultValue ?? ts.ValueError($"{name}() arg is an empty sequence");
    }

    /// <summary>sum(iterable, /, start=0): machine-word and double accumulators while the items allow, as
    /// CPython (plain double addition: 3.11 does not compensate), then the number protocol.</summary>
    private static PyObject? Sum(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos == 0) return ts.TypeError("sum() takes at least 1 positional argument (0 given)");
        var a = new ArgBuffer();
        if (!s_sum.Parse(ts, args, kwnames, a)) return null;
        var it = Protocols.GetIter(ts, a[0]!);
        if (it is null) return null;
        var result = a[1] ?? PyInt.Zero;
        if (a[1] is not null)
        {
            if (result is PyStr) return ts.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (result is PyBytes) return ts.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            if (result.Type.IsSubtypeOf(BuiltinTypes.ByteArray)) return ts.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject? item;
        var sink = new SumSink();
        if (result.Type == BuiltinTypes.Int && ((PyInt)result).TryGetLong(out sink.Int))
        {
            item = Protocols.NextInto(ts, it, sink);
            if (item is null) return ts.HasError ? null : PyInt.Create(sink.Int);
            result = Protocols.BinaryOp(ts, PyInt.Create(sink.Int), item, BinaryOp.Add);
            if (result is null) return null;
        }
        if (result.Type == BuiltinTypes.Float)
        {
            sink.InFloat = true;
            sink.Float = ((PyFloat)result).Value;
            item = Protocols.NextInto(ts, it, sink);
            if (item is null) return ts.HasError ? null : PyFloat.Create(sink.Float);
            result = Protocols.BinaryOp(ts, PyFloat.Create(sink.Float), item, BinaryOp.Add);
            if (result is null) return null;
        }
        while (true)
        {
            item = Protocols.Next(ts, it);
            if (item is null) return ts.HasError ? null : result;
            result = Protocols.BinaryOp(ts, result, item, BinaryOp.Add);
            if (result is null) return null;
        }
    }

    /// <summary>sum's fast accumulators: a machine-word int while the items are ints and the total fits, then a
    /// double while they are floats or machine-word ints (plain addition: 3.11 does not compensate). An item
    /// outside them is declined, and sum goes on with the number protocol.</summary>
    private sealed class SumSink : ItemSink
    {
        public long Int;
        public double Float;
        public bool InFloat;

        public override bool Accept(ThreadState ts, PyObject item)
        {
            if (!InFloat)
            {
                if ((item.Type == BuiltinTypes.Int || item.Type == BuiltinTypes.Bool) && ((PyInt)item).TryGetLong(out long b)
                    && (Int >= 0 ? b <= long.MaxValue - Int : b >= long.MinValue - Int))
                {
                    Int += b;
                    return true;
                }
                return false;
            }
            if (item.Type == BuiltinTypes.Float)
            {
                Float += ((PyFloat)item).Value;
                return true;
            }
            if (item is PyInt i && i.TryGetLong(out long v))
            {
                Float += v;
                return true;
            }
            return false;
        }
    }

    /// <summary>min/max's consumer without a key: takes an exact int that fits a machine word when the best so far
    /// is one too, and likewise a float (comparisons that run no code, with the results of int and float's own
    /// comparisons: a NaN never replaces the best, nor is replaced); declines the rest, which MinMax compares.</summary>
    private sealed class MinMaxSink(bool max) : ItemSink
    {
        public PyObject? Best;

        public override bool Accept(ThreadState ts, PyObject item)
        {
            var best = Best;
            if (item.Type == BuiltinTypes.Int)
            {
                var i = (PyInt)item;
                if (!i.IsSmall) return false;
                if (best is null) { Best = item; return true; }
                if (best.Type != BuiltinTypes.Int || !((PyInt)best).IsSmall) return false;
                long a = i.Small, b = ((PyInt)best).Small;
                if (max ? a > b : a < b) Best = item;
                return true;
            }
            if (item.Type == BuiltinTypes.Float)
            {
                if (best is null) { Best = item; return true; }
                if (best.Type != BuiltinTypes.Float) return false;
                double a = ((PyFloat)item).Value, b = ((PyFloat)best).Value;
                if (max ? a > b : a < b) Best = item;
                return true;
            }
            return false;
        }
    }
}
