namespace Kaa.Runtime;

/// <summary>
/// The results C99 Annex G prescribes for the <c>cmath</c> functions at non-finite arguments, indexed by
/// the class of the real part and the class of the imaginary part (<see cref="Classify"/>). Cells that the
/// functions never read (both parts finite and non-zero) hold <see cref="U"/>.
/// </summary>
internal static class CmathSpecialValues
{
    // The classes, in table order.
    private const int NegInf = 0, Neg = 1, NegZero = 2, PosZero = 3, Pos = 4, PosInf = 5, NaNClass = 6;

    internal static int Classify(double d)
    {
        if (double.IsFinite(d))
        {
            if (d != 0) return double.IsNegative(d) ? Neg : Pos;
            return double.IsNegative(d) ? NegZero : PosZero;
        }
        if (double.IsNaN(d)) return NaNClass;
        return d > 0 ? PosInf : NegInf;
    }

    internal static ComplexValue Lookup(ComplexValue[] table, double re, double im) => table[Classify(re) * 7 + Classify(im)];

    private const double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private const double INF = double.PositiveInfinity;
    /// <summary>C's NAN: the sign bit clear.</summary>
    private static readonly double N = MathModule.NaN;
    /// <summary>A placeholder no finite argument reaches.</summary>
    private const double U = -9.5426319407711027e33;

    private static ComplexValue C(double re, double im) => new(re, im);

    internal static readonly ComplexValue[] Acos =
    [
        C(P34, INF), C(P, INF), C(P, INF), C(P, -INF), C(P, -INF), C(P34, -INF), C(N, INF),
        C(P12, INF), C(U, U), C(U, U), C(U, U), C(U, U), C(P12, -INF), C(N, N),
        C(P12, INF), C(U, U), C(P12, 0.0), C(P12, -0.0), C(U, U), C(P12, -INF), C(P12, N),
        C(P12, INF), C(U, U), C(P12, 0.0), C(P12, -0.0), C(U, U), C(P12, -INF), C(P12, N),
        C(P12, INF), C(U, U), C(U, U), C(U, U), C(U, U), C(P12, -INF), C(N, N),
        C(P14, INF), C(0.0, INF), C(0.0, INF), C(0.0, -INF), C(0.0, -INF), C(P14, -INF), C(N, INF),
        C(N, INF), C(N, N), C(N, N), C(N, N), C(N, N), C(N, -INF), C(N, N),
    ];

    internal static readonly ComplexValue[] Acosh =
    [
        C(INF, -P34), C(INF, -P), C(INF, -P), C(INF, P), C(INF, P), C(INF, P34), C(INF, N),
        C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(0.0, -P12), C(0.0, P12), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(0.0, -P12), C(0.0, P12), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P14), C(INF, -0.0), C(INF, -0.0), C(INF, 0.0), C(INF, 0.0), C(INF, P14), C(INF, N),
        C(INF, N), C(N, N), C(N, N), C(N, N), C(N, N), C(INF, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Asinh =
    [
        C(-INF, -P14), C(-INF, -0.0), C(-INF, -0.0), C(-INF, 0.0), C(-INF, 0.0), C(-INF, P14), C(-INF, N),
        C(-INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(-INF, P12), C(N, N),
        C(-INF, -P12), C(U, U), C(-0.0, -0.0), C(-0.0, 0.0), C(U, U), C(-INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P14), C(INF, -0.0), C(INF, -0.0), C(INF, 0.0), C(INF, 0.0), C(INF, P14), C(INF, N),
        C(INF, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(INF, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Atanh =
    [
        C(-0.0, -P12), C(-0.0, -P12), C(-0.0, -P12), C(-0.0, P12), C(-0.0, P12), C(-0.0, P12), C(-0.0, N),
        C(-0.0, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(-0.0, P12), C(N, N),
        C(-0.0, -P12), C(U, U), C(-0.0, -0.0), C(-0.0, 0.0), C(U, U), C(-0.0, P12), C(-0.0, N),
        C(0.0, -P12), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(0.0, P12), C(0.0, N),
        C(0.0, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(0.0, P12), C(N, N),
        C(0.0, -P12), C(0.0, -P12), C(0.0, -P12), C(0.0, P12), C(0.0, P12), C(0.0, P12), C(0.0, N),
        C(0.0, -P12), C(N, N), C(N, N), C(N, N), C(N, N), C(0.0, P12), C(N, N),
    ];

    internal static readonly ComplexValue[] Cosh =
    [
        C(INF, N), C(U, U), C(INF, 0.0), C(INF, -0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(N, 0.0), C(U, U), C(1.0, 0.0), C(1.0, -0.0), C(U, U), C(N, 0.0), C(N, 0.0),
        C(N, 0.0), C(U, U), C(1.0, -0.0), C(1.0, 0.0), C(U, U), C(N, 0.0), C(N, 0.0),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(INF, N), C(U, U), C(INF, -0.0), C(INF, 0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(N, N), C(N, 0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Exp =
    [
        C(0.0, 0.0), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(0.0, 0.0), C(0.0, 0.0),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(N, N), C(U, U), C(1.0, -0.0), C(1.0, 0.0), C(U, U), C(N, N), C(N, N),
        C(N, N), C(U, U), C(1.0, -0.0), C(1.0, 0.0), C(U, U), C(N, N), C(N, N),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(INF, N), C(U, U), C(INF, -0.0), C(INF, 0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Log =
    [
        C(INF, -P34), C(INF, -P), C(INF, -P), C(INF, P), C(INF, P), C(INF, P34), C(INF, N),
        C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(-INF, -P), C(-INF, P), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(-INF, -0.0), C(-INF, 0.0), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N),
        C(INF, -P14), C(INF, -0.0), C(INF, -0.0), C(INF, 0.0), C(INF, 0.0), C(INF, P14), C(INF, N),
        C(INF, N), C(N, N), C(N, N), C(N, N), C(N, N), C(INF, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Sinh =
    [
        C(INF, N), C(U, U), C(-INF, -0.0), C(-INF, 0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(0.0, N), C(U, U), C(-0.0, -0.0), C(-0.0, 0.0), C(U, U), C(0.0, N), C(0.0, N),
        C(0.0, N), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(0.0, N), C(0.0, N),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(INF, N), C(U, U), C(INF, -0.0), C(INF, 0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Sqrt =
    [
        C(INF, -INF), C(0.0, -INF), C(0.0, -INF), C(0.0, INF), C(0.0, INF), C(INF, INF), C(N, INF),
        C(INF, -INF), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, INF), C(N, N),
        C(INF, -INF), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(INF, INF), C(N, N),
        C(INF, -INF), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(INF, INF), C(N, N),
        C(INF, -INF), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, INF), C(N, N),
        C(INF, -INF), C(INF, -0.0), C(INF, -0.0), C(INF, 0.0), C(INF, 0.0), C(INF, INF), C(INF, N),
        C(INF, -INF), C(N, N), C(N, N), C(N, N), C(N, N), C(INF, INF), C(N, N),
    ];

    internal static readonly ComplexValue[] Tanh =
    [
        C(-1.0, 0.0), C(U, U), C(-1.0, -0.0), C(-1.0, 0.0), C(U, U), C(-1.0, 0.0), C(-1.0, 0.0),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(N, N), C(U, U), C(-0.0, -0.0), C(-0.0, 0.0), C(U, U), C(N, N), C(N, N),
        C(N, N), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(N, N), C(N, N),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(1.0, 0.0), C(U, U), C(1.0, -0.0), C(1.0, 0.0), C(U, U), C(1.0, 0.0), C(1.0, 0.0),
        C(N, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N),
    ];

    internal static readonly ComplexValue[] Rect =
    [
        C(INF, N), C(U, U), C(-INF, 0.0), C(-INF, -0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(0.0, 0.0), C(U, U), C(-0.0, 0.0), C(-0.0, -0.0), C(U, U), C(0.0, 0.0), C(0.0, 0.0),
        C(0.0, 0.0), C(U, U), C(0.0, -0.0), C(0.0, 0.0), C(U, U), C(0.0, 0.0), C(0.0, 0.0),
        C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N),
        C(INF, N), C(U, U), C(INF, -0.0), C(INF, 0.0), C(U, U), C(INF, N), C(INF, N),
        C(N, N), C(N, N), C(N, 0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N),
    ];
}
