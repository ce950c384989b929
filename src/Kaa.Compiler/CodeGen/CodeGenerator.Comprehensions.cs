using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Comprehensions and generator expressions (their own code objects in 3.11), yield, yield from
/// and await (placeholders until that work replaces these bodies).
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileGeneratorExp(GeneratorExp e) => throw Error("generator expression not compiled yet");

    private void CompileListComp(ListComp e) => throw Error("list comprehension not compiled yet");

    private void CompileSetComp(SetComp e) => throw Error("set comprehension not compiled yet");

    private void CompileDictComp(DictComp e) => throw Error("dict comprehension not compiled yet");

    private void CompileYield(Yield e) => throw Error("yield not compiled yet");

    private void CompileYieldFrom(YieldFrom e) => throw Error("yield from not compiled yet");

    private void CompileAwait(Await e) => throw Error("await not compiled yet");
}
