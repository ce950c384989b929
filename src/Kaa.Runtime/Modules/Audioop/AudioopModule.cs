using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The audioop module's per-interpreter state: its exception class.</summary>
internal sealed class AudioopState
{
    public PyType? Error;
}

/// <summary>
/// The <c>audioop</c> module (CPython's Modules/audioop.c): operations on sound fragments, bytes-like
/// objects holding signed samples 1, 2, 3 or 4 bytes wide in the machine's byte order. Results match
/// CPython's bit for bit, including its C conversions (truncation of doubles, wrap-around of unsigned
/// sums). This file holds the argument handling, the sample access and the measuring functions;
/// AudioopModule.Convert.cs the functions that make new fragments.
/// </summary>
internal static partial class AudioopModule
{
    private static readonly int[] MaxVals = [0, 0x7F, 0x7FFF, 0x7FFFFF, 0x7FFFFFFF];
    private static readonly int[] MinVals = [0, -0x80, -0x8000, -0x800000, int.MinValue];

    internal static PyModule? Create(ThreadState ts)
    {
        // PyInit_audioop warns before making the module; stack level 7 is the frame doing the import
        // (the six importlib frames between it and the module's creation, as in CPython).
        if (!WarningsModule.Warn(ts, PyExc.DeprecationWarning, "'audioop' is deprecated and slated for removal in Python 3.13", 7))
            return null;
        var m = PyModule.Create("audioop");
        var state = ts.Interp.GetModuleState<AudioopState>();
        state.Error = ExceptionClass.Create(ts, "audioop.error", PyExc.Exception);
        if (state.Error is null) return null;
        m.Set("error", state.Error);
        m.AddFunction("max", Max, "Return the maximum of the absolute value of all samples in a fragment.");
        m.AddFunction("minmax", MinMax, "Return the minimum and maximum values of all samples in the sound fragment.");
        m.AddFunction("avg", Avg, "Return the average over all samples in the fragment.");
        m.AddFunction("maxpp", MaxPP, "Return the maximum peak-peak value in the sound fragment.");
        m.AddFunction("avgpp", AvgPP, "Return the average peak-peak value over all samples in the fragment.");
        m.AddFunction("rms", Rms, "Return the root-mean-square of the fragment, i.e. sqrt(sum(S_i^2)/n).");
        m.AddFunction("findfit", FindFit, "Try to match reference as well as possible to a portion of fragment.");
        m.AddFunction("findmax", FindMax, "Search fragment for a slice of specified number of samples with maximum energy.");
        m.AddFunction("findfactor", FindFactor, "Return a factor F such that rms(add(fragment, mul(reference, -F))) is minimal.");
        m.AddFunction("cross", Cross, "Return the number of zero crossings in the fragment passed as an argument.");
        m.AddFunction("mul", Mul, "Return a fragment that has all samples in the original fragment multiplied by the floating-point value factor.");
        m.AddFunction("add", Add, "Return a fragment which is the addition of the two samples passed as parameters.");
        m.AddFunction("bias", Bias, "Return a fragment that is the original fragment with a bias added to each sample.");
        m.AddFunction("ulaw2lin", Ulaw2Lin, "Convert sound fragments in u-LAW encoding to linearly encoded sound fragments.");
        m.AddFunction("lin2ulaw", Lin2Ulaw, "Convert samples in the audio fragment to u-LAW encoding.");
        m.AddFunction("alaw2lin", Alaw2Lin, "Convert sound fragments in a-LAW encoding to linearly encoded sound fragments.");
        m.AddFunction("lin2alaw", Lin2Alaw, "Convert samples in the audio fragment to a-LAW encoding.");
        m.AddFunction("lin2lin", Lin2Lin, "Convert samples between 1-, 2-, 3- and 4-byte formats.");
        m.AddFunction("adpcm2lin", Adpcm2Lin, "Decode an Intel/DVI ADPCM coded fragment to a linear fragment.");
        m.AddFunction("lin2adpcm", Lin2Adpcm, "Convert samples to 4 bit Intel/DVI ADPCM encoding.");
        m.AddFunction("tomono", ToMono, "Convert a stereo fragment to a mono fragment.");
        m.AddFunction("tostereo", ToStereo, "Generate a stereo fragment from a mono fragment.");
        m.AddFunction("getsample", GetSample, "Return the value of sample index from the fragment.");
        m.AddFunction("reverse", Reverse, "Reverse the samples in a fragment and returns the modified fragment.");
        m.AddFunction("byteswap", ByteSwap, "Convert big-endian samples to little-endian and vice versa.");
        m.AddFunction("ratecv", RateCv, "Convert the frame rate of the input fragment.");
        return m;
    }

    private static PyObject? Fail(ThreadState ts, string message)
        => ts.Raise(ts.Interp.GetModuleState<AudioopState>().Error ?? PyExc.Exception, message);

    // ---- arguments (Argument Clinic's positional-only signatures) -------------------------------------

    /// <summary>The call's shape: METH_FASTCALL refuses keywords, then _PyArg_CheckPositional.</summary>
    private static bool Arity(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, $"audioop.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length >= min && args.Length <= max) return true;
        bool few = args.Length < min;
        int n = few ? min : max;
        string bound = min == max ? "" : few ? "at least " : "at most ";
        ts.SetError(PyExc.TypeError, $"{name} expected {bound}{n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    /// <summary>A Py_buffer argument: the bytes of any bytes-like object (copied, so the view is released at once).</summary>
    private static byte[]? Fragment(ThreadState ts, PyObject arg)
    {
        if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
        // Clinic asks for PyBUF_SIMPLE, which a strided memoryview refuses (Kaa's would hand out a copy).
        byte[]? data = arg is PyMemoryView { IsCContiguous: false } ? null : view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        if (data is null) ts.SetError(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        return data;
    }

    /// <summary>The common head "fragment, width, ...": arity, the buffer, the width as a C int.</summary>
    private static bool FragmentWidth(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int count,
        out byte[] data, out int width)
    {
        width = 0;
        data = [];
        if (!Arity(ts, name, args, kw, count, count)) return false;
        if (Fragment(ts, args[0]) is not { } d) return false;
        data = d;
        return PosixArgs.CInt(ts, args[1], out width);
    }

    /// <summary>A clinic double argument (PyFloat_AsDouble).</summary>
    private static bool Double(ThreadState ts, PyObject arg, out double value)
        => FloatSlots.AsDouble(ts, arg, "must be real number, not {0}", out value);

    /// <summary>audioop_check_size.</summary>
    private static bool CheckSize(ThreadState ts, int width)
    {
        if (width is >= 1 and <= 4) return true;
        Fail(ts, "Size should be 1, 2, 3 or 4");
        return false;
    }

    /// <summary>audioop_check_parameters: a valid width and a whole number of samples.</summary>
    private static bool CheckParameters(ThreadState ts, int length, int width)
    {
        if (!CheckSize(ts, width)) return false;
        if (length % width == 0) return true;
        Fail(ts, "not a whole number of frames");
        return false;
    }

    /// <summary>PyArg_ParseTuple's "i" format: PyLong_AsLong, then the C int range.</summary>
    private static bool StateInt(ThreadState ts, PyObject obj, out int value)
    {
        value = 0;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long v))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        if (v is > int.MaxValue or < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, v > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
            return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>A new bytes object of <paramref name="length"/> bytes to fill, or MemoryError when it cannot exist.</summary>
    private static byte[]? Output(ThreadState ts, long length)
    {
        if (length <= Array.MaxLength) return new byte[length];
        ts.SetError(PyExc.MemoryError, "not enough memory for output buffer");
        return null;
    }

    // ---- samples (GETRAWSAMPLE, SETRAWSAMPLE, GETSAMPLE32, SETSAMPLE32) -------------------------------

    /// <summary>The signed sample of <paramref name="width"/> bytes at byte offset <paramref name="i"/>, native order.</summary>
    private static int Get(ReadOnlySpan<byte> b, int width, int i) => width switch
    {
        1 => (sbyte)b[i],
        2 => MemoryMarshal.Read<short>(b.Slice(i, 2)),
        3 => BitConverter.IsLittleEndian ? b[i] | (b[i + 1] << 8) | ((sbyte)b[i + 2] << 16)
                                         : b[i + 2] | (b[i + 1] << 8) | ((sbyte)b[i] << 16),
        _ => MemoryMarshal.Read<int>(b.Slice(i, 4)),
    };

    /// <summary>Stores the low <paramref name="width"/> bytes of <paramref name="value"/> (C's truncating store).</summary>
    private static void Set(Span<byte> b, int width, int i, int value)
    {
        switch (width)
        {
            case 1: b[i] = (byte)value; break;
            case 2: MemoryMarshal.Write(b.Slice(i, 2), (short)value); break;
            case 3:
                if (BitConverter.IsLittleEndian) { b[i] = (byte)value; b[i + 1] = (byte)(value >> 8); b[i + 2] = (byte)(value >> 16); }
                else { b[i + 2] = (byte)value; b[i + 1] = (byte)(value >> 8); b[i] = (byte)(value >> 16); }
                break;
            default: MemoryMarshal.Write(b.Slice(i, 4), value); break;
        }
    }

    /// <summary>A sample scaled to 32 bits (its value in the top bytes).</summary>
    private static int Get32(ReadOnlySpan<byte> b, int width, int i) => Get(b, width, i) << (32 - 8 * width);

    /// <summary>Stores the top <paramref name="width"/> bytes of a 32-bit sample.</summary>
    private static void Set32(Span<byte> b, int width, int i, int value) => Set(b, width, i, value >> (32 - 8 * width));

    /// <summary>A C cast of a double to int as x86-64 does it: NaN and out-of-range values become INT_MIN.</summary>
    private static int CInt(double value) => value is >= -2147483648.0 and < 2147483648.0 ? (int)value : int.MinValue;

    /// <summary>fbound: clamp to [min, max], then floor (a value below min + 1 becomes min).</summary>
    private static int FBound(double value, double min, double max)
    {
        if (value > max) value = max;
        else if (value < min + 1.0) value = min;
        return CInt(Math.Floor(value));
    }

    /// <summary>The 16-bit sample at index <paramref name="i"/> (findfit, findfactor and findmax work on 16-bit samples only).</summary>
    private static double Short(ReadOnlySpan<byte> b, long i) => MemoryMarshal.Read<short>(b.Slice((int)(i * 2), 2));

    /// <summary>_sum2: the dot product of <paramref name="length"/> 16-bit samples from each starting index.</summary>
    private static double Sum2(ReadOnlySpan<byte> a, long aStart, ReadOnlySpan<byte> b, long bStart, long length)
    {
        double sum = 0.0;
        for (long i = 0; i < length; i++) sum += Short(a, aStart + i) * Short(b, bStart + i);
        return sum;
    }

    // ---- measurements -----------------------------------------------------------------------------------

    private static PyObject? GetSample(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "getsample", args, kw, 3, out var data, out int width)) return null;
        if (!PosixArgs.SSize(ts, args[2], out long index)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        if (index < 0 || index >= data.Length / width) return Fail(ts, "Index out of range");
        return PyInt.Create(Get(data, width, (int)index * width));
    }

    private static PyObject? Max(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "max", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        long max = 0;
        for (int i = 0; i < data.Length; i += width) max = Math.Max(max, Math.Abs((long)Get(data, width, i)));
        return PyInt.Create(max);
    }

    private static PyObject? MinMax(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "minmax", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        int min = int.MaxValue, max = int.MinValue;
        for (int i = 0; i < data.Length; i += width)
        {
            int v = Get(data, width, i);
            if (v > max) max = v;
            if (v < min) min = v;
        }
        return PyTuple.Create(PyInt.Create(min), PyInt.Create(max));
    }

    private static PyObject? Avg(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "avg", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        double sum = 0.0;
        for (int i = 0; i < data.Length; i += width) sum += Get(data, width, i);
        return PyInt.Create(data.Length == 0 ? 0 : CInt(Math.Floor(sum / (data.Length / width))));
    }

    private static PyObject? Rms(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "rms", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        double sumSquares = 0.0;
        for (int i = 0; i < data.Length; i += width)
        {
            double v = Get(data, width, i);
            sumSquares += v * v;
        }
        // (unsigned int)sqrt(...): truncation; the root of a mean of squares of 32-bit samples fits.
        return PyInt.Create(data.Length == 0 ? 0L : (long)Math.Sqrt(sumSquares / (data.Length / width)));
    }

    private static PyObject? FindFit(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Arity(ts, "findfit", args, kw, 2, 2)) return null;
        if (Fragment(ts, args[0]) is not { } a || Fragment(ts, args[1]) is not { } r) return null;
        if ((a.Length & 1) != 0 || (r.Length & 1) != 0) return Fail(ts, "Strings should be even-sized");
        long len1 = a.Length >> 1, len2 = r.Length >> 1;
        if (len1 < len2) return Fail(ts, "First sample should be longer");
        double sumRi2 = Sum2(r, 0, r, 0, len2);
        double sumAij2 = Sum2(a, 0, a, 0, len2);
        double sumAijRi = Sum2(a, 0, r, 0, len2);
        double best = (sumRi2 * sumAij2 - sumAijRi * sumAijRi) / sumAij2;
        long bestJ = 0;
        for (long j = 1; j <= len1 - len2; j++)
        {
            double first = Short(a, j - 1), last = Short(a, j + len2 - 1);
            sumAij2 = sumAij2 + last * last - first * first;
            sumAijRi = Sum2(a, j, r, 0, len2);
            double result = (sumRi2 * sumAij2 - sumAijRi * sumAijRi) / sumAij2;
            if (result < best)
            {
                best = result;
                bestJ = j;
            }
        }
        double factor = Sum2(a, bestJ, r, 0, len2) / sumRi2;
        return PyTuple.Create(PyInt.Create(bestJ), PyFloat.Create(factor));
    }

    private static PyObject? FindFactor(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Arity(ts, "findfactor", args, kw, 2, 2)) return null;
        if (Fragment(ts, args[0]) is not { } a || Fragment(ts, args[1]) is not { } r) return null;
        if ((a.Length & 1) != 0 || (r.Length & 1) != 0) return Fail(ts, "Strings should be even-sized");
        if (a.Length != r.Length) return Fail(ts, "Samples should be same size");
        long len = a.Length >> 1;
        return PyFloat.Create(Sum2(a, 0, r, 0, len) / Sum2(r, 0, r, 0, len));
    }

    private static PyObject? FindMax(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Arity(ts, "findmax", args, kw, 2, 2)) return null;
        if (Fragment(ts, args[0]) is not { } a) return null;
        if (!PosixArgs.SSize(ts, args[1], out long length)) return null;
        if ((a.Length & 1) != 0) return Fail(ts, "Strings should be even-sized");
        long len1 = a.Length >> 1;
        if (length < 0 || len1 < length) return Fail(ts, "Input sample should be longer");
        double result = Sum2(a, 0, a, 0, length), best = result;
        long bestJ = 0;
        for (long j = 1; j <= len1 - length; j++)
        {
            double first = Short(a, j - 1), last = Short(a, j + length - 1);
            result = result + last * last - first * first;
            if (result > best)
            {
                best = result;
                bestJ = j;
            }
        }
        return PyInt.Create(bestJ);
    }

    /// <summary>
    /// The peak-to-peak walk of avgpp and maxpp: each time the signal's direction changes, the distance
    /// from the previous extreme to this one (as an unsigned C int difference) is handed to <paramref name="peak"/>.
    /// </summary>
    private static void Peaks(byte[] data, int width, Action<uint> peak)
    {
        if (data.Length <= width) return;
        int prev = Get(data, width, 0), prevDiff = 17, prevExtreme = 0;
        bool prevExtremeValid = false;
        for (int i = width; i < data.Length; i += width)
        {
            int v = Get(data, width, i);
            if (v == prev) continue;
            int diff = v < prev ? 1 : 0;
            if (prevDiff == (diff == 0 ? 1 : 0))
            {
                if (prevExtremeValid)
                    peak(prev < prevExtreme ? (uint)prevExtreme - (uint)prev : (uint)prev - (uint)prevExtreme);
                prevExtremeValid = true;
                prevExtreme = prev;
            }
            prev = v;
            prevDiff = diff;
        }
    }

    private static PyObject? AvgPP(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "avgpp", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        double sum = 0.0;
        int count = 0;
        Peaks(data, width, d => { sum += d; count++; });
        return PyInt.Create(count == 0 ? 0L : (long)(uint)(sum / count));
    }

    private static PyObject? MaxPP(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "maxpp", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        uint max = 0;
        Peaks(data, width, d => max = Math.Max(max, d));
        return PyInt.Create((long)max);
    }

    private static PyObject? Cross(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "cross", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        long crossings = -1;
        int prev = 17;
        for (int i = 0; i < data.Length; i += width)
        {
            int negative = Get(data, width, i) < 0 ? 1 : 0;
            if (negative != prev) crossings++;
            prev = negative;
        }
        return PyInt.Create(crossings);
    }
}
