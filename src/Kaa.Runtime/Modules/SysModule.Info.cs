using System.Globalization;
using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>sys's descriptions of the implementation: version, version_info, implementation, flags,
/// hash_info, float_info, int_info, limits, platform and prefixes, encodings.</summary>
internal static partial class SysModule
{
    internal const int IntMaxStrDigitsDefault = 4300;
    internal const int IntMaxStrDigitsThreshold = 640;

    /// <summary>The struct sequence types of sys (process-wide and immutable like every builtin type).</summary>
    private static class Types
    {
        internal static readonly StructSequenceLayout VersionInfoLayout = new("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
        internal static readonly PyType VersionInfo = PyStructSequence.NewType(VersionInfoLayout, instantiable: false,
            "sys.version_info\n\nVersion information as a named tuple.");

        internal static readonly StructSequenceLayout FlagsLayout = new("sys.flags",
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
             "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]);
        internal static readonly PyType Flags = PyStructSequence.NewType(FlagsLayout, instantiable: false,
            "sys.flags\n\nFlags provided through command line arguments or environment vars.");

        internal static readonly StructSequenceLayout HashInfoLayout = new("sys.hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
        internal static readonly PyType HashInfo = PyStructSequence.NewType(HashInfoLayout, instantiable: true,
            "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.");

        internal static readonly StructSequenceLayout FloatInfoLayout = new("sys.float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
        internal static readonly PyType FloatInfo = PyStructSequence.NewType(FloatInfoLayout, instantiable: true,
            "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.");

        internal static readonly StructSequenceLayout IntInfoLayout = new("sys.int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
        internal static readonly PyType IntInfo = PyStructSequence.NewType(IntInfoLayout, instantiable: true,
            "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.");

        internal static readonly StructSequenceLayout ThreadInfoLayout = new("sys.thread_info", ["name", "lock", "version"]);
        internal static readonly PyType ThreadInfo = PyStructSequence.NewType(ThreadInfoLayout, instantiable: true,
            "sys.thread_info\n\nA named tuple holding information about the thread implementation.");
    }

    private static PyObject I(long v) => PyInt.Create(v);

    /// <summary>A sys.flags value (the start-up sets the one its options give).</summary>
    internal static PyObject CreateFlags(PyObject[] values) => PyStructSequence.Create(Types.Flags, Types.FlagsLayout, values);
    private static PyObject S(string s) => PyStr.Create(s);

    /// <summary>"3.11.2 (main, Mar 13 2023, 12:18:29) [compiler]" with Kaa's build date and runtime.</summary>
    private static string VersionText()
    {
        DateTime built;
        try
        {
            // The runtime assembly's file (empty in a NativeAOT executable: then the executable itself).
            var location = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
                ? Path.Join(AppContext.BaseDirectory, "Kaa.Runtime.dll")
                : Environment.ProcessPath ?? "";
            built = location.Length > 0 && File.Exists(location) ? File.GetLastWriteTimeUtc(location) : DateTime.UnixEpoch;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { built = DateTime.UnixEpoch; }
        var inv = CultureInfo.InvariantCulture;
        string date = built.ToString("MMM", inv) + " " + built.Day.ToString(inv).PadLeft(2) + " " + built.ToString("yyyy, HH:mm:ss", inv);
        return $"3.11.2 (main, {date}) [Kaa on {RuntimeInformation.FrameworkDescription}]";
    }

    static partial void AddMore(Interpreter interp, PyModule m)
    {
        var versionInfo = PyStructSequence.Create(Types.VersionInfo, Types.VersionInfoLayout, [I(3), I(11), I(2), S("final"), I(0)]);
        m.Set("version", S(VersionText()));
        m.Set("version_info", versionInfo);
        m.Set("hexversion", I(0x030b02f0));
        m.Set("api_version", I(1013));
        m.Set("copyright", S("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));

        var implementation = PySimpleNamespace.Create();
        var ns = implementation.Dict!;
        ns.SetStr("name", S("kaa"));
        ns.SetStr("cache_tag", S("kaa-311"));
        ns.SetStr("version", versionInfo);
        ns.SetStr("hexversion", I(0x030b02f0));
        ns.SetStr("_multiarch", S("x86_64-linux-gnu"));
        m.Set("implementation", implementation);

        // As CPython started with `python3.11 PROGRAM`: the environment variables it honours show here.
        bool dontWriteBytecode = Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE") is { Length: > 0 };
        bool hashRandomization = Environment.GetEnvironmentVariable("PYTHONHASHSEED") is not "0";
        m.Set("flags", PyStructSequence.Create(Types.Flags, Types.FlagsLayout,
        [
            I(0), I(0), I(0), I(0), I(dontWriteBytecode ? 1 : 0), I(0), I(0), I(0), I(0), I(0), I(0),
            I(hashRandomization ? 1 : 0), I(0), PyBool.False, I(0), I(0), PyBool.False, I(-1),
        ]));
        m.Set("dont_write_bytecode", PyBool.From(dontWriteBytecode));
        m.Set("hash_info", PyStructSequence.Create(Types.HashInfo, Types.HashInfoLayout,
            [I(64), I((1L << 61) - 1), I(314159), I(0), I(1000003), S("siphash13"), I(64), I(128), I(0)]));
        m.Set("float_info", PyStructSequence.Create(Types.FloatInfo, Types.FloatInfoLayout,
        [
            PyFloat.Create(double.MaxValue), I(1024), I(308), PyFloat.Create(2.2250738585072014e-308), I(-1021), I(-307),
            I(15), I(53), PyFloat.Create(2.220446049250313e-16), I(2), I(1),
        ]));
        m.Set("int_info", PyStructSequence.Create(Types.IntInfo, Types.IntInfoLayout,
            [I(30), I(4), I(IntMaxStrDigitsDefault), I(IntMaxStrDigitsThreshold)]));
        m.Set("thread_info", PyStructSequence.Create(Types.ThreadInfo, Types.ThreadInfoLayout, [S("pthread"), S("semaphore"), S("NPTL 2.36")]));
        m.Set("float_repr_style", S("short"));
        m.Set("maxsize", I(long.MaxValue));
        m.Set("maxunicode", I(0x10FFFF));
        m.Set("byteorder", S(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Set("platform", S("linux"));
        m.Set("platlibdir", S("lib"));
        m.Set("abiflags", S(""));
        m.Set("executable", S(Environment.ProcessPath ?? ""));
        m.Set("_base_executable", S(Environment.ProcessPath ?? ""));
        foreach (var name in new[] { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" }) m.Set(name, S("/usr"));
        m.Set("pycache_prefix", PyNone.Instance);
        m.Set("orig_argv", PyList.FromArray(Environment.GetCommandLineArgs().Select(a => (PyObject)S(a)).ToArray()));
        m.Set("builtin_module_names", PyTuple.Create([.. BuiltinModuleTable.Names.Select(n => (PyObject)S(n))]));
        m.Set("stdlib_module_names", PyTuple.Empty);
        m.Set("warnoptions", new PyList());
        m.Set("_xoptions", new PyDict());
        // The import system's lists (empty until the import machinery exists).
        m.Set("path", new PyList());
        m.Set("meta_path", new PyList());
        m.Set("path_hooks", new PyList());
        m.Set("path_importer_cache", new PyDict());

        m.AddFunction("getdefaultencoding", static (ts, self) => PyStr.Intern("utf-8"));
        m.AddFunction("getfilesystemencoding", static (ts, self) => PyStr.Intern("utf-8"));
        m.AddFunction("getfilesystemencodeerrors", static (ts, self) => PyStr.Intern("surrogateescape"));
        m.AddFunction("get_int_max_str_digits", static (ts, self) => PyInt.Create(ts.Interp.IntMaxStrDigits));
        m.AddFunction("set_int_max_str_digits", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[1];
            if (!s_setIntMaxStrDigits.Parse(ts, args, kw, a)) return null;
            if (!Protocols.AsIndex(ts, a[0]!, out long n, PyExc.OverflowError)) return null;
            if (n != 0 && n < IntMaxStrDigitsThreshold)
                return ts.ValueError($"maxdigits must be 0 or larger than {IntMaxStrDigitsThreshold}");
            if (n > int.MaxValue) return ts.OverflowError("Python int too large to convert to C int");
            ts.Interp.IntMaxStrDigits = (int)n;
            return PyNone.Instance;
        });
        AddHooks(m);
        AddAudit(m);
        AddTracing(m);
        AddMemoryFunctions(m);
        AddRuntimeFunctions(interp, m);
    }

    private static readonly ArgSpec s_setIntMaxStrDigits = new("set_int_max_str_digits", ["maxdigits"], required: 1, positionalOnly: 0);
}
