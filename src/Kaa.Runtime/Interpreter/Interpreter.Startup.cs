namespace Kaa.Runtime;

/// <summary>The command-line and embedding options CPython's PyConfig holds (see <c>python3.11 --help</c>).</summary>
public sealed partial class InterpreterOptions
{
    /// <summary>-S: do not import <c>site</c>.</summary>
    public bool NoSite { get; init; }
    /// <summary>-I: isolated mode (implies -E, -P and -s).</summary>
    public bool Isolated { get; init; }
    /// <summary>-E: ignore the PYTHON* environment variables.</summary>
    public bool IgnoreEnvironment { get; init; }
    /// <summary>-s: no user site directory.</summary>
    public bool NoUserSite { get; init; }
    /// <summary>-P: no unsafe path (script directory, '' or the working directory) first in sys.path.</summary>
    public bool SafePath { get; init; }
    /// <summary>-B: do not write .pyc files.</summary>
    public bool DontWriteBytecode { get; init; }
    /// <summary>-v (repeatable).</summary>
    public int Verbose { get; init; }
    /// <summary>-O (repeatable).</summary>
    public int Optimize { get; init; }
    /// <summary>-q.</summary>
    public bool Quiet { get; init; }
    /// <summary>-i.</summary>
    public bool Inspect { get; init; }
    /// <summary>-b (repeatable).</summary>
    public int BytesWarning { get; init; }
    /// <summary>-W options in order (sys.warnoptions after PYTHONWARNINGS).</summary>
    public IReadOnlyList<string> WarnOptions { get; init; } = [];
    /// <summary>-X options in order (sys._xoptions).</summary>
    public IReadOnlyList<string> XOptions { get; init; } = [];
    /// <summary>PYTHONHOME as the command line found it ("prefix" or "prefix:exec_prefix"); when set, the
    /// stdlib is <c>prefix/lib/python3.11</c> instead of <see cref="StdlibPath"/>.</summary>
    public string? Home { get; init; }
    /// <summary>False for interpreters that only need builtin modules (no importlib start-up at all).</summary>
    public bool ImportSystem { get; init; } = true;
}

/// <summary>The effective start-up configuration: options and environment combined (CPython's PyConfig after reading).</summary>
internal sealed class StartupConfig
{
    public int Verbose, Optimize, BytesWarning;
    public bool NoSite, NoUserSite, SafePath, Isolated, IgnoreEnvironment, DontWriteBytecode, Quiet, Inspect, DevMode;
    public int Utf8Mode, WarnDefaultEncoding;
    public int IntMaxStrDigits = -1;
    public string Prefix = "/usr", ExecPrefix = "/usr", StdlibDir = "/usr/lib/python3.11";
    public string? PycachePrefix;
    public List<string> PythonPath = [];
    public List<string> WarnOptions = [];
    public List<(string Key, string? Value)> XOptions = [];

    public static StartupConfig From(InterpreterOptions o)
    {
        var c = new StartupConfig
        {
            Verbose = o.Verbose, Optimize = o.Optimize, BytesWarning = o.BytesWarning, NoSite = o.NoSite,
            Isolated = o.Isolated, Quiet = o.Quiet, Inspect = o.Inspect,
        };
        c.IgnoreEnvironment = o.IgnoreEnvironment || o.Isolated;
        c.NoUserSite = o.NoUserSite || o.Isolated;
        c.SafePath = o.SafePath || o.Isolated;
        c.DontWriteBytecode = o.DontWriteBytecode;
        foreach (var x in o.XOptions)
        {
            int eq = x.IndexOf('=');
            c.XOptions.Add(eq < 0 ? (x, null) : (x[..eq], x[(eq + 1)..]));
        }
        if (!c.IgnoreEnvironment)
        {
            static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
            // Integer variables count like repeated options (PYTHONVERBOSE=2 is -vv); other values mean 1.
            static int Level(string? v) => v is null ? 0 : int.TryParse(v, out int n) && n > 0 ? n : 1;
            c.Verbose = Math.Max(c.Verbose, Level(Env("PYTHONVERBOSE")));
            c.Optimize = Math.Max(c.Optimize, Level(Env("PYTHONOPTIMIZE")));
            c.Inspect |= Env("PYTHONINSPECT") is not null;
            c.DontWriteBytecode |= Env("PYTHONDONTWRITEBYTECODE") is not null;
            c.NoUserSite |= Env("PYTHONNOUSERSITE") is not null;
            c.SafePath |= Env("PYTHONSAFEPATH") is not null;
            c.PycachePrefix = Env("PYTHONPYCACHEPREFIX");
            c.DevMode |= Env("PYTHONDEVMODE") is not null;
            if (Env("PYTHONUTF8") is { } utf8) c.Utf8Mode = utf8 == "1" ? 1 : 0;
            if (Env("PYTHONWARNDEFAULTENCODING") is not null) c.WarnDefaultEncoding = 1;
            if (Env("PYTHONINTMAXSTRDIGITS") is { } digits && int.TryParse(digits, out int d)) c.IntMaxStrDigits = d;
            if (Env("PYTHONPATH") is { } pp)
                foreach (var entry in pp.Split(':')) c.PythonPath.Add(entry.Length == 0 ? Directory.GetCurrentDirectory() : entry);
            if (Env("PYTHONWARNINGS") is { } pw)
                foreach (var w in pw.Split(',')) if (w.Trim().Length > 0) c.WarnOptions.Add(w.Trim());
        }
        c.WarnOptions.AddRange(o.WarnOptions);
        foreach (var (key, value) in c.XOptions)
        {
            switch (key)
            {
                case "pycache_prefix": c.PycachePrefix = value; break;
                case "dev": c.DevMode = true; break;
                case "utf8": c.Utf8Mode = value is null or "1" ? 1 : 0; break;
                case "warn_default_encoding": c.WarnDefaultEncoding = 1; break;
                case "int_max_str_digits" when int.TryParse(value, out int n): c.IntMaxStrDigits = n; break;
            }
        }
        // The stdlib: PYTHONHOME's prefix, else the configured directory (its prefix is what holds lib/python3.11).
        if (o.Home is { Length: > 0 } home)
        {
            int colon = home.IndexOf(':');
            c.Prefix = colon < 0 ? home : home[..colon];
            c.ExecPrefix = colon < 0 ? home : home[(colon + 1)..];
            c.StdlibDir = Path.Join(c.Prefix, "lib", "python3.11");
        }
        else
        {
            c.StdlibDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(o.StdlibPath));
            var parent = Path.GetDirectoryName(c.StdlibDir);
            c.Prefix = c.ExecPrefix = parent is not null && Path.GetFileName(parent) == "lib" ? Path.GetDirectoryName(parent)! : "/usr";
        }
        return c;
    }

    /// <summary>The per-user cache directory of Kaa ($XDG_CACHE_HOME/kaa or ~/.cache/kaa), null when there is no home.</summary>
    public static string? UserCacheRoot()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return Path.Join(xdg, "kaa");
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Join(home, ".cache", "kaa");
    }
}

/// <summary>What a run starts with: a script, a -c command, a -m module or nothing (for sys.path[0]).</summary>
public enum MainKind { None, Script, Command, Module }

/// <summary>
/// Start-up of the import system, as CPython's pylifecycle does it: <c>_frozen_importlib</c> executed and
/// installed over <c>_imp</c>; sys's path configuration; <c>_frozen_importlib_external</c>'s path-based
/// importers and zipimport; <c>__main__</c>; then <c>site</c> unless -S.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary><c>interp-&gt;importlib</c>: the <c>_frozen_importlib</c> module once installed.</summary>
    internal PyModule? ImportLib;

    /// <summary><c>interp-&gt;import_func</c>: the original <c>builtins.__import__</c> (IMPORT_NAME takes the
    /// C# fast path while builtins still holds it).</summary>
    internal PyObject? ImportFunc;

    internal readonly ImportLock ImportLock = new();

    private StartupConfig? _config;
    private FrozenCodeCache? _frozenCache;
    private bool _started;

    internal StartupConfig Config => _config ??= StartupConfig.From(Options);

    /// <summary>The stdlib directory (sys._stdlib_dir).</summary>
    internal string StdlibDir => Config.StdlibDir;

    internal FrozenCodeCache FrozenCache => _frozenCache ??= new FrozenCodeCache(StartupConfig.UserCacheRoot());

    /// <summary>
    /// Runs start-up once: false after printing CPython's fatal error (the caller exits with status 1).
    /// <paramref name="kind"/> and <paramref name="target"/> (script path, module name) give sys.path[0].
    /// </summary>
    internal bool Start(ThreadState ts, MainKind kind, string? target)
    {
        if (_started) return true;
        _started = true;
        ImportFunc = Builtins.GetStr("__import__");
        var config = Config;
        if (config.IntMaxStrDigits >= 0) IntMaxStrDigits = config.IntMaxStrDigits;
        ApplySysConfig(config);
        if (Options.InstallSignalHandlers) SignalModule.InstallStartupHandlers(this);
        if (!Options.ImportSystem) return true;
        if (!InitImportlib(ts)) return Fatal(ts, "init_importlib", "failed to initialize the import system");
        SetSysPath(ts, config);
        if (!InitImportlibExternal(ts)) return Fatal(ts, "init_importlib_external", "external importer setup failed");
        AddMainModule(ts);
        // init_interp_main: with -W or PYTHONWARNINGS, warnings is imported now so that its filters (made
        // from sys.warnoptions) govern the warnings C# code raises before the program imports it.
        if (config.WarnOptions.Count > 0 && ImportModule(ts, "warnings") is null)
        {
            var exc = ts.FetchError();
            var err = Options.StderrStream ?? Console.OpenStandardError();
            err.Write("'import warnings' failed; traceback:\n"u8);
            err.Flush();
            if (exc is not null) TracebackPrinter.PrintException(ts, exc);
        }
        if (!config.NoSite && ImportModule(ts, "site") is null)
        {
            // CPython stops here (a fatal error). Until every module site needs behaves (io's
            // UnsupportedOperation cannot take its __module__ yet), Kaa goes on as with -S; KAA_DEBUG=1 shows why.
            if (SiteFailureIsFatal) return Fatal(ts, "init_import_site", "Failed to import the site module");
            if (Environment.GetEnvironmentVariable("KAA_DEBUG") is not null) Fatal(ts, "init_import_site", "Failed to import the site module");
            ts.ClearError();
        }
        // sys.path[0] comes after site, as pymain_run_python adds it: site's imports (.pth files) do not
        // search the current directory, and site does not make '' absolute.
        if (!config.SafePath && kind != MainKind.None && Sys.Namespace.GetStr("path") is PyList sysPath)
        {
            string path0 = kind switch
            {
                MainKind.Script => ScriptDirectory(target!),
                MainKind.Module => Directory.GetCurrentDirectory(),
                _ => "",
            };
            sysPath.Insert(0, PyStr.Create(path0));
        }
        // The exit's collection is for what the program's weak references do (see WeakrefRegistry.Used).
        GetModuleState<WeakrefRegistry>().Used = false;
        return true;
    }

    /// <summary>False while site's imports still fail for reasons outside the import system (see Start).</summary>
    private static readonly bool SiteFailureIsFatal = true;

    private bool Fatal(ThreadState ts, string function, string message)
    {
        var exc = ts.FetchError();
        FlushStdStreams(ts);
        var err = Options.StderrStream ?? Console.OpenStandardError();
        var text = System.Text.Encoding.UTF8.GetBytes($"Fatal Python error: {function}: {message}\nPython runtime state: initialized\n");
        err.Write(text);
        err.Flush();
        if (exc is not null) TracebackPrinter.PrintException(ts, exc);
        FlushStdStreams(ts);
        return false;
    }

    /// <summary>sys's configuration entries (sysmodule.c's _PySys_UpdateConfig), except the path.</summary>
    private void ApplySysConfig(StartupConfig c)
    {
        var sys = Sys;
        bool hashRandomization = HashSecret.Seed is null || HashSecret.Seed != 0;
        static PyObject I(long v) => PyInt.Create(v);
        sys.Set("flags", SysModule.CreateFlags(
        [
            I(0), I(c.Inspect ? 1 : 0), I(0), I(c.Optimize), I(c.DontWriteBytecode ? 1 : 0), I(c.NoUserSite ? 1 : 0),
            I(c.NoSite ? 1 : 0), I(c.IgnoreEnvironment ? 1 : 0), I(c.Verbose), I(c.BytesWarning), I(c.Quiet ? 1 : 0),
            I(hashRandomization ? 1 : 0), I(c.Isolated ? 1 : 0), PyBool.From(c.DevMode), I(c.Utf8Mode),
            I(c.WarnDefaultEncoding), PyBool.From(c.SafePath), I(c.IntMaxStrDigits),
        ]));
        sys.Set("dont_write_bytecode", PyBool.From(c.DontWriteBytecode));
        sys.Set("prefix", PyStr.Create(c.Prefix));
        sys.Set("base_prefix", PyStr.Create(c.Prefix));
        sys.Set("exec_prefix", PyStr.Create(c.ExecPrefix));
        sys.Set("base_exec_prefix", PyStr.Create(c.ExecPrefix));
        sys.Set("platlibdir", PyStr.Create("lib"));
        sys.Set("pycache_prefix", PycachePrefixFor(c) is { } p ? PyStr.Create(p) : PyNone.Instance);
        var warn = new PyList();
        foreach (var w in c.WarnOptions) warn.Append(PyStr.Create(w));
        sys.Set("warnoptions", warn);
        var x = new PyDict();
        foreach (var (key, value) in c.XOptions) x.SetStr(PyStr.Create(key), value is null ? PyBool.True : PyStr.Create(value));
        sys.Set("_xoptions", x);
    }

    /// <summary>
    /// sys.pycache_prefix: PYTHONPYCACHEPREFIX or -X pycache_prefix; otherwise, when the stdlib's __pycache__
    /// cannot be written (a non-root user), the per-user cache directory, so that importlib's own code keeps
    /// every compiled module (the stdlib's and the program's) there instead of never caching the stdlib.
    /// </summary>
    private static string? PycachePrefixFor(StartupConfig c)
    {
        if (c.PycachePrefix is not null) return c.PycachePrefix.Length == 0 ? null : Path.GetFullPath(c.PycachePrefix);
        if (c.DontWriteBytecode) return null;
        string pycache = Path.Join(c.StdlibDir, "__pycache__");
        string probe = Directory.Exists(pycache) ? pycache : c.StdlibDir;
        if (!Directory.Exists(probe) || FileAccessCheck.IsWritable(probe)) return null;
        return StartupConfig.UserCacheRoot() is { } root ? Path.Join(root, "pycache") : null;
    }

    /// <summary>init_importlib: _frozen_importlib executed as a frozen module, then <c>_install(sys, _imp)</c>.</summary>
    private bool InitImportlib(ThreadState ts)
    {
        var ts0 = ts;
        if (Config.Verbose > 0) WriteStderr(ts0, "import _frozen_importlib # frozen\n");
        if (ImportFrozenModule(ts, "_frozen_importlib") is not PyModule importlib) return false;
        ImportLib = importlib;
        if (Config.Verbose > 0) WriteStderr(ts0, "import _imp # builtin\n");
        var imp = ImpModule.Create(ts);
        if (imp is null) return false;
        Modules.SetStr("_imp", imp);
        return Protocols.CallMethod(ts, importlib, "_install", [Sys, imp]) is not null;
    }

    /// <summary>init_importlib_external: the path-based importers, then zipimport's hook (optional).</summary>
    private bool InitImportlibExternal(ThreadState ts)
    {
        if (Protocols.CallMethod(ts, ImportLib!, "_install_external_importers", []) is null) return false;
        if (Sys.Namespace.GetStr("path_hooks") is not PyList hooks) return true;
        var zipimport = ImportModule(ts, "zipimport");
        if (zipimport is null)
        {
            ts.ClearError(); // no zipimport: fine, as in CPython
            if (Config.Verbose > 0) WriteStderr(ts, "# can't import zipimport\n");
            return true;
        }
        var zipimporter = Protocols.LookupAttr(ts, zipimport, "zipimporter");
        if (zipimporter is null)
        {
            ts.ClearError();
            return true;
        }
        hooks.Insert(0, zipimporter);
        return true;
    }

    /// <summary>sys.path as CPython's getpath computes it for a prefix with no venv and no ._pth file.</summary>
    private void SetSysPath(ThreadState ts, StartupConfig c)
    {
        var path = new PyList();
        foreach (var p in c.PythonPath) path.Append(PyStr.Create(p));
        path.Append(PyStr.Create(Path.Join(c.Prefix, "lib", "python311.zip")));
        path.Append(PyStr.Create(c.StdlibDir));
        path.Append(PyStr.Create(Path.Join(c.ExecPrefix, "lib", "python3.11", "lib-dynload")));
        Sys.Set("path", path);
        Sys.Set("_stdlib_dir", PyStr.Create(c.StdlibDir));
    }

    /// <summary>_PyPathConfig_ComputeSysPath0 for a script: the directory of its real path.</summary>
    private static string ScriptDirectory(string script)
    {
        string full = Path.GetFullPath(script);
        try
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null) full = target.FullName;
            full = RealDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        int slash = full.LastIndexOf('/');
        return slash <= 0 ? "/" : full[..slash];
    }

    /// <summary>The path with its directories' symbolic links resolved (realpath).</summary>
    private static string RealDirectory(string path)
    {
        var dir = Path.GetDirectoryName(path);
        if (dir is null) return path;
        var info = new DirectoryInfo(dir);
        var resolved = info.ResolveLinkTarget(returnFinalTarget: true);
        string realDir = resolved is not null ? resolved.FullName : dir == "/" ? dir : RealDirectory(dir);
        return Path.Join(realDir, Path.GetFileName(path));
    }

    /// <summary>add_main_module: <c>__main__</c> with <c>__annotations__</c>, <c>__builtins__</c>, and
    /// BuiltinImporter as its loader until the run gives it a better one.</summary>
    private void AddMainModule(ThreadState ts)
    {
        if (Modules.GetStr("__main__") is not PyModule main)
        {
            main = PyModule.Create("__main__");
            Modules.SetStr("__main__", main);
        }
        var d = main.Namespace;
        d.SetStr("__annotations__", new PyDict());
        if (d.GetStr("__builtins__") is null) d.SetStr("__builtins__", BuiltinsModule);
        if (d.GetStr("__loader__") is null or PyNone && ImportLib is not null
            && Protocols.LookupAttr(ts, ImportLib, "BuiltinImporter") is { } loader)
            d.SetStr("__loader__", loader);
        ts.ClearError();
    }

    /// <summary>
    /// PyImport_ImportFrozenModuleObject: executes frozen module <paramref name="name"/> in a module of that
    /// name in sys.modules and records its original name in <c>__origname__</c>. Null with the error set.
    /// </summary>
    internal PyObject? ImportFrozenModule(ThreadState ts, string name)
    {
        if (!FrozenModules.TryGet(name, out var entry)) return PyNone.Instance;
        var code = FrozenModules.Code(ts, name);
        if (code is null) return null;
        if (Modules.GetStr(name) is not PyModule module)
        {
            module = PyModule.Create(name);
            Modules.SetStr(name, module);
        }
        var d = module.Namespace;
        if (entry.IsPackage) d.SetStr("__path__", new PyList());
        if (d.GetStr("__builtins__") is null) d.SetStr("__builtins__", BuiltinsModule);
        var frame = new PyFrame(code, d, Builtins, d, null);
        if (Eval.Run(ts, frame) is null)
        {
            Modules.DelStr(PyStr.Intern(name));
            return null;
        }
        d.SetStr("__origname__", PyStr.Create(entry.OrigName));
        return Modules.GetStr(name) ?? module;
    }

    /// <summary>PyImport_ImportModule: the module <paramref name="name"/> (dotted: the submodule itself).</summary>
    internal PyObject? ImportModule(ThreadState ts, string name)
    {
        var top = ImportFunction.ImportModuleLevel(ts, PyStr.Create(name), null, null, PyTuple.Create(PyStr.Intern("__doc__")), 0);
        if (top is null) return null;
        if (Modules.GetStr(name) is { } m) return m;
        return top;
    }

    private void WriteStderr(ThreadState ts, string text)
    {
        if (Sys.Namespace.GetStr("stderr") is { } err && err is not PyNone
            && Protocols.CallMethod(ts, err, "write", [PyStr.Create(text)]) is null) ts.ClearError();
    }
}
