using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.Flow;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;

namespace Kaa.Compiler.CodeGen;

/// <summary>What <c>compile()</c>'s mode asks for.</summary>
public enum CompileMode
{
    Exec,
    Eval,
    Single,
}

/// <summary>
/// Code generation (compile.c's front half): walks the optimised AST of one module and emits
/// instructions into the flow graph of each code object's <see cref="CompilerUnit"/>; the
/// <see cref="Assembler"/> turns each finished unit into a <see cref="CodeObject"/>. This file holds
/// the shared machinery (units, blocks, emitting, constants and names, errors); the visitors are
/// the other partial files, one per area.
/// </summary>
public sealed partial class CodeGenerator
{
    private readonly string _filename;
    private readonly SymbolTable _symtable;
    private readonly FutureFeatures _future;
    private readonly int _optimize;
    private readonly List<CompilerUnit> _stack = [];
    private CompilerUnit _u = null!;
    private bool _interactive;
    private readonly InstructionArrayPool _instructionPool;

    private CodeGenerator(string filename, SymbolTable symtable, FutureFeatures future, int optimize,
        InstructionArrayPool? instructionPool)
    {
        _instructionPool = instructionPool ?? new InstructionArrayPool();
        _filename = filename;
        _symtable = symtable;
        _future = future;
        _optimize = optimize;
    }

    /// <summary>
    /// Compiles a module (as <c>compile(tree, filename, mode)</c>, with the AST optimiser having run).
    /// Throws <see cref="SyntaxErrorException"/> for compile-time errors.
    /// </summary>
    /// <param name="instructionPool">Instruction storage to reuse (optional): a caller compiling
    /// many modules one after another can pass the same pool to each.</param>
    public static CodeObject Compile(Mod module, string filename, int optimize = 0,
        InstructionArrayPool? instructionPool = null)
    {
        var future = FutureFeatures.FromAst(module, filename);
        // As _PyAST_Compile: the AST optimiser runs first, then the symbol table sees the folded tree.
        Optimizer.AstOptimizer.Optimize(module, optimize, future.HasAnnotations);
        var symtable = SymbolTable.Build(module, filename, future.HasAnnotations);
        var generator = new CodeGenerator(filename, symtable, future, optimize, instructionPool);
        return generator.CompileModule(module);
    }

    // ---- units ----

    private CompilerUnit CurrentUnit => _u;

    /// <summary>compiler_enter_scope: a new unit for the block <paramref name="key"/> opened.</summary>
    private void EnterScope(string name, ScopeType scopeType, Node key, int lineno)
    {
        var ste = _symtable.Lookup(key);
        CompilerUnit u;
        if (_instructionPool.SpareUnits.TryPop(out var spare))
        {
            u = spare;
            u.Reset(ste, name, scopeType, lineno);
        }
        else u = new CompilerUnit(ste, name, scopeType, lineno) { InstructionPool = _instructionPool };
        foreach (string v in ste.Varnames) u.VarNames.Add(v);
        // Cells and free variables are numbered in sorted order (dictbytype).
        if (ste.NeedsClassClosure) u.CellVars.Add("__class__");
        foreach (string n in SortedByScope(ste, SymbolScope.Cell, SymbolFlags.None)) u.CellVars.Add(n);
        foreach (string n in SortedByScope(ste, SymbolScope.Free, SymbolFlags.DefFreeClass)) u.FreeVars.Add(n);
        u.Loc = new Location(lineno, lineno, 0, 0);
        if (_u is not null)
        {
            _stack.Add(_u);
            u.Private = _u.Private;
        }
        _u = u;
        var block = NewBlock();
        u.Entry = block;
        u.CurrentBlock = block;
        if (scopeType == ScopeType.Module) u.Loc = u.Loc with { Lineno = 0 };
        else SetQualName();
        AddOpI(OpCode.Resume, 0);
        if (scopeType == ScopeType.Module) u.Loc = u.Loc with { Lineno = -1 };
    }

    /// <summary>Names whose scope is <paramref name="scope"/> or that carry <paramref name="flag"/>, sorted.</summary>
    private static IReadOnlyList<string> SortedByScope(SymbolTableEntry ste, SymbolScope scope, SymbolFlags flag)
    {
        // By index: each symbol's scope is read without a lookup. Usually there is none: no list then.
        List<string>? result = null;
        var symbols = ste.Symbols;
        for (int i = 0; i < symbols.Count; i++)
        {
            var (name, flags) = symbols.GetAt(i);
            if (ste.ScopeAt(i) == scope || (flag != SymbolFlags.None && (flags & flag) != 0)) (result ??= []).Add(name);
        }
        if (result is null) return Array.Empty<string>();
        result.Sort(StringComparer.Ordinal); // CPython sorts str objects by code point: ordinal on UTF-16 differs only for astral chars
        return result;
    }

    /// <summary>Leaves the unit just assembled (its code object has copies of all it needs): its storage goes to the next units.</summary>
    private void ExitScope()
    {
        _u.Release();
        _instructionPool.SpareUnits.Push(_u);
        if (_stack.Count > 0)
        {
            _u = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
        }
        else _u = null!;
    }

    private void SetQualName()
    {
        var u = _u;
        string qualName = u.Name;
        if (_stack.Count > 1)
        {
            var parent = _stack[^1];
            bool forceGlobal = false;
            if (u.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Class)
            {
                string mangled = Mangling.Mangle(parent.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
            {
                // One concatenation (the "<locals>" part is not made apart).
                qualName = parent.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Lambda
                    ? string.Concat(parent.QualName, ".<locals>.", u.Name)
                    : string.Concat(parent.QualName, ".", u.Name);
            }
        }
        u.QualName = qualName;
    }

    // ---- blocks ----

    private BasicBlock NewBlock()
    {
        return BasicBlock.New(_u.Blocks, _u.InstructionPool);
    }

    private BasicBlock UseNextBlock(BasicBlock block)
    {
        _u.CurrentBlock.Next = block;
        _u.CurrentBlock = block;
        _u.NeedNewImplicitBlock = false;
        return block;
    }

    // ---- emitting ----

    private void UseNewImplicitBlockIfNeeded()
    {
        if (_u.NeedNewImplicitBlock) UseNextBlock(NewBlock());
    }

    private void Emit(int opcode, int oparg, in Location loc, BasicBlock? target = null)
    {
        UseNewImplicitBlockIfNeeded();
        var b = _u.CurrentBlock;
        ref var i = ref b.Add(opcode, oparg, in loc, target is null ? Instruction.NoBlock : target.Label);
        if (opcode == (int)OpCode.ReturnValue) b.Return = true;
        if (FlowGraph.IsEndOfBasicBlock(i)) _u.NeedNewImplicitBlock = true;
    }

    /// <summary>ADDOP: an instruction without argument, at the current location.</summary>
    private void AddOp(OpCode op) => Emit((int)op, 0, _u.Loc);

    /// <summary>ADDOP_NOLINE: an artificial instruction whose line comes from its neighbours.</summary>
    private void AddOpNoLine(OpCode op) => Emit((int)op, 0, Location.NoLocation);

    private void AddOpI(OpCode op, int oparg) => Emit((int)op, oparg, _u.Loc);

    private void AddOpINoLine(OpCode op, int oparg) => Emit((int)op, oparg, Location.NoLocation);

    /// <summary>ADDOP_JUMP: a jump (real or pseudo opcode) to <paramref name="target"/>.</summary>
    private void AddOpJump(int opcode, BasicBlock target) => Emit(opcode, 0, _u.Loc, target);

    private void AddOpJumpNoLine(int opcode, BasicBlock target) => Emit(opcode, 0, Location.NoLocation, target);

    private void AddPseudo(int opcode) => Emit(opcode, 0, _u.Loc);

    private void AddOpLoadConst(object? value) => AddOpI(OpCode.LoadConst, AddConst(value));

    private int AddConst(object? value) => _u.Consts.Add(value);

    /// <summary>ADDOP_NAME: an opcode whose argument indexes co_names, with the name mangled.</summary>
    private void AddOpName(OpCode op, string name) => AddOpI(op, _u.Names.Add(Mangling.Mangle(_u.Private, name)));

    // ---- locations ----

    private void SetLocation(LocatedNode node)
        => _u.Loc = new Location(node.Lineno, node.EndLineno, node.ColOffset, node.EndColOffset);

    /// <summary>UNSET_LOC: subsequent instructions get no line of their own.</summary>
    private void UnsetLocation() => _u.Loc = Location.Unset;

    // ---- errors ----

    /// <summary>compiler_error: a SyntaxError at the current location (byte columns + 1).</summary>
    private SyntaxErrorException Error(string msg)
        => new("SyntaxError", msg, _u.Loc.Lineno, _u.Loc.ColOffset + 1, _u.Loc.EndLineno, _u.Loc.EndColOffset + 1,
            filename: _filename);

    // ---- the module ----

    private CodeObject CompileModule(Mod module)
    {
        EnterScope("<module>", ScopeType.Module, module, 1);
        _u.Loc = _u.Loc with { Lineno = 1 };
        bool addNone = true;
        switch (module)
        {
            case Module m:
                CompileBody(m.Body);
                break;
            case Interactive i:
                if (FindAnnotations(i.Body)) AddOp(OpCode.SetupAnnotations);
                _interactive = true;
                foreach (var s in i.Body) VisitStmt(s);
                break;
            case Expression e:
                VisitExpr(e.Body);
                addNone = false;
                break;
            default:
                throw new InvalidOperationException($"module kind {module.TypeName} should not be possible");
        }
        var code = Assemble(addNone);
        ExitScope();
        return code;
    }

    private CodeObject Assemble(bool addNone)
    {
        var code = Assembler.Assemble(_u, _filename, _future, _stack.Count, addNone, _interactive);
        // The unit's flow graph is done with: its instruction storage goes to the next units.
        foreach (var b in _u.Blocks) b.Recycle();
        return code;
    }
}
