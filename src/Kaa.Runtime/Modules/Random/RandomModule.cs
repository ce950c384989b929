using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The <c>_random</c> module: the <c>Random</c> type that random.py builds on.</summary>
internal static class RandomModule
{
    internal static readonly PyType RandomType = PyType.CreateStatic("_random.Random", (PyType?)null, TypeFlags.BaseType, Install);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_random", "Module implements the Mersenne Twister random number generator.");
        m.Set("Random", RandomType);
        return m;
    }

    private static readonly ArgSpec s_seed = new("seed", ["n"], required: 0);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Random() -> create a random number generator with its own internal state."));
        type.New = static (ts, t, args, kw) => t == RandomType ? new PyRandom(t) : new PyRandom.Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0 && (self.Type == RandomType || self.Type.Init == RandomType.Init))
            {
                ts.SetError(PyExc.TypeError, "Random() takes no keyword arguments");
                return -1;
            }
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1)
            {
                ts.SetError(PyExc.TypeError, "Random() requires 0 or 1 argument");
                return -1;
            }
            return Seed(ts, (PyRandom)self, npos == 1 ? args[0] : null) ? 0 : -1;
        };
        type.AddMethod("random", static (ts, self) => PyFloat.Create(((PyRandom)self).Generator.NextDouble()),
            "random() -> x in the interval [0, 1).");
        type.AddMethod("seed", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_seed.Parse(ts, args, kw, a)) return null;
            return Seed(ts, (PyRandom)self, a[0]) ? PyNone.Instance : null;
        }, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.");
        type.AddMethod("getstate", static (ts, self) => GetState((PyRandom)self), "getstate() -> tuple containing the current state.");
        type.AddMethod("setstate", static (ts, self, state) => SetState(ts, (PyRandom)self, state), "setstate(state) -> None.  Restores generator state.");
        type.AddMethod("getrandbits", static (ts, self, k) => GetRandBits(ts, (PyRandom)self, k), "getrandbits(k) -> x.  Generates an int with k random bits.");
    }

    /// <summary>random_seed: None seeds from the OS; an int by its absolute value's 32-bit words; anything
    /// else by its hash (as an unsigned machine word).</summary>
    private static bool Seed(ThreadState ts, PyRandom self, PyObject? arg)
    {
        var mt = self.Generator;
        if (arg is null || arg is PyNone)
        {
            Span<uint> entropy = stackalloc uint[MersenneTwister.N];
            Libc.FillRandom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(entropy));
            mt.InitByArray(entropy);
            return true;
        }
        BigInteger n;
        if (arg is PyInt i) n = BigInteger.Abs(i.Value);
        else
        {
            long hash = Protocols.Hash(ts, arg);
            if (hash == -1 && ts.HasError) return false;
            n = unchecked((ulong)hash);
        }
        int words = n.IsZero ? 1 : (int)((n.GetBitLength() - 1) / 32 + 1);
        var key = new uint[words];
        byte[] bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int w = 0; w < words; w++)
            for (int b = 0; b < 4 && w * 4 + b < bytes.Length; b++)
                key[w] |= (uint)bytes[w * 4 + b] << (8 * b);
        mt.InitByArray(key);
        return true;
    }

    private static PyObject GetState(PyRandom self)
    {
        var mt = self.Generator;
        var items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.Create((long)mt.State[i]);
        items[MersenneTwister.N] = PyInt.Create(mt.Index);
        return PyTuple.Create(items);
    }

    private static PyObject? SetState(ThreadState ts, PyRandom self, PyObject state)
    {
        if (state is not PyTuple t) return ts.TypeError("state vector must be a tuple");
        if (t.Length != MersenneTwister.N + 1) return ts.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++)
        {
            // PyLong_AsUnsignedLong: ints only, then truncated to 32 bits.
            if (t.Items[i] is not PyInt e) return ts.TypeError("an integer is required");
            if (e.Sign < 0) return ts.OverflowError("can't convert negative value to unsigned int");
            if (e.Value > ulong.MaxValue) return ts.OverflowError("Python int too large to convert to C unsigned long");
            words[i] = (uint)(ulong)(e.Value & uint.MaxValue);
        }
        if (!Protocols.AsIndex(ts, t.Items[MersenneTwister.N], out long index, PyExc.OverflowError)) return null;
        if (index < 0 || index > MersenneTwister.N) return ts.ValueError("invalid state");
        words.CopyTo(self.Generator.State, 0);
        self.Generator.Index = (int)index;
        return PyNone.Instance;
    }

    private static PyObject? GetRandBits(ThreadState ts, PyRandom self, PyObject arg)
    {
        var ki = Protocols.Index(ts, arg);
        if (ki is null) return null;
        if (!ki.IsSmall || ki.Small > int.MaxValue || ki.Small < int.MinValue)
            return ts.OverflowError("Python int too large to convert to C int");
        int k = (int)ki.Small;
        if (k < 0) return ts.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.Zero;
        var mt = self.Generator;
        if (k <= 32) return PyInt.Create((long)(mt.NextUInt32() >> (32 - k)));
        // 32-bit words from the least significant up; the last keeps its top bits.
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = mt.NextUInt32();
            if (k < 32) r >>= 32 - k;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), r);
        }
        return PyInt.Create(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }
}
