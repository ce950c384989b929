using Kaa.Compiler.Bytecode;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Assignments: plain (with chained targets and unpacking), augmented (the attribute and
/// subscript forms keep the container on the stack with COPY/SWAP) and annotated.
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileAssign(Assign s)
    {
        int n = s.Targets.Count;
        VisitExpr(s.Value);
        for (int i = 0; i < n; i++)
        {
            if (i < n - 1) AddOpI(OpCode.Copy, 1);
            VisitExpr(s.Targets[i]);
        }
    }

    /// <summary>unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX around the one starred target.</summary>
    private void CompileUnpack(AstList<Expr> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is not Starred) continue;
            if (seenStar) throw Error("multiple starred expressions in assignment");
            if (i >= 1 << 8 || n - i - 1 >= int.MaxValue >> 8)
                throw Error("too many expressions in star-unpacking assignment");
            AddOpI(OpCode.UnpackEx, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) AddOpI(OpCode.UnpackSequence, n);
    }

    /// <summary>assignment_helper: unpack, then store into each target in order.</summary>
    private void CompileAssignmentTargets(AstList<Expr> elts)
    {
        CompileUnpack(elts);
        foreach (var elt in elts) VisitExpr(elt is Starred st ? st.Value : elt);
    }

    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        var saved = _u.Loc;
        SetLocation(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                AddOpI(OpCode.Copy, 1);
                UpdateStartLocationToMatchAttr(a);
                AddOpName(OpCode.LoadAttr, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                AddOpI(OpCode.Copy, 2);
                AddOpI(OpCode.Copy, 2);
                AddOp(OpCode.BinarySubscr);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            default:
                throw new InvalidOperationException($"invalid node type {e.TypeName} for augmented assignment");
        }
        _u.Loc = saved;

        VisitExpr(s.Value);
        AddOpI(OpCode.BinaryOp, BinaryOpArg(s.Op, inplace: true));

        SetLocation(e);
        switch (e)
        {
            case Attribute a:
                UpdateStartLocationToMatchAttr(a);
                AddOpI(OpCode.Swap, 2);
                AddOpName(OpCode.StoreAttr, a.Attr);
                break;
            case Subscript:
                AddOpI(OpCode.Swap, 3);
                AddOpI(OpCode.Swap, 2);
                AddOp(OpCode.StoreSubscr);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    private void CompileAnnAssign(AnnAssign s)
    {
        var target = s.Target;
        // The assignment itself comes first.
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(target);
        }
        switch (target)
        {
            case Name n:
                CheckForbiddenName(n.Id, ExprContext.Store);
                // A simple name in a module or class records its annotation.
                if (s.Simple != 0 && _u.ScopeType is ScopeType.Module or ScopeType.Class)
                {
                    if (_future.HasAnnotations) VisitAnnotationAsString(s.Annotation);
                    else VisitExpr(s.Annotation);
                    AddOpName(OpCode.LoadName, "__annotations__");
                    AddOpLoadConst(Symbols.Mangling.Mangle(_u.Private, n.Id));
                    AddOp(OpCode.StoreSubscr);
                }
                break;
            case Attribute a:
                CheckForbiddenName(a.Attr, ExprContext.Store);
                if (s.Value is null) CheckAnnotationExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnotationExpr(sub.Value);
                    CheckAnnotationSubscript(sub.Slice);
                }
                break;
            default:
                throw new InvalidOperationException($"invalid node type {target.TypeName} for annotated assignment");
        }
        // The annotation is evaluated last.
        if (s.Simple == 0 && !_future.HasAnnotations && _u.ScopeType is ScopeType.Module or ScopeType.Class)
            CheckAnnotationExpr(s.Annotation);
    }

    /// <summary>check_ann_expr: evaluate for its side effects (names must exist) and discard.</summary>
    private void CheckAnnotationExpr(Expr e)
    {
        VisitExpr(e);
        AddOp(OpCode.PopTop);
    }

    /// <summary>check_ann_subscr: the parts of a slice or extended slice are evaluated one by one.</summary>
    private void CheckAnnotationSubscript(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) CheckAnnotationExpr(sl.Lower);
                if (sl.Upper is not null) CheckAnnotationExpr(sl.Upper);
                if (sl.Step is not null) CheckAnnotationExpr(sl.Step);
                break;
            case Tuple t:
                foreach (var elt in t.Elts) CheckAnnotationSubscript(elt);
                break;
            default:
                CheckAnnotationExpr(e);
                break;
        }
    }
}
