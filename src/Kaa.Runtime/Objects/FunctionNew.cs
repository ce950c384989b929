namespace Kaa.Runtime;

/// <summary>
/// <c>types.FunctionType(code, globals, name=None, argdefs=None, closure=None)</c>: a function made from a
/// code object (func_new). The closure must give one cell per free variable of the code.
/// </summary>
internal static class FunctionNew
{
    private static readonly ArgSpec s_spec = new("function", ["code", "globals", "name", "argdefs", "closure"], required: 2);

    internal static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_spec.Parse(ts, args, kwnames, a)) return null;
        if (a[0] is not PyCode code) return ts.TypeError($"function() argument 'code' must be code, not {a[0]!.Type.Name}");
        if (a[1] is not PyDict globals) return ts.TypeError($"function() argument 'globals' must be dict, not {a[1]!.Type.Name}");
        PyObject name = a[2] ?? PyNone.Instance, defaults = a[3] ?? PyNone.Instance, closure = a[4] ?? PyNone.Instance;
        if (name is not PyNone && name is not PyStr) return ts.TypeError("arg 3 (name) must be None or string");
        if (defaults is not PyNone && defaults is not PyTuple) return ts.TypeError("arg 4 (defaults) must be None or tuple");
        if (closure is not PyTuple)
        {
            if (code.NFrees > 0 && closure is PyNone) return ts.TypeError("arg 5 (closure) must be tuple");
            if (closure is not PyNone) return ts.TypeError("arg 5 (closure) must be None or tuple");
        }
        int nclosure = closure is PyTuple ct ? ct.Length : 0;
        if (code.NFrees != nclosure)
            return ts.ValueError($"{code.Name} requires closure of length {code.NFrees}, not {nclosure}");
        for (int i = 0; i < nclosure; i++)
            if (((PyTuple)closure).Items[i] is not PyCell)
                return ts.TypeError($"arg 5 (closure) expected cell, found {((PyTuple)closure).Items[i].Type.Name}");
        // The builtins are the globals' __builtins__ (a module's dict, or the dict itself), else the
        // running frame's, as PyFunction_New finds them.
        var current = ts.CurrentFrame?.Builtins ?? ts.Interp.Builtins;
        PyDict builtins = globals.GetStr("__builtins__") switch
        {
            PyModule mod => mod.Namespace,
            PyDict d => d,
            _ => current,
        };
        var f = new PyFunction(code, globals, builtins, code.QualName);
        if (name is PyStr) f.Name = name;
        if (defaults is PyTuple { Length: > 0 } dt) f.Defaults = dt;
        if (closure is PyTuple { Length: > 0 } cl) f.Closure = cl;
        return f;
    }
}
