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
        Length = PyInt.Create(ComputeLength(start.Value, stop.Value, step.Value));
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

    /// <summary>The value at a non-negative index known to be in range: start + i*step.</summary>
    public PyInt ItemAt(BigInteger i) => PyInt.Create(Start.Value + i * Step.Value);

    internal static void Install(PyType type) => RangeSlots.Install(type);
}
