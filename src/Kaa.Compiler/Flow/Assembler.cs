using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Code;

namespace Kaa.Compiler.Flow;

/// <summary>
/// compile.c's back half: from a finished unit's flow graph to a <see cref="CodeObject"/> —
/// the CFG optimisations, line-number propagation, stack depth, exception table, location
/// table, jump offsets with EXTENDED_ARG, CACHE entries, and the code object's tables.
/// </summary>
public static partial class Assembler
{
    public static CodeObject Assemble(CompilerUnit unit, string filename, FutureFeatures future, int nestLevel,
        bool addNone, bool interactive)
    {
        throw new NotImplementedException("the assembler is not written yet");
    }
}
