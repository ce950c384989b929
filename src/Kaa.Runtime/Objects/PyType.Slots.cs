namespace Kaa.Runtime;

/// <summary>
/// The binary operators, numbered as CPython 3.11's <c>NB_*</c> (BINARY_OP's argument); the in-place
/// forms are the plain ones plus <see cref="InplaceOffset"/>.
/// </summary>
public enum BinaryOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6, Or = 7,
    Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLShift = 16, InplaceMatrixMultiply = 17,
    InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20, InplacePower = 21, InplaceRShift = 22,
    InplaceSubtract = 23, InplaceTrueDivide = 24, InplaceXor = 25,
}

public sealed partial class PyType
{
    public const int InplaceOffset = 13;
    public const int BinaryOpCount = 26;

    // ---- object protocol -------------------------------------------------------------------------
    public UnaryFunc? Repr;
    public UnaryFunc? Str;
    public HashFunc? Hash;
    public RichCompareFunc? RichCompare;
    public GetAttrFunc? GetAttr;
    public SetAttrFunc? SetAttr;
    public CallFunc? Call;
    public NewFunc? New;
    public InitFunc? Init;
    public DescrGetFunc? DescrGet;
    public DescrSetFunc? DescrSet;
    public UnaryFunc? Iter;
    public IterNextFunc? IterNext;

    // ---- number protocol -------------------------------------------------------------------------
    /// <summary>nb_add ... nb_inplace_xor, indexed by <see cref="BinaryOp"/>. Power's entry calls the
    /// ternary slot with None.</summary>
    public readonly BinaryFunc?[] NumberBinary = new BinaryFunc?[BinaryOpCount];
    public TernaryFunc? Power;
    public TernaryFunc? InplacePower;
    public BinaryFunc? DivMod;
    public UnaryFunc? Negative;
    public UnaryFunc? Positive;
    public UnaryFunc? Absolute;
    public UnaryFunc? Invert;
    public InquiryFunc? Bool;
    public UnaryFunc? Int;
    public UnaryFunc? Float;
    public UnaryFunc? Index;

    // ---- sequence and mapping protocols ----------------------------------------------------------
    public LenFunc? Length;
    /// <summary>mp_subscript (<c>obj[key]</c>).</summary>
    public BinaryFunc? GetItem;
    /// <summary>mp_ass_subscript (<c>obj[key] = v</c>, <c>del obj[key]</c>).</summary>
    public SetItemFunc? SetItem;
    public ContainsFunc? Contains;
    /// <summary>sq_concat: <c>seq + other</c>, tried after the number slots (the left operand is the sequence).</summary>
    public BinaryFunc? SeqConcat;
    /// <summary>sq_repeat: <c>seq * n</c> (either order), tried after the number slots.</summary>
    public SeqRepeatFunc? SeqRepeat;
    /// <summary>sq_inplace_concat: <c>seq += other</c> after the number slots.</summary>
    public BinaryFunc? SeqInplaceConcat;
    /// <summary>sq_inplace_repeat: <c>seq *= n</c> after the number slots.</summary>
    public SeqRepeatFunc? SeqInplaceRepeat;

    /// <summary>tp_finalize (<c>__del__</c>).</summary>
    public UnaryFunc? Finalize;

    /// <summary>
    /// inherit_slots: a slot this type leaves empty takes the solid base's, then each base's in MRO
    /// order (builtin types have one base, so this is the base chain).
    /// </summary>
    /// <summary>Whether the first class after <paramref name="type"/> in its MRO that decides tp_new is a
    /// builtin type that cannot be instantiated (tp_new NULL on purpose).</summary>
    internal static bool NewBlockedInMro(PyType type)
    {
        for (int i = 1; i < type.Mro.Length; i++)
        {
            var b = type.Mro[i];
            if (b.New is not null) return false;
            if ((b.Flags & TypeFlags.NoNew) != 0) return true;
        }
        return false;
    }

    private void InheritSlots()
    {
        // type_ready_set_new: a class under a builtin type that cannot be instantiated (tp_new NULL with
        // Py_TPFLAGS_DISALLOW_INSTANTIATION, such as _hashlib.HASH) inherits that NULL, not object.__new__
        // from further up the MRO.
        bool newBlocked = NewBlockedInMro(this);
        for (int i = 1; i < Mro.Length; i++)
        {
            var b = Mro[i];
            Repr ??= b.Repr;
            Str ??= b.Str;
            // tp_hash and tp_richcompare are inherited together (a type defining __eq__ alone gets no hash).
            if (RichCompare is null && Hash is null)
            {
                RichCompare = b.RichCompare;
                Hash = b.Hash;
            }
            GetAttr ??= b.GetAttr;
            SetAttr ??= b.SetAttr;
            Call ??= b.Call;
            // tp_new is not inherited by builtin types that set it to NULL on purpose; they set NewBlocked.
            if (New is null && (Flags & TypeFlags.NoNew) == 0 && !newBlocked) New = b.New;
            Init ??= b.Init;
            DescrGet ??= b.DescrGet;
            DescrSet ??= b.DescrSet;
            Iter ??= b.Iter;
            IterNext ??= b.IterNext;
            for (int k = 0; k < BinaryOpCount; k++) NumberBinary[k] ??= b.NumberBinary[k];
            Power ??= b.Power;
            InplacePower ??= b.InplacePower;
            DivMod ??= b.DivMod;
            Negative ??= b.Negative;
            Positive ??= b.Positive;
            Absolute ??= b.Absolute;
            Invert ??= b.Invert;
            Bool ??= b.Bool;
            Int ??= b.Int;
            Float ??= b.Float;
            Index ??= b.Index;
            Length ??= b.Length;
            GetItem ??= b.GetItem;
            SetItem ??= b.SetItem;
            Contains ??= b.Contains;
            SeqConcat ??= b.SeqConcat;
            SeqRepeat ??= b.SeqRepeat;
            SeqInplaceConcat ??= b.SeqInplaceConcat;
            SeqInplaceRepeat ??= b.SeqInplaceRepeat;
            Finalize ??= b.Finalize;
        }
        // The binary forms of ** and **= call this type's own ternary slot; one adapter per type, so
        // binary_op1 can tell two types' slots apart by reference.
        if (Power is { } power) NumberBinary[(int)BinaryOp.Power] ??= (ts, a, b) => power(ts, a, b, PyNone.Instance);
        if (InplacePower is { } ipower) NumberBinary[(int)BinaryOp.InplacePower] ??= (ts, a, b) => ipower(ts, a, b, PyNone.Instance);
    }
}
