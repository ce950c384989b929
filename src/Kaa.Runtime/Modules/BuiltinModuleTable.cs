using System.Collections.Frozen;

namespace Kaa.Runtime;

/// <summary>
/// Creates one builtin module for an interpreter: a fresh module object with its functions, types and
/// constants (CPython's PyInit_xxx plus its exec slot). Returns null with the exception set on failure.
/// Per-interpreter mutable state belongs in the module's namespace or in
/// <see cref="Interpreter.GetModuleState{T}"/>, never in static fields.
/// </summary>
public delegate PyModule? BuiltinModuleInit(ThreadState ts);

/// <summary>
/// The modules written in C# (CPython's <c>PyImport_Inittab</c>): <c>sys.builtin_module_names</c>, and what
/// <c>_imp.create_builtin</c> can create. <c>sys</c> and <c>builtins</c> are made with the interpreter itself.
/// <para>To add a module: one line here; the module's code lives in its own folder under <c>Modules/</c>
/// (<c>Modules/Math/MathModule.cs</c>: <c>internal static PyModule? Create(ThreadState ts)</c>).</para>
/// </summary>
public static class BuiltinModuleTable
{
    private static readonly FrozenDictionary<string, BuiltinModuleInit> s_table = new Dictionary<string, BuiltinModuleInit>
    {
        // One line per module, kept sorted by name.
        ["_contextvars"] = ContextvarsModule.Create,
        ["_thread"] = ThreadModule.Create,
        ["_warnings"] = WarningsModule.Create,
        ["_weakref"] = WeakrefModule.Create,
        ["gc"] = GcModule.Create,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>sys.builtin_module_names: the table's names with builtins and sys, sorted.</summary>
    public static readonly string[] Names = [.. s_table.Keys.Append("builtins").Append("sys").Order(StringComparer.Ordinal)];

    public static bool Contains(string name) => name is "sys" or "builtins" || s_table.ContainsKey(name);

    public static BuiltinModuleInit? Find(string name) => s_table.GetValueOrDefault(name);
}
