using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>
/// The VM's own fused instructions, which <see cref="PyCode"/>'s quickening writes over the first
/// instruction of a common sequence (co_code is never changed). Each reads the operands of the sequence
/// straight from the locals and constants instead of pushing them, and dispatches once instead of three
/// or four times: in a loop such as <c>while i &lt; n: total += i * 7</c> most instructions run fused.
/// The other instructions of the sequence stay in place, so that a jump into the middle runs them alone,
/// and a traced frame runs every sequence unfused (<c>Eval.Unfused</c>). The numbers are ones no CPython
/// 3.11 opcode uses, specialised ones included.
/// </summary>
internal static class Superinstructions
{
    /// <summary>LOAD_FAST a; LOAD_CONST c; BINARY_OP.</summary>
    public const OpCode LoadFastConstBinaryOp = (OpCode)181;
    /// <summary>LOAD_FAST a; LOAD_FAST b; BINARY_OP.</summary>
    public const OpCode LoadFastFastBinaryOp = (OpCode)182;
    /// <summary>LOAD_FAST a; LOAD_CONST c; BINARY_SUBSCR.</summary>
    public const OpCode LoadFastConstSubscr = (OpCode)183;
    /// <summary>LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR.</summary>
    public const OpCode LoadFastFastSubscr = (OpCode)184;
    /// <summary>LOAD_FAST a; LOAD_CONST c; COMPARE_OP; POP_JUMP_FORWARD_IF_FALSE/TRUE.</summary>
    public const OpCode LoadFastConstCompareJump = (OpCode)185;
    /// <summary>LOAD_FAST a; LOAD_FAST b; COMPARE_OP; POP_JUMP_FORWARD_IF_FALSE/TRUE.</summary>
    public const OpCode LoadFastFastCompareJump = (OpCode)186;
    /// <summary>BINARY_OP; STORE_FAST.</summary>
    public const OpCode BinaryOpStoreFast = (OpCode)187;
    /// <summary>FOR_ITER; STORE_FAST.</summary>
    public const OpCode ForIterStoreFast = (OpCode)188;
    /// <summary>LOAD_FAST o; LOAD_ATTR (<c>self.x</c>).</summary>
    public const OpCode LoadFastLoadAttr = (OpCode)189;
    /// <summary>LOAD_FAST o; LOAD_METHOD (<c>self.m(...)</c>).</summary>
    public const OpCode LoadFastLoadMethod = (OpCode)190;
    /// <summary>LOAD_FAST v; LOAD_FAST o; STORE_ATTR (<c>self.x = v</c>).</summary>
    public const OpCode LoadFastFastStoreAttr = (OpCode)191;
    /// <summary>FOR_ITER; UNPACK_SEQUENCE 2 (<c>for k, v in d.items()</c>, <c>for i, x in enumerate(xs)</c>): the
    /// iterators that make a pair push its two items without the tuple. (192 is Eval.TraceHook.)</summary>
    public const OpCode ForIterUnpackPair = (OpCode)193;
    /// <summary>PRECALL n; CALL n (every call compiles to the pair): one dispatch instead of two.</summary>
    public const OpCode PrecallCall = (OpCode)194;
    /// <summary>LOAD_CONST c; BINARY_OP (<c>(expr) * 7</c>): the constant is the right operand of the value on top.</summary>
    public const OpCode LoadConstBinaryOp = (OpCode)195;
    /// <summary>LOAD_FAST b; BINARY_OP (<c>(expr) + b</c>): the local is the right operand of the value on top.</summary>
    public const OpCode LoadFastBinaryOp = (OpCode)196;
    /// <summary>COPY 2; COPY 2; BINARY_SUBSCR, the read half of <c>c[k] op= v</c>: pushes c[k] above c and k.</summary>
    public const OpCode DupSubscr = (OpCode)197;
    /// <summary>SWAP 3; SWAP 2; STORE_SUBSCR, the write half of <c>c[k] op= v</c>: c[k] = v from c, k, v.</summary>
    public const OpCode RotStoreSubscr = (OpCode)198;
    /// <summary>BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR: the in-place operation and write of <c>c[k] op= v</c>.</summary>
    public const OpCode BinaryOpStoreSubscr = (OpCode)199;
    /// <summary>COPY 1; LOAD_ATTR, the read half of <c>o.x op= v</c>: pushes o.x above o.</summary>
    public const OpCode DupLoadAttr = (OpCode)200;
    /// <summary>BINARY_OP; SWAP 2; STORE_ATTR, the operation and write of <c>o.x op= v</c>.</summary>
    public const OpCode BinaryOpStoreAttr = (OpCode)201;
    /// <summary>LOAD_FAST o; LOAD_ATTR x; POP_JUMP_IF_NONE or _NOT_NONE (<c>while p.link is not None</c>): the
    /// attribute decides the jump without being pushed.</summary>
    public const OpCode LoadFastAttrJumpNone = (OpCode)202;

    /// <summary>For the LOAD_FAST-led sequences into an operator: whether the second operand is a constant.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool SecondIsConst(OpCode op) => op is LoadFastConstBinaryOp or LoadFastConstSubscr or LoadFastConstCompareJump;

    /// <summary>The instruction a fused one stands for, for a traced frame (the rest of the sequence
    /// follows unchanged in the stream).</summary>
    public static OpCode FirstOf(OpCode op) => op switch
    {
        OpCode.LoadFastLoadFast or OpCode.LoadFastLoadConst => OpCode.LoadFast,
        OpCode.LoadConstLoadFast => OpCode.LoadConst,
        OpCode.StoreFastLoadFast or OpCode.StoreFastStoreFast => OpCode.StoreFast,
        OpCode.CompareOpIntJump => OpCode.CompareOp,
        LoadFastConstBinaryOp or LoadFastFastBinaryOp or LoadFastConstSubscr or LoadFastFastSubscr
            or LoadFastConstCompareJump or LoadFastFastCompareJump or LoadFastLoadAttr or LoadFastLoadMethod
            or LoadFastFastStoreAttr or LoadFastAttrJumpNone => OpCode.LoadFast,
        BinaryOpStoreFast or BinaryOpStoreSubscr or BinaryOpStoreAttr => OpCode.BinaryOp,
        DupSubscr or DupLoadAttr => OpCode.Copy,
        RotStoreSubscr => OpCode.Swap,
        ForIterStoreFast or ForIterUnpackPair => OpCode.ForIter,
        PrecallCall => OpCode.Precall,
        LoadConstBinaryOp => OpCode.LoadConst,
        LoadFastBinaryOp => OpCode.LoadFast,
        _ => op,
    };

    /// <summary>The fused instruction for the sequence starting at <paramref name="i"/>, or the
    /// instruction itself. Three- and four-instruction sequences are preferred, and a pair is not fused
    /// when a longer sequence starts at its second instruction (the longer one saves more).</summary>
    public static OpCode Choose(ushort[] instrs, int i)
    {
        var op = At(instrs, i);
        var longer = Longer(instrs, i);
        if (longer != op) return longer;
        if (op is OpCode.LoadFast or OpCode.LoadConst or OpCode.StoreFast && Longer(instrs, i + 1) != At(instrs, i + 1))
            return op;
        var next = At(instrs, i + 1);
        // The in-place operation of `c[k] op= v` and `o.x op= v` fuses with the stores after it, which saves
        // more dispatches than fusing the operand before it.
        if (op is OpCode.LoadFast or OpCode.LoadConst && next == OpCode.BinaryOp
            && Choose(instrs, i + 1) is BinaryOpStoreSubscr or BinaryOpStoreAttr)
            return op;
        return (op, next) switch
        {
            (OpCode.LoadFast, OpCode.LoadAttr) => LoadFastLoadAttr,
            (OpCode.LoadFast, OpCode.LoadMethod) => LoadFastLoadMethod,
            (OpCode.LoadFast, OpCode.BinaryOp) => LoadFastBinaryOp,
            (OpCode.LoadConst, OpCode.BinaryOp) => LoadConstBinaryOp,
            (OpCode.LoadFast, OpCode.LoadFast) => OpCode.LoadFastLoadFast,
            (OpCode.LoadFast, OpCode.LoadConst) => OpCode.LoadFastLoadConst,
            (OpCode.LoadConst, OpCode.LoadFast) => OpCode.LoadConstLoadFast,
            (OpCode.StoreFast, OpCode.LoadFast) => OpCode.StoreFastLoadFast,
            (OpCode.StoreFast, OpCode.StoreFast) => OpCode.StoreFastStoreFast,
            (OpCode.ForIter, OpCode.StoreFast) => ForIterStoreFast,
            (OpCode.Copy, OpCode.LoadAttr) when instrs[i] >> 8 == 1 => DupLoadAttr,
            (OpCode.Copy, OpCode.Copy) when instrs[i] >> 8 == 2 && instrs[i + 1] >> 8 == 2
                && At(instrs, i + 2) == OpCode.BinarySubscr => DupSubscr,
            (OpCode.Swap, OpCode.Swap) when instrs[i] >> 8 == 3 && instrs[i + 1] >> 8 == 2
                && At(instrs, i + 2) == OpCode.StoreSubscr => RotStoreSubscr,
            (OpCode.ForIter, OpCode.UnpackSequence) when instrs[i + 1] >> 8 == 2 => ForIterUnpackPair,
            // PRECALL's one CACHE unit sits between the two; the counts are the same.
            (OpCode.Precall, _) when At(instrs, i + 2) == OpCode.Call && instrs[i + 2] >> 8 == instrs[i] >> 8 => PrecallCall,
            // BINARY_OP's one CACHE unit sits between the two.
            (OpCode.BinaryOp, _) when At(instrs, i + 2) == OpCode.StoreFast => BinaryOpStoreFast,
            (OpCode.BinaryOp, _) when At(instrs, i + 2) == OpCode.Swap && instrs[i + 2] >> 8 == 3
                && At(instrs, i + 3) == OpCode.Swap && instrs[i + 3] >> 8 == 2 && At(instrs, i + 4) == OpCode.StoreSubscr
                => BinaryOpStoreSubscr,
            (OpCode.BinaryOp, _) when At(instrs, i + 2) == OpCode.Swap && instrs[i + 2] >> 8 == 2
                && At(instrs, i + 3) == OpCode.StoreAttr => BinaryOpStoreAttr,
            // COMPARE_OP (two CACHE units) then a forward POP_JUMP_IF_FALSE/TRUE: compares and branches
            // without pushing the bool.
            (OpCode.CompareOp, _) when IsForwardPopJump(At(instrs, i + 3)) => OpCode.CompareOpIntJump,
            _ => op,
        };
    }

    private static OpCode Longer(ushort[] instrs, int i)
    {
        var op = At(instrs, i);
        if (op != OpCode.LoadFast) return op;
        var second = At(instrs, i + 1);
        // LOAD_ATTR's four CACHE units sit between it and the jump.
        if (second == OpCode.LoadAttr && At(instrs, i + 6) is OpCode.PopJumpForwardIfNone or OpCode.PopJumpBackwardIfNone
            or OpCode.PopJumpForwardIfNotNone or OpCode.PopJumpBackwardIfNotNone)
            return LoadFastAttrJumpNone;
        if (second is not (OpCode.LoadFast or OpCode.LoadConst)) return op;
        bool isConst = second == OpCode.LoadConst;
        return At(instrs, i + 2) switch
        {
            OpCode.BinaryOp => isConst ? LoadFastConstBinaryOp : LoadFastFastBinaryOp,
            OpCode.BinarySubscr => isConst ? LoadFastConstSubscr : LoadFastFastSubscr,
            OpCode.StoreAttr when !isConst => LoadFastFastStoreAttr,
            OpCode.CompareOp when IsForwardPopJump(At(instrs, i + 5))
                => isConst ? LoadFastConstCompareJump : LoadFastFastCompareJump,
            _ => op,
        };
    }

    private static bool IsForwardPopJump(OpCode op) => op is OpCode.PopJumpForwardIfFalse or OpCode.PopJumpForwardIfTrue;

    private static OpCode At(ushort[] instrs, int i) => i < instrs.Length ? (OpCode)(instrs[i] & 0xff) : OpCode.Cache;
}
