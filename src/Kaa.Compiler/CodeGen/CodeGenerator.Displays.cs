using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Displays (list, tuple, set, dict, with starred items and the paths for long all-constant
/// or big displays) and f-strings.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>
    /// CPython's STACK_USE_GUIDELINE: displays and calls bigger than this are built
    /// incrementally so that the stack stays small.
    /// </summary>
    private const int StackUseGuideline = 30;

    /// <summary>
    /// starunpack_helper: build a list/tuple/set of <paramref name="elts"/> on top of
    /// <paramref name="pushed"/> items already on the stack.
    /// </summary>
    private void CompileStarUnpack(AstList<Expr> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && AreAllConstants(elts, 0, n))
        {
            var items = new object?[n];
            for (int i = 0; i < n; i++) items[i] = ((Constant)elts[i]).Value;
            if (tuple && pushed == 0)
            {
                AddOpLoadConst(new ConstTuple([.. items]));
            }
            else
            {
                AddOpI(build, pushed);
                AddOpLoadConst(add == OpCode.SetAdd ? FrozenSetOf(items) : new ConstTuple([.. items]));
                AddOpI(extend, 1);
                if (tuple) AddOp(OpCode.ListToTuple);
            }
            return;
        }

        bool big = n + pushed > StackUseGuideline;
        bool seenStar = false;
        foreach (var elt in elts)
            if (elt is Starred) seenStar = true;
        if (!seenStar && !big)
        {
            foreach (var elt in elts) VisitExpr(elt);
            AddOpI(tuple ? OpCode.BuildTuple : build, n + pushed);
            return;
        }
        bool built = false;
        if (big)
        {
            AddOpI(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!built)
                {
                    AddOpI(build, i + pushed);
                    built = true;
                }
                VisitExpr(st.Value);
                AddOpI(extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (built) AddOpI(add, 1);
            }
        }
        if (tuple) AddOp(OpCode.ListToTuple);
    }

    /// <summary>A frozenset constant, its items in CPython's iteration order (hashes of PYTHONHASHSEED=0).</summary>
    private static ConstFrozenSet FrozenSetOf(object?[] items) => Hashing.PySet.FrozenSetConstant(items);

    private static bool AreAllConstants<T>(AstList<T> seq, int begin, int end) where T : Expr?
    {
        for (int i = begin; i < end; i++)
            if (seq[i] is not Constant) return false;
        return true;
    }

    /// <summary>compiler_subdict: the key/value pairs [begin, end) as one dict.</summary>
    private void CompileSubDict(Dict e, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && AreAllConstants(e.Keys, begin, end))
        {
            for (int i = begin; i < end; i++) VisitExpr(e.Values[i]);
            var keys = new object?[n];
            for (int i = begin; i < end; i++) keys[i - begin] = ((Constant)e.Keys[i]!).Value;
            AddOpLoadConst(new ConstTuple([.. keys]));
            AddOpI(OpCode.BuildConstKeyMap, n);
            return;
        }
        if (big) AddOpI(OpCode.BuildMap, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]!);
            VisitExpr(e.Values[i]);
            if (big) AddOpI(OpCode.MapAdd, 1);
        }
        if (!big) AddOpI(OpCode.BuildMap, n);
    }

    private void CompileDict(Dict e)
    {
        int n = e.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            if (e.Keys[i] is null)
            {
                // **mapping
                if (elements > 0)
                {
                    CompileSubDict(e, i - elements, i);
                    if (haveDict) AddOpI(OpCode.DictUpdate, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    AddOpI(OpCode.BuildMap, 0);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                AddOpI(OpCode.DictUpdate, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                CompileSubDict(e, i - elements, i + 1);
                if (haveDict) AddOpI(OpCode.DictUpdate, 1);
                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }
        if (elements > 0)
        {
            CompileSubDict(e, n - elements, n);
            if (haveDict) AddOpI(OpCode.DictUpdate, 1);
            haveDict = true;
        }
        if (!haveDict) AddOpI(OpCode.BuildMap, 0);
    }

    private void CompileJoinedStr(JoinedStr e)
    {
        int count = e.Values.Count;
        if (count > StackUseGuideline)
        {
            // "".join([...]) keeps the stack small.
            AddOpLoadConst("");
            AddOpName(OpCode.LoadMethod, "join");
            AddOpI(OpCode.BuildList, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                AddOpI(OpCode.ListAppend, 1);
            }
            AddOpI(OpCode.Precall, 1);
            AddOpI(OpCode.Call, 1);
            return;
        }
        foreach (var v in e.Values) VisitExpr(v);
        if (count != 1) AddOpI(OpCode.BuildString, count);
    }

    /// <summary>
    /// FORMAT_VALUE's oparg: the conversion in the low two bits (none, !s, !r, !a) and 4 when a
    /// format spec is on the stack.
    /// </summary>
    private void CompileFormattedValue(FormattedValue e)
    {
        VisitExpr(e.Value);
        int oparg = e.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            -1 => 0,
            _ => throw new InvalidOperationException($"Unrecognized conversion character {e.Conversion}"),
        };
        if (e.FormatSpec is not null)
        {
            VisitExpr(e.FormatSpec);
            oparg |= 4;
        }
        AddOpI(OpCode.FormatValue, oparg);
    }
}
