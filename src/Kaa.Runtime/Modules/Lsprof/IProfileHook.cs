namespace Kaa.Runtime;

/// <summary>
/// The call and return events a C-level profiler receives (CPython's Py_tracefunc with PyTrace_CALL,
/// PyTrace_RETURN, PyTrace_C_CALL, PyTrace_C_RETURN and PyTrace_C_EXCEPTION). The eval loop reports to
/// <see cref="ThreadState.ProfileHook"/> when it is not null: <see cref="Call"/> as a frame starts running
/// its code (the <see cref="PyCode"/>) or before a builtin function is called (the
/// <see cref="PyBuiltinFunction"/>), <see cref="Return"/> with the same object when that frame returns or
/// unwinds, or the builtin returns or raises.
/// </summary>
public interface IProfileHook
{
    void Call(ThreadState ts, PyObject code);

    void Return(ThreadState ts, PyObject code);
}
