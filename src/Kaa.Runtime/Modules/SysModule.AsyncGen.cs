namespace Kaa.Runtime;

/// <summary>The per-thread async generator hooks (sys.set_asyncgen_hooks) and whether the interpreter
/// is shutting down (sys.is_finalizing), one per interpreter.</summary>
internal sealed class AsyncGenHooksState
{
    public readonly System.Runtime.CompilerServices.ConditionalWeakTable<ThreadState, PyObject?[]> Hooks = new();
    /// <summary>Set when the interpreter's teardown begins (after atexit).</summary>
    public bool Finalizing;
}

internal static partial class SysModule
{
    private static readonly StructSequenceLayout AsyncGenHooksLayout = new("asyncgen_hooks", ["firstiter", "finalizer"]);
    private static readonly PyType AsyncGenHooksType = PyStructSequence.NewType(AsyncGenHooksLayout, instantiable: false, "");
    private static readonly ArgSpec SetAsyncGenHooksSpec = new("set_asyncgen_hooks", ["firstiter", "finalizer"], required: 0, positionalOnly: 0);

    /// <summary>The hooks of <paramref name="ts"/>: [firstiter, finalizer] (null when unset).</summary>
    internal static PyObject?[] AsyncGenHooks(ThreadState ts)
        => ts.Interp.GetModuleState<AsyncGenHooksState>().Hooks.GetValue(ts, static _ => new PyObject?[2]);

    private static void AddAsyncGenHooks(PyModule m)
    {
        m.AddFunction("get_asyncgen_hooks", static (ts, self) =>
        {
            var hooks = AsyncGenHooks(ts);
            return PyStructSequence.Create(AsyncGenHooksType, AsyncGenHooksLayout, [hooks[0] ?? PyNone.Instance, hooks[1] ?? PyNone.Instance]);
        }, "Return the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer).");
        m.AddFunction("set_asyncgen_hooks", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SetAsyncGenHooksSpec.Parse(ts, args, kw, a)) return null;
            // Both are checked before either is set, finalizer first, as CPython does.
            if (a[1] is { } fin && fin is not PyNone && fin.Type.Call is null) return ts.TypeError($"callable finalizer expected, got {fin.Type.Name}");
            if (a[0] is { } first && first is not PyNone && first.Type.Call is null) return ts.TypeError($"callable firstiter expected, got {first.Type.Name}");
            var hooks = AsyncGenHooks(ts);
            if (a[1] is { } f) hooks[1] = f is PyNone ? null : f;
            if (a[0] is { } i) hooks[0] = i is PyNone ? null : i;
            return PyNone.Instance;
        }, "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.");
        m.AddFunction("is_finalizing", static (ts, self) => PyBool.From(ts.Interp.GetModuleState<AsyncGenHooksState>().Finalizing),
            "Return True if Python is exiting.");
    }
}
