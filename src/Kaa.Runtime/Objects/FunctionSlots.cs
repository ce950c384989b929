namespace Kaa.Runtime;

/// <summary>The slots and attributes of <c>function</c>.</summary>
internal static partial class FunctionSlots
{
    internal static void Install(PyType type)
    {
        type.New = FunctionNew.New;
        type.Call = static (ts, self, args, kw) => Eval.CallFunction(ts, (PyFunction)self, args, kw);
        type.DescrGet = static (ts, self, instance, owner) => instance is null ? self : new PyMethod(self, instance);
        type.Repr = static (ts, self) => PyStr.Create($"<function {((PyFunction)self).QualName} at {Protocols.AddressOf(ts, self)}>");
        type.AddGetSet("__name__", static (ts, self) => ((PyFunction)self).Name, static (ts, self, v) =>
        {
            if (v is not PyStr) { ts.SetError(PyExc.TypeError, "__name__ must be set to a string object"); return -1; }
            ((PyFunction)self).Name = v;
            return 0;
        });
        type.AddGetSet("__qualname__", static (ts, self) => ((PyFunction)self).QualName, static (ts, self, v) =>
        {
            if (v is not PyStr) { ts.SetError(PyExc.TypeError, "__qualname__ must be set to a string object"); return -1; }
            ((PyFunction)self).QualName = v;
            return 0;
        });
        type.AddGetSet("__doc__", static (ts, self) => ((PyFunction)self).Doc, static (ts, self, v) => { ((PyFunction)self).Doc = v ?? PyNone.Instance; return 0; });
        type.AddGetSet("__module__", static (ts, self) => ((PyFunction)self).Module, static (ts, self, v) => { ((PyFunction)self).Module = v ?? PyNone.Instance; return 0; });
        type.AddGetSet("__code__", static (ts, self) => ((PyFunction)self).Code, static (ts, self, v) =>
        {
            if (v is not PyCode c) { ts.SetError(PyExc.TypeError, "__code__ must be set to a code object"); return -1; }
            var fn = (PyFunction)self;
            // The closure's cells must match the new code's free variables (the VM copies them unchecked).
            int nclosure = fn.Closure?.Length ?? 0;
            if (nclosure != c.NFrees)
            {
                ts.SetError(PyExc.ValueError, $"{fn.Name}() requires a code object with {nclosure} free vars, not {c.NFrees}");
                return -1;
            }
            fn.Code = c;
            return 0;
        });
        type.AddGetSet("__defaults__", static (ts, self) => (PyObject?)((PyFunction)self).Defaults ?? PyNone.Instance, static (ts, self, v) =>
        {
            if (v is null || v is PyNone) { ((PyFunction)self).Defaults = null; return 0; }
            if (v is not PyTuple t) { ts.SetError(PyExc.TypeError, "__defaults__ must be set to a tuple object"); return -1; }
            ((PyFunction)self).Defaults = t.Length == 0 ? null : t;
            return 0;
        });
        type.AddGetSet("__kwdefaults__", static (ts, self) => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance, static (ts, self, v) =>
        {
            if (v is null || v is PyNone) { ((PyFunction)self).KwDefaults = null; return 0; }
            if (v is not PyDict d) { ts.SetError(PyExc.TypeError, "__kwdefaults__ must be set to a dict object"); return -1; }
            ((PyFunction)self).KwDefaults = d;
            return 0;
        });
        type.AddMember("__closure__", static (ts, self) => (PyObject?)((PyFunction)self).Closure ?? PyNone.Instance);
        type.AddMember("__globals__", static (ts, self) => ((PyFunction)self).Globals);
        type.AddMember("__builtins__", static (ts, self) => ((PyFunction)self).Builtins);
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, static (ts, self, v) =>
        {
            if (v is not PyDict d) { ts.SetError(PyExc.TypeError, "__dict__ must be set to a dictionary"); return -1; }
            self.Dict = d;
            return 0;
        });
        type.AddGetSet("__annotations__", static (ts, self) => Annotations(ts, (PyFunction)self), static (ts, self, v) =>
        {
            if (v is not null && v is not PyNone && v is not PyDict) { ts.SetError(PyExc.TypeError, "__annotations__ must be set to a dict object"); return -1; }
            ((PyFunction)self).Annotations = v is PyNone ? null : v;
            return 0;
        });
    }

    /// <summary>__annotations__: made into a dict on first access from MAKE_FUNCTION's name/value tuple.</summary>
    private static PyObject? Annotations(ThreadState ts, PyFunction f)
    {
        if (f.Annotations is PyTuple t)
        {
            var d = new PyDict();
            for (int i = 0; i + 1 < t.Length; i += 2)
                if (!d.SetItem(ts, t.Items[i], t.Items[i + 1])) return null;
            f.Annotations = d;
        }
        return f.Annotations ??= new PyDict();
    }
}
