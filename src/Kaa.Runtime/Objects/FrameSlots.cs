using Kaa.Compiler.Code;

namespace Kaa.Runtime;

/// <summary>The attributes of <c>frame</c> objects (Objects/frameobject.c).</summary>
internal static partial class FrameSlots
{
    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        static PyFrame F(PyObject o) => (PyFrame)o;
        type.AddGetSet("f_back", static (ts, self) => F(self).Back is { } back ? back.Expose() : PyNone.Instance);
        type.AddGetSet("f_code", static (ts, self) => F(self).Code);
        type.AddGetSet("f_globals", static (ts, self) => F(self).Globals);
        type.AddGetSet("f_builtins", static (ts, self) => F(self).Builtins);
        type.AddGetSet("f_locals", static (ts, self) => Locals(ts, F(self)));
        type.AddGetSet("f_lineno", static (ts, self) => F(self).LineNumber is var line && line >= 0 ? PyInt.Create(line) : PyNone.Instance,
            static (ts, self, v) => SetLineno(ts, F(self), v));
        type.AddGetSet("f_lasti", static (ts, self) => PyInt.Create(F(self).LastInstr < 0 ? -1 : F(self).LastInstr * 2));
        type.AddGetSet("f_trace", static (ts, self) => F(self).Trace ?? PyNone.Instance,
            static (ts, self, v) => { F(self).Trace = v is PyNone ? null : v; return 0; });
        type.AddGetSet("f_trace_lines", static (ts, self) => PyBool.From(F(self).TraceLines), static (ts, self, v) =>
        {
            if (v is not PyBool b) { ts.SetError(PyExc.TypeError, "attribute value type must be bool"); return -1; }
            F(self).TraceLines = b.IsTrue;
            return 0;
        });
        type.AddGetSet("f_trace_opcodes", static (ts, self) => PyBool.From(F(self).TraceOpcodes), static (ts, self, v) =>
        {
            if (v is not PyBool b) { ts.SetError(PyExc.TypeError, "attribute value type must be bool"); return -1; }
            F(self).TraceOpcodes = b.IsTrue;
            return 0;
        });
        type.AddMethod("clear", static (ts, self) =>
        {
            var f = F(self);
            if (f.Generator is PyGenerator g && g.Running) return ts.RuntimeError("cannot clear an executing frame");
            // Any frame of the running call chain is executing, not only the innermost one (the traceback of
            // an exception caught further up holds those frames: traceback.clear_frames skips them).
            for (var running = ts.CurrentFrame; running is not null; running = running.Back)
                if (ReferenceEquals(running, f)) return ts.RuntimeError("cannot clear an executing frame");
            if (f.Generator is PyGenerator gen)
            {
                // A suspended generator's frame: clearing it finalizes the generator (_PyGen_Finalize), which
                // closes it; its frame is emptied once it has finished.
                if (!gen.Finished && GeneratorSlots.Close(ts, gen) is null) Unraisable.Write(ts, null, gen);
                if (!gen.Finished) return PyNone.Instance;
            }
            Array.Clear(f.Fast);
            return PyNone.Instance;
        });
        type.Repr = static (ts, self) =>
        {
            var f = F(self);
            return PyStr.Create($"<frame at {Protocols.AddressOf(ts, f)}, file '{f.Code.Filename}', line {f.LineNumber}, code {f.Code.Name}>");
        };
    }

    /// <summary>
    /// f_locals: the locals mapping of module and class frames; for function frames a dict of the fast
    /// locals and (dereferenced) cells, refreshed on each access as PyFrame_FastToLocals does.
    /// </summary>
    internal static PyObject? Locals(ThreadState ts, PyFrame f)
    {
        if (f.Locals is not null && (f.Code.Flags & CodeFlags.Optimized) == 0) return f.Locals;
        var d = f.Locals as PyDict ?? new PyDict();
        f.Locals ??= d;
        var code = f.Code;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var kind = (LocalKind)code.LocalsPlusKinds[i];
            var value = f.Fast[i].Value;
            if ((kind & (LocalKind.Cell | LocalKind.Free)) != 0 && value is PyCell cell) value = cell.Contents;
            // A free variable of a class body's methods (__class__) is not shown unless the code is a function.
            if (value is null) d.DelStr(code.LocalsPlusNames[i]);
            else d.SetStr(code.LocalsPlusNames[i], value);
        }
        return d;
    }
}
