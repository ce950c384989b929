using System.Diagnostics;
using System.Text;

namespace Kaa.Runtime.Tests.Exceptions;

/// <summary>
/// Small programs about exceptions, tracebacks and sys, run in-process on a Kaa interpreter (stdout and
/// stderr captured) and by the oracle <c>/usr/bin/python3.11</c>; stdout, stderr and the exit status
/// must be identical. Each program is written to the same temporary path for both, so tracebacks name
/// the same file.
/// </summary>
public class ExceptionOracleTests
{
    private const string Oracle = "/usr/bin/python3.11";

    public static TheoryData<string, string> Programs => new()
    {
        { "base_repr_str", "for a in [(), (1,), (1, 2), ('x',)]:\n    e = Exception(*a)\n    print(repr(e), str(e), e.args)\nprint(repr(KeyError('k')), str(KeyError('k')), str(KeyError()))\n" },
        { "keyword_rejected", "class E(Exception): pass\ntry:\n    E(x=1)\nexcept TypeError as e:\n    print(e)\n" },
        { "oserror_subclass", "e = OSError(2, 'No such file or directory', 'f.txt')\nprint(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)\nprint(type(OSError(13, 'x')).__name__, type(OSError(999, 'x')).__name__)\n" },
        { "syntaxerror_fields", "e = SyntaxError('bad', ('dir/f.py', 3, 4, 'x y', 3, 6))\nprint(str(e), e.lineno, e.offset, e.end_offset, e.text)\n" },
        { "unicode_errors", "print(str(UnicodeEncodeError('ascii', 'a\\xe9', 1, 2, 'no')))\nprint(str(UnicodeTranslateError('\\u20ac', 0, 1, 'r')))\n" },
        { "stopiteration_systemexit", "print(StopIteration(4).value, StopIteration().value, SystemExit(2).code, SystemExit(1, 2).code)\n" },
        { "import_attribute_name", "e = ImportError('m', name='n', path='p')\nprint(e.msg, e.name, e.path, str(e))\na = AttributeError('x', name='n', obj=5)\nprint(a.name, a.obj)\ntry:\n    NameError(x=1)\nexcept TypeError as t:\n    print(t)\n" },
        { "group_split", "eg = ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('h', [ValueError(3)])])\nm, r = eg.split(ValueError)\nprint(repr(m), repr(r))\nprint(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))\nprint(type(BaseExceptionGroup('b', [ValueError()])).__name__)\n" },
        { "except_star", "try:\n    try:\n        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n    except* ValueError as e:\n        print('v', repr(e))\nexcept ExceptionGroup as rest:\n    print('rest', repr(rest))\n" },
        { "uncaught_binop_carets", "def f(a, b):\n    return a + b\nf(1, 'x')\n" },
        { "uncaught_subscript_carets", "d = {'a': 1}\nx = d['a'] + d['b']\n" },
        { "uncaught_chain", "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('v') from e\n" },
        { "uncaught_context_notes", "try:\n    {}['k']\nexcept KeyError:\n    e = RuntimeError('r')\n    e.add_note('first note')\n    raise e\n" },
        { "uncaught_group", "raise ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [TypeError('t')])])\n" },
        { "uncaught_recursion", "def r(n):\n    return r(n + 1)\nr(0)\n" },
        { "uncaught_syntaxerror", "raise SyntaxError('custom', ('f.py', 2, 3, '  abc def\\n', 2, 6))\n" },
        { "uncaught_str_fails", "class B(Exception):\n    def __str__(self):\n        raise TypeError\nraise B()\n" },
        { "uncaught_name_suggestion", "counter = 1\nprint(countr)\n" },
        { "sys_exit_message", "import sys\nprint('out')\nsys.exit('bye')\n" },
        { "sys_struct_sequences", "import sys\nprint(sys.version_info, sys.hash_info, sys.int_info)\nprint(sys.float_info)\nprint(sys.version_info.major, sys.version_info >= (3, 11), len(sys.flags))\n" },
        { "sys_int_max_str_digits", "import sys\nprint(sys.get_int_max_str_digits())\nsys.set_int_max_str_digits(1000)\nprint(sys.get_int_max_str_digits())\ntry:\n    sys.set_int_max_str_digits(10)\nexcept ValueError as e:\n    print(e)\n" },
        { "sys_getrefcount", "import sys\nx = []\nprint(sys.getrefcount(x))\ny = x\nprint(sys.getrefcount(x))\nprint(sys.getrefcount([]))\n" },
        { "sys_excepthook", "import sys\ndef hook(t, v, tb):\n    print('hooked', t.__name__, v)\nsys.excepthook = hook\nraise KeyError('k')\n" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void BehavesAsTheOracle(string name, string source)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kaa-excs-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name + ".py");
        File.WriteAllText(path, source);

        var (oracleOut, oracleErr, oracleStatus) = RunOracle(path);
        var (kaaOut, kaaErr, kaaStatus) = RunKaa(path);

        Assert.Equal(oracleOut, kaaOut);
        Assert.Equal(oracleErr, kaaErr);
        Assert.Equal(oracleStatus, kaaStatus);
    }

    private static (string, string, int) RunKaa(string path)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var interp = new Interpreter(new InterpreterOptions
        {
            Argv = [path],
            StdoutStream = stdout,
            StderrStream = stderr,
            Stdin = new StringReader(""),
        });
        int status = interp.RunMain(path);
        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), status);
    }

    private static (string, string, int) RunOracle(string path)
    {
        var psi = new ProcessStartInfo(Oracle, [path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (output, err.Result, p.ExitCode);
    }
}
