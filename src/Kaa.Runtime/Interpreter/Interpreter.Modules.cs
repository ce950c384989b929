using System.Collections.Concurrent;

namespace Kaa.Runtime;

public sealed partial class Interpreter
{
    // Per-interpreter state of C# modules (warning filters, atexit callbacks, signal handlers, ...), one
    // object per state class, made on first use.
    private readonly ConcurrentDictionary<Type, object> _moduleStates = new();

    /// <summary>The interpreter's instance of a C# module's state class (created on first request).</summary>
    public T GetModuleState<T>() where T : class, new() => (T)_moduleStates.GetOrAdd(typeof(T), static _ => new T());

    /// <summary>
    /// The builtin module <paramref name="name"/>: the one in sys.modules, else a new one from
    /// <see cref="BuiltinModuleTable"/> (stored in sys.modules). Null with ModuleNotFoundError when no such
    /// builtin module exists, or with the module's own error when its creation failed.
    /// </summary>
    public PyObject? ImportBuiltin(ThreadState ts, string name)
    {
        if (Modules.GetStr(name) is { } existing) return existing;
        var module = CreateBuiltinModule(ts, name);
        if (module is null) return null;
        Modules.SetStr(name, module);
        return module;
    }

    /// <summary>A new instance of the builtin module <paramref name="name"/> (<c>_imp.create_builtin</c>);
    /// sys and builtins are the interpreter's own.</summary>
    public PyModule? CreateBuiltinModule(ThreadState ts, string name)
    {
        if (name == "sys") return Sys;
        if (name == "builtins") return BuiltinsModule;
        var init = BuiltinModuleTable.Find(name);
        if (init is null)
        {
            ts.SetError(PyExc.ModuleNotFoundError, $"No module named '{name}'");
            if (ts.CurrentException is PyImportError e) e.Name = PyStr.Create(name);
            return null;
        }
        return init(ts);
    }
}
