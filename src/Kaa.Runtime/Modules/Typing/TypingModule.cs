namespace Kaa.Runtime;

/// <summary><c>_typing</c>: the accelerators of <c>typing.py</c> (in 3.11 only <c>_idfunc</c>, NewType's call).</summary>
internal static class TypingModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_typing", "Accelerators for the typing module.\n");
        m.AddFunction("_idfunc", static (ts, self, x) => x);
        return m;
    }
}
