using System.Text;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Runtime.Tests.Bytecode;

/// <summary>
/// The bytecode verifier (src/Kaa.Runtime/Interpreter/BytecodeVerifier.cs), on which the evaluation loop's
/// unchecked indexing rests: it accepts every code object Kaa's compiler makes of the standard library and
/// of CPython's own .pyc files, and a code object built by hand that would take the VM out of its frame
/// raises SystemError instead of running.
/// </summary>
public class BytecodeVerifierTests
{
    private const string Stdlib = "/usr/lib/python3.11";

    [Fact]
    public void AcceptsEveryCodeObjectOfTheStandardLibrary()
    {
        var modules = new List<(CodeObject, string)>();
        foreach (var path in Directory.EnumerateFiles(Stdlib, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                modules.Add((CodeGenerator.Compile(PythonParser.ParseBytes(File.ReadAllBytes(path), path), path), path));
            }
            catch (SyntaxErrorException)
            {
                // the few files of the Lib that are not Python 3 (lib2to3 test data)
            }
        }
        AssertAllSound(modules, atLeast: 70_000);
    }

    [Fact]
    public void AcceptsEveryCodeObjectCPythonCompiled()
    {
        var modules = Directory.EnumerateFiles(Stdlib, "*.cpython-311.pyc", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(path => (Marshal.ReadPyc(File.ReadAllBytes(path)), path)).ToList();
        AssertAllSound(modules, atLeast: 20_000);
    }

    /// <summary>Every code object of the modules, nested ones included, passes the verifier.</summary>
    private static void AssertAllSound(List<(CodeObject Code, string Path)> modules, int atLeast)
    {
        int checkedCount = 0;
        var failures = new List<string>();
        foreach (var (code, path) in modules) Walk(code, path);
        Assert.True(checkedCount > atLeast, $"only {checkedCount} code objects checked");
        Assert.Empty(failures);

        void Walk(CodeObject code, string path)
        {
            checkedCount++;
            if (new PyCode(code).InvalidReason is { } reason) failures.Add($"{path}: {code.QualName}: {reason}");
            foreach (var c in code.Consts)
                if (c is CodeObject inner) Walk(inner, path);
        }
    }

    public static TheoryData<string, string> HandBuilt => new()
    {
        // BINARY_ADD on an empty stack (the code of `def f(): return a + b` with its loads removed).
        { "stack_underflow", "def f(a, b):\n    return a + b\nc = f.__code__\nbad = bytes([c.co_code[0], c.co_code[1]]) + c.co_code[6:]\nf.__code__ = c.replace(co_code=bad)\n" },
        // LOAD_FAST of a local the code does not have.
        { "local_out_of_range", "def f(a):\n    return a\nc = f.__code__\nbad = bytes([c.co_code[0], c.co_code[1], c.co_code[2], 200]) + c.co_code[4:]\nf.__code__ = c.replace(co_code=bad)\n" },
        // More pushes than co_stacksize allows.
        { "stack_overflow", "def f(a):\n    return a\nf.__code__ = f.__code__.replace(co_stacksize=0)\n" },
        // Code that runs off its end.
        { "falls_off_the_end", "def f(a):\n    a = 1\n    return a\nc = f.__code__\nf.__code__ = c.replace(co_code=c.co_code[:-2])\n" },
    };

    [Theory]
    [MemberData(nameof(HandBuilt))]
    public void HandBuiltUnsoundCodeRaisesSystemError(string name, string setup)
    {
        string source = setup + "try:\n    f(1, 2) if f.__code__.co_argcount == 2 else f(1)\nexcept SystemError as e:\n    print('SystemError', 'is not sound bytecode' in str(e))\nelse:\n    print('ran')\n";
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var interp = new Interpreter(new InterpreterOptions
        {
            Argv = ["-c"],
            StdoutStream = stdout,
            StderrStream = stderr,
            Stdin = new StringReader(""),
        });
        int status = interp.RunCommand(source);
        Assert.True(status == 0, name + ": " + Encoding.UTF8.GetString(stderr.ToArray()));
        Assert.Equal("SystemError True\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }
}
