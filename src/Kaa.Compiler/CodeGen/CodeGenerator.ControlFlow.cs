using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Loops, return/break/continue and the frame-block unwinding they need, try/except/finally,
/// except*, with (placeholders until the control-flow work replaces these bodies).
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileReturn(Return s) => throw Error("return not compiled yet");

    private void CompileBreak(Break s) => throw Error("break not compiled yet");

    private void CompileContinue(Continue s) => throw Error("continue not compiled yet");

    private void CompileFor(For s) => throw Error("for not compiled yet");

    private void CompileAsyncFor(AsyncFor s) => throw Error("async for not compiled yet");

    private void CompileWhile(While s) => throw Error("while not compiled yet");

    private void CompileTry(Try s) => throw Error("try not compiled yet");

    private void CompileTryStar(TryStar s) => throw Error("try/except* not compiled yet");

    /// <summary>compiler_with: the items from <paramref name="pos"/> on.</summary>
    private void CompileWith(With s, int pos) => throw Error("with not compiled yet");

    private void CompileAsyncWith(AsyncWith s, int pos) => throw Error("async with not compiled yet");
}
