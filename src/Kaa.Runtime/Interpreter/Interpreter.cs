using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// One Python interpreter: its modules, builtins, <c>sys</c>, object identities, recursion limit and
/// threads. Several can live in one process (decisions.md §9): everything mutable is here or below,
/// never in static fields.
/// </summary>
public sealed partial class Interpreter
{
    public readonly InterpreterOptions Options;

    /// <summary><c>sys.modules</c>.</summary>
    public readonly PyDict Modules = new();

    /// <summary>The <c>builtins</c> module and its namespace.</summary>
    public readonly PyModule BuiltinsModule;
    public PyDict Builtins => BuiltinsModule.Namespace;

    /// <summary>The <c>sys</c> module.</summary>
    public readonly PyModule Sys;

    public int RecursionLimit = 1000;

    /// <summary>sys.set_int_max_str_digits: the longest int-to/from-decimal-str conversion allowed (0: no limit).</summary>
    public int IntMaxStrDigits = SysModule.IntMaxStrDigitsDefault;

    public readonly ThreadState MainThread;

    /// <summary>The global interpreter lock of this interpreter's threads.</summary>
    public readonly GlobalInterpreterLock Gil;

    // id(): objects get increasing numbers on first request (CPython shows addresses; programs
    // compared with the oracle mask them). Kept weakly so ids do not keep objects alive.
    private readonly ConditionalWeakTable<PyObject, StrongBox<long>> _ids = new();
    private long _nextId = 0x7f0000001000;

    // Subclass lists (type.__subclasses__()) for every type, builtin ones included, kept per interpreter
    // because builtin types are shared by all interpreters of the process.
    private readonly ConditionalWeakTable<PyType, List<WeakReference<PyType>>> _subclasses = new();

    public Interpreter(InterpreterOptions? options = null)
    {
        Options = options ?? new InterpreterOptions();
        // Builtin types and exceptions first (their static set-up must not be entered from elsewhere).
        _ = BuiltinTypes.All;
        _ = PyExc.All;
        // The builtin types are each other's subclasses too (int.__subclasses__() lists bool), in the
        // order they were made, as CPython's static types register when they are readied.
        foreach (var t in BuiltinTypes.All)
            foreach (var b in t.Bases) AddSubclass(b, t);
        foreach (var t in PyExc.All)
            foreach (var b in t.Bases) AddSubclass(b, t);
        MainThread = new ThreadState(this);
        // The main thread holds the GIL from the start.
        Gil = new GlobalInterpreterLock(this, MainThread);
        BuiltinsModule = BuiltinsModuleFactory.Create(this);
        Sys = SysModule.Create(this);
        Modules.SetStr("builtins", BuiltinsModule);
        Modules.SetStr("sys", Sys);
    }

    /// <summary>id(obj).</summary>
    public long IdOf(PyObject obj)
    {
        if (_ids.TryGetValue(obj, out var box)) return box.Value;
        lock (_ids)
        {
            if (_ids.TryGetValue(obj, out box)) return box.Value;
            long id = _nextId;
            _nextId += 16;
            _ids.Add(obj, new StrongBox<long>(id));
            return id;
        }
    }

    public void AddSubclass(PyType @base, PyType sub)
    {
        var list = _subclasses.GetOrCreateValue(@base);
        lock (list) list.Add(new WeakReference<PyType>(sub));
    }

    public List<PyType> SubclassesOf(PyType type)
    {
        var result = new List<PyType>();
        if (!_subclasses.TryGetValue(type, out var list)) return result;
        lock (list)
        {
            foreach (var w in list)
                if (w.TryGetTarget(out var t) && Array.IndexOf(t.Bases, type) >= 0) result.Add(t);
        }
        return result;
    }
}

/// <summary>How an interpreter is set up (the embedding and command-line options).</summary>
public sealed partial class InterpreterOptions
{
    /// <summary><c>sys.argv</c>.</summary>
    public string[] Argv { get; init; } = [""];

    /// <summary>Where CPython's pure-Python standard library is read from.</summary>
    public string StdlibPath { get; init; } = "/usr/lib/python3.11";

    /// <summary>Where sys.stdout/sys.stderr write (the process's standard streams by default).</summary>
    public Stream? StdoutStream { get; init; }
    public Stream? StderrStream { get; init; }
    public TextReader? Stdin { get; init; }

    /// <summary>Unbuffered stdout and stderr (<c>-u</c>; PYTHONUNBUFFERED also selects it).</summary>
    public bool Unbuffered { get; init; }

    /// <summary>The command's name in messages ("kaa").</summary>
    public string ProgramName { get; init; } = "kaa";

    /// <summary>Handle signals as CPython's main program does (SIGINT raises KeyboardInterrupt, an uncaught
    /// one ends the process by SIGINT); off for interpreters embedded in another program (tests).</summary>
    public bool InstallSignalHandlers { get; init; }
}
