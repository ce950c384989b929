namespace Kaa.Runtime;

public static partial class Protocols
{
    private static readonly string[] s_binarySymbols =
    [
        "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];

    /// <summary>The operator's symbol as TypeErrors show it.</summary>
    public static string Symbol(BinaryOp op) => s_binarySymbols[(int)op];

    /// <summary>a OP b for the thirteen binary operators and their in-place forms (BINARY_OP).</summary>
    public static PyObject? BinaryOp(ThreadState ts, PyObject a, PyObject b, BinaryOp op)
    {
        int index = (int)op;
        if (index >= PyType.InplaceOffset)
        {
            // In-place: only the left operand's in-place slot, then the plain operation.
            if (a.Type.NumberBinary[index] is { } inplace)
            {
                var r = inplace(ts, a, b);
                if (r is null || r != PyNotImplemented.Instance) return r;
            }
            var plain = BinaryOp1(ts, a, b, index - PyType.InplaceOffset);
            if (plain is null || plain != PyNotImplemented.Instance) return plain;
            // The sequence protocol after the number slots (PyNumber_InPlaceAdd / InPlaceMultiply).
            if (op == Runtime.BinaryOp.InplaceAdd && (a.Type.SeqInplaceConcat ?? a.Type.SeqConcat) is { } iconcat)
                return iconcat(ts, a, b);
            if (op == Runtime.BinaryOp.InplaceMultiply)
            {
                if ((a.Type.SeqInplaceRepeat ?? a.Type.SeqRepeat) is { } irepeat) return SequenceRepeat(ts, irepeat, a, b);
                if (b.Type.SeqRepeat is { } rrepeat) return SequenceRepeat(ts, rrepeat, b, a);
            }
            return BinaryTypeError(ts, a, b, op);
        }
        var result = BinaryOp1(ts, a, b, index);
        if (result is null || result != PyNotImplemented.Instance) return result;
        if (op == Runtime.BinaryOp.Add && a.Type.SeqConcat is { } concat) return concat(ts, a, b);
        if (op == Runtime.BinaryOp.Multiply)
        {
            if (a.Type.SeqRepeat is { } repeat) return SequenceRepeat(ts, repeat, a, b);
            if (b.Type.SeqRepeat is { } rrepeat) return SequenceRepeat(ts, rrepeat, b, a);
        }
        return BinaryTypeError(ts, a, b, op);
    }

    /// <summary>sequence_repeat: the count must be an index (OverflowError when it does not fit).</summary>
    private static PyObject? SequenceRepeat(ThreadState ts, SeqRepeatFunc repeat, PyObject seq, PyObject count)
    {
        if (count is not PyInt && count.Type.Index is null)
            return ts.TypeError($"can't multiply sequence by non-int of type '{count.Type.Name}'");
        if (!AsIndex(ts, count, out long n, PyExc.OverflowError)) return null;
        return repeat(ts, seq, n);
    }

    /// <summary>binary_op1: the left operand's slot, the right's (first if its type is a subclass that overrides it).</summary>
    private static PyObject? BinaryOp1(ThreadState ts, PyObject a, PyObject b, int index)
    {
        var slotA = a.Type.NumberBinary[index];
        var slotB = a.Type != b.Type ? b.Type.NumberBinary[index] : null;
        if (ReferenceEquals(slotB, slotA)) slotB = null;
        PyObject? r;
        if (slotA is not null)
        {
            if (slotB is not null && b.Type.IsSubtypeOf(a.Type))
            {
                r = slotB(ts, a, b);
                if (r is null || r != PyNotImplemented.Instance) return r;
                slotB = null;
            }
            r = slotA(ts, a, b);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        if (slotB is not null) return slotB(ts, a, b);
        return PyNotImplemented.Instance;
    }

    private static PyObject? BinaryTypeError(ThreadState ts, PyObject a, PyObject b, BinaryOp op)
    {
        if (op == Runtime.BinaryOp.RShift && a is PyBuiltinFunction f && f.Def.Name == "print")
            return ts.TypeError($"unsupported operand type(s) for >>: '{a.Type.Name}' and '{b.Type.Name}'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        return ts.TypeError($"unsupported operand type(s) for {Symbol(op)}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>pow(a, b, c) with a modulus (ternary_op).</summary>
    public static PyObject? Power(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        if (c is PyNone) return BinaryOp(ts, a, b, Runtime.BinaryOp.Power);
        var slotA = a.Type.Power;
        var slotB = a.Type != b.Type ? b.Type.Power : null;
        if (ReferenceEquals(slotA, slotB)) slotB = null;
        PyObject? r;
        if (slotA is not null)
        {
            if (slotB is not null && b.Type.IsSubtypeOf(a.Type))
            {
                r = slotB(ts, a, b, c);
                if (r is null || r != PyNotImplemented.Instance) return r;
                slotB = null;
            }
            r = slotA(ts, a, b, c);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        if (slotB is not null)
        {
            r = slotB(ts, a, b, c);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        if (c.Type.Power is { } slotC && !ReferenceEquals(slotC, slotA) && !ReferenceEquals(slotC, slotB))
        {
            r = slotC(ts, a, b, c);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        return ts.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{c.Type.Name}'");
    }

    public static PyObject? Negative(ThreadState ts, PyObject a)
        => a.Type.Negative is { } f ? f(ts, a) : ts.TypeError($"bad operand type for unary -: '{a.Type.Name}'");

    public static PyObject? Positive(ThreadState ts, PyObject a)
        => a.Type.Positive is { } f ? f(ts, a) : ts.TypeError($"bad operand type for unary +: '{a.Type.Name}'");

    public static PyObject? Invert(ThreadState ts, PyObject a)
        => a.Type.Invert is { } f ? f(ts, a) : ts.TypeError($"bad operand type for unary ~: '{a.Type.Name}'");

    public static PyObject? Absolute(ThreadState ts, PyObject a)
        => a.Type.Absolute is { } f ? f(ts, a) : ts.TypeError($"bad operand type for abs(): '{a.Type.Name}'");

    /// <summary>operator.index(obj): an exact int (PyNumber_Index).</summary>
    public static PyInt? Index(ThreadState ts, PyObject obj)
    {
        if (obj is PyInt i)
            return obj.Type == BuiltinTypes.Int ? i : i.IsSmall ? PyInt.Create(i.Small) : PyInt.Create(i.Value);
        if (obj.Type.Index is not { } f)
        {
            ts.SetError(PyExc.TypeError, $"'{obj.Type.Name}' object cannot be interpreted as an integer");
            return null;
        }
        var r = f(ts, obj);
        if (r is null) return null;
        if (r is not PyInt ri)
        {
            ts.SetError(PyExc.TypeError, $"__index__ returned non-int (type {r.Type.Name})");
            return null;
        }
        if (ri.Type == BuiltinTypes.Int) return ri;
        // A subclass instance (bool included) is accepted with a warning, as its exact value.
        if (!WarningsModule.Warn(ts, PyExc.DeprecationWarning,
                $"__index__ returned non-int (type {ri.Type.Name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."))
            return null;
        return ri.IsSmall ? PyInt.Create(ri.Small) : PyInt.Create(ri.Value);
    }

    /// <summary>
    /// PyNumber_AsSsize_t: obj.__index__() as a machine integer. When it does not fit, raises
    /// <paramref name="overflow"/> ("cannot fit 'int' into an index-sized integer") or, with a null
    /// <paramref name="overflow"/>, clamps to the nearest bound. Returns false on error.
    /// </summary>
    public static bool AsIndex(ThreadState ts, PyObject obj, out long value, PyType? overflow = null)
    {
        value = 0;
        if (obj is PyInt direct && direct.TryGetLong(out value)) return true;
        var i = Index(ts, obj);
        if (i is null) return false;
        if (i.TryGetLong(out value)) return true;
        if (overflow is null)
        {
            value = i.Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }
        ts.SetError(overflow, $"cannot fit '{obj.Type.Name}' into an index-sized integer");
        return false;
    }
}
