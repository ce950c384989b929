using Kaa.Compiler.Flow;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests.Flow;

/// <summary>
/// Kaa's stack-effect table agrees with CPython's compiler (<c>dis.stack_effect</c>, which calls
/// compile.c's <c>stack_effect</c>) for every real opcode, on both the fall-through and the jump path.
/// </summary>
public class StackEffectTests
{
    private static readonly int[] Opargs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 255, 256, 257, 0x104];

    [Fact]
    public void EveryOpcodeMatchesCPython()
    {
        string script = $$"""
            import dis, opcode
            for op in sorted(set(opcode.opmap.values())):
                for arg in ({{string.Join(", ", Opargs)}}):
                    if op < opcode.HAVE_ARGUMENT and arg:
                        continue
                    for jump in (False, True):
                        try:
                            e = dis.stack_effect(op, arg if op >= opcode.HAVE_ARGUMENT else None, jump=jump)
                        except ValueError:
                            e = 'invalid'
                        print(op, arg, int(jump), e)
            """;
        string output = Oracle.Run(["-c", script]);
        int compared = 0;
        var mismatches = new List<string>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] f = line.Split(' ');
            int op = int.Parse(f[0]), arg = int.Parse(f[1]);
            bool jump = f[2] == "1";
            int? expected = f[3] == "invalid" ? null : int.Parse(f[3]);
            int? actual = StackEffect.Of(op, arg, jump);
            if (expected != actual) mismatches.Add($"{line} (Kaa: {actual?.ToString() ?? "invalid"})");
            compared++;
        }
        Assert.True(compared > 500, $"only {compared} cases from the oracle");
        Assert.Empty(mismatches);
    }
}
