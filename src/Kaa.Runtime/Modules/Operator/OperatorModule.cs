namespace Kaa.Runtime;

/// <summary>
/// <c>_operator</c>: the operators as functions (<c>operator.py</c> re-exports them), plus itemgetter,
/// attrgetter, methodcaller and <c>_compare_digest</c>.
/// </summary>
internal static class OperatorModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_operator", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
        Binary(m, "add", BinaryOp.Add, "Same as a + b.");
        Binary(m, "sub", BinaryOp.Subtract, "Same as a - b.");
        Binary(m, "mul", BinaryOp.Multiply, "Same as a * b.");
        Binary(m, "matmul", BinaryOp.MatrixMultiply, "Same as a @ b.");
        Binary(m, "floordiv", BinaryOp.FloorDivide, "Same as a // b.");
        Binary(m, "truediv", BinaryOp.TrueDivide, "Same as a / b.");
        Binary(m, "mod", BinaryOp.Remainder, "Same as a % b.");
        Binary(m, "lshift", BinaryOp.LShift, "Same as a << b.");
        Binary(m, "rshift", BinaryOp.RShift, "Same as a >> b.");
        Binary(m, "and_", BinaryOp.And, "Same as a & b.");
        Binary(m, "xor", BinaryOp.Xor, "Same as a ^ b.");
        Binary(m, "or_", BinaryOp.Or, "Same as a | b.");
        Binary(m, "pow", BinaryOp.Power, "Same as a ** b.");
        Binary(m, "iadd", BinaryOp.InplaceAdd, "Same as a += b.");
        Binary(m, "isub", BinaryOp.InplaceSubtract, "Same as a -= b.");
        Binary(m, "imul", BinaryOp.InplaceMultiply, "Same as a *= b.");
        Binary(m, "imatmul", BinaryOp.InplaceMatrixMultiply, "Same as a @= b.");
        Binary(m, "ifloordiv", BinaryOp.InplaceFloorDivide, "Same as a //= b.");
        Binary(m, "itruediv", BinaryOp.InplaceTrueDivide, "Same as a /= b.");
        Binary(m, "imod", BinaryOp.InplaceRemainder, "Same as a %= b.");
        Binary(m, "ilshift", BinaryOp.InplaceLShift, "Same as a <<= b.");
        Binary(m, "irshift", BinaryOp.InplaceRShift, "Same as a >>= b.");
        Binary(m, "iand", BinaryOp.InplaceAnd, "Same as a &= b.");
        Binary(m, "ixor", BinaryOp.InplaceXor, "Same as a ^= b.");
        Binary(m, "ior", BinaryOp.InplaceOr, "Same as a |= b.");
        Binary(m, "ipow", BinaryOp.InplacePower, "Same as a **= b.");
        Compare(m, "lt", CompareOp.Lt, "Same as a < b.");
        Compare(m, "le", CompareOp.Le, "Same as a <= b.");
        Compare(m, "eq", CompareOp.Eq, "Same as a == b.");
        Compare(m, "ne", CompareOp.Ne, "Same as a != b.");
        Compare(m, "gt", CompareOp.Gt, "Same as a > b.");
        Compare(m, "ge", CompareOp.Ge, "Same as a >= b.");
        Unary(m, "abs", static (ts, a) => Protocols.Absolute(ts, a), "Same as abs(a).");
        Unary(m, "index", static (ts, a) => Protocols.Index(ts, a), "Same as a.__index__()");
        Unary(m, "inv", static (ts, a) => Protocols.Invert(ts, a), "Same as ~a.");
        Unary(m, "invert", static (ts, a) => Protocols.Invert(ts, a), "Same as ~a.");
        Unary(m, "neg", static (ts, a) => Protocols.Negative(ts, a), "Same as -a.");
        Unary(m, "pos", static (ts, a) => Protocols.Positive(ts, a), "Same as +a.");
        Unary(m, "truth", static (ts, a) => Protocols.IsTrue(ts, a) is var t && t < 0 ? null : PyBool.From(t > 0), "Return True if a is true, False otherwise.");
        Unary(m, "not_", static (ts, a) => Protocols.IsTrue(ts, a) is var t && t < 0 ? null : PyBool.From(t == 0), "Same as not a.");
        Fixed(m, "is_", 2, static (ts, a) => PyBool.From(ReferenceEquals(a[0], a[1])), "Same as a is b.");
        Fixed(m, "is_not", 2, static (ts, a) => PyBool.From(!ReferenceEquals(a[0], a[1])), "Same as a is not b.");
        Fixed(m, "contains", 2, static (ts, a) => Protocols.Contains(ts, a[0], a[1]) is var r && r < 0 ? null : PyBool.From(r > 0), "Same as b in a (note reversed operands).");
        Fixed(m, "countOf", 2, static (ts, a) => Search(ts, a[0], a[1], count: true), "Return the number of items in a which are, or which equal, b.");
        Fixed(m, "indexOf", 2, static (ts, a) => Search(ts, a[0], a[1], count: false), "Return the first index of b in a.");
        Fixed(m, "getitem", 2, static (ts, a) => Protocols.GetItem(ts, a[0], a[1]), "Same as a[b].");
        Fixed(m, "delitem", 2, static (ts, a) => Protocols.DelItem(ts, a[0], a[1]) < 0 ? null : PyNone.Instance, "Same as del a[b].");
        Fixed(m, "setitem", 3, static (ts, a) => Protocols.SetItem(ts, a[0], a[1], a[2]) < 0 ? null : PyNone.Instance, "Same as a[b] = c.");
        Fixed(m, "concat", 2, static (ts, a) => Concat(ts, a[0], a[1], inplace: false), "Same as a + b, for a and b sequences.");
        Fixed(m, "iconcat", 2, static (ts, a) => Concat(ts, a[0], a[1], inplace: true), "Same as a += b, for a and b sequences.");
        Fixed(m, "_compare_digest", 2, static (ts, a) => CompareDigest(ts, a[0], a[1]), "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.");
        m.AddFunction("length_hint", LengthHint, "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.");
        m.AddFunction("call", static (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1) return ts.TypeError($"call expected at least 1 argument, got {npos}");
            return Protocols.Call(ts, args[0], args[1..], kw);
        }, "Same as obj(*args, **kwargs).");
        m.Set("itemgetter", PyItemGetter.TypeObject);
        m.Set("attrgetter", PyAttrGetter.TypeObject);
        m.Set("methodcaller", PyMethodCaller.TypeObject);
        return m;
    }

    private delegate PyObject? FixedArity(ThreadState ts, ReadOnlySpan<PyObject> args);

    /// <summary>A METH_O function: CPython's "_operator.name() takes exactly one argument" messages.</summary>
    private static void Unary(PyModule m, string name, Func<ThreadState, PyObject, PyObject?> f, string doc)
        => m.AddFunction(name, (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError($"_operator.{name}() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"_operator.{name}() takes exactly one argument ({args.Length} given)");
            return f(ts, args[0]);
        }, doc);

    /// <summary>A clinic function of <paramref name="arity"/> positional-only parameters.</summary>
    private static void Fixed(PyModule m, string name, int arity, FixedArity f, string doc)
        => m.AddFunction(name, (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError($"_operator.{name}() takes no keyword arguments");
            if (args.Length != arity) return ts.TypeError($"{name} expected {arity} arguments, got {args.Length}");
            return f(ts, args);
        }, doc);

    private static void Binary(PyModule m, string name, BinaryOp op, string doc)
        => Fixed(m, name, 2, (ts, a) => Protocols.BinaryOp(ts, a[0], a[1], op), doc);

    private static void Compare(PyModule m, string name, CompareOp op, string doc)
        => Fixed(m, name, 2, (ts, a) => Protocols.RichCompare(ts, a[0], a[1], op), doc);

    /// <summary>_PySequence_IterSearch: countOf (how many items are or equal b) and indexOf (the first such index).</summary>
    private static PyObject? Search(ThreadState ts, PyObject seq, PyObject value, bool count)
    {
        var it = Protocols.GetIter(ts, seq);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                return ts.TypeError($"argument of type '{seq.Type.Name}' is not iterable");
            }
            return null;
        }
        var next = it.Type.IterNext!;
        long n = 0;
        while (next(ts, it) is { } item)
        {
            int c = ReferenceEquals(item, value) ? 1 : Protocols.RichCompareBool(ts, item, value, CompareOp.Eq);
            if (c < 0) return null;
            if (c > 0)
            {
                if (!count) return PyInt.Create(n);
                n++;
            }
            else if (!count) n++;
        }
        if (ts.HasError) return null;
        return count ? PyInt.Create(n) : ts.ValueError("sequence.index(x): x not in sequence");
    }

    private static bool IsSequence(PyObject o) => o is not PyDict && (o.Type.GetItem is not null || o.Type.SeqConcat is not null);

    /// <summary>PySequence_Concat / PySequence_InPlaceConcat.</summary>
    private static PyObject? Concat(ThreadState ts, PyObject a, PyObject b, bool inplace)
    {
        var slot = inplace ? a.Type.SeqInplaceConcat ?? a.Type.SeqConcat : a.Type.SeqConcat;
        if (slot is not null) return slot(ts, a, b);
        if (IsSequence(a) && IsSequence(b))
            return Protocols.BinaryOp(ts, a, b, inplace ? BinaryOp.InplaceAdd : BinaryOp.Add);
        return ts.TypeError($"'{a.Type.Name}' object can't be concatenated");
    }

    private static PyObject? LengthHint(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Length: > 0 }) return ts.TypeError("_operator.length_hint() takes no keyword arguments");
        if (args.Length < 1 || args.Length > 2)
            return ts.TypeError(args.Length < 1
                ? $"length_hint expected at least 1 argument, got {args.Length}"
                : $"length_hint expected at most 2 arguments, got {args.Length}");
        long deflt = 0;
        if (args.Length == 2)
        {
            if (args[1] is not PyInt di) return ts.TypeError($"'{args[1].Type.Name}' object cannot be interpreted as an integer");
            if (!di.TryGetLong(out deflt)) return ts.OverflowError("Python int too large to convert to C ssize_t");
        }
        long r = Protocols.LengthHint(ts, args[0], deflt);
        if (r < 0 && ts.HasError) return null;
        return PyInt.Create(r);
    }

    /// <summary>_compare_digest: ASCII strings or bytes-like objects, compared in time independent of where they differ.</summary>
    internal static PyObject? CompareDigest(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!IsAscii(sa) || !IsAscii(sb)) return ts.TypeError("comparing strings with non-ASCII characters is not supported");
            int diff = sa.Length ^ sb.Length;
            for (int i = 0; i < sb.Length; i++) diff |= (i < sa.Length ? sa[i] : 0) ^ sb[i];
            return PyBool.From(diff == 0);
        }
        if (!Protocols.HasBuffer(a) && !Protocols.HasBuffer(b))
            return ts.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
        if (!Protocols.GetBuffer(ts, a, false, out var va)) return null;
        if (!Protocols.GetBuffer(ts, b, false, out var vb)) { Protocols.ReleaseBuffer(ref va); return null; }
        var x = va.Memory.Span;
        var y = vb.Memory.Span;
        int d = x.Length ^ y.Length;
        for (int i = 0; i < y.Length; i++) d |= (i < x.Length ? x[i] : 0) ^ y[i];
        Protocols.ReleaseBuffer(ref va);
        Protocols.ReleaseBuffer(ref vb);
        return PyBool.From(d == 0);
    }

    private static bool IsAscii(PyStr s)
    {
        for (int i = 0; i < s.Length; i++)
            if (s[i] > 127) return false;
        return true;
    }
}
