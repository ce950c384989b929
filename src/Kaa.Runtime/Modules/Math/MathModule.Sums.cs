namespace Kaa.Runtime;

/// <summary>The summations of <c>math</c>: fsum (exact partials), prod, and hypot/dist (the
/// compensated vector norm CPython uses, so results match bit for bit).</summary>
internal static partial class MathModule
{
    private static void AddSumFunctions(PyModule m)
    {
        m.AddFunction("fsum", Fsum);
        m.AddFunction("prod", Prod);
        m.AddFunction("hypot", Hypot);
        m.AddFunction("dist", Dist);
    }

    /// <summary>ASSIGN_DOUBLE: exact floats and ints directly, else PyFloat_AsDouble.</summary>
    private static bool ItemToDouble(ThreadState ts, PyObject item, out double d)
    {
        if (item.Type == BuiltinTypes.Float) { d = ((PyFloat)item).Value; return true; }
        if (item.Type == BuiltinTypes.Int) return IntSlots.ToDouble(ts, (PyInt)item, out d);
        return ToDouble(ts, item, out d);
    }

    /// <summary>Shewchuk's exact summation with non-overlapping partials, and a half-even fix-up of the
    /// final rounding across partials.</summary>
    private static PyObject? Fsum(ThreadState ts, PyObject self, PyObject seq)
    {
        var iter = Protocols.GetIter(ts, seq);
        if (iter is null) return null;
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        while (true)
        {
            var item = Protocols.Next(ts, iter);
            if (item is null)
            {
                if (ts.HasError) return null;
                break;
            }
            if (!ItemToDouble(ts, item, out double x)) return null;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // Either an intermediate overflow, or a NaN or infinity among the summands.
                    if (double.IsFinite(xsave)) return ts.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) return ts.ValueError("-inf + inf in fsum");
            return PyFloat.Create(specialSum);
        }
        double sum = 0.0;
        int n = partials.Count;
        if (n > 0)
        {
            sum = partials[--n];
            double lo = 0.0;
            // Add from the top down while the sum stays exact.
            while (n > 0)
            {
                double x = sum;
                double y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return PyFloat.Create(sum);
    }

    private static readonly ArgSpec s_prod = new("prod", ["iterable", "start"], required: 1, positionalOnly: 1, maxPositional: 1);

    private static PyObject? Prod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos != 1) return ts.TypeError($"prod() takes exactly 1 positional argument ({npos} given)");
        var slots = new ArgBuffer();
        if (!s_prod.Parse(ts, args, kwnames, slots)) return null;
        var iter = Protocols.GetIter(ts, slots[0]!);
        if (iter is null) return null;
        PyObject result = slots[1] ?? PyInt.One;
        while (true)
        {
            var item = Protocols.Next(ts, iter);
            if (item is null) return ts.HasError ? null : result;
            var r = Protocols.BinaryOp(ts, result, item, BinaryOp.Multiply);
            if (r is null) return null;
            result = r;
        }
    }

    private static PyObject? Hypot(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "math.hypot", kwnames)) return null;
        Span<double> coordinates = args.Length <= 16 ? stackalloc double[16] : new double[args.Length];
        coordinates = coordinates[..args.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (!ItemToDouble(ts, args[i], out double x)) return null;
            x = Math.Abs(x);
            coordinates[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return PyFloat.Create(VectorNorm(coordinates, max, foundNan));
    }

    private static PyObject? Dist(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ExactPositional(ts, "dist", args, kwnames, 2)) return null;
        var p = AsTuple(ts, args[0]);
        if (p is null) return null;
        var q = AsTuple(ts, args[1]);
        if (q is null) return null;
        if (p.Length != q.Length) return ts.ValueError("both points must have the same number of dimensions");
        Span<double> diffs = p.Length <= 16 ? stackalloc double[16] : new double[p.Length];
        diffs = diffs[..p.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < p.Length; i++)
        {
            if (!ItemToDouble(ts, p.Items[i], out double px) || !ItemToDouble(ts, q.Items[i], out double qx)) return null;
            double x = Math.Abs(px - qx);
            diffs[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return PyFloat.Create(VectorNorm(diffs, max, foundNan));
    }

    private static PyTuple? AsTuple(ThreadState ts, PyObject obj)
    {
        if (obj is PyTuple t) return t;
        var items = Protocols.ToList(ts, obj);
        return items is null ? null : PyTuple.Create([.. items]);
    }

    /// <summary>
    /// sqrt(sum(x**2)) for non-negative finite values (CPython's vector_norm): scaled by a power of two so
    /// the largest is in [0.5, 1), each square split exactly (Veltkamp-Dekker) and summed with separate
    /// compensation terms, then a square-root correction step.
    /// </summary>
    private static double VectorNorm(ReadOnlySpan<double> vec, double max, bool foundNan)
    {
        const double T27 = 134217729.0; // 2**27 + 1
        if (double.IsInfinity(max)) return max;
        if (foundNan) return NaN;
        if (max == 0.0 || vec.Length <= 1) return max;
        LibM.Frexp(max, out int maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo, h;
        if (maxE >= -1023)
        {
            double scale = Math.ScaleB(1.0, -maxE);
            foreach (double v in vec)
            {
                x = v * scale;
                t = x * T27;
                hi = t - (t - x);
                lo = x - hi;
                x = hi * hi;
                oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            h = Math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            x = h;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = -hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // Below the normal range the scale would overflow: divide by max instead.
        foreach (double v in vec)
        {
            x = v / max;
            x *= x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.Sqrt(csum - 1.0 + frac1);
    }
}
