using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Flow;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Comprehensions and generator expressions (each its own code object in 3.11, called with the
/// outermost iterator as its one argument), yield, yield from and await.
/// </summary>
public sealed partial class CodeGenerator
{
    private enum ComprehensionType
    {
        GeneratorExp,
        ListComp,
        SetComp,
        DictComp,
    }

    private void CompileGeneratorExp(GeneratorExp e)
        => CompileComprehension(e, ComprehensionType.GeneratorExp, "<genexpr>", e.Generators, e.Elt, null);

    private void CompileListComp(ListComp e)
        => CompileComprehension(e, ComprehensionType.ListComp, "<listcomp>", e.Generators, e.Elt, null);

    private void CompileSetComp(SetComp e)
        => CompileComprehension(e, ComprehensionType.SetComp, "<setcomp>", e.Generators, e.Elt, null);

    private void CompileDictComp(DictComp e)
        => CompileComprehension(e, ComprehensionType.DictComp, "<dictcomp>", e.Generators, e.Key, e.Value);

    private void CompileComprehension(Expr e, ComprehensionType type, string name, AstList<Comprehension> generators,
        Expr elt, Expr? val)
    {
        var outerScopeType = _u.ScopeType;
        var outermost = generators[0];
        EnterScope(name, ScopeType.Comprehension, e, e.Lineno);
        SetLocation(e);

        bool isAsyncGenerator = _u.Ste.IsCoroutine;
        if (isAsyncGenerator && type != ComprehensionType.GeneratorExp
            && outerScopeType != ScopeType.AsyncFunction && outerScopeType != ScopeType.Comprehension)
        {
            throw Error("asynchronous comprehension outside of an asynchronous function");
        }

        switch (type)
        {
            case ComprehensionType.ListComp: AddOpI(OpCode.BuildList, 0); break;
            case ComprehensionType.SetComp: AddOpI(OpCode.BuildSet, 0); break;
            case ComprehensionType.DictComp: AddOpI(OpCode.BuildMap, 0); break;
        }

        CompileComprehensionGenerator(generators, 0, 0, elt, val, type);

        if (type != ComprehensionType.GeneratorExp) AddOp(OpCode.ReturnValue);

        var code = Assemble(addNone: true);
        string qualname = _u.QualName!;
        ExitScope();

        MakeClosure(code, 0, qualname);
        VisitExpr(outermost.Iter);
        AddOp(outermost.IsAsync != 0 ? OpCode.GetAiter : OpCode.GetIter);
        AddOpI(OpCode.Precall, 0);
        AddOpI(OpCode.Call, 0);

        if (isAsyncGenerator && type != ComprehensionType.GeneratorExp)
        {
            AddOpI(OpCode.GetAwaitable, 0);
            AddOpLoadConst(null);
            AddYieldFrom(isAwait: true);
        }
    }

    private void CompileComprehensionGenerator(AstList<Comprehension> generators, int genIndex, int depth, Expr elt,
        Expr? val, ComprehensionType type)
    {
        if (generators[genIndex].IsAsync != 0)
            CompileAsyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        else
            CompileSyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
    }

    private void CompileSyncComprehensionGenerator(AstList<Comprehension> generators, int genIndex, int depth,
        Expr elt, Expr? val, ComprehensionType type)
    {
        BasicBlock? start = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        var gen = generators[genIndex];

        if (genIndex == 0)
        {
            // The outermost iterator is the implicit argument .0.
            _u.ArgCount = 1;
            AddOpI(OpCode.LoadFast, 0);
        }
        else
        {
            // "for y in [f(x)]" is the idiom for a temporary: assign the one element, no loop.
            AstList<Expr> elts = gen.Iter switch
            {
                Kaa.Syntax.Ast.List l => l.Elts,
                Kaa.Syntax.Ast.Tuple t => t.Elts,
                _ => default,
            };
            if (elts.Count == 1 && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                start = null;
            }
            if (start is not null)
            {
                VisitExpr(gen.Iter);
                AddOp(OpCode.GetIter);
            }
        }
        if (start is not null)
        {
            depth++;
            UseNextBlock(start);
            AddOpJump((int)OpCode.ForIter, anchor);
        }
        VisitExpr(gen.Target);

        foreach (var condition in gen.Ifs) CompileJumpIf(condition, ifCleanup, false);

        if (++genIndex < generators.Count)
            CompileComprehensionGenerator(generators, genIndex, depth, elt, val, type);

        // Only the innermost generator produces the element.
        if (genIndex >= generators.Count) CompileComprehensionElement(elt, val, type, depth);

        UseNextBlock(ifCleanup);
        if (start is not null)
        {
            AddOpJump(PseudoOp.Jump, start);
            UseNextBlock(anchor);
        }
    }

    private void CompileAsyncComprehensionGenerator(AstList<Comprehension> generators, int genIndex, int depth,
        Expr elt, Expr? val, ComprehensionType type)
    {
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        var gen = generators[genIndex];

        if (genIndex == 0)
        {
            _u.ArgCount = 1;
            AddOpI(OpCode.LoadFast, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            AddOp(OpCode.GetAiter);
        }

        UseNextBlock(start);
        // The runtime pushes a block here: account for it.
        PushFrameBlock(FrameBlockType.AsyncComprehensionGenerator, start, null, null);

        AddOpJump(PseudoOp.SetupFinally, except);
        AddOp(OpCode.GetAnext);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: true);
        AddPseudo(PseudoOp.PopBlock);
        VisitExpr(gen.Target);

        foreach (var condition in gen.Ifs) CompileJumpIf(condition, ifCleanup, false);

        depth++;
        if (++genIndex < generators.Count)
            CompileComprehensionGenerator(generators, genIndex, depth, elt, val, type);

        if (genIndex >= generators.Count) CompileComprehensionElement(elt, val, type, depth);

        UseNextBlock(ifCleanup);
        AddOpJump(PseudoOp.Jump, start);

        PopFrameBlock(FrameBlockType.AsyncComprehensionGenerator, start);

        UseNextBlock(except);
        AddOp(OpCode.EndAsyncFor);
    }

    /// <summary>Yields or appends the element; the collection is <paramref name="depth"/>+1 down the stack.</summary>
    private void CompileComprehensionElement(Expr elt, Expr? val, ComprehensionType type, int depth)
    {
        switch (type)
        {
            case ComprehensionType.GeneratorExp:
                VisitExpr(elt);
                AddYield();
                AddOp(OpCode.PopTop);
                break;
            case ComprehensionType.ListComp:
                VisitExpr(elt);
                AddOpI(OpCode.ListAppend, depth + 1);
                break;
            case ComprehensionType.SetComp:
                VisitExpr(elt);
                AddOpI(OpCode.SetAdd, depth + 1);
                break;
            case ComprehensionType.DictComp:
                // {k: v} evaluates k before v.
                VisitExpr(elt);
                VisitExpr(val!);
                AddOpI(OpCode.MapAdd, depth + 1);
                break;
        }
    }

    /// <summary>YIELD_VALUE (wrapped for async generators) and the RESUME after it.</summary>
    private void AddYield()
    {
        if (_u.Ste.IsGenerator && _u.Ste.IsCoroutine) AddOp(OpCode.AsyncGenWrap);
        AddOp(OpCode.YieldValue);
        AddOpI(OpCode.Resume, 1);
    }

    private void CompileYield(Yield e)
    {
        if (_u.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
        if (e.Value is not null) VisitExpr(e.Value);
        else AddOpLoadConst(null);
        AddYield();
    }

    private void CompileYieldFrom(YieldFrom e)
    {
        if (_u.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
        if (_u.ScopeType == ScopeType.AsyncFunction) throw Error("'yield from' inside async function");
        VisitExpr(e.Value);
        AddOp(OpCode.GetYieldFromIter);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: false);
    }

    private void CompileAwait(Await e)
    {
        // Top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) is never enabled here.
        if (_u.Ste.Type != BlockType.Function) throw Error("'await' outside function");
        if (_u.ScopeType != ScopeType.AsyncFunction && _u.ScopeType != ScopeType.Comprehension)
            throw Error("'await' outside async function");
        VisitExpr(e.Value);
        AddOpI(OpCode.GetAwaitable, 0);
        AddOpLoadConst(null);
        AddYieldFrom(isAwait: true);
    }
}
