using Kaa.Compiler.Hashing;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>
/// The slots and members of <c>complex</c>: arithmetic with complex, float or int operands (converted to
/// complex with a zero imaginary part, as CPython does), CPython's division and power algorithms, and
/// equality (no ordering).
/// </summary>
internal static class ComplexSlots
{
    private static readonly ArgSpec s_newSpec = new("complex", ["real", "imag"], required: 0, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) =>
        {
            var c = (PyComplex)self;
            return PyStr.FromChars(ComplexFormatter.Repr(c.Real, c.Imag));
        };
        type.Hash = static (ts, self) =>
        {
            var c = (PyComplex)self;
            return PyHash.HashComplex(c.Real, c.Imag);
        };
        type.Bool = static (ts, self) => ((PyComplex)self).Real != 0 || ((PyComplex)self).Imag != 0 ? 1 : 0;
        type.Negative = static (ts, self) => PyComplex.Create(-((PyComplex)self).Real, -((PyComplex)self).Imag);
        type.Positive = static (ts, self) => Exact((PyComplex)self);
        type.Absolute = static (ts, self) =>
        {
            var c = (PyComplex)self;
            double r = Abs(c.Real, c.Imag);
            if (double.IsInfinity(r) && double.IsFinite(c.Real) && double.IsFinite(c.Imag))
                return ts.OverflowError("absolute value too large");
            return PyFloat.Create(r);
        };
        type.RichCompare = static (ts, a, b, op) => Compare(ts, a, b, op);

        Binary(type, BinaryOp.Add, static (ts, ar, ai, br, bi) => PyComplex.Create(ar + br, ai + bi));
        Binary(type, BinaryOp.Subtract, static (ts, ar, ai, br, bi) => PyComplex.Create(ar - br, ai - bi));
        Binary(type, BinaryOp.Multiply, static (ts, ar, ai, br, bi) => PyComplex.Create(ar * br - ai * bi, ar * bi + ai * br));
        Binary(type, BinaryOp.TrueDivide, static (ts, ar, ai, br, bi) =>
        {
            if (!Quotient(ar, ai, br, bi, out double qr, out double qi)) return ts.ZeroDivisionError("complex division by zero");
            return PyComplex.Create(qr, qi);
        });
        type.Power = static (ts, a, b, c) =>
        {
            if (!TryOperand(ts, a, out double ar, out double ai, out var r1)) return r1;
            if (!TryOperand(ts, b, out double br, out double bi, out var r2)) return r2;
            if (c is not PyNone) return ts.ValueError("complex modulo");
            return Power(ts, ar, ai, br, bi);
        };
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_newSpec.Parse(ts, args, kw, a)) return null;
            return New(ts, t, a[0], a[1]);
        };

        type.AddMethod("conjugate", static (ts, self) => PyComplex.Create(((PyComplex)self).Real, -((PyComplex)self).Imag));
        type.AddMethod("__complex__", static (ts, self) => Exact((PyComplex)self));
        type.AddMethod("__getnewargs__", static (ts, self) =>
            PyTuple.Create(PyFloat.Create(((PyComplex)self).Real), PyFloat.Create(((PyComplex)self).Imag)));
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(32));
        type.AddMethod("__format__", static (ts, self, arg) =>
        {
            if (arg is not PyStr spec)
                return ts.TypeError($"__format__() argument must be str, not {arg.Type.Name}");
            if (spec.Length == 0) return Protocols.Str(ts, self);
            var c = (PyComplex)self;
            var r = ComplexFormatter.Format(c.Real, c.Imag, spec.Chars, self.Type.Name);
            return r.IsError ? IntSlots.Raise(ts, r.Error) : PyStr.Create(r.Value);
        });
        type.AddMember("real", static (ts, self) => PyFloat.Create(((PyComplex)self).Real), doc: "the real part of a complex number");
        type.AddMember("imag", static (ts, self) => PyFloat.Create(((PyComplex)self).Imag), doc: "the imaginary part of a complex number");
    }

    private static PyComplex Exact(PyComplex c) => c.Type == BuiltinTypes.Complex ? c : PyComplex.Create(c.Real, c.Imag);

    private delegate PyObject? ComplexOp(ThreadState ts, double ar, double ai, double br, double bi);

    private static void Binary(PyType type, BinaryOp op, ComplexOp f)
    {
        type.NumberBinary[(int)op] = (ts, a, b) =>
        {
            if (!TryOperand(ts, a, out double ar, out double ai, out var r1)) return r1;
            if (!TryOperand(ts, b, out double br, out double bi, out var r2)) return r2;
            return f(ts, ar, ai, br, bi);
        };
    }

    /// <summary>An operand as a complex: complex, float or int; NotImplemented for others, null on error.</summary>
    private static bool TryOperand(ThreadState ts, PyObject o, out double re, out double im, out PyObject? result)
    {
        result = PyNotImplemented.Instance;
        im = 0;
        switch (o)
        {
            case PyComplex c:
                re = c.Real;
                im = c.Imag;
                return true;
            case PyFloat f:
                re = f.Value;
                return true;
            case PyInt i:
                if (IntSlots.ToDouble(ts, i, out re)) return true;
                result = null;
                return false;
            default:
                re = 0;
                return false;
        }
    }

    /// <summary>_Py_c_abs: infinite if either part is (even with a NaN), NaN if either is NaN, else hypot.</summary>
    private static double Abs(double re, double im)
    {
        if (double.IsInfinity(re) || double.IsInfinity(im)) return double.PositiveInfinity;
        if (double.IsNaN(re) || double.IsNaN(im)) return double.NaN;
        return double.Hypot(re, im);
    }

    /// <summary>_Py_c_quot: Smith's algorithm scaled by the larger part of the divisor; false for a zero divisor.</summary>
    private static bool Quotient(double ar, double ai, double br, double bi, out double qr, out double qi)
    {
        double absR = Math.Abs(br), absI = Math.Abs(bi);
        if (absR >= absI)
        {
            if (absR == 0.0)
            {
                qr = qi = 0;
                return false;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            qr = (ar + ai * ratio) / denom;
            qi = (ai - ar * ratio) / denom;
        }
        else if (absI >= absR)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            qr = (ar * ratio + ai) / denom;
            qi = (ai * ratio - ar) / denom;
        }
        else qr = qi = double.NaN; // a NaN in the divisor
        return true;
    }

    private static void Multiply(double ar, double ai, double br, double bi, out double r, out double i)
    {
        r = ar * br - ai * bi;
        i = ar * bi + ai * br;
    }

    /// <summary>complex_pow: small integer exponents by repeated squaring, others through polar form.</summary>
    internal static PyObject? Power(ThreadState ts, double ar, double ai, double br, double bi)
    {
        double rr, ri;
        bool domainError = false;
        if (bi == 0.0 && br == Math.Truncate(br) && Math.Abs(br) <= 100)
        {
            long n = (long)br;
            PowerUnsigned(ar, ai, Math.Abs(n), out double pr, out double pi);
            if (n >= 0)
            {
                rr = pr;
                ri = pi;
            }
            else domainError = !Quotient(1.0, 0.0, pr, pi, out rr, out ri);
        }
        else if (br == 0.0 && bi == 0.0)
        {
            rr = 1.0;
            ri = 0.0;
        }
        else if (ar == 0.0 && ai == 0.0)
        {
            domainError = bi != 0.0 || br < 0.0;
            rr = ri = 0.0;
        }
        else
        {
            double vabs = double.Hypot(ar, ai);
            double len = Math.Pow(vabs, br);
            double at = Math.Atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0)
            {
                len /= Math.Exp(at * bi);
                phase += bi * Math.Log(vabs);
            }
            rr = len * Math.Cos(phase);
            ri = len * Math.Sin(phase);
        }
        if (domainError) return ts.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(rr) || double.IsInfinity(ri)) return ts.OverflowError("complex exponentiation");
        return PyComplex.Create(rr, ri);
    }

    private static void PowerUnsigned(double xr, double xi, long n, out double rr, out double ri)
    {
        rr = 1.0;
        ri = 0.0;
        double pr = xr, pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) Multiply(rr, ri, pr, pi, out rr, out ri);
            Multiply(pr, pi, pr, pi, out pr, out pi);
        }
    }

    private static PyObject? Compare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        if (a is not PyComplex c) return PyNotImplemented.Instance;
        bool equal;
        switch (b)
        {
            case PyInt i:
                equal = c.Imag == 0.0 && !double.IsNaN(c.Real) && FloatSlots.CompareWithInt(c.Real, i) == 0;
                break;
            case PyFloat f:
                equal = c.Real == f.Value && c.Imag == 0.0;
                break;
            case PyComplex o:
                equal = c.Real == o.Real && c.Imag == o.Imag;
                break;
            default:
                return PyNotImplemented.Instance;
        }
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    private static bool IsNumber(PyObject o) => o is PyComplex || o.Type.Float is not null || o.Type.Index is not null;

    /// <summary>complex(real, imag) (complex_new_impl).</summary>
    private static PyObject? New(ThreadState ts, PyType type, PyObject? r, PyObject? i)
    {
        r ??= PyInt.Zero;
        if (r.Type == BuiltinTypes.Complex && i is null && type == BuiltinTypes.Complex) return r;
        if (r is PyStr s)
        {
            if (i is not null) return ts.TypeError("complex() can't take second arg if first is a string");
            var parsed = ComplexParser.Parse(s.Chars);
            if (parsed.IsError) return IntSlots.Raise(ts, parsed.Error);
            return PyComplex.Create(type, parsed.Value.Real, parsed.Value.Imag);
        }
        if (i is PyStr) return ts.TypeError("complex() second arg can't be a string");
        if (r is not PyComplex)
        {
            var special = Protocols.LookupSpecial(ts, r, PyStr.Intern("__complex__"));
            if (special is not null)
            {
                var converted = Protocols.Call(ts, special, [], null);
                if (converted is null) return null;
                if (converted is not PyComplex)
                    return ts.TypeError($"__complex__ returned non-complex (type {converted.Type.Name})");
                r = converted;
            }
            else if (ts.HasError) return null;
        }
        if (!IsNumber(r))
            return ts.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        if (i is not null && !IsNumber(i))
            return ts.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        double crReal, crImag = 0.0, ciReal = 0.0, ciImag = 0.0;
        bool crIsComplex = false, ciIsComplex = false;
        if (r is PyComplex rc)
        {
            crReal = rc.Real;
            crImag = rc.Imag;
            crIsComplex = true;
        }
        else if (!FloatSlots.AsDouble(ts, r, "complex() first argument must be a string or a number, not '{0}'", out crReal)) return null;
        if (i is null) ciReal = crImag;
        else if (i is PyComplex ic)
        {
            ciReal = ic.Real;
            ciImag = ic.Imag;
            ciIsComplex = true;
        }
        else if (!FloatSlots.AsDouble(ts, i, "complex() second argument must be a number, not '{0}'", out ciReal)) return null;
        // When the parts are themselves complex, fold their imaginary parts in.
        if (ciIsComplex) crReal -= ciImag;
        if (crIsComplex && i is not null) ciReal += crImag;
        return PyComplex.Create(type, crReal, ciReal);
    }
}
