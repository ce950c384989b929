using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>datetime.timedelta</c>.</summary>
internal static class TimedeltaSlots
{
    private static readonly string[] NewNames = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    private static readonly long[] NewFactors = [86400000000L, 1000000L, 1L, 1000L, 60000000L, 3600000000L, 604800000000L];
    /// <summary>The order in which CPython's delta_new accumulates the arguments (it matters for float rounding).</summary>
    private static readonly int[] AccumulationOrder = [2, 3, 1, 4, 5, 0, 6];

    internal static void Install(PyType type)
    {
        type.New = New;
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.Repr = Repr;
        type.Str = Str;
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.Bool = static (ts, self) => ((PyTimedelta)self).IsZero ? 0 : 1;
        type.NumberBinary[(int)BinaryOp.Add] = Add;
        type.NumberBinary[(int)BinaryOp.Subtract] = Subtract;
        type.NumberBinary[(int)BinaryOp.Multiply] = Multiply;
        type.NumberBinary[(int)BinaryOp.FloorDivide] = FloorDivide;
        type.NumberBinary[(int)BinaryOp.TrueDivide] = TrueDivide;
        type.NumberBinary[(int)BinaryOp.Remainder] = Remainder;
        type.DivMod = DivMod;
        type.Negative = static (ts, self) =>
        {
            var d = (PyTimedelta)self;
            return PyTimedelta.New(ts, -(long)d.Days, -(long)d.Seconds, -(long)d.Microseconds);
        };
        type.Positive = static (ts, self) =>
        {
            var d = (PyTimedelta)self;
            return PyTimedelta.Make(PyTimedelta.TypeObject, d.Days, d.Seconds, d.Microseconds);
        };
        type.Absolute = static (ts, self) =>
        {
            var d = (PyTimedelta)self;
            return d.Days < 0
                ? PyTimedelta.New(ts, -(long)d.Days, -(long)d.Seconds, -(long)d.Microseconds)
                : PyTimedelta.Make(PyTimedelta.TypeObject, d.Days, d.Seconds, d.Microseconds);
        };
        type.AddMember("days", static (ts, self) => PyInt.Create(((PyTimedelta)self).Days), null, "Number of days.");
        type.AddMember("seconds", static (ts, self) => PyInt.Create(((PyTimedelta)self).Seconds), null, "Number of seconds (>= 0 and less than 1 day).");
        type.AddMember("microseconds", static (ts, self) => PyInt.Create(((PyTimedelta)self).Microseconds), null, "Number of microseconds (>= 0 and less than 1 second).");
        type.AddMethod("total_seconds", TotalSeconds, "Total seconds in the duration.");
        type.AddMethod("__reduce__", static (ts, self) => PyTuple.Create(self.Type, State((PyTimedelta)self)), "__reduce__() -> (cls, state)");
        type.AddAttribute("__doc__", PyStr.Create("Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative."));
    }

    internal static PyTuple State(PyTimedelta d)
        => PyTuple.Create([PyInt.Create(d.Days), PyInt.Create(d.Seconds), PyInt.Create(d.Microseconds)]);

    /// <summary>delta_new: every argument is an int or a float number of its unit; the integral parts are
    /// summed exactly, the fractional microseconds rounded half-to-even at the end.</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = new DatetimeArgBuffer();
        if (!DatetimeArgs.Parse(ts, args, kwnames, "__new__", NewNames, 0, slots)) return null;
        if (TrySmallIntegers(slots, out Int128 exact)) return PyTimedelta.FromMicroseconds(ts, exact, type);
        BigInteger sum = BigInteger.Zero;
        double leftover = 0;
        foreach (int i in AccumulationOrder)
        {
            var num = slots[i];
            if (num is null) continue;
            long factor = NewFactors[i];
            if (num is PyInt n)
            {
                sum += n.IsSmall ? (BigInteger)n.Small * factor : n.Value * factor;
            }
            else if (num is PyFloat f)
            {
                double value = f.Value;
                double intPart = Math.Truncate(value);
                double fracPart = double.IsInfinity(value) ? 0.0 : value - intPart;
                if (double.IsNaN(value))
                {
                    ts.SetError(PyExc.ValueError, "cannot convert float NaN to integer");
                    return null;
                }
                if (double.IsInfinity(value))
                {
                    ts.SetError(PyExc.OverflowError, "cannot convert float infinity to integer");
                    return null;
                }
                sum += new BigInteger(intPart) * factor;
                if (fracPart == 0.0) continue;
                double scaled = factor * fracPart;
                double scaledInt = Math.Truncate(scaled);
                sum += new BigInteger(scaledInt);
                leftover += scaled - scaledInt;
            }
            else
            {
                return ts.TypeError($"unsupported type for timedelta {NewNames[i]} component: {num.Type.Name}");
            }
        }
        if (leftover != 0)
        {
            double whole = Math.Round(leftover, MidpointRounding.AwayFromZero);
            if (Math.Abs(whole - leftover) == 0.5)
            {
                // Exactly halfway: round half to even with respect to the total.
                int odd = sum.IsEven ? 0 : 1;
                whole = 2.0 * Math.Round((leftover + odd) * 0.5, MidpointRounding.AwayFromZero) - odd;
            }
            sum += new BigInteger((long)whole);
        }
        return PyTimedelta.FromMicroseconds(ts, sum, type);
    }

    /// <summary>The common construction: every argument an int within 64 bits, summed exactly in 128.</summary>
    private static bool TrySmallIntegers(ReadOnlySpan<PyObject?> slots, out Int128 sum)
    {
        sum = 0;
        for (int i = 0; i < NewNames.Length; i++)
        {
            var num = slots[i];
            if (num is null) continue;
            if (num is not PyInt n || !n.IsSmall) return false;
            sum += (Int128)n.Small * NewFactors[i];
        }
        return true;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyTimedelta)self;
        var args = new System.Text.StringBuilder();
        if (d.Days != 0) args.Append("days=").Append(d.Days);
        if (d.Seconds != 0) args.Append(args.Length > 0 ? ", " : "").Append("seconds=").Append(d.Seconds);
        if (d.Microseconds != 0) args.Append(args.Length > 0 ? ", " : "").Append("microseconds=").Append(d.Microseconds);
        if (args.Length == 0) args.Append('0');
        return PyStr.Create($"{self.Type.Name}({args})");
    }

    private static PyObject? Str(ThreadState ts, PyObject self)
    {
        var d = (PyTimedelta)self;
        int seconds = d.Seconds;
        int minutes = DatetimeCalendar.DivMod(seconds, 60, out seconds);
        int hours = DatetimeCalendar.DivMod(minutes, 60, out minutes);
        string time = d.Microseconds != 0
            ? $"{hours}:{minutes:D2}:{seconds:D2}.{d.Microseconds:D6}"
            : $"{hours}:{minutes:D2}:{seconds:D2}";
        if (d.Days == 0) return PyStr.Create(time);
        return PyStr.Create($"{d.Days} day{(d.Days == 1 || d.Days == -1 ? "" : "s")}, {time}");
    }

    internal static long Hash(ThreadState ts, PyObject self)
    {
        var d = (PyTimedelta)self;
        if (d.HashCode == -1) d.HashCode = Protocols.Hash(ts, State(d));
        return d.HashCode;
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PyTimedelta other) return PyNotImplemented.Instance;
        return DatetimeHelpers.DiffToBool(PyTimedelta.Compare((PyTimedelta)a, other), op);
    }

    private static PyObject? Add(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyTimedelta x && b is PyTimedelta y)
            return PyTimedelta.New(ts, (long)x.Days + y.Days, (long)x.Seconds + y.Seconds, (long)x.Microseconds + y.Microseconds);
        return PyNotImplemented.Instance;
    }

    internal static PyObject? Subtract(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyTimedelta x && b is PyTimedelta y)
            return PyTimedelta.New(ts, (long)x.Days - y.Days, (long)x.Seconds - y.Seconds, (long)x.Microseconds - y.Microseconds);
        return PyNotImplemented.Instance;
    }

    private static BigInteger Micro(PyTimedelta d) => (BigInteger)d.TotalMicroseconds;

    private static BigInteger IntValue(PyInt i) => i.IsSmall ? i.Small : i.Value;

    private static PyObject? Multiply(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyTimedelta d)
        {
            if (b is PyInt i) return MultiplyInt(ts, d, i);
            if (b is PyFloat) return MultiplyDivideFloat(ts, d, b, divide: false);
        }
        else if (b is PyTimedelta d2)
        {
            if (a is PyInt i) return MultiplyInt(ts, d2, i);
            if (a is PyFloat) return MultiplyDivideFloat(ts, d2, a, divide: false);
        }
        return PyNotImplemented.Instance;
    }

    private static PyObject? MultiplyInt(ThreadState ts, PyTimedelta d, PyInt i)
    {
        if (i.IsSmall && i.Small is > -1000000 and < 1000000)
            return PyTimedelta.FromMicroseconds(ts, d.TotalMicroseconds * i.Small);
        return PyTimedelta.FromMicroseconds(ts, Micro(d) * i.Value);
    }

    /// <summary>delta * float and delta / float: exact through the float's integer ratio, rounded half to even.</summary>
    private static PyObject? MultiplyDivideFloat(ThreadState ts, PyTimedelta d, PyObject f, bool divide)
    {
        var ratio = Protocols.CallMethod(ts, f, "as_integer_ratio", []);
        if (ratio is null) return null;
        if (ratio is not PyTuple t)
            return ts.TypeError($"unexpected return type from as_integer_ratio(): expected tuple, got '{ratio.Type.Name}'");
        if (t.Length != 2) return ts.ValueError("as_integer_ratio() must return a 2-tuple");
        if (t.Items[0] is not PyInt num || t.Items[1] is not PyInt den)
            return ts.TypeError("as_integer_ratio() must return integers");
        var product = Micro(d) * IntValue(divide ? den : num);
        var divisor = IntValue(divide ? num : den);
        if (divisor.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
        return PyTimedelta.FromMicroseconds(ts, DivideNearest(product, divisor));
    }

    /// <summary>_PyLong_DivmodNear's quotient: a / b rounded half to even.</summary>
    internal static BigInteger DivideNearest(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        // Floor semantics first.
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            r += b;
        }
        // Now 0 <= r/b < 1; round up when r/b > 1/2, or == 1/2 and q is odd.
        var twice = r * 2;
        int cmp = b.Sign > 0 ? twice.CompareTo(b) : b.CompareTo(twice);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        return q;
    }

    private static PyObject? FloorDivide(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyTimedelta d) return PyNotImplemented.Instance;
        if (b is PyInt i)
        {
            var n = IntValue(i);
            if (n.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
            return PyTimedelta.FromMicroseconds(ts, FloorDiv(Micro(d), n));
        }
        if (b is PyTimedelta e)
        {
            var n = Micro(e);
            if (n.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
            return PyInt.Create(FloorDiv(Micro(d), n));
        }
        return PyNotImplemented.Instance;
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    private static BigInteger FloorMod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    private static PyObject? TrueDivide(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyTimedelta d) return PyNotImplemented.Instance;
        if (b is PyTimedelta e)
        {
            if (e.IsZero) return ts.ZeroDivisionError("division by zero");
            return Protocols.BinaryOp(ts, PyInt.Create(Micro(d)), PyInt.Create(Micro(e)), BinaryOp.TrueDivide);
        }
        if (b is PyFloat) return MultiplyDivideFloat(ts, d, b, divide: true);
        if (b is PyInt i)
        {
            var n = IntValue(i);
            if (n.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
            return PyTimedelta.FromMicroseconds(ts, DivideNearest(Micro(d), n));
        }
        return PyNotImplemented.Instance;
    }

    private static PyObject? Remainder(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyTimedelta d || b is not PyTimedelta e) return PyNotImplemented.Instance;
        var n = Micro(e);
        if (n.IsZero) return ts.ZeroDivisionError("integer modulo by zero");
        return PyTimedelta.FromMicroseconds(ts, FloorMod(Micro(d), n));
    }

    private static PyObject? DivMod(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyTimedelta d || b is not PyTimedelta e) return PyNotImplemented.Instance;
        var n = Micro(e);
        if (n.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
        var m = Micro(d);
        var rest = PyTimedelta.FromMicroseconds(ts, FloorMod(m, n));
        if (rest is null) return null;
        return PyTuple.Create(PyInt.Create(FloorDiv(m, n)), rest);
    }

    private static PyObject? TotalSeconds(ThreadState ts, PyObject self)
    {
        var us = ((PyTimedelta)self).TotalMicroseconds;
        // Both operands exact in a double: IEEE division is then the correctly rounded quotient, as int / int.
        if (us < (1L << 53) && us > -(1L << 53)) return PyFloat.Create((double)(long)us / 1e6);
        return Protocols.BinaryOp(ts, PyInt.Create((BigInteger)us), PyInt.Create(1000000), BinaryOp.TrueDivide);
    }
}
