namespace Kaa.Runtime;

// The signatures of type slots (CPython's tp_*/nb_*/sq_*/mp_* function pointers). Each follows the
// runtime's error convention (see PyObject): null, -1 or false means "an exception is set on ts".

/// <summary>tp_repr, tp_str, tp_iter, nb_negative, nb_index, ...</summary>
public delegate PyObject? UnaryFunc(ThreadState ts, PyObject self);

/// <summary>nb_add and the other binary number slots: either operand may be the instance of the type.
/// Returns <see cref="PyNotImplemented.Instance"/> when the operation does not apply.</summary>
public delegate PyObject? BinaryFunc(ThreadState ts, PyObject a, PyObject b);

/// <summary>nb_power: <c>pow(a, b, c)</c>; <c>c</c> is None for the two-argument form.</summary>
public delegate PyObject? TernaryFunc(ThreadState ts, PyObject a, PyObject b, PyObject c);

/// <summary>sq_repeat / sq_inplace_repeat: <c>seq * count</c> (the count already converted from an index).</summary>
public delegate PyObject? SeqRepeatFunc(ThreadState ts, PyObject self, long count);

/// <summary>tp_richcompare; may return <see cref="PyNotImplemented.Instance"/>.</summary>
public delegate PyObject? RichCompareFunc(ThreadState ts, PyObject a, PyObject b, CompareOp op);

/// <summary>tp_hash: -1 means error (a Python hash of -1 is reported as -2, as in CPython).</summary>
public delegate long HashFunc(ThreadState ts, PyObject self);

/// <summary>sq_length/mp_length: -1 means error.</summary>
public delegate nint LenFunc(ThreadState ts, PyObject self);

/// <summary>nb_bool: 1 true, 0 false, -1 error.</summary>
public delegate int InquiryFunc(ThreadState ts, PyObject self);

/// <summary>sq_contains: 1, 0, or -1 on error.</summary>
public delegate int ContainsFunc(ThreadState ts, PyObject self, PyObject item);

/// <summary>tp_getattro: null with AttributeError set when missing.</summary>
public delegate PyObject? GetAttrFunc(ThreadState ts, PyObject self, PyStr name);

/// <summary>tp_setattro: <paramref name="value"/> null deletes. 0 ok, -1 error.</summary>
public delegate int SetAttrFunc(ThreadState ts, PyObject self, PyStr name, PyObject? value);

/// <summary>mp_ass_subscript: <paramref name="value"/> null deletes. 0 ok, -1 error.</summary>
public delegate int SetItemFunc(ThreadState ts, PyObject self, PyObject key, PyObject? value);

/// <summary>tp_descr_get: <paramref name="instance"/> null when looked up on the class.</summary>
public delegate PyObject? DescrGetFunc(ThreadState ts, PyObject self, PyObject? instance, PyObject? owner);

/// <summary>tp_descr_set: <paramref name="value"/> null deletes. 0 ok, -1 error.</summary>
public delegate int DescrSetFunc(ThreadState ts, PyObject self, PyObject instance, PyObject? value);

/// <summary>
/// tp_call in vectorcall form: positional arguments, then the values of the keyword arguments named by
/// <paramref name="kwnames"/> (a tuple of str, or null when there are none) at the end of <paramref name="args"/>.
/// </summary>
public delegate PyObject? CallFunc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_new in vectorcall form.</summary>
public delegate PyObject? NewFunc(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_init in vectorcall form: 0 ok, -1 error.</summary>
public delegate int InitFunc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_iternext: the next item; null with no exception set when exhausted (no StopIteration allocated).</summary>
public delegate PyObject? IterNextFunc(ThreadState ts, PyObject self);

/// <summary>The comparison operators, numbered as CPython's Py_LT..Py_GE (COMPARE_OP's argument).</summary>
public enum CompareOp
{
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

public static class CompareOpExtensions
{
    /// <summary>Whether <paramref name="l"/> <paramref name="op"/> <paramref name="r"/> holds for two machine
    /// numbers (IEEE rules for doubles: NaN compares unequal). The VM's fused compares, float's and the
    /// sequences' length comparisons all decide here.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Holds<T>(this CompareOp op, T l, T r) where T : System.Numerics.IComparisonOperators<T, T, bool>
        => op switch
        {
            CompareOp.Lt => l < r,
            CompareOp.Le => l <= r,
            CompareOp.Eq => l == r,
            CompareOp.Ne => l != r,
            CompareOp.Gt => l > r,
            _ => l >= r,
        };
}
