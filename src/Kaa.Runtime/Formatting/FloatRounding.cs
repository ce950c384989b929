using System.Globalization;
using System.Numerics;

namespace Kaa.Runtime.Formatting;

/// <summary>round() of a float (float.__round__), correctly rounded from the exact binary value.</summary>
public static class FloatRounding
{
    /// <summary>Above this many digits a float always rounds to itself ((53 + 1021) × log10 2).</summary>
    private const long MaxDigits = 323;

    /// <summary>Below this a float always rounds to ±0 (-(1024 + 1) × log10 2).</summary>
    private const long MinDigits = -308;

    /// <summary>round(x): the nearest integer, ties to even.</summary>
    public static ParseResult<BigInteger> RoundToInt(double x)
    {
        if (double.IsNaN(x)) return PyError.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) return PyError.Overflow("cannot convert float infinity to integer");
        return new BigInteger(Math.Round(x, MidpointRounding.ToEven));
    }

    /// <summary>round(x, ndigits): the multiple of 10^-ndigits nearest to x's exact value, ties to even.</summary>
    public static ParseResult<double> Round(double x, long ndigits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x;
        if (ndigits > MaxDigits) return x;
        if (ndigits < MinDigits) return 0.0 * x;
        if (x == 0) return x;
        FloatDigits.Fixed(Math.Abs(x), (int)ndigits, out string digits, out int decpt);
        double rounded = digits.Length == 0
            ? 0.0
            : double.Parse(digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture),
                NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded)) return PyError.Overflow("rounded value too large to represent");
        return double.IsNegative(x) ? -rounded : rounded;
    }
}
