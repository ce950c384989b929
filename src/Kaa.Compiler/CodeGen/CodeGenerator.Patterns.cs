using Kaa.Syntax.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>The match statement and its patterns (placeholder until that work replaces it).</summary>
public sealed partial class CodeGenerator
{
    private void CompileMatch(Match s) => throw Error("match not compiled yet");
}
