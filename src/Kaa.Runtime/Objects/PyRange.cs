using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// <c>range</c>: start, stop, step and the derived length, each an arbitrary-precision int (as CPython keeps
/// them). Ranges whose values all fit a machine word also carry them as longs for the fast paths
/// (iteration, indexing, membership).
/// </summary>
public sealed class PyRange : PyObject
{
    public readonly PyInt Start, Stop, Step, Length;

    /// <summary>True when start, stop, step and length all fit a long (then the <c>Small*</c> fields are valid).</summary>
    public readonly bool IsSmall;
    public readonly long SmallStart, SmallStop, SmallStep, SmallLength;

    public PyRange(PyInt start, PyInt stop, PyInt step) : base(BuiltinTypes.Range)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = start.TryGetLong(out long a) && stop.TryGetLong(out long b) && step.TryGetLong(out long c)
            && LengthOfLongs(a, b, c) is long n ? PyInt.Create(n) : PyInt.Create(ComputeLength(start.Value, stop.Value, step.Value));
        IsSmall = start.TryGetLong(out SmallStart) & stop.TryGetLong(out SmallStop) & step.TryGetLong(out SmallStep)
                  & Length.TryGetLong(out SmallLength);
    }

    /// <summary>compute_range_length: how many values lie between start and stop by step.</summary>
    public static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0)
            return lo < hi ? (hi - lo - 1) / step + 1 : BigInteger.Zero;
        return lo > hi ? (lo - hi - 1) / -step + 1 : BigInteger.Zero;
    }

    /// <summary>compute_range_length over longs (every range of a loop), or null when an intermediate would
    /// overflow (then the BigInteger form answers).</summary>
    private static long? LengthOfLongs(long lo, long hi, long step)
    {
        if (step > 0)
        {
            if (lo >= hi) return 0;
            ulong span = (ulong)(hi - lo) - 1; // hi > lo: the difference fits an unsigned long
            return (long)(span / (ulong)step) + 1 is var n and >= 1 ? n : null;
        }
        if (step == long.MinValue) return null;
        if (lo <= hi) return 0;
        ulong back = (ulong)(lo - hi) - 1;
        return (long)(back / (ulong)(-step)) + 1 is var m and >= 1 ? m : null;
    }

    /// <summary>The value at a non-negative index known to be in range: start + i*step.</summary>
    public PyInt ItemAt(BigInteger i) => PyInt.Create(Start.Value + i * Step.Value);

    internal static void Install(PyType type) => RangeSlots.Install(type);
}
