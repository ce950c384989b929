using System.Diagnostics;
using System.Text;

namespace Kaa.Runtime.Tests.Modules.Import;

/// <summary>
/// marshal against the oracle in both directions: what Kaa's <c>marshal.dumps</c> writes (every version) the
/// oracle's <c>marshal.loads</c> reads back to an equal value, and what the oracle writes Kaa reads back.
/// The values are Python expressions evaluated on each side; equality is judged by the oracle's repr.
/// </summary>
public class MarshalOracleTests
{
    private const string Oracle = "/usr/bin/python3.11";

    private static readonly string[] s_values =
    [
        "None", "True", "False", "...", "StopIteration", "0", "-1", "2**31 - 1", "-2**31", "2**31", "2**63", "-2**100",
        "1.5", "-0.0", "1e300", "float('inf')", "2j", "(1.5-2.5j)", "''", "'abc'", "'caf\\u00e9'", "'\\U0001f40d'",
        "'\\ud800 lone'", "'x' * 300", "b''", "b'\\x00\\xff'", "()", "(1, 'a', (2.0, None))",
        "tuple(range(260))", "[]", "[1, [2, [3]], 'x']", "{}", "{'a': 1, 2: (3, 4), None: [5]}", "frozenset()",
        "frozenset({1, 2, 'three'})", "{1, 2, 3}", "set()", "[('s',)] * 3",
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var v in s_values)
            for (int version = 0; version <= 4; version++) data.Add(v, version);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OracleReadsWhatKaaWrites(string expression, int version)
    {
        var interp = new Interpreter(new InterpreterOptions { ImportSystem = false });
        var ts = interp.MainThread;
        var value = Evaluate(interp, expression);
        var data = MarshalWriter.Dump(ts, value, version);
        Assert.NotNull(data);
        string expected = RunOracle($"v = {expression}\nprint(repr(bytes(v) if isinstance(v, bytearray) else v))", null);
        string actual = RunOracle("import marshal, sys\nprint(repr(marshal.loads(sys.stdin.buffer.read())))", data);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void KaaReadsWhatTheOracleWrites(string expression, int version)
    {
        string hex = RunOracle($"import marshal\nprint(marshal.dumps({expression}, {version}).hex())", null).Trim();
        var interp = new Interpreter(new InterpreterOptions { ImportSystem = false });
        var ts = interp.MainThread;
        var value = MarshalReader.Load(ts, Convert.FromHexString(hex));
        Assert.True(value is not null, ts.CurrentException?.ToString());
        // Kaa's value goes back through marshal (version 4) to the oracle, which prints both reprs.
        var again = MarshalWriter.Dump(ts, value!, 4)!;
        string expected = RunOracle($"v = {expression}\nprint(repr(bytes(v) if isinstance(v, bytearray) else v))", null);
        string actual = RunOracle("import marshal, sys\nprint(repr(marshal.loads(sys.stdin.buffer.read())))", again);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CodeObjectsRoundTripThroughTheOracle()
    {
        const string source = "def f(a, b=2, *args, c, **kw):\n    'doc'\n    return [a, b, c, args, kw, {1, 2}, 'caf\\u00e9']\nprint(f(1, c=3))\n";
        var interp = new Interpreter(new InterpreterOptions { ImportSystem = false });
        var ts = interp.MainThread;
        var code = interp.Compile(ts, Encoding.UTF8.GetBytes(source), "snippet.py", "exec");
        Assert.NotNull(code);
        var data = MarshalWriter.Dump(ts, code!, 4)!;
        string output = RunOracle("import marshal, sys\nexec(marshal.loads(sys.stdin.buffer.read()))", data);
        string expected = RunOracle(source, null);
        Assert.Equal(expected, output);
        // And back: Kaa reads the code object it wrote, equal to the original.
        var back = MarshalReader.Load(ts, data) as PyCode;
        Assert.NotNull(back);
        Assert.Equal(1, Protocols.RichCompareBool(ts, back!, code!, CompareOp.Eq));
    }

    private static PyObject Evaluate(Interpreter interp, string expression)
    {
        var ts = interp.MainThread;
        var code = interp.Compile(ts, Encoding.UTF8.GetBytes(expression), "<expr>", "eval");
        Assert.NotNull(code);
        var globals = new PyDict();
        globals.SetStr("__builtins__", interp.BuiltinsModule);
        var result = Eval.Run(ts, new PyFrame(code!, globals, interp.Builtins, globals, null));
        Assert.True(result is not null, ts.CurrentException?.ToString());
        return result!;
    }

    private static string RunOracle(string program, byte[]? stdin)
    {
        var psi = new ProcessStartInfo(Oracle, ["-c", program])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        if (stdin is not null) p.StandardInput.BaseStream.Write(stdin);
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err.Result);
        return output;
    }
}
