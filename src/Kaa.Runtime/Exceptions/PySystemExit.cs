namespace Kaa.Runtime;

/// <summary>SystemExit: <c>code</c> — None, the one argument, or the args tuple when there are several.</summary>
public sealed class PySystemExit : PyBaseException
{
    public PyObject? Code;

    public PySystemExit(PyType type, PyTuple args) : base(type, args) { }

    internal static void Install(PyType type)
    {
        type.Init = static (ts, self, args, kw) =>
        {
            if (ExceptionSlots.BaseInit(ts, self, args, kw) < 0) return -1;
            var e = (PySystemExit)self;
            if (e.Args.Length == 1) e.Code = e.Args.Items[0];
            else if (e.Args.Length > 1) e.Code = e.Args;
            return 0;
        };
        type.AddMember("code", static (ts, self) => ((PySystemExit)self).Code ?? PyNone.Instance,
            static (ts, self, value) => { ((PySystemExit)self).Code = value; return 0; }, "exception code");
    }
}
