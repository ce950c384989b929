using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;

namespace Kaa.Compiler.Symbols;

/// <summary>The first pass: what each statement and expression does with names.</summary>
public sealed partial class SymbolTable
{
    private void VisitStmts(AstList<Stmt> body) => VisitStmts(body.AsSpan());

    private void VisitStmts(Span<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitExprs(AstList<Expr> exprs) => VisitExprs(exprs.AsSpan());

    private void VisitExprs(Span<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitExprsWithNull(Span<Expr?> exprs)
    {
        foreach (var e in exprs)
            if (e is not null) VisitExpr(e);
    }

    private void VisitStmt(Stmt s)
    {
        Enter();
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorListSpan, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorListSpan, f.Returns, isAsync: true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.BasesSpan);
                foreach (var k in c.KeywordsSpan) VisitExpr(k.Value);
                VisitExprs(c.DecoratorListSpan);
                EnterBlock(c.Name, BlockType.Class, c);
                string? saved = _private;
                _private = c.Name;
                VisitStmts(c.Body);
                _private = saved;
                ExitBlock();
                break;
            }
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    _current.ReturnsValue = true;
                }
                break;
            case Delete d: VisitExprs(d.Targets); break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign a: VisitAnnAssign(a); break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.OrelseSpan);
                break;
            case AsyncFor f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.OrelseSpan);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.OrelseSpan);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.OrelseSpan);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null) VisitExpr(r.Cause);
                }
                break;
            case Try t: VisitTry(t.Body, t.OrelseSpan, t.Handlers, t.FinalbodySpan); break;
            case TryStar t: VisitTry(t.Body, t.OrelseSpan, t.Handlers, t.FinalbodySpan); break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import i:
                foreach (var a in i.Names) VisitAlias(a);
                break;
            case ImportFrom i:
                foreach (var a in i.Names) VisitAlias(a);
                break;
            case Global g: VisitDeclaration(g, g.Names, isGlobal: true); break;
            case Nonlocal n: VisitDeclaration(n, n.Names, isGlobal: false); break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case Pass or Break or Continue: break;
            case With w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            default:
                throw new InvalidOperationException($"unexpected statement {s.TypeName}");
        }
        _depth--;
    }

    private void VisitFunction(Stmt s, string name, Arguments args, AstList<Stmt> body, Span<Expr> decorators,
        Expr? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);
        VisitExprs(args.DefaultsSpan);
        VisitExprsWithNull(args.KwDefaultsSpan);
        VisitAnnotations(s, args, returns);
        VisitExprs(decorators);
        EnterBlock(name, BlockType.Function, s);
        if (isAsync) _current.IsCoroutine = true;
        VisitArguments(args);
        VisitStmts(body);
        ExitBlock();
    }

    private void VisitTry(AstList<Stmt> body, Span<Stmt> orelse, AstList<ExceptHandlerBase> handlers, Span<Stmt> finalbody)
    {
        VisitStmts(body);
        VisitStmts(orelse);
        foreach (var h in handlers)
        {
            var eh = (ExceptHandler)h;
            if (eh.Type is not null) VisitExpr(eh.Type);
            if (eh.Name is not null) AddDef(eh.Name, SymbolFlags.DefLocal, eh);
            VisitStmts(eh.Body);
        }
        VisitStmts(finalbody);
    }

    private void VisitWithItems(AstList<WithItem> items)
    {
        foreach (var item in items)
        {
            VisitExpr(item.ContextExpr);
            if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        }
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        if (a.Target is Name target)
        {
            var cur = LookupFlags(target.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _current != _top && a.Simple != 0)
            {
                string msg = (cur & SymbolFlags.DefGlobal) != 0
                    ? $"annotated name '{target.Id}' can't be global"
                    : $"annotated name '{target.Id}' can't be nonlocal";
                throw Error(msg, a);
            }
            if (a.Simple != 0)
                AddDef(target.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, target);
            else if (a.Value is not null)
                AddDef(target.Id, SymbolFlags.DefLocal, target);
        }
        else
        {
            VisitExpr(a.Target);
        }
        VisitAnnotation(a.Annotation);
        if (a.Value is not null) VisitExpr(a.Value);
    }

    private void VisitDeclaration(Stmt s, AstList<string> names, bool isGlobal)
    {
        string kind = isGlobal ? "global" : "nonlocal";
        foreach (string name in names)
        {
            var cur = LookupFlags(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0) msg = $"name '{name}' is parameter and {kind}";
                else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to {kind} declaration";
                else if ((cur & SymbolFlags.DefAnnot) != 0) msg = $"annotated name '{name}' can't be {kind}";
                else msg = $"name '{name}' is assigned to before {kind} declaration";
                throw Error(msg, s);
            }
            AddDef(name, isGlobal ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, s);
            RecordDirective(name, s);
        }
    }

    private void VisitAlias(Alias a)
    {
        // The name an import binds: `import a.b.c` binds `a`.
        string name = a.Asname ?? a.Name;
        int dot = name.IndexOf('.');
        string storeName = dot >= 0 ? name[..dot] : name;
        if (name != "*")
        {
            AddDef(storeName, SymbolFlags.DefImport, a);
        }
        else if (_current.Type != BlockType.Module)
        {
            throw Error(ImportStarNotAtModuleLevel, a);
        }
    }

    // ---- expressions ----

    private void VisitExpr(Expr e)
    {
        Enter();
        switch (e)
        {
            // The cases are tested in order: the most frequent node types first.
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                // super() reads the implicit __class__ cell.
                if (n.Ctx == ExprContext.Load && _current.Type == BlockType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case Constant: break;
            case NamedExpr n:
                RaiseIfAnnotationBlock("named expression", n);
                VisitNamedExpr(n);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitExprs(l.Args.DefaultsSpan);
                VisitExprsWithNull(l.Args.KwDefaultsSpan);
                EnterBlock("lambda", BlockType.Function, l);
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                VisitExprsWithNull(d.KeysSpan);
                VisitExprs(d.Values);
                break;
            case Set s: VisitExprs(s.Elts); break;
            case GeneratorExp g: VisitComprehension(g, "genexpr", g.Generators, g.Elt, null); break;
            case ListComp l: VisitComprehension(l, "listcomp", l.Generators, l.Elt, null); break;
            case SetComp s: VisitComprehension(s, "setcomp", s.Generators, s.Elt, null); break;
            case DictComp d: VisitComprehension(d, "dictcomp", d.Generators, d.Key, d.Value); break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", y);
                if (y.Value is not null) VisitExpr(y.Value);
                _current.IsGenerator = true;
                if (_current.Comprehension != ComprehensionKind.None) RaiseYieldInComprehension(y);
                break;
            case YieldFrom y:
                RaiseIfAnnotationBlock("yield expression", y);
                VisitExpr(y.Value);
                _current.IsGenerator = true;
                if (_current.Comprehension != ComprehensionKind.None) RaiseYieldInComprehension(y);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", a);
                VisitExpr(a.Value);
                _current.IsCoroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.ArgsSpan);
                foreach (var k in c.KeywordsSpan) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j: VisitExprs(j.Values); break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case List l: VisitExprs(l.Elts); break;
            case Tuple t: VisitExprs(t.Elts); break;
            default:
                throw new InvalidOperationException($"unexpected expression {e.TypeName}");
        }
        _depth--;
    }

    private void VisitNamedExpr(NamedExpr e)
    {
        if (_current.CompIterExpr > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", e);
        if (_current.Comprehension != ComprehensionKind.None)
            ExtendNamedExprScope((Name)e.Target);
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.</summary>
    private void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var entry = _stack[i];
            if (entry.Comprehension != ComprehensionKind.None)
            {
                if ((entry.GetFlags(name) & SymbolFlags.DefCompIter) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (entry.Type == BlockType.Function)
            {
                var flag = (entry.GetFlags(name) & SymbolFlags.DefGlobal) != 0 ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal;
                AddDef(name, flag, target);
                RecordDirective(name, target);
                AddDef(name, SymbolFlags.DefLocal, entry, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                return;
            }
            if (entry.Type == BlockType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                RecordDirective(name, target);
                AddDef(name, SymbolFlags.DefGlobal, entry, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                return;
            }
            if (entry.Type == BlockType.Class)
                throw Error("assignment expression within a comprehension cannot be used in a class body", target);
        }
        throw new InvalidOperationException("named expression scope not found");
    }

    private void VisitComprehension(Expr e, string scopeName, AstList<Comprehension> generators, Expr elt, Expr? value)
    {
        bool isGenerator = e is GeneratorExp;
        var outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        _current.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _current.CompIterExpr--;
        EnterBlock(scopeName, BlockType.Function, e);
        _current.Comprehension = e switch
        {
            ListComp => ComprehensionKind.List,
            SetComp => ComprehensionKind.Set,
            DictComp => ComprehensionKind.Dict,
            _ => ComprehensionKind.Generator,
        };
        if (outermost.IsAsync != 0) _current.IsCoroutine = true;
        // The outermost iterator arrives as the implicit parameter ".0".
        AddDef(".0", SymbolFlags.DefParam, _current, _current.Lineno, _current.ColOffset, _current.EndLineno, _current.EndColOffset);
        _current.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _current.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _current.CompIterTarget = true;
            VisitExpr(g.Target);
            _current.CompIterTarget = false;
            _current.CompIterExpr++;
            VisitExpr(g.Iter);
            _current.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0) _current.IsCoroutine = true;
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        _current.IsGenerator = isGenerator;
        bool isAsync = _current.IsCoroutine && !isGenerator;
        ExitBlock();
        if (isAsync) _current.IsCoroutine = true;
    }

    private void RaiseIfAnnotationBlock(string what, Expr e)
    {
        if (_current.Type == BlockType.Annotation)
            throw Error($"'{what}' can not be used within an annotation", e);
    }

    private void RaiseYieldInComprehension(Expr e)
    {
        string msg = _current.Comprehension switch
        {
            ComprehensionKind.List => "'yield' inside list comprehension",
            ComprehensionKind.Set => "'yield' inside set comprehension",
            ComprehensionKind.Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        throw Error(msg, e);
    }

    // ---- patterns ----

    private void VisitPattern(Pattern p)
    {
        Enter();
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence s:
                foreach (var x in s.Patterns) VisitPattern(x);
                break;
            case MatchStar s:
                if (s.Name is not null) AddDef(s.Name, SymbolFlags.DefLocal, s);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var x in m.Patterns) VisitPattern(x);
                if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.DefLocal, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var x in c.Patterns) VisitPattern(x);
                foreach (var x in c.KwdPatterns) VisitPattern(x);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, SymbolFlags.DefLocal, a);
                break;
            case MatchOr o:
                foreach (var x in o.Patterns) VisitPattern(x);
                break;
        }
        _depth--;
    }

    // ---- parameters and annotations ----

    private void VisitArguments(Arguments a)
    {
        foreach (var arg in a.PosonlyargsSpan) AddDef(arg.Name, SymbolFlags.DefParam, arg);
        foreach (var arg in a.Args) AddDef(arg.Name, SymbolFlags.DefParam, arg);
        foreach (var arg in a.KwonlyargsSpan) AddDef(arg.Name, SymbolFlags.DefParam, arg);
        if (a.Vararg is not null)
        {
            AddDef(a.Vararg.Name, SymbolFlags.DefParam, a.Vararg);
            _current.HasVarargs = true;
        }
        if (a.Kwarg is not null)
        {
            AddDef(a.Kwarg.Name, SymbolFlags.DefParam, a.Kwarg);
            _current.HasVarKeywords = true;
        }
    }

    private void VisitAnnotation(Expr annotation)
    {
        if (_futureAnnotations) EnterBlock("_annotation", BlockType.Annotation, annotation);
        VisitExpr(annotation);
        if (_futureAnnotations) ExitBlock();
    }

    private void VisitAnnotations(Stmt s, Arguments a, Expr? returns)
    {
        if (_futureAnnotations) EnterBlock("_annotation", BlockType.Annotation, s);
        foreach (var arg in a.PosonlyargsSpan) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        foreach (var arg in a.Args) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        if (a.Vararg?.Annotation is not null) VisitExpr(a.Vararg.Annotation);
        if (a.Kwarg?.Annotation is not null) VisitExpr(a.Kwarg.Annotation);
        foreach (var arg in a.KwonlyargsSpan) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        if (_futureAnnotations) ExitBlock();
        if (returns is not null) VisitAnnotation(returns);
    }
}
