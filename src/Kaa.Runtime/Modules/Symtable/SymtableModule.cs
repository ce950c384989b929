using Kaa.Compiler;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Runtime;

/// <summary>
/// <c>_symtable</c> (Modules/symtablemodule.c): <c>symtable(source, filename, startstr)</c> builds the
/// compiler's symbol tables for the source (Kaa.Compiler's, the ones the code generator uses) and returns
/// the top block as a <c>symtable entry</c>; plus the flag and scope constants symtable.py reads.
/// </summary>
internal static class SymtableModule
{
    /// <summary>Where a symbol's scope sits in the flags CPython stores (SCOPE_OFFSET).</summary>
    internal const int ScopeOffset = 11;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_symtable");
        m.AddFunction("symtable", Symtable, "Return symbol and scope dictionaries used internally by compiler.");
        void Set(string name, long value) => m.Set(name, PyInt.Create(value));
        Set("USE", (long)SymbolFlags.Use);
        Set("DEF_GLOBAL", (long)SymbolFlags.DefGlobal);
        Set("DEF_NONLOCAL", (long)SymbolFlags.DefNonlocal);
        Set("DEF_LOCAL", (long)SymbolFlags.DefLocal);
        Set("DEF_PARAM", (long)SymbolFlags.DefParam);
        Set("DEF_FREE", (long)SymbolFlags.DefFree);
        Set("DEF_FREE_CLASS", (long)SymbolFlags.DefFreeClass);
        Set("DEF_IMPORT", (long)SymbolFlags.DefImport);
        Set("DEF_BOUND", (long)SymbolFlags.DefBound);
        Set("DEF_ANNOT", (long)SymbolFlags.DefAnnot);
        Set("TYPE_FUNCTION", (long)BlockType.Function);
        Set("TYPE_CLASS", (long)BlockType.Class);
        Set("TYPE_MODULE", (long)BlockType.Module);
        Set("LOCAL", (long)SymbolScope.Local);
        Set("GLOBAL_EXPLICIT", (long)SymbolScope.GlobalExplicit);
        Set("GLOBAL_IMPLICIT", (long)SymbolScope.GlobalImplicit);
        Set("FREE", (long)SymbolScope.Free);
        Set("CELL", (long)SymbolScope.Cell);
        Set("SCOPE_OFF", ScopeOffset);
        Set("SCOPE_MASK", 15);
        return m;
    }

    private static PyObject? Symtable(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("symtable() takes no keyword arguments");
        if (args.Length != 3) return ts.TypeError($"symtable expected 3 arguments, got {args.Length}");
        var filename = FsDecode(ts, args[1]);
        if (filename is null) return null;
        if (args[2] is not PyStr modeStr) return ts.TypeError($"symtable() argument 3 must be str, not {args[2].Type.Name}");
        byte[] source;
        if (args[0] is PyStr s) source = System.Text.Encoding.UTF8.GetBytes(s.ToString());
        else if (args[0] is PyBytes b) source = b.Value;
        else return ts.TypeError("symtable() arg 1 must be a string or bytes object");
        if (Array.IndexOf(source, (byte)0) >= 0) return ts.ValueError("source code string cannot contain null bytes");
        var mode = modeStr.ToString() switch
        {
            "exec" => ParseMode.File,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Interactive,
            _ => (ParseMode?)null,
        };
        if (mode is null) return ts.ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        SymbolTable table;
        try
        {
            Mod tree = PythonParser.ParseBytes(source, filename, mode.Value);
            var future = FutureFeatures.FromAst(tree, filename);
            table = SymbolTable.Build(tree, filename, future.HasAnnotations);
        }
        catch (SyntaxErrorException e)
        {
            SyntaxErrors.Raise(ts, e, filename, execInput: mode == ParseMode.File);
            return null;
        }
        return PySymtableEntry.FromTable(table.Top, ts.Interp);
    }

    /// <summary>PyUnicode_FSDecoder: str, bytes, os.PathLike, or (deprecated) any other bytes-like object.</summary>
    private static string? FsDecode(ThreadState ts, PyObject arg)
    {
        if (Protocols.HasBuffer(arg) && arg is not PyBytes)
        {
            if (!WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"path should be string, bytes, or os.PathLike, not {arg.Type.Name}"))
                return null;
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            var text = System.Text.Encoding.UTF8.GetString(view.Memory.Span);
            Protocols.ReleaseBuffer(ref view);
            return text;
        }
        var path = PosixModule.FsPath(ts, arg);
        return path switch
        {
            null => null,
            PyStr s => s.ToString(),
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
            _ => null,
        };
    }
}
