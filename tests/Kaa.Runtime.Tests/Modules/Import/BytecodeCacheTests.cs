using System.Diagnostics;
using System.Text;

namespace Kaa.Runtime.Tests.Modules.Import;

/// <summary>
/// The bytecode cache as importlib's SourceFileLoader runs it on Kaa: <c>__pycache__/NAME.kaa-311.pyc</c>
/// in CPython's format (the oracle reads and runs it), reused while the source is unchanged, never used
/// once the source changed, and not written under -B.
/// </summary>
public class BytecodeCacheTests
{
    private const string Oracle = "/usr/bin/python3.11";

    private static string NewDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kaa-pyc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static (string Out, string Err, int Status) RunKaa(string script, bool dontWriteBytecode = false)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var interp = new Interpreter(new InterpreterOptions
        {
            Argv = [script],
            StdoutStream = stdout,
            StderrStream = stderr,
            Stdin = new StringReader(""),
            DontWriteBytecode = dontWriteBytecode,
            IgnoreEnvironment = true,
        });
        int status = interp.RunMain(script);
        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), status);
    }

    [Fact]
    public void PycIsWrittenInCPythonsFormatAndReused()
    {
        string dir = NewDirectory();
        string module = Path.Combine(dir, "cachedmod.py");
        File.WriteAllText(module, "VALUE = [n * n for n in range(5)]\ndef f():\n    return 'from source'\n");
        string script = Path.Combine(dir, "main.py");
        File.WriteAllText(script, "import cachedmod\nprint(cachedmod.VALUE, cachedmod.f(), cachedmod.__cached__.rpartition('/')[2])\n");

        var first = RunKaa(script);
        Assert.Equal("", first.Err);
        Assert.Equal("[0, 1, 4, 9, 16] from source cachedmod.kaa-311.pyc\n", first.Out);
        string pyc = Path.Combine(dir, "__pycache__", "cachedmod.kaa-311.pyc");
        Assert.True(File.Exists(pyc));

        // CPython's header (magic, flags, source mtime and size) and a code object the oracle runs.
        var bytes = File.ReadAllBytes(pyc);
        Assert.Equal(new byte[] { 0xa7, 0x0d, 0x0d, 0x0a }, bytes[..4]);
        Assert.Equal(0, BitConverter.ToInt32(bytes, 4));
        Assert.Equal((int)new FileInfo(module).Length, BitConverter.ToInt32(bytes, 12));
        string oracle = RunOracle($"import marshal\ncode = marshal.loads(open({Quote(pyc)}, 'rb').read()[16:])\nns = {{}}\nexec(code, ns)\nprint(ns['VALUE'], ns['f']())\n");
        Assert.Equal("[0, 1, 4, 9, 16] from source\n", oracle);

        // Reused: a cache whose code differs but whose header matches the source is what runs.
        var other = Encoding.UTF8.GetBytes("VALUE = 'from the cache'\ndef f():\n    return 'cached'\n");
        var otherInterp = new Interpreter(new InterpreterOptions { ImportSystem = false });
        var code = otherInterp.Compile(otherInterp.MainThread, other, module, "exec");
        var data = MarshalWriter.Dump(otherInterp.MainThread, code!, 4)!;
        File.WriteAllBytes(pyc, [.. bytes[..16], .. data]);
        Assert.Equal("from the cache cached cachedmod.kaa-311.pyc\n", RunKaa(script).Out);

        // Stale: a changed source (size and mtime) is recompiled and the cache rewritten.
        File.WriteAllText(module, "VALUE = 'edited source'\ndef f():\n    return 'new'\n");
        File.SetLastWriteTimeUtc(module, DateTime.UtcNow.AddSeconds(5));
        Assert.Equal("edited source new cachedmod.kaa-311.pyc\n", RunKaa(script).Out);
        Assert.Equal("edited source new cachedmod.kaa-311.pyc\n", RunKaa(script).Out);
        var rewritten = File.ReadAllBytes(pyc);
        Assert.Equal((int)new FileInfo(module).Length, BitConverter.ToInt32(rewritten, 12));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void DontWriteBytecodeWritesNoPyc()
    {
        string dir = NewDirectory();
        File.WriteAllText(Path.Combine(dir, "nocache.py"), "X = 1\n");
        string script = Path.Combine(dir, "main.py");
        File.WriteAllText(script, "import sys, nocache\nprint(nocache.X, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n");
        var run = RunKaa(script, dontWriteBytecode: true);
        Assert.Equal("1 True 1\n", run.Out);
        Assert.False(Directory.Exists(Path.Combine(dir, "__pycache__")));
        Directory.Delete(dir, recursive: true);
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    private static string RunOracle(string program)
    {
        var psi = new ProcessStartInfo(Oracle, ["-c", program])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err.Result);
        return output;
    }
}
