using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// <c>int</c>: arbitrary precision with a machine-word fast path. A value that fits in a <see cref="long"/>
/// is stored as one (<see cref="IsSmall"/>); larger ones as a <see cref="BigInteger"/> held by a subclass
/// (<see cref="Large"/>, or <see cref="Derived"/> for instances of int subclasses), so that the common
/// object is 32 bytes rather than 40: ints are the most allocated objects of most programs. The values
/// -5..256 are cached objects, as in CPython (so <c>x is y</c> answers the same).
/// </summary>
public partial class PyInt : PyObject
{
    private readonly long _small;

    private const int SmallMin = -5, SmallMax = 256;
    private static readonly PyInt[] s_small = CreateSmall();

    public static readonly PyInt Zero = s_small[-SmallMin];
    public static readonly PyInt One = s_small[1 - SmallMin];
    public static readonly PyInt MinusOne = s_small[-1 - SmallMin];

    protected PyInt(PyType type, long value) : base(type) => _small = value;

    /// <summary>The boxed <see cref="BigInteger"/> of a value that does not fit a long; null otherwise.
    /// Only the subclasses that can hold one override it.</summary>
    protected virtual object? BigBox => null;

    private static PyInt[] CreateSmall()
    {
        var a = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(BuiltinTypes.Int, i + SmallMin);
        return a;
    }

    public static PyInt Create(long value)
        => value >= SmallMin && value <= SmallMax ? s_small[value - SmallMin] : new PyInt(BuiltinTypes.Int, value);

    public static PyInt Create(int value) => Create((long)value);

    public static PyInt Create(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? Create((long)value) : new Large(value);

    /// <summary>An instance of an int subclass (<c>class A(int)</c>), with the class's dict and slots.</summary>
    public static PyInt CreateSubclassInstance(PyType type, BigInteger value) => new Derived(type, value);

    /// <summary>True when the value fits a long. An exact int answers from its class alone (no virtual
    /// call on the hot path of arithmetic).</summary>
    public bool IsSmall
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => GetType() == typeof(PyInt) || BigBox is null;
    }

    /// <summary>The value; valid only when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    public BigInteger Value => IsSmall ? _small : (BigInteger)BigBox!;

    public int Sign => IsSmall ? Math.Sign(_small) : ((BigInteger)BigBox!).Sign;

    /// <summary>The value as a long if it fits.</summary>
    public bool TryGetLong(out long value)
    {
        value = _small;
        return IsSmall;
    }

    public override string ToString() => Value.ToString();

    /// <summary>An exact int whose value does not fit a long.</summary>
    private sealed class Large : PyInt
    {
        private readonly object _big;

        public Large(BigInteger value) : base(BuiltinTypes.Int, 0) => _big = value;

        protected override object? BigBox => _big;
    }

    /// <summary>Instances of Python subclasses of int.</summary>
    private sealed class Derived : PyInt
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;
        private readonly object? _big;

        public Derived(PyType type, BigInteger value) : base(type, value >= long.MinValue && value <= long.MaxValue ? (long)value : 0)
        {
            if (value < long.MinValue || value > long.MaxValue) _big = value;
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;

        protected override object? BigBox => _big;
    }

    internal static void Install(PyType type) => IntSlots.Install(type);
}
