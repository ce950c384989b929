using System.Text;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Syntax.Tests;

/// <summary>
/// Kaa never crashes on hostile input and fails exactly as CPython does: deep nesting of every kind,
/// random bytes, random mutations of stdlib files and a 50 MB file. Every input is generated at test
/// time from fixed seeds and compared with the oracle's outcome line (tools/oracle_dump_ast.py).
/// The deep-nesting cases also run through the `kaa` binary, to prove the process survives them: a
/// stack overflow in .NET kills the process and cannot be caught, so the subprocess runs first and the
/// in-process run only follows when the subprocess survived.
/// </summary>
public sealed class NeverCrashTests : IClassFixture<NeverCrashTests.Inputs>
{
    /// <summary>Writes every generated input once per test run; runs the oracle once per group.</summary>
    public sealed class Inputs : IDisposable
    {
        public readonly ScratchDirectory Scratch = new("never-crash");
        public readonly Lazy<Dictionary<string, string>> DeepFiles;
        public readonly Lazy<Dictionary<string, string>> DeepExpected;

        public Inputs()
        {
            DeepFiles = new(() => NeverCrashInputs.DeepNesting.ToDictionary(
                kv => kv.Key, kv => Scratch.Write(Path.Combine("deep", kv.Key + ".py"), kv.Value())));
            DeepExpected = new(() => Oracle.RunSections("oracle_dump_ast.py", DeepFiles.Value.Values.ToList()));
        }

        public void Dispose() => Scratch.Dispose();
    }

    private readonly Inputs inputs;

    public NeverCrashTests(Inputs inputs) => this.inputs = inputs;

    public static IEnumerable<object[]> DeepCases() => NeverCrashInputs.DeepNesting.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(DeepCases))]
    public void DeepNestingFailsLikeCPythonAndTheProcessSurvives(string name)
    {
        string file = inputs.DeepFiles.Value[name];
        string expected = inputs.DeepExpected.Value[file];

        var run = ProcessRunner.Run(ProcessRunner.KaaBinaryPath, ["--dump-ast", file]);
        Assert.True(run.Stderr.Length == 0, $"kaa wrote to stderr (exit code {run.ExitCode}):\n{Head(run.Stderr)}");
        Assert.True(run.ExitCode is 0 or 1, $"kaa exited with {run.ExitCode}");
        AssertSame.Text($"==> {file}\n{expected}\n", run.Stdout);

        // In-process, on a thread with the stack a process's main thread has (8 MB), which is what the
        // subprocess above just proved enough.
        string actual = OnThreadWithStack(8 << 20, () => KaaDump.DumpFile(file));
        AssertSame.Text(expected, actual);
    }

    [Fact]
    public void RandomBytesFailLikeCPython()
        => CompareInProcess("random", NeverCrashInputs.RandomBytes(200, seed: 1_000));

    [Fact]
    public void MutatedStdlibFilesParseLikeCPython()
        => CompareInProcess("mutations", NeverCrashInputs.StdlibMutations(300, seed: 2_000));

    [Fact]
    public async Task FiftyMegabyteFileParsesLikeCPython()
    {
        string file = inputs.Scratch.Write("large/fifty_megabytes.py", NeverCrashInputs.LargeValidModule(50 << 20));
        Assert.True(new FileInfo(file).Length >= 50 << 20);

        // CPython takes several seconds on this file: it runs while Kaa parses.
        var oracle = Task.Run(() => ProcessRunner.OracleScript("oracle_parse_only.py", file));
        string kaa;
        try
        {
            PythonParser.ParseBytes(File.ReadAllBytes(file), file);
            kaa = "";
        }
        catch (SyntaxErrorException e)
        {
            kaa = $"==> {file}\n{e.Describe()}\n";
        }
        var expected = await oracle;
        Assert.True(expected.Stderr.Length == 0, expected.Stderr);
        Assert.Equal(expected.Stdout, kaa);
    }

    /// <summary>Writes the inputs, runs the oracle over all of them once, compares Kaa's line for each.</summary>
    private void CompareInProcess(string group, IEnumerable<(string Name, byte[] Content)> cases)
    {
        var files = cases.Select(c => inputs.Scratch.Write(Path.Combine(group, c.Name), c.Content)).ToList();
        var expected = Oracle.RunSections("oracle_dump_ast.py", files);
        var failures = new List<string>();
        foreach (string file in files)
        {
            string actual;
            try
            {
                actual = KaaDump.DumpFile(file);
            }
            catch (Exception e)  // anything but SyntaxErrorException escaping the parser is a crash
            {
                actual = $"CRASH {e.GetType().Name}: {e.Message}";
            }
            if (actual != expected[file]) failures.Add($"{file}\n  expected: {Head(expected[file])}\n  actual:   {Head(actual)}");
        }
        if (failures.Count > 0) inputs.Scratch.Keep();
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {files.Count} {group} inputs differ (files kept):\n{string.Join("\n", failures.Take(10))}");
    }

    private static T OnThreadWithStack<T>(int stackBytes, Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("in-process parse threw", error);
        return result;
    }

    private static string Head(string s)
    {
        string line = s.Length <= 300 ? s : s[..300] + "...";
        return line.Replace("\n", "\\n");
    }
}
