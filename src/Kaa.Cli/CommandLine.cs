using Kaa.Runtime;

namespace Kaa.Cli;

/// <summary>
/// The interpreter's command line as CPython 3.11 reads it (Python/getopt.c and initconfig.c): options
/// up to the program (<c>-c CMD</c>, <c>-m MOD</c>, a file or <c>-</c>), single-letter flags that combine
/// (<c>-SE</c>), <c>-W</c>/<c>-X</c> with attached or separate arguments; everything after the program is
/// sys.argv. Kaa adds <c>--stdlib DIR</c> (where the pure-Python stdlib lives).
/// </summary>
internal sealed class CommandLine
{
    public MainKind Kind = MainKind.None;
    /// <summary>The script path, the -c command or the -m module name.</summary>
    public string? Target;
    public List<string> Argv = [];
    public bool NoSite, Isolated, IgnoreEnvironment, NoUserSite, SafePath, DontWriteBytecode, Quiet, Inspect, Unbuffered;
    public int Verbose, Optimize, BytesWarning;
    public List<string> WarnOptions = [], XOptions = [];
    public string? Stdlib;
    /// <summary>Set when the command line asked for something other than a run (help, version) or was wrong:
    /// the text to print and the exit status.</summary>
    public string? Message;
    public bool MessageToStderr;
    public int ExitStatus;

    private const string UsageLine = "usage: {0} [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    public static CommandLine Parse(string[] args, string programName)
    {
        var c = new CommandLine();
        int i = 0;
        for (; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "-" || !a.StartsWith('-') || a.Length == 1) break;
            if (a == "--") { i++; break; }
            if (a.StartsWith("--"))
            {
                switch (a)
                {
                    case "--help": return c.Show(Help(programName), 0);
                    case "--version": return c.Show("Python 3.11.2", 0);
                    case "--stdlib" when i + 1 < args.Length: c.Stdlib = args[++i]; continue;
                    case "--check-hash-based-pycs" when i + 1 < args.Length: i++; continue;
                    default: return c.Error($"unknown option {a}", programName);
                }
            }
            for (int k = 1; k < a.Length; k++)
            {
                char opt = a[k];
                // Options with an argument take the rest of this word, or the next one.
                if (opt is 'c' or 'm' or 'W' or 'X')
                {
                    string? value = k + 1 < a.Length ? a[(k + 1)..] : i + 1 < args.Length ? args[++i] : null;
                    if (value is null) return c.Error($"Argument expected for the -{opt} option", programName);
                    switch (opt)
                    {
                        case 'c':
                            c.Kind = MainKind.Command;
                            c.Target = value;
                            c.Argv.Add("-c");
                            c.Argv.AddRange(args[(i + 1)..]);
                            return c;
                        case 'm':
                            c.Kind = MainKind.Module;
                            c.Target = value;
                            c.Argv.Add("-m");
                            c.Argv.AddRange(args[(i + 1)..]);
                            return c;
                        case 'W': c.WarnOptions.Add(value); break;
                        case 'X': c.XOptions.Add(value); break;
                    }
                    break;
                }
                switch (opt)
                {
                    case 'b': c.BytesWarning++; break;
                    case 'B': c.DontWriteBytecode = true; break;
                    case 'd': break;
                    case 'E': c.IgnoreEnvironment = true; break;
                    case 'i': c.Inspect = true; break;
                    case 'I': c.Isolated = true; break;
                    case 'O': c.Optimize++; break;
                    case 'P': c.SafePath = true; break;
                    case 'q': c.Quiet = true; break;
                    case 's': c.NoUserSite = true; break;
                    case 'S': c.NoSite = true; break;
                    case 'u': c.Unbuffered = true; break;
                    case 'v': c.Verbose++; break;
                    case 'x': break;
                    case 'h' or '?': return c.Show(Help(programName), 0);
                    case 'V': return c.Show("Python 3.11.2", 0);
                    default: return c.Error($"Unknown option: -{opt}", programName);
                }
            }
        }
        if (i < args.Length)
        {
            c.Kind = MainKind.Script;
            c.Target = args[i];
            c.Argv.AddRange(args[i..]);
        }
        else c.Argv.Add("");
        return c;
    }

    private CommandLine Show(string text, int status)
    {
        Message = text;
        ExitStatus = status;
        return this;
    }

    private CommandLine Error(string text, string programName)
    {
        Message = $"{text}\n{string.Format(UsageLine, programName)}\nTry `python -h' for more information.";
        MessageToStderr = true;
        ExitStatus = 2;
        return this;
    }

    private static string Help(string programName) => string.Join('\n',
        string.Format(UsageLine, programName),
        "Options (as CPython 3.11's):",
        "-b     : warn about str(bytes_instance), str(bytearray_instance) and comparing bytes/bytearray with str (-bb: errors)",
        "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x",
        "-c cmd : program passed in as string (terminates option list)",
        "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)",
        "-h     : print this help message and exit (also -? or --help)",
        "-i     : inspect interactively after running script; also PYTHONINSPECT=x",
        "-I     : isolate Python from the user's environment (implies -E, -P and -s)",
        "-m mod : run library module as a script (terminates option list)",
        "-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x (-OO: also docstrings)",
        "-P     : don't prepend a potentially unsafe path to sys.path",
        "-q     : don't print version and copyright messages on interactive startup",
        "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE",
        "-S     : don't imply 'import site' on initialization",
        "-u     : force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x",
        "-v     : verbose (trace import statements); also PYTHONVERBOSE=x",
        "-V     : print the Python version number and exit (also --version)",
        "-W arg : warning control; arg is action:message:category:module:lineno; also PYTHONWARNINGS=arg",
        "-x     : skip first line of source",
        "-X opt : set implementation-specific option (pycache_prefix=PATH, int_max_str_digits=N, dev, utf8)",
        "--stdlib DIR : the directory of the pure-Python standard library (default /usr/lib/python3.11; PYTHONHOME=PREFIX also sets it)",
        "file   : program read from script file",
        "-      : program read from stdin",
        "arg ...: arguments passed to program in sys.argv[1:]");

    /// <summary>The interpreter options this command line gives (PYTHONHOME read here unless -E/-I).</summary>
    public InterpreterOptions ToOptions()
    {
        string? home = null;
        if (Stdlib is null && !IgnoreEnvironment && !Isolated)
            home = Environment.GetEnvironmentVariable("PYTHONHOME") is { Length: > 0 } h ? h : null;
        return new InterpreterOptions
        {
            Argv = [.. Argv],
            StdlibPath = Stdlib ?? "/usr/lib/python3.11",
            Home = home,
            NoSite = NoSite,
            Isolated = Isolated,
            IgnoreEnvironment = IgnoreEnvironment,
            NoUserSite = NoUserSite,
            SafePath = SafePath,
            DontWriteBytecode = DontWriteBytecode,
            Quiet = Quiet,
            Inspect = Inspect,
            Unbuffered = Unbuffered,
            Verbose = Verbose,
            Optimize = Optimize,
            BytesWarning = BytesWarning,
            WarnOptions = WarnOptions,
            XOptions = XOptions,
            InstallSignalHandlers = true,
        };
    }
}
