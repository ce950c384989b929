namespace Kaa.Runtime;

/// <summary>
/// audioop's functions that make new fragments: arithmetic (mul, add, bias), rearrangement (reverse,
/// byteswap, tomono, tostereo, lin2lin), rate conversion (ratecv) and the u-law, A-law and Intel/DVI
/// ADPCM codecs (the G.711 code CPython takes from SoX).
/// </summary>
internal static partial class AudioopModule
{
    // ---- arithmetic ---------------------------------------------------------------------------------------

    private static PyObject? Mul(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "mul", args, kw, 3, out var data, out int width)) return null;
        if (!Double(ts, args[2], out double factor)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        double max = MaxVals[width], min = MinVals[width];
        var result = new byte[data.Length];
        for (int i = 0; i < data.Length; i += width)
            Set(result, width, i, FBound(Get(data, width, i) * factor, min, max));
        return PyBytes.Create(result);
    }

    private static PyObject? ToMono(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "tomono", args, kw, 4, out var data, out int width)) return null;
        if (!Double(ts, args[2], out double left) || !Double(ts, args[3], out double right)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        if (((data.Length / width) & 1) != 0) return Fail(ts, "not a whole number of frames");
        double max = MaxVals[width], min = MinVals[width];
        var result = new byte[data.Length / 2];
        for (int i = 0; i < data.Length; i += width * 2)
        {
            double v = Get(data, width, i) * left + Get(data, width, i + width) * right;
            Set(result, width, i / 2, FBound(v, min, max));
        }
        return PyBytes.Create(result);
    }

    private static PyObject? ToStereo(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "tostereo", args, kw, 4, out var data, out int width)) return null;
        if (!Double(ts, args[2], out double left) || !Double(ts, args[3], out double right)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        double max = MaxVals[width], min = MinVals[width];
        if (Output(ts, 2L * data.Length) is not { } result) return null;
        for (int i = 0; i < data.Length; i += width)
        {
            double v = Get(data, width, i);
            Set(result, width, i * 2, FBound(v * left, min, max));
            Set(result, width, i * 2 + width, FBound(v * right, min, max));
        }
        return PyBytes.Create(result);
    }

    private static PyObject? Add(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Arity(ts, "add", args, kw, 3, 3)) return null;
        if (Fragment(ts, args[0]) is not { } a || Fragment(ts, args[1]) is not { } b) return null;
        if (!PosixArgs.CInt(ts, args[2], out int width)) return null;
        if (!CheckParameters(ts, a.Length, width)) return null;
        if (a.Length != b.Length) return Fail(ts, "Lengths should be the same");
        int max = MaxVals[width], min = MinVals[width];
        var result = new byte[a.Length];
        for (int i = 0; i < a.Length; i += width)
        {
            // The sum of two 4-byte samples can leave the int range: CPython adds those as doubles.
            long sum = (long)Get(a, width, i) + Get(b, width, i);
            Set(result, width, i, width < 4 ? (int)Math.Clamp(sum, min, max) : FBound(sum, min, max));
        }
        return PyBytes.Create(result);
    }

    private static PyObject? Bias(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "bias", args, kw, 3, out var data, out int width)) return null;
        if (!PosixArgs.CInt(ts, args[2], out int bias)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        var result = new byte[data.Length];
        // Unsigned arithmetic: the sum wraps around within the sample's width.
        for (int i = 0; i < data.Length; i += width)
            Set(result, width, i, Get(data, width, i) + bias);
        return PyBytes.Create(result);
    }

    // ---- rearrangement ------------------------------------------------------------------------------------

    private static PyObject? Reverse(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "reverse", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        var result = new byte[data.Length];
        for (int i = 0; i < data.Length; i += width)
            data.AsSpan(i, width).CopyTo(result.AsSpan(data.Length - i - width));
        return PyBytes.Create(result);
    }

    private static PyObject? ByteSwap(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "byteswap", args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        for (int i = 0; i < data.Length; i += width) data.AsSpan(i, width).Reverse();
        return PyBytes.Create(data);
    }

    private static PyObject? Lin2Lin(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "lin2lin", args, kw, 3, out var data, out int width)) return null;
        if (!PosixArgs.CInt(ts, args[2], out int newWidth)) return null;
        if (!CheckParameters(ts, data.Length, width) || !CheckSize(ts, newWidth)) return null;
        if (Output(ts, (long)data.Length / width * newWidth) is not { } result) return null;
        for (int i = 0, j = 0; i < data.Length; i += width, j += newWidth)
            Set32(result, newWidth, j, Get32(data, width, i));
        return PyBytes.Create(result);
    }

    // ---- rate conversion ----------------------------------------------------------------------------------

    private static int Gcd(int a, int b)
    {
        while (b > 0) (a, b) = (b, a % b);
        return a;
    }

    private static PyObject? RateCv(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Arity(ts, "ratecv", args, kw, 6, 8)) return null;
        if (Fragment(ts, args[0]) is not { } data) return null;
        int weightA = 1, weightB = 0;
        if (!PosixArgs.CInt(ts, args[1], out int width) || !PosixArgs.CInt(ts, args[2], out int nchannels)
            || !PosixArgs.CInt(ts, args[3], out int inrate) || !PosixArgs.CInt(ts, args[4], out int outrate)
            || (args.Length > 6 && !PosixArgs.CInt(ts, args[6], out weightA))
            || (args.Length > 7 && !PosixArgs.CInt(ts, args[7], out weightB)))
            return null;
        var state = args[5];
        if (!CheckSize(ts, width)) return null;
        if (nchannels < 1) return Fail(ts, "# of channels should be >= 1");
        if (width > int.MaxValue / nchannels) return ts.OverflowError("width * nchannels too big for a C int");
        int bytesPerFrame = width * nchannels;
        if (weightA < 1 || weightB < 0) return Fail(ts, "weightA should be >= 1, weightB should be >= 0");
        if (data.Length % bytesPerFrame != 0) return Fail(ts, "not a whole number of frames");
        if (inrate <= 0 || outrate <= 0) return Fail(ts, "sampling rate not > 0");
        int g = Gcd(inrate, outrate);
        inrate /= g;
        outrate /= g;
        g = Gcd(weightA, weightB);
        weightA /= g;
        weightB /= g;

        var prev = new int[nchannels];
        var cur = new int[nchannels];
        int d;
        if (state == PyNone.Instance) d = -outrate;
        else if (!RateCvState(ts, state, nchannels, prev, cur, out d)) return null;

        long frames = data.Length / bytesPerFrame;
        // CPython allocates ceiling(frames / inrate) * outrate frames, "not enough memory" when it cannot:
        // here beyond the largest array. The buffer grows towards that bound as frames are written.
        long bound = 0;
        if (frames > 0)
        {
            long q = 1 + (frames - 1) / inrate;
            if (outrate > long.MaxValue / q / bytesPerFrame || q * outrate * bytesPerFrame > Array.MaxLength)
                return ts.Raise(PyExc.MemoryError, "not enough memory for output buffer");
            bound = q * outrate * bytesPerFrame;
        }
        var output = new RateOutput(Math.Min(bound, 1 << 16));
        int input = 0;
        double weightSum = (double)weightA + weightB;
        while (true)
        {
            while (d < 0)
            {
                if (frames == 0)
                {
                    var channels = new PyObject[nchannels];
                    for (int c = 0; c < nchannels; c++)
                        channels[c] = PyTuple.Create(PyInt.Create(prev[c]), PyInt.Create(cur[c]));
                    return PyTuple.Create(PyBytes.Create(output.Written),
                        PyTuple.Create(PyInt.Create(d), PyTuple.Create(channels)));
                }
                for (int c = 0; c < nchannels; c++)
                {
                    prev[c] = cur[c];
                    int sample = Get32(data, width, input);
                    input += width;
                    // A simple low-pass filter: the weighted mean of this sample and the previous one.
                    cur[c] = CInt((weightA * (double)sample + weightB * (double)prev[c]) / weightSum);
                }
                frames--;
                d += outrate;
            }
            while (d >= 0)
            {
                if (!output.Reserve(ts, bytesPerFrame)) return null;
                for (int c = 0; c < nchannels; c++)
                {
                    int o = CInt(((double)prev[c] * d + (double)cur[c] * (outrate - d)) / outrate);
                    Set32(output.Buffer, width, output.Length, o);
                    output.Length += width;
                }
                d -= inrate;
            }
        }
    }

    /// <summary>ratecv's state "(d, ((prev, cur), ...))", parsed as PyArg_ParseTuple("iO!") and "ii" with
    /// the message "ratecv(): illegal state argument".</summary>
    private static bool RateCvState(ThreadState ts, PyObject state, int nchannels, int[] prev, int[] cur, out int d)
    {
        d = 0;
        const string illegal = "ratecv(): illegal state argument";
        if (state is not PyTuple t)
        {
            ts.SetError(PyExc.TypeError, "state must be a tuple or None");
            return false;
        }
        if (t.Length != 2)
        {
            ts.SetError(PyExc.TypeError, illegal);
            return false;
        }
        if (!StateInt(ts, t.Items[0], out d)) return false;
        if (t.Items[1] is not PyTuple samples)
        {
            ts.SetError(PyExc.TypeError, illegal);
            return false;
        }
        if (samples.Length != nchannels)
        {
            Fail(ts, "illegal state argument");
            return false;
        }
        for (int c = 0; c < nchannels; c++)
        {
            if (samples.Items[c] is not PyTuple channel || channel.Length != 2)
            {
                ts.SetError(PyExc.TypeError, illegal);
                return false;
            }
            if (!StateInt(ts, channel.Items[0], out prev[c]) || !StateInt(ts, channel.Items[1], out cur[c])) return false;
        }
        return true;
    }

    /// <summary>ratecv's output, grown as frames are written (a state's d can ask for any number of them).</summary>
    private sealed class RateOutput(long capacity)
    {
        public byte[] Buffer = new byte[capacity];
        public int Length;

        public ReadOnlySpan<byte> Written => Buffer.AsSpan(0, Length);

        public bool Reserve(ThreadState ts, int count)
        {
            if (Length + (long)count <= Buffer.Length) return true;
            long size = Math.Max(2L * Buffer.Length, Length + (long)count);
            if (size > Array.MaxLength) size = Length + (long)count;
            if (size > Array.MaxLength)
            {
                ts.SetError(PyExc.MemoryError, "not enough memory for output buffer");
                return false;
            }
            Array.Resize(ref Buffer, (int)size);
            return true;
        }
    }

    // ---- u-law and A-law (G.711) --------------------------------------------------------------------------

    private static readonly short[] SegAEnd = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF];
    private static readonly short[] SegUEnd = [0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF];

    /// <summary>The segment of a magnitude: the first table entry it does not exceed (8 beyond them all).</summary>
    private static int Segment(int value, short[] ends)
    {
        for (int i = 0; i < ends.Length; i++)
            if (value <= ends[i]) return i;
        return ends.Length;
    }

    /// <summary>A 14-bit linear sample as a u-law byte (sign and magnitude, biased by 33, all bits inverted).</summary>
    private static byte LinearToUlaw(int pcm)
    {
        int mask = 0xFF;
        if (pcm < 0)
        {
            pcm = -pcm;
            mask = 0x7F;
        }
        pcm = Math.Min(pcm, 32635) + (0x84 >> 2);
        int seg = Segment(pcm, SegUEnd);
        if (seg >= 8) return (byte)(0x7F ^ mask);
        return (byte)(((seg << 4) | ((pcm >> (seg + 1)) & 0xF)) ^ mask);
    }

    /// <summary>A 13-bit linear sample as an A-law byte (even bits inverted).</summary>
    private static byte LinearToAlaw(int pcm)
    {
        int mask = 0xD5;
        if (pcm < 0)
        {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int seg = Segment(pcm, SegAEnd);
        if (seg >= 8) return (byte)(0x7F ^ mask);
        int aval = (seg << 4) | ((seg < 2 ? pcm >> 1 : pcm >> seg) & 0xF);
        return (byte)(aval ^ mask);
    }

    /// <summary>The 16-bit linear value of a u-law byte (the inverse of <see cref="LinearToUlaw"/>).</summary>
    private static int UlawToLinear(byte u)
    {
        int v = ~u;
        int t = (((v & 0xF) << 3) + 0x84) << ((v & 0x70) >> 4);
        return (v & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }

    /// <summary>The 16-bit linear value of an A-law byte.</summary>
    private static int AlawToLinear(byte a)
    {
        int v = a ^ 0x55;
        int t = (v & 0xF) << 4;
        int seg = (v & 0x70) >> 4;
        t = seg switch
        {
            0 => t + 8,
            1 => t + 0x108,
            _ => (t + 0x108) << (seg - 1),
        };
        return (v & 0x80) != 0 ? t : -t;
    }

    private static PyObject? Lin2Ulaw(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
        => Compand(ts, "lin2ulaw", args, kw, static s => LinearToUlaw(s >> 18));

    private static PyObject? Lin2Alaw(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
        => Compand(ts, "lin2alaw", args, kw, static s => LinearToAlaw(s >> 19));

    /// <summary>lin2ulaw and lin2alaw: one byte per sample, from its 32-bit scaled value.</summary>
    private static PyObject? Compand(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<int, byte> encode)
    {
        if (!FragmentWidth(ts, name, args, kw, 2, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        var result = new byte[data.Length / width];
        for (int i = 0, j = 0; i < data.Length; i += width, j++) result[j] = encode(Get32(data, width, i));
        return PyBytes.Create(result);
    }

    private static PyObject? Ulaw2Lin(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
        => Expand(ts, "ulaw2lin", args, kw, UlawToLinear);

    private static PyObject? Alaw2Lin(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
        => Expand(ts, "alaw2lin", args, kw, AlawToLinear);

    /// <summary>ulaw2lin and alaw2lin: each byte to a 16-bit value, stored in the top of a sample of the width.</summary>
    private static PyObject? Expand(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<byte, int> decode)
    {
        if (!FragmentWidth(ts, name, args, kw, 2, out var data, out int width)) return null;
        if (!CheckSize(ts, width)) return null;
        if (Output(ts, (long)data.Length * width) is not { } result) return null;
        for (int i = 0; i < data.Length; i++) Set32(result, width, i * width, decode(data[i]) << 16);
        return PyBytes.Create(result);
    }

    // ---- Intel/DVI ADPCM ----------------------------------------------------------------------------------

    private static readonly int[] IndexTable = [-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8];

    private static readonly int[] StepSizeTable =
    [
        7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
        50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
        337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
        2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
        15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
    ];

    /// <summary>The coder's state "(valpred, index)": None for the start, else PyArg_ParseTuple("ii") and a range check.</summary>
    private static bool AdpcmState(ThreadState ts, string name, PyObject state, out int valpred, out int index)
    {
        valpred = index = 0;
        if (state == PyNone.Instance) return true;
        if (state is not PyTuple t)
        {
            ts.SetError(PyExc.TypeError, "state must be a tuple or None");
            return false;
        }
        if (t.Length != 2)
        {
            ts.SetError(PyExc.TypeError, $"{name}(): illegal state argument");
            return false;
        }
        if (!StateInt(ts, t.Items[0], out valpred) || !StateInt(ts, t.Items[1], out index)) return false;
        if (valpred is >= 0x8000 or < -0x8000 || (uint)index >= StepSizeTable.Length)
        {
            ts.SetError(PyExc.ValueError, "bad state");
            return false;
        }
        return true;
    }

    /// <summary>One ADPCM step shared by coder and decoder: the predicted value moves by the code's
    /// magnitude bits times the step (approximately (delta + 0.5) * step / 4), clamped to 16 bits, and the
    /// step index moves by the code.</summary>
    private static void AdpcmStep(int delta, int step, ref int valpred, ref int index)
    {
        int vpdiff = step >> 3;
        if ((delta & 4) != 0) vpdiff += step;
        if ((delta & 2) != 0) vpdiff += step >> 1;
        if ((delta & 1) != 0) vpdiff += step >> 2;
        valpred = Math.Clamp((delta & 8) != 0 ? valpred - vpdiff : valpred + vpdiff, -32768, 32767);
        index = Math.Clamp(index + IndexTable[delta], 0, 88);
    }

    private static PyObject? Lin2Adpcm(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "lin2adpcm", args, kw, 3, out var data, out int width)) return null;
        if (!CheckParameters(ts, data.Length, width)) return null;
        if (!AdpcmState(ts, "lin2adpcm", args[2], out int valpred, out int index)) return null;
        var result = new byte[data.Length / (width * 2)];
        int output = 0, nibble = 0;
        for (int i = 0; i < data.Length; i += width)
        {
            int value = Get32(data, width, i) >> 16;
            int step = StepSizeTable[index];
            int diff = value - valpred, sign = 0;
            if (diff < 0)
            {
                diff = -diff;
                sign = 8;
            }
            // The code's magnitude: diff * 4 / step by successive halvings of the step, as the encoder
            // whose truncations the decoder reproduces.
            int delta = 0;
            if (diff >= step) { delta = 4; diff -= step; }
            if (diff >= step >> 1) { delta |= 2; diff -= step >> 1; }
            if (diff >= step >> 2) delta |= 1;
            delta |= sign;
            AdpcmStep(delta, step, ref valpred, ref index);
            if (nibble++ % 2 == 0) output = (delta << 4) & 0xF0;
            else result[nibble / 2 - 1] = (byte)((delta & 0x0F) | output);
        }
        return PyTuple.Create(PyBytes.Create(result), PyTuple.Create(PyInt.Create(valpred), PyInt.Create(index)));
    }

    private static PyObject? Adpcm2Lin(ThreadState ts, PyObject _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!FragmentWidth(ts, "adpcm2lin", args, kw, 3, out var data, out int width)) return null;
        if (!CheckSize(ts, width)) return null;
        if (!AdpcmState(ts, "adpcm2lin", args[2], out int valpred, out int index)) return null;
        if (Output(ts, (long)data.Length * width * 2) is not { } result) return null;
        for (int i = 0, o = 0; i < data.Length * 2; i++, o += width)
        {
            int code = data[i >> 1];
            int delta = (i & 1) == 0 ? code >> 4 : code & 0xF;
            AdpcmStep(delta, StepSizeTable[index], ref valpred, ref index);
            Set32(result, width, o, valpred << 16);
        }
        return PyTuple.Create(PyBytes.Create(result), PyTuple.Create(PyInt.Create(valpred), PyInt.Create(index)));
    }
}
