namespace Kaa.Runtime;

/// <summary>
/// <c>TaskStepMethWrapper</c>: the callable a task hands to <c>loop.call_soon</c> to run its next step
/// (with the exception to throw in, if any). Calling it steps the task directly, with no bound-method
/// object or Python-level dispatch in between.
/// </summary>
internal sealed class PyTaskStepMethWrapper : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("TaskStepMethWrapper", (PyType?)null, TypeFlags.NoNew, Install);

    private readonly PyTask _task;
    private readonly PyObject? _arg;

    internal PyTaskStepMethWrapper(PyTask task, PyObject? arg) : base(TypeObject)
    {
        _task = task;
        _arg = arg;
    }

    private static void Install(PyType type)
    {
        type.Call = static (ts, self, args, kwnames) =>
        {
            int nkw = kwnames?.Length ?? 0;
            if (nkw > 0) return ts.TypeError("function takes no keyword arguments");
            if (args.Length > 0) return ts.TypeError("function takes no positional arguments");
            var w = (PyTaskStepMethWrapper)self;
            return w._task.Step(ts, w._arg);
        };
        type.AddGetSet("__self__", static (ts, self) => ((PyTaskStepMethWrapper)self)._task);
    }
}
