using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// The expression dispatcher and the operators: boolean, binary, unary, comparisons (chains
/// use SWAP/COPY and a cleanup block), conditional expressions, jumps on a condition, named
/// expressions, attributes, subscripts and slices.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>
    /// compiler_visit_expr: each expression's instructions carry its own location; the enclosing
    /// location is restored afterwards.
    /// </summary>
    private void VisitExpr(Expr e)
    {
        var saved = _u.Loc;
        SetLocation(e);
        VisitExprAtLocation(e);
        _u.Loc = saved;
    }

    private void VisitExprAtLocation(Expr e)
    {
        switch (e)
        {
            // The cases are tested in order: the most frequent node types first.
            case Name n: NameOp(n.Id, n.Ctx); break;
            case Constant c: AddOpLoadConst(c.Value); break;
            case Attribute a: CompileAttribute(a); break;
            case Call c: CompileCall(c); break;
            case NamedExpr n:
                VisitExpr(n.Value);
                AddOpI(OpCode.Copy, 1);
                VisitExpr(n.Target);
                break;
            case BoolOp b: CompileBoolOp(b); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                AddOpI(OpCode.BinaryOp, BinaryOpArg(b.Op, inplace: false));
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                AddOp(u.Op switch
                {
                    UnaryOperator.Invert => OpCode.UnaryInvert,
                    UnaryOperator.Not => OpCode.UnaryNot,
                    UnaryOperator.UAdd => OpCode.UnaryPositive,
                    _ => OpCode.UnaryNegative,
                });
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp i: CompileIfExp(i); break;
            case Dict d: CompileDict(d); break;
            case Set s: CompileStarUnpack(s.Elts, 0, OpCode.BuildSet, OpCode.SetAdd, OpCode.SetUpdate, tuple: false); break;
            case GeneratorExp g: CompileGeneratorExp(g); break;
            case ListComp l: CompileListComp(l); break;
            case SetComp s: CompileSetComp(s); break;
            case DictComp d: CompileDictComp(d); break;
            case Yield y: CompileYield(y); break;
            case YieldFrom y: CompileYieldFrom(y); break;
            case Await a: CompileAwait(a); break;
            case Compare c: CompileCompare(c); break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case FormattedValue f: CompileFormattedValue(f); break;
            case Subscript s: CompileSubscript(s); break;
            case Starred s:
                // Legitimate starred targets were handled by the enclosing list or tuple.
                throw Error(s.Ctx == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Slice s: CompileSlice(s); break;
            case List l:
                if (l.Ctx == ExprContext.Store) CompileAssignmentTargets(l.Elts);
                else if (l.Ctx == ExprContext.Load)
                    CompileStarUnpack(l.Elts, 0, OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend, tuple: false);
                else foreach (var elt in l.Elts) VisitExpr(elt);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) CompileAssignmentTargets(t.Elts);
                else if (t.Ctx == ExprContext.Load)
                    CompileStarUnpack(t.Elts, 0, OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend, tuple: true);
                else foreach (var elt in t.Elts) VisitExpr(elt);
                break;
            default:
                throw new InvalidOperationException($"expression {e.TypeName} should not be possible");
        }
    }

    /// <summary>BINARY_OP's oparg (the NB_* numbers of opcode.py's _nb_ops).</summary>
    private static int BinaryOpArg(Operator op, bool inplace)
    {
        int arg = op switch
        {
            Operator.Add => 0,
            Operator.BitAnd => 1,
            Operator.FloorDiv => 2,
            Operator.LShift => 3,
            Operator.MatMult => 4,
            Operator.Mult => 5,
            Operator.Mod => 6,
            Operator.BitOr => 7,
            Operator.Pow => 8,
            Operator.RShift => 9,
            Operator.Sub => 10,
            Operator.Div => 11,
            Operator.BitXor => 12,
            _ => throw new InvalidOperationException($"binary op {op} should not be possible"),
        };
        return inplace ? arg + 13 : arg;
    }

    private void CompileBoolOp(BoolOp e)
    {
        var jump = e.Op == BoolOperator.And ? (int)OpCode.JumpIfFalseOrPop : (int)OpCode.JumpIfTrueOrPop;
        var end = NewBlock();
        int n = e.Values.Count - 1;
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Values[i]);
            AddOpJump(jump, end);
            UseNextBlock(NewBlock());
        }
        VisitExpr(e.Values[n]);
        UseNextBlock(end);
    }

    /// <summary>compiler_addcompare: COMPARE_OP, IS_OP or CONTAINS_OP.</summary>
    private void AddCompare(CmpOperator op)
    {
        switch (op)
        {
            case CmpOperator.Is: AddOpI(OpCode.IsOp, 0); return;
            case CmpOperator.IsNot: AddOpI(OpCode.IsOp, 1); return;
            case CmpOperator.In: AddOpI(OpCode.ContainsOp, 0); return;
            case CmpOperator.NotIn: AddOpI(OpCode.ContainsOp, 1); return;
        }
        int cmp = op switch
        {
            CmpOperator.Lt => 0,
            CmpOperator.LtE => 1,
            CmpOperator.Eq => 2,
            CmpOperator.NotEq => 3,
            CmpOperator.Gt => 4,
            _ => 5, // GtE
        };
        AddOpI(OpCode.CompareOp, cmp);
    }

    private void CompileCompare(Compare e)
    {
        // ("is" with a literal only warns.)
        VisitExpr(e.Left);
        int n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(e.Ops[0]);
            return;
        }
        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddOpI(OpCode.Swap, 2);
            AddOpI(OpCode.Copy, 2);
            AddCompare(e.Ops[i]);
            AddOpJump((int)OpCode.JumpIfFalseOrPop, cleanup);
        }
        VisitExpr(e.Comparators[n]);
        AddCompare(e.Ops[n]);
        var end = NewBlock();
        AddOpJumpNoLine(PseudoOp.Jump, end);
        UseNextBlock(cleanup);
        AddOpI(OpCode.Swap, 2);
        AddOp(OpCode.PopTop);
        UseNextBlock(end);
    }

    /// <summary>compiler_jump_if: jump to <paramref name="next"/> when <paramref name="e"/> is <paramref name="cond"/>.</summary>
    private void CompileJumpIf(Expr e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                CompileJumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                int n = b.Values.Count - 1;
                bool cond2 = b.Op == BoolOperator.Or;
                var next2 = cond2 != cond ? NewBlock() : next;
                for (int i = 0; i < n; i++) CompileJumpIf(b.Values[i], next2, cond2);
                CompileJumpIf(b.Values[n], next, cond);
                if (next2 != next) UseNextBlock(next2);
                return;
            }
            case IfExp ie:
            {
                var end = NewBlock();
                var next2 = NewBlock();
                CompileJumpIf(ie.Test, next2, false);
                CompileJumpIf(ie.Body, next, cond);
                AddOpJumpNoLine(PseudoOp.Jump, end);
                UseNextBlock(next2);
                CompileJumpIf(ie.Orelse, next, cond);
                UseNextBlock(end);
                return;
            }
            case Compare c:
            {
                // The location is set even for a single comparison, whose jump then carries it.
                SetLocation(c);
                int n = c.Ops.Count - 1;
                if (n == 0) break;
                var cleanup = NewBlock();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    AddOpI(OpCode.Swap, 2);
                    AddOpI(OpCode.Copy, 2);
                    AddCompare(c.Ops[i]);
                    AddOpJump(PseudoOp.PopJumpIfFalse, cleanup);
                }
                VisitExpr(c.Comparators[n]);
                AddCompare(c.Ops[n]);
                AddOpJump(cond ? PseudoOp.PopJumpIfTrue : PseudoOp.PopJumpIfFalse, next);
                var end = NewBlock();
                AddOpJumpNoLine(PseudoOp.Jump, end);
                UseNextBlock(cleanup);
                AddOp(OpCode.PopTop);
                if (!cond) AddOpJumpNoLine(PseudoOp.Jump, next);
                UseNextBlock(end);
                return;
            }
        }
        VisitExpr(e);
        AddOpJump(cond ? PseudoOp.PopJumpIfTrue : PseudoOp.PopJumpIfFalse, next);
    }

    private void CompileIfExp(IfExp e)
    {
        var end = NewBlock();
        var next = NewBlock();
        CompileJumpIf(e.Test, next, false);
        VisitExpr(e.Body);
        AddOpJumpNoLine(PseudoOp.Jump, end);
        UseNextBlock(next);
        VisitExpr(e.Orelse);
        UseNextBlock(end);
    }

    private void CompileAttribute(Attribute e)
    {
        VisitExpr(e.Value);
        UpdateStartLocationToMatchAttr(e);
        switch (e.Ctx)
        {
            case ExprContext.Load:
                AddOpName(OpCode.LoadAttr, e.Attr);
                break;
            case ExprContext.Store:
                CheckForbiddenName(e.Attr, e.Ctx);
                AddOpName(OpCode.StoreAttr, e.Attr);
                break;
            default:
                AddOpName(OpCode.DeleteAttr, e.Attr);
                break;
        }
    }

    /// <summary>
    /// update_start_location_to_match_attr: when an attribute access spans lines, its
    /// instruction starts at the attribute name.
    /// </summary>
    private void UpdateStartLocationToMatchAttr(Attribute attr)
    {
        var loc = _u.Loc;
        if (loc.Lineno == attr.EndLineno) return;
        int lineno = attr.EndLineno;
        int col, endCol = loc.EndColOffset;
        // The name's length in code points, against a byte column: CPython compares them as is.
        int len = CodePointLength(attr.Attr);
        if (len <= attr.EndColOffset) col = attr.EndColOffset - len;
        else
        {
            col = -1;
            endCol = -1;
        }
        int endLineno = Math.Max(lineno, loc.EndLineno);
        if (lineno == endLineno) endCol = Math.Max(col, endCol);
        _u.Loc = new Location(lineno, endLineno, col, endCol);
    }

    private static int CodePointLength(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    private void CompileSubscript(Subscript e)
    {
        // (check_subscripter/check_index only warn.)
        VisitExpr(e.Value);
        VisitExpr(e.Slice);
        AddOp(e.Ctx switch
        {
            ExprContext.Load => OpCode.BinarySubscr,
            ExprContext.Store => OpCode.StoreSubscr,
            _ => OpCode.DeleteSubscr,
        });
    }

    private void CompileSlice(Slice s)
    {
        int n = 2;
        if (s.Lower is not null) VisitExpr(s.Lower);
        else AddOpLoadConst(null);
        if (s.Upper is not null) VisitExpr(s.Upper);
        else AddOpLoadConst(null);
        if (s.Step is not null)
        {
            n++;
            VisitExpr(s.Step);
        }
        AddOpI(OpCode.BuildSlice, n);
    }
}
