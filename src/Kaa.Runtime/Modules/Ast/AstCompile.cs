using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tokens;

namespace Kaa.Runtime;

/// <summary>
/// The AST branches of <c>compile()</c>: source to <c>ast</c> objects (<c>PyCF_ONLY_AST</c>, what
/// <c>ast.parse</c> calls), and <c>ast</c> objects to a code object (PyAST_obj2mod, _PyAST_Validate,
/// then the ordinary compiler).
/// </summary>
internal static class AstCompile
{
    /// <summary>compile(source, filename, mode, PyCF_ONLY_AST): the tree as node objects; null with the error set.
    /// A str source is text already (its coding declaration is not applied); bytes are decoded as a file is.</summary>
    public static PyObject? Parse(ThreadState ts, PyObject sourceObject, byte[] source, string filename, string mode, long flags)
    {
        var state = AstState.Get(ts);
        if (state is null) return null;
        Mod tree;
        try
        {
            var parseMode = mode switch
            {
                "eval" => ParseMode.Eval,
                "single" => ParseMode.Interactive,
                "func_type" => ParseMode.FuncType,
                _ => ParseMode.File,
            };
            var text = sourceObject is PyStr str ? SourceText.FromString(str.ToString(), filename) : SourceText.FromBytes(source, filename);
            tree = PythonParser.Parse(text, parseMode);
        }
        catch (SyntaxErrorException e)
        {
            SyntaxErrors.Raise(ts, e, filename, execInput: mode == "exec");
            return null;
        }
        return AstToObjects.Convert(ts, state, tree);
    }

    /// <summary>compile(tree, filename, mode): the code object of an <c>ast</c> tree; null with the error set.</summary>
    public static PyObject? CompileTree(ThreadState ts, PyObject tree, string filename, string mode, int optimize)
    {
        var state = AstState.Get(ts);
        if (state is null) return null;
        string required = mode switch { "eval" => "Expression", "single" => "Interactive", _ => "Module" };
        int ok = Protocols.IsInstance(ts, tree, state.Class(required));
        if (ok < 0) return null;
        if (ok == 0) return ts.TypeError($"expected {required} node, got {ShortName(tree.Type)}");
        var mod = new AstFromObjects(ts, state).Mod(tree);
        if (mod is null) return null;
        if (!AstValidator.Validate(ts, mod)) return null;
        try
        {
            var code = CodeGenerator.Compile(mod, filename, optimize < 0 ? 0 : optimize);
            return new PyCode(code);
        }
        catch (SyntaxErrorException e)
        {
            SyntaxErrors.Raise(ts, e, filename, execInput: mode == "exec");
            return null;
        }
    }

    /// <summary>_PyType_Name: the type's name after its last dot.</summary>
    internal static string ShortName(PyType type)
    {
        string name = type.Name;
        int dot = name.LastIndexOf('.');
        return dot < 0 ? name : name[(dot + 1)..];
    }
}
