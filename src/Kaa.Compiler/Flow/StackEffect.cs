using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// How many values an instruction pushes minus how many it pops (compile.c's <c>stack_effect</c>,
/// which <c>dis.stack_effect</c> exposes): on the fall-through path, or on the jump / exception
/// path for jumps and handler-pushing pseudo-ops.
/// </summary>
public static class StackEffect
{
    /// <summary>The effect, or null for an opcode CPython's compiler never emits.</summary>
    public static int? Of(int opcode, int oparg, bool jump)
    {
        switch (opcode)
        {
            case PseudoOp.Jump or PseudoOp.JumpNoInterrupt or PseudoOp.PopBlock:
                return 0;
            case PseudoOp.PopJumpIfFalse or PseudoOp.PopJumpIfTrue or PseudoOp.PopJumpIfNone or PseudoOp.PopJumpIfNotNone:
                return -1;
            // The handler is entered with the stack cut back to the SETUP's depth plus the exception
            // (and, for SETUP_CLEANUP, the offset of the raising instruction).
            case PseudoOp.SetupFinally or PseudoOp.SetupWith:
                return jump ? 1 : 0;
            case PseudoOp.SetupCleanup:
                return jump ? 2 : 0;
        }
        if (opcode < 0 || opcode > 255) return null;
        return (OpCode)opcode switch
        {
            OpCode.Nop or OpCode.ExtendedArg or OpCode.Resume or OpCode.Cache => 0,
            OpCode.PopTop => -1,
            OpCode.Swap => 0,
            OpCode.UnaryPositive or OpCode.UnaryNegative or OpCode.UnaryNot or OpCode.UnaryInvert => 0,
            OpCode.SetAdd or OpCode.ListAppend => -1,
            OpCode.MapAdd => -2,
            OpCode.BinarySubscr => -1,
            OpCode.StoreSubscr => -3,
            OpCode.DeleteSubscr => -2,
            OpCode.GetIter => 0,
            OpCode.PrintExpr => -1,
            OpCode.LoadBuildClass => 1,
            OpCode.ReturnValue => -1,
            OpCode.ImportStar => -1,
            OpCode.SetupAnnotations => 0,
            OpCode.AsyncGenWrap or OpCode.YieldValue => 0,
            OpCode.PopExcept => -1,
            OpCode.StoreName => -1,
            OpCode.DeleteName => 0,
            OpCode.UnpackSequence => oparg - 1,
            OpCode.UnpackEx => (oparg & 0xFF) + (oparg >> 8),
            // FOR_ITER pushes the next item, or pops the exhausted iterator and jumps.
            OpCode.ForIter => jump ? -1 : 1,
            OpCode.Send => jump ? -1 : 0,
            OpCode.StoreAttr => -2,
            OpCode.DeleteAttr => -1,
            OpCode.StoreGlobal => -1,
            OpCode.DeleteGlobal => 0,
            OpCode.LoadConst or OpCode.LoadName => 1,
            OpCode.BuildTuple or OpCode.BuildList or OpCode.BuildSet or OpCode.BuildString => 1 - oparg,
            OpCode.BuildMap => 1 - 2 * oparg,
            OpCode.BuildConstKeyMap => -oparg,
            OpCode.LoadAttr => 0,
            OpCode.CompareOp or OpCode.IsOp or OpCode.ContainsOp => -1,
            OpCode.CheckExcMatch or OpCode.CheckEgMatch => 0,
            OpCode.ImportName => -1,
            OpCode.ImportFrom => 1,
            OpCode.JumpForward or OpCode.JumpBackward or OpCode.JumpBackwardNoInterrupt => 0,
            OpCode.JumpIfTrueOrPop or OpCode.JumpIfFalseOrPop => jump ? 0 : -1,
            OpCode.PopJumpForwardIfNone or OpCode.PopJumpBackwardIfNone
                or OpCode.PopJumpForwardIfNotNone or OpCode.PopJumpBackwardIfNotNone
                or OpCode.PopJumpForwardIfFalse or OpCode.PopJumpBackwardIfFalse
                or OpCode.PopJumpForwardIfTrue or OpCode.PopJumpBackwardIfTrue => -1,
            OpCode.LoadGlobal => (oparg & 1) + 1,
            OpCode.PrepReraiseStar => -1,
            OpCode.Reraise => -1,
            OpCode.PushExcInfo => 1,
            OpCode.WithExceptStart => 1,
            OpCode.LoadFast => 1,
            OpCode.StoreFast => -1,
            OpCode.DeleteFast => 0,
            OpCode.ReturnGenerator => 0,
            OpCode.RaiseVarargs => -oparg,
            OpCode.Precall => -oparg,
            OpCode.KwNames => 0,
            OpCode.Call => -1,
            OpCode.CallFunctionEx => -2 - ((oparg & 1) != 0 ? 1 : 0),
            OpCode.MakeFunction => -System.Numerics.BitOperations.PopCount((uint)(oparg & 0xF)),
            OpCode.BuildSlice => oparg == 3 ? -2 : -1,
            OpCode.MakeCell or OpCode.CopyFreeVars => 0,
            OpCode.LoadClosure => 1,
            OpCode.LoadDeref or OpCode.LoadClassderef => 1,
            OpCode.StoreDeref => -1,
            OpCode.DeleteDeref => 0,
            OpCode.GetAwaitable => 0,
            OpCode.BeforeAsyncWith or OpCode.BeforeWith => 1,
            OpCode.GetAiter => 0,
            OpCode.GetAnext => 1,
            OpCode.GetYieldFromIter => 0,
            OpCode.EndAsyncFor => -2,
            // A format spec on the stack (FVS_HAVE_SPEC) is consumed with the value.
            OpCode.FormatValue => (oparg & 0x4) == 0x4 ? -1 : 0,
            OpCode.LoadMethod => 1,
            OpCode.LoadAssertionError => 1,
            OpCode.ListToTuple => 0,
            OpCode.ListExtend or OpCode.SetUpdate or OpCode.DictMerge or OpCode.DictUpdate => -1,
            OpCode.MatchClass => -2,
            OpCode.GetLen or OpCode.MatchMapping or OpCode.MatchSequence or OpCode.MatchKeys => 1,
            OpCode.Copy or OpCode.PushNull => 1,
            OpCode.BinaryOp => -1,
            _ => null,
        };
    }
}
