using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>repr(obj).</summary>
    public static PyObject? Repr(ThreadState ts, PyObject obj)
    {
        var slot = obj.Type.Repr;
        if (slot is null) return PyStr.Create($"<{obj.Type.Name} object at {AddressOf(ts, obj)}>");
        if (!ts.EnterNative(" while getting the repr of an object")) return null;
        var r = slot(ts, obj);
        ts.LeaveNative();
        if (r is null) return null;
        if (r is not PyStr) return ts.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
        return r;
    }

    /// <summary>str(obj).</summary>
    public static PyObject? Str(ThreadState ts, PyObject obj)
    {
        if (obj.Type == BuiltinTypes.Str) return obj;
        var slot = obj.Type.Str;
        if (slot is null) return Repr(ts, obj);
        if (!ts.EnterNative(" while getting the str of an object")) return null;
        var r = slot(ts, obj);
        ts.LeaveNative();
        if (r is null) return null;
        if (r is not PyStr) return ts.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        return r;
    }

    /// <summary>The modulus of int hashing, 2**61-1 (see <see cref="Kaa.Compiler.Hashing.PyHash.HashInt(long)"/>).</summary>
    private const long SmallHashBound = (1L << 61) - 1;

    /// <summary>hash(obj): -1 with the error set when unhashable or failing.</summary>
    public static long Hash(ThreadState ts, PyObject obj)
    {
        // Exact small int by its .NET class (an int subclass is another class), exact str by its Python type
        // (an exact str is one of several .NET classes): a type comparison rather than a cast, which for
        // these non-sealed classes is a call on the hottest path of every dict and set operation.
        if (obj.GetType() == typeof(PyInt))
        {
            // An int below 2**61-1 in magnitude hashes to itself (-1 excepted): no call for the usual case.
            long v = Unsafe.As<PyInt>(obj).Small;
            if (v > -SmallHashBound && v < SmallHashBound && v != -1) return v;
            return Kaa.Compiler.Hashing.PyHash.HashInt(v);
        }
        var type = obj.Type;
        if (type == BuiltinTypes.Str) return Unsafe.As<PyStr>(obj).GetHash();
        var slot = type.Hash;
        if (slot is null)
        {
            ts.SetError(PyExc.TypeError, $"unhashable type: '{obj.Type.Name}'");
            return -1;
        }
        return slot(ts, obj);
    }

    /// <summary>bool(obj): 1, 0, or -1 on error.</summary>
    public static int IsTrue(ThreadState ts, PyObject obj)
    {
        if (obj is PyBool b) return b.IsTrue ? 1 : 0;
        if (obj is PyNone) return 0;
        var type = obj.Type;
        if (type.Bool is { } f) return f(ts, obj);
        if (type.Length is { } len)
        {
            nint n = len(ts, obj);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }
        return 1;
    }

    /// <summary>len(obj): -1 with the error set when it has none or fails.</summary>
    public static nint Length(ThreadState ts, PyObject obj)
    {
        var slot = obj.Type.Length;
        if (slot is null)
        {
            ts.SetError(PyExc.TypeError, $"object of type '{obj.Type.Name}' has no len()");
            return -1;
        }
        return slot(ts, obj);
    }

    /// <summary>a == b and friends: the result object (NotImplemented resolved, as do_richcompare does).</summary>
    public static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (!ts.EnterNative(" in comparison")) return null;
        var r = DoRichCompare(ts, a, b, op);
        ts.LeaveNative();
        return r;
    }

    private static readonly CompareOp[] s_swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    private static readonly string[] s_opSymbols = ["<", "<=", "==", "!=", ">", ">="];

    public static CompareOp Swapped(CompareOp op) => s_swapped[(int)op];

    private static PyObject? DoRichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        bool checkedReverse = false;
        PyObject? r;
        if (a.Type != b.Type && b.Type.IsSubtypeOf(a.Type) && b.Type.RichCompare is { } rf)
        {
            checkedReverse = true;
            r = rf(ts, b, a, s_swapped[(int)op]);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        if (a.Type.RichCompare is { } f)
        {
            r = f(ts, a, b, op);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        if (!checkedReverse && b.Type.RichCompare is { } g)
        {
            r = g(ts, b, a, s_swapped[(int)op]);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(ReferenceEquals(a, b));
            case CompareOp.Ne: return PyBool.From(!ReferenceEquals(a, b));
            default:
                return ts.TypeError($"'{s_opSymbols[(int)op]}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'");
        }
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality; 1, 0, or -1 on error.</summary>
    public static int RichCompareBool(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq) return 1;
            if (op == CompareOp.Ne) return 0;
        }
        var r = RichCompare(ts, a, b, op);
        if (r is null) return -1;
        if (r is PyBool bo) return bo.IsTrue ? 1 : 0;
        return IsTrue(ts, r);
    }

    /// <summary>isinstance(obj, cls) for a class (no __instancecheck__; see <see cref="IsInstance"/>).</summary>
    public static bool TypeCheck(PyObject obj, PyType cls) => obj.Type.IsSubtypeOf(cls);
}
