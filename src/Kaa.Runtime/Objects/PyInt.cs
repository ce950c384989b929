using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// <c>int</c>: arbitrary precision with a machine-word fast path. A value that fits in a <see cref="long"/>
/// is stored as one (<see cref="IsSmall"/>); larger ones as a <see cref="BigInteger"/>. The values -5..256
/// are cached objects, as in CPython (so <c>x is y</c> answers the same).
/// </summary>
public partial class PyInt : PyObject
{
    private readonly long _small;
    /// <summary>The value when it does not fit a long (boxed once, immutable); null otherwise.</summary>
    private readonly object? _big;

    private const int SmallMin = -5, SmallMax = 256;
    private static readonly PyInt[] s_small = CreateSmall();

    public static readonly PyInt Zero = s_small[-SmallMin];
    public static readonly PyInt One = s_small[1 - SmallMin];
    public static readonly PyInt MinusOne = s_small[-1 - SmallMin];

    protected PyInt(PyType type, long value) : base(type) => _small = value;

    protected PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) _small = (long)value;
        else _big = value;
    }

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
        => value >= long.MinValue && value <= long.MaxValue ? Create((long)value) : new PyInt(BuiltinTypes.Int, value);

    /// <summary>An instance of an int subclass (<c>class A(int)</c>), with the class's dict and slots.</summary>
    public static PyInt CreateSubclassInstance(PyType type, BigInteger value) => new Derived(type, value);

    public bool IsSmall => _big is null;

    /// <summary>The value; valid only when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    public BigInteger Value => _big is null ? _small : (BigInteger)_big;

    public int Sign => _big is null ? Math.Sign(_small) : ((BigInteger)_big).Sign;

    /// <summary>The value as a long if it fits.</summary>
    public bool TryGetLong(out long value)
    {
        value = _small;
        return _big is null;
    }

    public override string ToString() => Value.ToString();

    /// <summary>Instances of Python subclasses of int.</summary>
    private sealed class Derived : PyInt
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, BigInteger value) : base(type, value)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override PyObject?[]? SlotValues => _slots;
    }

    internal static void Install(PyType type) => IntSlots.Install(type);
}
