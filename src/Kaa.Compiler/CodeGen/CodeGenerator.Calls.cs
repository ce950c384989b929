using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Calls: method calls (LOAD_METHOD/PRECALL/CALL), plain calls with PUSH_NULL, keyword names
/// (KW_NAMES), and the general form with * and ** (CALL_FUNCTION_EX).
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileCall(Call e)
    {
        ValidateKeywords(e.KeywordsSpan);
        if (TryCompileMethodCall(e)) return;
        // (check_caller only warns.)
        SetLocation(e.Func);
        AddOp(OpCode.PushNull);
        SetLocation(e);
        VisitExpr(e.Func);
        CompileCallHelper(0, e.Args, e.KeywordsSpan);
    }

    /// <summary>
    /// maybe_optimize_method_call: <c>obj.meth(args)</c> without * or ** and not on a module-level
    /// import becomes LOAD_METHOD + PRECALL/CALL.
    /// </summary>
    private bool TryCompileMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } meth) return false;
        if (IsImportOriginated(meth.Value)) return false;
        var args = e.ArgsSpan;
        var keywords = e.KeywordsSpan;
        int argsl = args.Length, kwdsl = keywords.Length;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline) return false;
        foreach (var a in args)
            if (a is Starred) return false;
        foreach (var kw in keywords)
            if (kw.Arg is null) return false;

        VisitExpr(meth.Value);
        SetLocation(meth);
        UpdateStartLocationToMatchAttr(meth);
        AddOpName(OpCode.LoadMethod, meth.Attr);
        foreach (var a in args) VisitExpr(a);
        if (kwdsl > 0)
        {
            foreach (var kw in keywords) VisitExpr(kw.Value);
            AddKeywordNames(keywords);
        }
        SetLocation(e);
        UpdateStartLocationToMatchAttr(meth);
        AddOpI(OpCode.Precall, argsl + kwdsl);
        AddOpI(OpCode.Call, argsl + kwdsl);
        return true;
    }

    /// <summary>is_import_originated: a name the module binds by import (only the top scope is checked).</summary>
    private bool IsImportOriginated(Expr e)
        => e is Name n && (_symtable.Top.GetFlags(n.Id) & SymbolFlags.DefImport) != 0;

    /// <summary>validate_keywords: no <c>__debug__=</c>, no keyword given twice.</summary>
    private void ValidateKeywords(Span<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Length; i++)
        {
            string? name = keywords[i].Arg;
            if (name is null) continue;
            CheckForbiddenName(name, ExprContext.Store);
            for (int j = i + 1; j < keywords.Length; j++)
            {
                if (keywords[j].Arg == name)
                {
                    SetLocation(keywords[j]);
                    throw Error($"keyword argument repeated: {name}");
                }
            }
        }
    }

    /// <summary>compiler_call_simple_kw_helper: KW_NAMES with the tuple of keyword names.</summary>
    private void AddKeywordNames(Span<Keyword> keywords)
    {
        var names = new object?[keywords.Length];
        for (int i = 0; i < names.Length; i++) names[i] = keywords[i].Arg;
        AddOpI(OpCode.KwNames, AddConst(new ConstTuple([.. names])));
    }

    /// <summary>
    /// compiler_call_helper: the arguments and the call, after the callable and
    /// <paramref name="n"/> further arguments (the class body function and name) are pushed.
    /// </summary>
    private void CompileCallHelper(int n, AstList<Expr> args, Span<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        int nelts = args.Count, nkwelts = keywords.Length;
        bool exCall = nelts + nkwelts * 2 > StackUseGuideline;
        foreach (var a in args)
            if (a is Starred) exCall = true;
        foreach (var kw in keywords)
            if (kw.Arg is null) exCall = true;

        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkwelts > 0)
            {
                foreach (var kw in keywords) VisitExpr(kw.Value);
                AddKeywordNames(keywords);
            }
            AddOpI(OpCode.Precall, n + nelts + nkwelts);
            AddOpI(OpCode.Call, n + nelts + nkwelts);
            return;
        }

        // Positional arguments as one tuple.
        if (n == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else CompileStarUnpack(args, n, OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend, tuple: true);

        // Keyword arguments as one dict.
        if (nkwelts > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (nseen > 0)
                    {
                        CompileSubKwargs(keywords, i - nseen, i);
                        if (haveDict) AddOpI(OpCode.DictMerge, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        AddOpI(OpCode.BuildMap, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    AddOpI(OpCode.DictMerge, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                CompileSubKwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) AddOpI(OpCode.DictMerge, 1);
            }
        }
        AddOpI(OpCode.CallFunctionEx, nkwelts > 0 ? 1 : 0);
    }

    /// <summary>compiler_subkwargs: the named keywords [begin, end) as one dict.</summary>
    private void CompileSubKwargs(Span<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (int i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            var keys = new object?[n];
            for (int i = begin; i < end; i++) keys[i - begin] = keywords[i].Arg;
            AddOpLoadConst(new ConstTuple([.. keys]));
            AddOpI(OpCode.BuildConstKeyMap, n);
            return;
        }
        if (big) AddOpINoLine(OpCode.BuildMap, 0);
        for (int i = begin; i < end; i++)
        {
            AddOpLoadConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
            if (big) AddOpINoLine(OpCode.MapAdd, 1);
        }
        if (!big) AddOpI(OpCode.BuildMap, n);
    }
}
