namespace Kaa.Runtime;

/// <summary>
/// The <c>_statistics</c> module (CPython's Modules/_statisticsmodule.c): the inverse normal CDF that
/// statistics.NormalDist.inv_cdf uses, by Wichura's algorithm AS241, with the same operations in the same
/// order as the pure-Python fallback so the doubles agree bit for bit.
/// </summary>
internal static class StatisticsModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_statistics", "Accelerators for the statistics module.\n");
        m.AddFunction("_normal_dist_inv_cdf", static (ts, _, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("_normal_dist_inv_cdf() takes no keyword arguments");
            if (args.Length != 3) return ts.TypeError($"_normal_dist_inv_cdf expected 3 arguments, got {args.Length}");
            if (!MathModule.ToDouble(ts, args[0], out double p) || !MathModule.ToDouble(ts, args[1], out double mu)
                || !MathModule.ToDouble(ts, args[2], out double sigma))
                return null;
            // A NaN passes (every comparison with it is false) and gives a NaN, as in CPython.
            if (p <= 0.0 || p >= 1.0 || sigma <= 0.0) return ts.ValueError("inv_cdf undefined for these parameters");
            return PyFloat.Create(InverseCdf(p, mu, sigma));
        });
        return m;
    }

    private static double InverseCdf(double p, double mu, double sigma)
    {
        double q = p - 0.5, r, num, den;
        if (Math.Abs(q) <= 0.425)
        {
            r = 0.180625 - q * q;
            num = (((((((2.5090809287301226727e+3 * r +
                         3.3430575583588128105e+4) * r +
                         6.7265770927008700853e+4) * r +
                         4.5921953931549871457e+4) * r +
                         1.3731693765509461125e+4) * r +
                         1.9715909503065514427e+3) * r +
                         1.3314166789178437745e+2) * r +
                         3.3871328727963666080e+0) * q;
            den = (((((((5.2264952788528545610e+3 * r +
                         2.8729085735721942674e+4) * r +
                         3.9307895800092710610e+4) * r +
                         2.1213794301586595867e+4) * r +
                         5.3941960214247511077e+3) * r +
                         6.8718700749205790830e+2) * r +
                         4.2313330701600911252e+1) * r +
                         1.0);
            return mu + (num / den * sigma);
        }
        r = q <= 0.0 ? p : 1.0 - p;
        r = Math.Sqrt(-Math.Log(r));
        if (r <= 5.0)
        {
            r -= 1.6;
            num = (((((((7.74545014278341407640e-4 * r +
                         2.27238449892691845833e-2) * r +
                         2.41780725177450611770e-1) * r +
                         1.27045825245236838258e+0) * r +
                         3.64784832476320460504e+0) * r +
                         5.76949722146069140550e+0) * r +
                         4.63033784615654529590e+0) * r +
                         1.42343711074968357734e+0);
            den = (((((((1.05075007164441684324e-9 * r +
                         5.47593808499534494600e-4) * r +
                         1.51986665636164571966e-2) * r +
                         1.48103976427480074590e-1) * r +
                         6.89767334985100004550e-1) * r +
                         1.67638483018380384940e+0) * r +
                         2.05319162663775882187e+0) * r +
                         1.0);
        }
        else
        {
            r -= 5.0;
            num = (((((((2.01033439929228813265e-7 * r +
                         2.71155556874348757815e-5) * r +
                         1.24266094738807843860e-3) * r +
                         2.65321895265761230930e-2) * r +
                         2.96560571828504891230e-1) * r +
                         1.78482653991729133580e+0) * r +
                         5.46378491116411436990e+0) * r +
                         6.65790464350110377720e+0);
            den = (((((((2.04426310338993978564e-15 * r +
                         1.42151175831644588870e-7) * r +
                         1.84631831751005468180e-5) * r +
                         7.86869131145613259100e-4) * r +
                         1.48753612908506148525e-2) * r +
                         1.36929880922735805310e-1) * r +
                         5.99832206555887937690e-1) * r +
                         1.0);
        }
        double x = num / den;
        if (q < 0.0) x = -x;
        return mu + (x * sigma);
    }
}
