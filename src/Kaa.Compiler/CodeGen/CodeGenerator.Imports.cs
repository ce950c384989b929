using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>import and from-import.</summary>
public sealed partial class CodeGenerator
{
    private void CompileImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            AddOpLoadConst(0L);
            AddOpLoadConst(null);
            AddOpName(OpCode.ImportName, alias.Name);
            if (alias.Asname is not null)
            {
                CompileImportAs(alias.Name, alias.Asname);
            }
            else
            {
                // "import a.b.c" binds the top-level package a.
                int dot = alias.Name.IndexOf('.');
                NameOp(dot < 0 ? alias.Name : alias.Name[..dot], ExprContext.Store);
            }
        }
    }

    /// <summary>compiler_import_as: "import a.b.c as d" walks to c with IMPORT_FROM.</summary>
    private void CompileImportAs(string name, string asname)
    {
        int dot = name.IndexOf('.');
        if (dot < 0)
        {
            NameOp(asname, ExprContext.Store);
            return;
        }
        while (true)
        {
            int pos = dot + 1;
            dot = name.IndexOf('.', pos);
            string attr = dot < 0 ? name[pos..] : name[pos..dot];
            // Not mangled: IMPORT_FROM's names are added as they are here.
            AddOpI(OpCode.ImportFrom, _u.Names.Add(attr));
            if (dot < 0) break;
            AddOpI(OpCode.Swap, 2);
            AddOp(OpCode.PopTop);
        }
        NameOp(asname, ExprContext.Store);
        AddOp(OpCode.PopTop);
    }

    private void CompileImportFrom(ImportFrom s)
    {
        AddOpLoadConst((long)(s.Level ?? 0));
        var names = new object?[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].Name;
        if (s.Lineno > _future.Lineno && s.Module == "__future__")
            throw Error("from __future__ imports must occur at the beginning of the file");
        AddOpLoadConst(new ConstTuple([.. names]));
        AddOpName(OpCode.ImportName, s.Module ?? "");
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name.StartsWith('*'))
            {
                AddOp(OpCode.ImportStar);
                return;
            }
            AddOpName(OpCode.ImportFrom, alias.Name);
            NameOp(alias.Asname ?? alias.Name, ExprContext.Store);
        }
        AddOp(OpCode.PopTop); // the module
    }
}
