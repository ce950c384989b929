namespace Kaa.Runtime;

/// <summary>sys.audit and sys.addaudithook (PEP 578): Python hooks called with each audited event.
/// Kaa raises no events of its own yet; events raised from Python (subprocess, os, ...) reach the hooks.</summary>
internal static partial class SysModule
{
    /// <summary>The audit hooks added to this interpreter, in order.</summary>
    internal sealed class AuditHooks
    {
        public readonly List<PyObject> Hooks = [];
    }

    private static void AddAudit(PyModule m)
    {
        m.AddFunction("addaudithook", static (ts, self, hook) =>
        {
            ts.Interp.GetModuleState<AuditHooks>().Hooks.Add(hook);
            return PyNone.Instance;
        }, "Adds a new audit hook callback.");
        m.AddFunction("audit", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("audit() takes no keyword arguments");
            if (args.Length == 0) return ts.TypeError("audit() missing 1 required positional argument: 'event'");
            if (args[0] is not PyStr) return ts.TypeError($"expected str for argument 'event', not {args[0].Type.Name}");
            var hooks = ts.Interp.GetModuleState<AuditHooks>().Hooks;
            if (hooks.Count == 0) return PyNone.Instance;
            var eventArgs = PyTuple.Create(args[1..].ToArray());
            foreach (var hook in hooks.ToArray())
                if (Protocols.Call(ts, hook, [args[0], eventArgs], null) is null) return null;
            return PyNone.Instance;
        }, "Passes the event to any audit hooks that are attached.");
    }
}
