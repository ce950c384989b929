namespace Kaa.Runtime;

/// <summary>
/// <c>_asyncio</c>: the accelerator asyncio uses when it exists — Future and Task in C#, the running-loop
/// functions, and the task registries (<c>_all_tasks</c>, <c>_current_tasks</c>, <c>_register_task</c>,
/// <c>_enter_task</c>, ...). Creating the module imports asyncio itself (as CPython's module_init does) to
/// find the Python helpers Future and Task call back into.
/// </summary>
internal static class AsyncioModule
{
    private static readonly ArgSpec TaskSpec = new("_register_task", ["task"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec UnregisterSpec = new("_unregister_task", ["task"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec EnterSpec = new("_enter_task", ["loop", "task"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec LeaveSpec = new("_leave_task", ["loop", "task"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec GetEventLoopSpec = new("_get_event_loop", ["stacklevel"], required: 0, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var state = PyFuture.StateOf(ts);
        if (!state.Initialize(ts)) return null;
        var m = PyModule.Create("_asyncio", "Accelerator module for asyncio");
        m.Set("Future", PyFuture.TypeObject);
        m.Set("Task", PyTask.TypeObject);
        m.Set("_all_tasks", state.AllTasks);
        m.Set("_current_tasks", state.CurrentTasks);
        m.AddFunction("get_event_loop", static (ts, self) => PyFuture.GetEventLoop(ts, PyFuture.StateOf(ts)),
            "Return an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\ncall_soon or similar API), this function will always return the\nrunning event loop.\n\nIf there is no running event loop set, the function will return\nthe result of `get_event_loop_policy().get_event_loop()` call.");
        m.AddFunction("_get_event_loop", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!GetEventLoopSpec.Parse(ts, args, kw, a)) return null;
            if (a[0] is { } level && !Protocols.AsIndex(ts, level, out _)) return null;
            return PyFuture.GetEventLoop(ts, PyFuture.StateOf(ts));
        });
        m.AddFunction("get_running_loop", static (ts, self) => PyFuture.StateOf(ts).RunningLoop(ts) ?? ts.RuntimeError("no running event loop"),
            "Return the running event loop.  Raise a RuntimeError if there is none.\n\nThis function is thread-specific.");
        m.AddFunction("_get_running_loop", static (ts, self) => PyFuture.StateOf(ts).RunningLoop(ts) ?? PyNone.Instance,
            "Return the running event loop or None.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.");
        m.AddFunction("_set_running_loop", static (ts, self, loop) =>
        {
            PyFuture.StateOf(ts).SetRunningLoop(ts, loop);
            return PyNone.Instance;
        }, "Set the running event loop.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.");
        m.AddFunction("_register_task", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!TaskSpec.Parse(ts, args, kw, a)) return null;
            return Protocols.CallMethod(ts, PyFuture.StateOf(ts).AllTasks, "add", [a[0]!]) is null ? null : PyNone.Instance;
        }, "Register a new task in asyncio as executed by loop.\n\nReturns None.");
        m.AddFunction("_unregister_task", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!UnregisterSpec.Parse(ts, args, kw, a)) return null;
            return Protocols.CallMethod(ts, PyFuture.StateOf(ts).AllTasks, "discard", [a[0]!]) is null ? null : PyNone.Instance;
        }, "Unregister a task.\n\nReturns None.");
        m.AddFunction("_enter_task", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!EnterSpec.Parse(ts, args, kw, a)) return null;
            return PyTask.EnterTask(ts, PyFuture.StateOf(ts), a[0]!, a[1]!) ? PyNone.Instance : null;
        }, "Enter into task execution or resume suspended task.\n\nTask belongs to loop.\n\nReturns None.");
        m.AddFunction("_leave_task", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!LeaveSpec.Parse(ts, args, kw, a)) return null;
            return PyTask.LeaveTask(ts, PyFuture.StateOf(ts), a[0]!, a[1]!) ? PyNone.Instance : null;
        }, "Leave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None.");
        return m;
    }
}
