using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Function, lambda and class definitions: decorators, defaults and keyword-only defaults,
/// annotations, the nested code object and the MAKE_FUNCTION that wraps it with its closure.
/// </summary>
public sealed partial class CodeGenerator
{
    // MAKE_FUNCTION's flag bits.
    private const int MakeFunctionDefaults = 0x01;
    private const int MakeFunctionKwDefaults = 0x02;
    private const int MakeFunctionAnnotations = 0x04;
    private const int MakeFunctionClosure = 0x08;

    private void CompileFunction(Stmt s, string name, Arguments args, AstList<Stmt> body, Span<Expr> decorators,
        Expr? returns, bool isAsync)
    {
        CheckDebugArgs(args);
        foreach (var d in decorators) VisitExpr(d);
        int firstLineno = decorators.Length > 0 ? decorators[0].Lineno : s.Lineno;

        int funcFlags = CompileDefaultArguments(args);
        if (CompileAnnotations(args, returns)) funcFlags |= MakeFunctionAnnotations;

        EnterScope(name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstLineno);
        object? docstring = _optimize < 2 ? GetDocString(body) : null;
        // The first constant is the docstring, or None (so a function's co_consts[0] tells).
        AddConst(docstring);
        _u.ArgCount = args.Args.Count;
        _u.PosOnlyArgCount = args.PosonlyargsSpan.Length;
        _u.KwOnlyArgCount = args.KwonlyargsSpan.Length;
        for (int i = docstring is not null ? 1 : 0; i < body.Count; i++) VisitStmt(body[i]);
        var code = Assemble(addNone: true);
        string qualname = _u.QualName!;
        ExitScope();

        MakeClosure(code, funcFlags, qualname);
        ApplyDecorators(decorators);
        NameOp(name, ExprContext.Store);
    }

    private void CompileLambda(Lambda e)
    {
        var args = e.Args;
        CheckDebugArgs(args);
        int funcFlags = CompileDefaultArguments(args);
        EnterScope("<lambda>", ScopeType.Lambda, e, e.Lineno);
        // None first, so that a lambda never has a docstring.
        AddConst(null);
        _u.ArgCount = args.Args.Count;
        _u.PosOnlyArgCount = args.PosonlyargsSpan.Length;
        _u.KwOnlyArgCount = args.KwonlyargsSpan.Length;
        VisitExpr(e.Body);
        CodeObject code;
        if (_u.Ste.IsGenerator)
        {
            code = Assemble(addNone: false);
        }
        else
        {
            AddOp(OpCode.ReturnValue);
            code = Assemble(addNone: true);
        }
        string qualname = _u.QualName!;
        ExitScope();
        MakeClosure(code, funcFlags, qualname);
    }

    private void CompileClass(ClassDef s)
    {
        var decorators = s.DecoratorListSpan;
        foreach (var d in decorators) VisitExpr(d);
        int firstLineno = decorators.Length > 0 ? decorators[0].Lineno : s.Lineno;

        // 1. The body, as a function that fills the class namespace.
        EnterScope(s.Name, ScopeType.Class, s, firstLineno);
        _u.Private = s.Name; // names in the body are mangled with the class name
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        AddOpLoadConst(_u.QualName);
        NameOp("__qualname__", ExprContext.Store);
        CompileBody(s.Body);
        UnsetLocation(); // what follows is artificial
        if (_u.Ste.NeedsClassClosure)
        {
            // Store the __class__ cell as __classcell__ for type.__new__, and return it.
            _u.CellVars.TryGetIndex("__class__", out int cell);
            AddOpI(OpCode.LoadClosure, cell);
            AddOpI(OpCode.Copy, 1);
            NameOp("__classcell__", ExprContext.Store);
        }
        else
        {
            AddOpLoadConst(null);
        }
        AddOp(OpCode.ReturnValue);
        var code = Assemble(addNone: true);
        ExitScope();

        // 2. __build_class__(func, name, *bases, **keywords)
        AddOp(OpCode.PushNull);
        AddOp(OpCode.LoadBuildClass);
        MakeClosure(code, 0, code.Name);
        AddOpLoadConst(s.Name);
        CompileCallHelper(2, s.Bases, s.KeywordsSpan);
        ApplyDecorators(s.DecoratorListSpan);
        NameOp(s.Name, ExprContext.Store);
    }

    /// <summary>compiler_apply_decorators: innermost first, each call at its decorator's location.</summary>
    private void ApplyDecorators(Span<Expr> decorators)
    {
        if (decorators.Length == 0) return;
        var saved = _u.Loc;
        for (int i = decorators.Length - 1; i >= 0; i--)
        {
            SetLocation(decorators[i]);
            AddOpI(OpCode.Precall, 0);
            AddOpI(OpCode.Call, 0);
        }
        _u.Loc = saved;
    }

    /// <summary>compiler_make_closure: MAKE_FUNCTION for <paramref name="code"/> with its free variables.</summary>
    private void MakeClosure(CodeObject code, int flags, string qualname)
    {
        var freeVars = code.FreeVars;
        if (freeVars.Length > 0)
        {
            foreach (string name in freeVars)
            {
                // A class can have a name both local and free (a method's free variable named
                // like a method): the closure takes the cell or free variable.
                int arg;
                if (GetRefType(name) == SymbolScope.Cell)
                {
                    if (!_u.CellVars.TryGetIndex(name, out arg))
                        throw new InvalidOperationException($"no cell {name} in {_u.Name} for {code.Name}");
                }
                else
                {
                    if (!_u.FreeVars.TryGetIndex(name, out arg))
                        throw new InvalidOperationException($"no free variable {name} in {_u.Name} for {code.Name}");
                    arg += _u.CellVars.Count;
                }
                AddOpI(OpCode.LoadClosure, arg);
            }
            flags |= MakeFunctionClosure;
            AddOpI(OpCode.BuildTuple, freeVars.Length);
        }
        AddOpLoadConst(code);
        AddOpI(OpCode.MakeFunction, flags);
    }

    /// <summary>compiler_default_arguments: push the defaults tuple and kw-defaults dict; their flags.</summary>
    private int CompileDefaultArguments(Arguments args)
    {
        int flags = 0;
        var defaults = args.DefaultsSpan;
        if (defaults.Length > 0)
        {
            foreach (var d in defaults) VisitExpr(d);
            AddOpI(OpCode.BuildTuple, defaults.Length);
            flags |= MakeFunctionDefaults;
        }
        if (CompileKwOnlyDefaults(args.KwonlyargsSpan, args.KwDefaultsSpan)) flags |= MakeFunctionKwDefaults;
        return flags;
    }

    private bool CompileKwOnlyDefaults(Span<Arg> kwonlyargs, Span<Expr?> kwDefaults)
    {
        List<object?>? keys = null;
        for (int i = 0; i < kwonlyargs.Length; i++)
        {
            var d = kwDefaults[i];
            if (d is null) continue;
            (keys ??= []).Add(Mangling.Mangle(_u.Private, kwonlyargs[i].Name));
            VisitExpr(d);
        }
        if (keys is null) return false;
        AddOpLoadConst(new ConstTuple([.. keys]));
        AddOpI(OpCode.BuildConstKeyMap, keys.Count);
        return true;
    }

    /// <summary>
    /// compiler_visit_annotations: name/value pairs in a tuple (args, posonly args, *args,
    /// kw-only args, **kwargs, return — CPython's order). False when there are none.
    /// </summary>
    private bool CompileAnnotations(Arguments args, Expr? returns)
    {
        int len = 0;
        foreach (var a in args.Args) len += CompileArgAnnotation(a.Name, a.Annotation);
        foreach (var a in args.PosonlyargsSpan) len += CompileArgAnnotation(a.Name, a.Annotation);
        if (args.Vararg is { Annotation: not null } va) len += CompileArgAnnotation(va.Name, va.Annotation);
        foreach (var a in args.KwonlyargsSpan) len += CompileArgAnnotation(a.Name, a.Annotation);
        if (args.Kwarg is { Annotation: not null } ka) len += CompileArgAnnotation(ka.Name, ka.Annotation);
        len += CompileArgAnnotation("return", returns);
        if (len == 0) return false;
        AddOpI(OpCode.BuildTuple, len);
        return true;
    }

    private int CompileArgAnnotation(string name, Expr? annotation)
    {
        if (annotation is null) return 0;
        AddOpLoadConst(Mangling.Mangle(_u.Private, name));
        if (_future.HasAnnotations)
        {
            VisitAnnotationAsString(annotation);
        }
        else if (annotation is Starred st)
        {
            // *args: *Ts — the annotation is the one item of the unpacked value.
            VisitExpr(st.Value);
            AddOpI(OpCode.UnpackSequence, 1);
        }
        else
        {
            VisitExpr(annotation);
        }
        return 2;
    }

    /// <summary>compiler_visit_annexpr: under <c>from __future__ import annotations</c>, the source text.</summary>
    private void VisitAnnotationAsString(Expr annotation) => AddOpLoadConst(ExprUnparser.Unparse(annotation));

    /// <summary>compiler_check_debug_args: no parameter may be named <c>__debug__</c>.</summary>
    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.PosonlyargsSpan) CheckForbiddenName(a.Name, ExprContext.Store);
        foreach (var a in args.Args) CheckForbiddenName(a.Name, ExprContext.Store);
        if (args.Vararg is not null) CheckForbiddenName(args.Vararg.Name, ExprContext.Store);
        foreach (var a in args.KwonlyargsSpan) CheckForbiddenName(a.Name, ExprContext.Store);
        if (args.Kwarg is not null) CheckForbiddenName(args.Kwarg.Name, ExprContext.Store);
    }
}
