using System.Collections.Immutable;

namespace Kaa.Compiler.Code;

/// <summary>A tuple constant (from folding, or a <c>co_consts</c> entry such as default values).</summary>
public sealed class ConstTuple(ImmutableArray<object?> items) : IEquatable<ConstTuple>
{
    public ImmutableArray<object?> Items { get; } = items;

    public bool Equals(ConstTuple? other) => other is not null && ConstantComparer.SequenceEqual(Items, other.Items);

    public override bool Equals(object? obj) => Equals(obj as ConstTuple);

    public override int GetHashCode() => ConstantComparer.SequenceHash(Items);
}

/// <summary>A frozenset constant (<c>x in {1, 2}</c> folds its set into one). Order as CPython iterates it.</summary>
public sealed class ConstFrozenSet(ImmutableArray<object?> items) : IEquatable<ConstFrozenSet>
{
    public ImmutableArray<object?> Items { get; } = items;

    /// <summary>
    /// The items in source order, from which CPython built this constant (the runtime replays those builds
    /// with its own hash secret to get CPython's table for any PYTHONHASHSEED); <see cref="Items"/> when unknown.
    /// </summary>
    public ImmutableArray<object?> SourceItems { get; init; } = items;

    /// <summary>Set equality, whatever the order (a later equal frozenset reuses the first's constant).</summary>
    public bool Equals(ConstFrozenSet? other)
    {
        if (other is null || other.Items.Length != Items.Length) return false;
        foreach (var item in Items)
        {
            bool found = false;
            foreach (var o in other.Items)
            {
                if (ConstantComparer.Instance.Equals(item, o))
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ConstFrozenSet);

    public override int GetHashCode()
    {
        int h = Items.Length;
        foreach (var item in Items) h ^= ConstantComparer.Instance.GetHashCode(item); // order-independent
        return h;
    }
}

/// <summary>
/// Equality of compile-time constants as the compiler's constant cache needs it: by type and value
/// (so 1, 1.0 and True stay distinct, and -0.0 differs from 0.0), byte arrays by content.
/// </summary>
public sealed class ConstantComparer : IEqualityComparer<object?>
{
    public static readonly ConstantComparer Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        return a switch
        {
            // NaN is unequal to itself, so CPython's constant keys match a NaN only by identity:
            // each folded NaN is its own constant (the box stands for the object).
            double x when double.IsNaN(x) => false,
            System.Numerics.Complex x when double.IsNaN(x.Real) || double.IsNaN(x.Imaginary) => false,
            double x => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b),
            System.Numerics.Complex x => BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(((System.Numerics.Complex)b).Real)
                && BitConverter.DoubleToInt64Bits(x.Imaginary) == BitConverter.DoubleToInt64Bits(((System.Numerics.Complex)b).Imaginary),
            byte[] x => x.AsSpan().SequenceEqual((byte[])b),
            CodeObject x => CodeObjectsEqual(x, (CodeObject)b),
            _ => a.Equals(b),
        };
    }

    /// <summary>
    /// code_richcompare: code objects are equal constants when everything but the qualified name and
    /// filename matches, so the compiler's constant cache merges identical copies (a finally body
    /// compiled once per exit path yields one code object per nested function, not several).
    /// </summary>
    private static bool CodeObjectsEqual(CodeObject a, CodeObject b)
        => a.Name == b.Name
            && a.ArgCount == b.ArgCount
            && a.PosOnlyArgCount == b.PosOnlyArgCount
            && a.KwOnlyArgCount == b.KwOnlyArgCount
            && a.Flags == b.Flags
            && a.FirstLineno == b.FirstLineno
            && a.Code.AsSpan().SequenceEqual(b.Code)
            && a.Consts.Length == b.Consts.Length
            && a.Consts.AsSpan().SequenceEqual(b.Consts, Instance)
            && a.Names.AsSpan().SequenceEqual(b.Names)
            && a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
            && a.LineTable.AsSpan().SequenceEqual(b.LineTable)
            && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable);

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        byte[] bytes => bytes.Length == 0 ? 1 : HashCode.Combine(bytes.Length, bytes[0], bytes[^1]),
        double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
        CodeObject c => HashCode.Combine(c.Name, c.FirstLineno, c.Code.Length),
        _ => obj.GetHashCode(),
    };

    internal static bool SequenceEqual(ImmutableArray<object?> a, ImmutableArray<object?> b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!Instance.Equals(a[i], b[i])) return false;
        return true;
    }

    internal static int SequenceHash(ImmutableArray<object?> items)
    {
        var h = new HashCode();
        foreach (var item in items) h.Add(Instance.GetHashCode(item));
        return h.ToHashCode();
    }
}
