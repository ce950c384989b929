namespace Kaa.Runtime;

/// <summary>The slots and members of <c>float</c> (a first core; the float work completes it).</summary>
internal static partial class FloatSlots
{
    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.FromChars(Kaa.Syntax.Text.PyRepr.FloatRepr(((PyFloat)self).Value));
        type.Hash = static (ts, self) => Kaa.Compiler.Hashing.PyHash.HashDouble(((PyFloat)self).Value);
        type.Bool = static (ts, self) => ((PyFloat)self).Value != 0 ? 1 : 0;
        type.Negative = static (ts, self) => PyFloat.Create(-((PyFloat)self).Value);
        Binary(type, BinaryOp.Add, static (ts, a, b) => PyFloat.Create(a + b));
        Binary(type, BinaryOp.Subtract, static (ts, a, b) => PyFloat.Create(a - b));
        Binary(type, BinaryOp.Multiply, static (ts, a, b) => PyFloat.Create(a * b));
        Binary(type, BinaryOp.TrueDivide, static (ts, a, b) => b == 0 ? ts.ZeroDivisionError("float division by zero") : PyFloat.Create(a / b));
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (!TryDouble(a, out double x) || !TryDouble(b, out double y)) return PyNotImplemented.Instance;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            });
        };
    }

    private static bool TryDouble(PyObject o, out double d)
    {
        switch (o)
        {
            case PyFloat f: d = f.Value; return true;
            case PyInt i: d = (double)i.Value; return true;
            default: d = 0; return false;
        }
    }

    private static void Binary(PyType type, BinaryOp op, Func<ThreadState, double, double, PyObject?> f)
    {
        type.NumberBinary[(int)op] = (ts, a, b) =>
            TryDouble(a, out double x) && TryDouble(b, out double y) ? f(ts, x, y) : PyNotImplemented.Instance;
    }
}
