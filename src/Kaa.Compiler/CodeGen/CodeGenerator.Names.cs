using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Names: which load/store/delete family a name uses (fast locals, cells and free variables,
/// globals, or the dictionary lookups of module and class bodies), and the names that may not
/// be bound.
/// </summary>
public sealed partial class CodeGenerator
{
    private enum NameOpKind { Fast, Global, Deref, Name }

    /// <summary>compiler_nameop: load/store/delete a name with the opcode its scope requires.</summary>
    private void NameOp(string name, ExprContext ctx)
    {
        CheckForbiddenName(name, ctx);
        string mangled = Mangling.Mangle(_u.Private, name);
        var ste = _u.Ste;
        int symbol = ste.Symbols.IndexOf(mangled);
        var scope = ste.ScopeAt(symbol);
        var kind = NameOpKind.Name;
        bool isCell = false;
        switch (scope)
        {
            case SymbolScope.Free:
                kind = NameOpKind.Deref;
                break;
            case SymbolScope.Cell:
                kind = NameOpKind.Deref;
                isCell = true;
                break;
            case SymbolScope.Local:
                if (ste.Type == BlockType.Function) kind = NameOpKind.Fast;
                break;
            case SymbolScope.GlobalImplicit:
                if (ste.Type == BlockType.Function) kind = NameOpKind.Global;
                break;
            case SymbolScope.GlobalExplicit:
                kind = NameOpKind.Global;
                break;
        }

        switch (kind)
        {
            case NameOpKind.Deref:
                var derefOp = ctx switch
                {
                    ExprContext.Load => ste.Type == BlockType.Class ? OpCode.LoadClassderef : OpCode.LoadDeref,
                    ExprContext.Store => OpCode.StoreDeref,
                    _ => OpCode.DeleteDeref,
                };
                AddOpI(derefOp, isCell ? _u.CellVars.Add(mangled) : FreeVarOffset(mangled));
                break;
            case NameOpKind.Fast:
                var fastOp = ctx switch
                {
                    ExprContext.Load => OpCode.LoadFast,
                    ExprContext.Store => OpCode.StoreFast,
                    _ => OpCode.DeleteFast,
                };
                AddOpI(fastOp, NameOparg(symbol, mangled, _u.VarNames));
                break;
            case NameOpKind.Global:
                int g = NameOparg(symbol, mangled, _u.Names);
                switch (ctx)
                {
                    // LOAD_GLOBAL's low bit says "push NULL first"; the flow-graph pass sets it.
                    case ExprContext.Load: AddOpI(OpCode.LoadGlobal, g << 1); break;
                    case ExprContext.Store: AddOpI(OpCode.StoreGlobal, g); break;
                    default: AddOpI(OpCode.DeleteGlobal, g); break;
                }
                break;
            default:
                var nameOp = ctx switch
                {
                    ExprContext.Load => OpCode.LoadName,
                    ExprContext.Store => OpCode.StoreName,
                    _ => OpCode.DeleteName,
                };
                AddOpI(nameOp, NameOparg(symbol, mangled, _u.Names));
                break;
        }
    }

    /// <summary>The index of <paramref name="mangled"/> (symbol <paramref name="symbol"/>, or -1) in <paramref name="table"/>, added when new; remembered by symbol.</summary>
    private int NameOparg(int symbol, string mangled, IndexedSet<string, NameKeys> table)
    {
        if (symbol < 0) return table.Add(mangled);
        var known = _u.NameOpargs(_u.Ste.Symbols.Count);
        uint count = (uint)_u.NameOpargsCount;
        if ((uint)symbol < count && known[symbol] != 0) return known[symbol] - 1;
        int index = table.Add(mangled);
        if ((uint)symbol < count) known[symbol] = index + 1;
        return index;
    }

    /// <summary>
    /// The cell/free-variable offset of a free variable: CPython numbers free variables after the
    /// cells (dictbytype with the cell count as offset), and the assembler maps the combined
    /// numbering onto localsplus.
    /// </summary>
    private int FreeVarOffset(string name) => _u.CellVars.Count + _u.FreeVars.Add(name);

    /// <summary>get_ref_type: a class body's <c>__class__</c> is always its implicit cell.</summary>
    private SymbolScope GetRefType(string name)
    {
        if (_u.ScopeType == ScopeType.Class && name == "__class__") return SymbolScope.Cell;
        return _u.Ste.GetScope(name);
    }

    /// <summary>forbidden_name: <c>__debug__</c> cannot be bound or deleted.</summary>
    private void CheckForbiddenName(string name, ExprContext ctx)
    {
        if (name != "__debug__") return;
        if (ctx == ExprContext.Store) throw Error("cannot assign to __debug__");
        if (ctx == ExprContext.Del) throw Error("cannot delete __debug__");
    }
}
