using System.Diagnostics;
using System.Text.Json;
using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Tests;

/// <summary>
/// Kaa's opcode table (generated once by tools/gen_opcodes.py and committed) still agrees with the
/// oracle's /usr/lib/python3.11/opcode.py: numbers, names, CACHE entry counts, argument classes.
/// </summary>
public class OpCodeTableTests
{
    private static readonly Lazy<JsonElement> Oracle = new(() =>
    {
        const string script = """
            import json, opcode
            print(json.dumps({
                "opmap": opcode.opmap,
                "opname": opcode.opname,
                "cache": list(opcode._inline_cache_entries),
                "have_argument": opcode.HAVE_ARGUMENT,
                "extended_arg": opcode.EXTENDED_ARG,
                "groups": [opcode.hasconst, opcode.hasname, opcode.hasjrel, opcode.hasjabs,
                           opcode.haslocal, opcode.hascompare, opcode.hasfree, opcode.hasnargs],
            }))
            """;
        var psi = new ProcessStartInfo("/usr/bin/python3.11", ["-c", script]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        string json = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return JsonDocument.Parse(json).RootElement;
    });

    private static string Pascal(string name)
        => string.Concat(name.Split('_').Select(part => part[..1].ToUpperInvariant() + part[1..].ToLowerInvariant()));

    [Fact]
    public void EveryOpcodeHasCPythonsNumber()
    {
        var opmap = Oracle.Value.GetProperty("opmap");
        int count = 0;
        foreach (var entry in opmap.EnumerateObject())
        {
            Assert.True(Enum.TryParse<OpCode>(Pascal(entry.Name), out var op), $"missing {entry.Name}");
            Assert.Equal(entry.Value.GetInt32(), (int)op);
            count++;
        }
        Assert.Equal(110, count);
    }

    [Fact]
    public void NamesMatchOpname()
    {
        var opname = Oracle.Value.GetProperty("opname").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(opname, OpCodeInfo.Names);
    }

    [Fact]
    public void CacheEntriesMatch()
    {
        var cache = Oracle.Value.GetProperty("cache").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        for (int i = 0; i < 256; i++)
            Assert.Equal(i < cache.Length ? cache[i] : 0, OpCodeInfo.CacheEntries[i]);
    }

    [Fact]
    public void ArgumentClassesMatch()
    {
        var groups = Oracle.Value.GetProperty("groups").EnumerateArray().ToArray();
        for (int bit = 0; bit < groups.Length; bit++)
        {
            var members = groups[bit].EnumerateArray().Select(e => e.GetInt32()).ToHashSet();
            for (int op = 0; op < 256; op++)
                Assert.Equal(members.Contains(op), (OpCodeInfo.ArgumentClasses[op] & (1 << bit)) != 0);
        }
        int haveArgument = OpCodeInfo.HaveArgument, extendedArg = OpCodeInfo.ExtendedArg;
        Assert.Equal(Oracle.Value.GetProperty("have_argument").GetInt32(), haveArgument);
        Assert.Equal(Oracle.Value.GetProperty("extended_arg").GetInt32(), extendedArg);
    }
}
