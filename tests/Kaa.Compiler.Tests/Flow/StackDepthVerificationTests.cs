using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests.Flow;

/// <summary>
/// Every code object Kaa compiles from the corpus is run abstractly: each path through co_code is
/// followed with each instruction's stack effect (<see cref="StackEffect"/>, itself checked against
/// the oracle), entering exception handlers at the depth the exception table gives. No path may pop
/// below the bottom, a place reached twice must be reached at one depth, and co_stacksize must cover
/// the deepest stack.
/// </summary>
public class StackDepthVerificationTests
{
    public static IEnumerable<object[]> Cases()
        => Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Cases))]
    public void StackSizeCoversEveryPath(string path)
    {
        CodeObject module;
        try
        {
            module = CodeGenerator.Compile(PythonParser.ParseBytes(File.ReadAllBytes(path), path), path);
        }
        catch (SyntaxErrorException)
        {
            return; // files that are meant not to compile (CPython's conformance tests compare these)
        }
        var problems = new List<string>();
        Visit(module, problems);
        Assert.Empty(problems);
    }

    [Fact]
    public void TheVerifierCatchesATooSmallStackSize()
    {
        // LOAD_CONST 0; LOAD_CONST 0; BUILD_TUPLE 2; RETURN_VALUE needs two slots, not one.
        byte[] code = [(byte)OpCode.LoadConst, 0, (byte)OpCode.LoadConst, 0, (byte)OpCode.BuildTuple, 2, (byte)OpCode.ReturnValue, 0];
        var tooSmall = new CodeObject { Code = code, Consts = [null], StackSize = 1, QualName = "t" };
        var problems = new List<string>();
        StackDepthVerifier.Verify(tooSmall, problems);
        Assert.Single(problems);
        problems.Clear();
        StackDepthVerifier.Verify(new CodeObject { Code = code, Consts = [null], StackSize = 2, QualName = "t" }, problems);
        Assert.Empty(problems);
    }

    private static void Visit(CodeObject code, List<string> problems)
    {
        StackDepthVerifier.Verify(code, problems);
        foreach (var c in code.Consts)
            if (c is CodeObject nested) Visit(nested, problems);
    }
}

/// <summary>The abstract interpreter of <see cref="StackDepthVerificationTests"/>.</summary>
internal static class StackDepthVerifier
{
    private readonly record struct Handler(int Start, int End, int Target, int Depth, bool Lasti);

    public static void Verify(CodeObject code, List<string> problems)
    {
        string where = $"{code.QualName} (line {code.FirstLineno})";
        byte[] bytes = code.Code;
        int n = bytes.Length / 2;
        // Decode: each instruction's opcode and full argument (EXTENDED_ARG prefixes folded in).
        var opcodes = new int[n];
        var args = new int[n];
        var isInstruction = new bool[n];
        int ext = 0;
        for (int i = 0; i < n;)
        {
            int op = bytes[2 * i];
            int arg = bytes[2 * i + 1] | (ext << 8);
            opcodes[i] = op;
            args[i] = arg;
            isInstruction[i] = true;
            ext = op == OpCodeInfo.ExtendedArg ? arg : 0;
            i += 1 + OpCodeInfo.CacheEntries[op];
        }
        var handlers = ParseExceptionTable(code.ExceptionTable);

        var depthAt = new int[n];
        Array.Fill(depthAt, int.MinValue);
        var work = new Stack<int>();
        int maxDepth = 0;
        void Reach(int offset, int depth, int from)
        {
            if (offset < 0 || offset >= n || !isInstruction[offset])
            {
                problems.Add($"{where}: offset {from} leads to {offset}, not an instruction");
                return;
            }
            if (depth < 0) problems.Add($"{where}: negative stack depth {depth} at {offset}");
            if (depth > maxDepth) maxDepth = depth;
            if (depthAt[offset] == int.MinValue)
            {
                depthAt[offset] = depth;
                work.Push(offset);
            }
            else if (depthAt[offset] != depth)
            {
                problems.Add($"{where}: offset {offset} reached at depths {depthAt[offset]} and {depth} (from {from})");
            }
        }
        bool generator = (code.Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;
        Reach(0, generator ? 1 : 0, -1);
        while (work.Count > 0 && problems.Count < 20)
        {
            int offset = work.Pop();
            int depth = depthAt[offset];
            int op = opcodes[offset], arg = args[offset];
            int next = offset + 1 + OpCodeInfo.CacheEntries[op];
            foreach (var h in handlers)
            {
                if (offset < h.Start || offset >= h.End) continue;
                if (h.Depth > depth) problems.Add($"{where}: handler at {h.Target} unwinds to {h.Depth} above the depth {depth} at {offset}");
                // The handler gets the stack cut to its depth, then lasti (maybe) and the exception.
                Reach(h.Target, h.Depth + (h.Lasti ? 1 : 0) + 1, offset);
                break;
            }
            int? effect = StackEffect.Of(op, arg, jump: false);
            if (effect is null)
            {
                problems.Add($"{where}: no stack effect for {OpCodeInfo.Names[op]} at {offset}");
                continue;
            }
            var kind = (OpArgKind)OpCodeInfo.ArgumentClasses[op];
            if ((kind & OpArgKind.JumpRelative) != 0)
            {
                bool backward = op is (int)OpCode.JumpBackward or (int)OpCode.JumpBackwardNoInterrupt
                    or (int)OpCode.PopJumpBackwardIfFalse or (int)OpCode.PopJumpBackwardIfTrue
                    or (int)OpCode.PopJumpBackwardIfNone or (int)OpCode.PopJumpBackwardIfNotNone;
                int target = backward ? next - arg : next + arg;
                Reach(target, depth + StackEffect.Of(op, arg, jump: true)!.Value, offset);
            }
            bool fallsThrough = op is not ((int)OpCode.JumpForward or (int)OpCode.JumpBackward
                or (int)OpCode.JumpBackwardNoInterrupt or (int)OpCode.ReturnValue or (int)OpCode.RaiseVarargs
                or (int)OpCode.Reraise);
            if (fallsThrough) Reach(next, depth + effect.Value, offset);
        }
        if (maxDepth > code.StackSize)
            problems.Add($"{where}: co_stacksize {code.StackSize} but a path reaches depth {maxDepth}");
    }

    /// <summary>co_exceptiontable: entries of (start, length, target, depth &lt;&lt; 1 | lasti), 6-bit varints.</summary>
    private static List<Handler> ParseExceptionTable(byte[] table)
    {
        var result = new List<Handler>();
        int pos = 0;
        int Read()
        {
            int b = table[pos++];
            int value = b & 63;
            while ((b & 64) != 0)
            {
                b = table[pos++];
                value = (value << 6) | (b & 63);
            }
            return value;
        }
        while (pos < table.Length)
        {
            int start = Read();
            int length = Read();
            int target = Read();
            int dl = Read();
            result.Add(new Handler(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return result;
    }
}
