using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>The methods of generator, coroutine and async_generator (send, throw, close, __next__, ...).</summary>
internal static partial class GeneratorSlots
{
    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var gen = (PyGenerator)self;
            var status = gen.Resume(ts, PyNone.Instance, false, out var r);
            if (status == GenStatus.Yielded) return r;
            if (status == GenStatus.Returned && r is not PyNone) SetStopIteration(ts, r!);
            return null;
        };
        type.AddMethod("send", static (ts, self, value) =>
        {
            var gen = (PyGenerator)self;
            var status = gen.Resume(ts, value, false, out var r);
            if (status == GenStatus.Yielded) return r;
            if (status == GenStatus.Returned) SetStopIteration(ts, r!);
            return null;
        });
        type.AddMethod("throw", static (ts, self, args, kw) => Throw(ts, (PyGenerator)self, args));
        type.AddMethod("close", static (ts, self) => Close(ts, (PyGenerator)self));
        type.AddGetSet("__name__", static (ts, self) => ((PyGenerator)self).Name,
            static (ts, self, v) => { if (v is not PyStr) { ts.SetError(PyExc.TypeError, "__name__ must be set to a string object"); return -1; } ((PyGenerator)self).Name = v; return 0; });
        type.AddGetSet("__qualname__", static (ts, self) => ((PyGenerator)self).QualName,
            static (ts, self, v) => { if (v is not PyStr) { ts.SetError(PyExc.TypeError, "__qualname__ must be set to a string object"); return -1; } ((PyGenerator)self).QualName = v; return 0; });
        type.AddGetSet("gi_frame", static (ts, self) => ((PyGenerator)self).Finished ? PyNone.Instance : ((PyGenerator)self).Frame);
        type.AddGetSet("gi_running", static (ts, self) => PyBool.From(((PyGenerator)self).Running));
        type.AddGetSet("gi_code", static (ts, self) => ((PyGenerator)self).Frame.Code);
        type.AddGetSet("gi_suspended", static (ts, self) => PyBool.From(!((PyGenerator)self).Finished && !((PyGenerator)self).Running && !((PyGenerator)self).JustStarted));
        type.Repr = static (ts, self) =>
        {
            var g = (PyGenerator)self;
            string kind = g.IsCoroutine ? "coroutine" : g.IsAsyncGenerator ? "async_generator" : "generator";
            return PyStr.Create($"<{kind} object {g.QualName} at {Protocols.AddressOf(ts, g)}>");
        };
    }

    /// <summary>Raises StopIteration carrying <paramref name="value"/> (a generator's return value).</summary>
    internal static void SetStopIteration(ThreadState ts, PyObject value)
    {
        if (value is PyNone) ts.SetErrorNoArgs(PyExc.StopIteration);
        else ts.SetError(PyExc.StopIteration, PyTuple.Create(value));
    }

    /// <summary>StopIteration.value: its first argument, or None.</summary>
    internal static PyObject StopIterationValue(PyBaseException stop)
        => stop.Args.Length > 0 ? stop.Args.Items[0] : PyNone.Instance;

    /// <summary>gen.throw(exc) / gen.throw(type[, value[, tb]]).</summary>
    private static PyObject? Throw(ThreadState ts, PyGenerator gen, ReadOnlySpan<PyObject> args)
    {
        if (args.Length < 1 || args.Length > 3)
            return ts.TypeError($"throw expected at least 1 argument, got {args.Length}");
        var typ = args[0];
        PyObject? val = args.Length > 1 ? args[1] : null;
        PyObject? tb = args.Length > 2 ? args[2] : null;
        if (tb is PyNone) tb = null;
        if (tb is not null && tb is not PyTraceback)
            return ts.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            PyObject? created = val is null || val is PyNone ? Protocols.Call0(ts, t)
                : val is PyBaseException ve && ve.Type.IsSubtypeOf(t) ? ve
                : val is PyTuple vt ? Protocols.Call(ts, t, vt.Items, null)
                : Protocols.Call1(ts, t, val);
            if (created is null) return null;
            exc = (PyBaseException)created;
        }
        else if (typ is PyBaseException inst)
        {
            if (val is not null && val is not PyNone)
                return ts.TypeError("instance exception may not have a separate value");
            exc = inst;
        }
        else
            return ts.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
        if (tb is PyTraceback ptb) exc.Traceback = ptb;
        return ThrowException(ts, gen, exc);
    }

    internal static PyObject? ThrowException(ThreadState ts, PyGenerator gen, PyBaseException exc)
    {
        // A generator suspended in `yield from` passes the exception to its sub-iterator first.
        ts.Raise(exc);
        if (gen.Finished)
            return null;
        var status = gen.Resume(ts, PyNone.Instance, true, out var r);
        if (status == GenStatus.Yielded) return r;
        if (status == GenStatus.Returned) SetStopIteration(ts, r!);
        return null;
    }

    /// <summary>gen.close(): GeneratorExit at the suspension point; yielding again is a RuntimeError.</summary>
    internal static PyObject? Close(ThreadState ts, PyGenerator gen)
    {
        if (gen.Finished || gen.JustStarted)
        {
            gen.Finished = true;
            return PyNone.Instance;
        }
        ts.SetErrorNoArgs(PyExc.GeneratorExit);
        var exc = ts.FetchError()!;
        ts.SetError(exc);
        var status = gen.Resume(ts, PyNone.Instance, true, out _);
        if (status == GenStatus.Yielded)
        {
            string what = gen.IsCoroutine ? "coroutine" : gen.IsAsyncGenerator ? "async generator" : "generator";
            return ts.RuntimeError($"{what} ignored GeneratorExit");
        }
        if (status == GenStatus.Returned) return PyNone.Instance;
        if (ts.ErrorMatches(PyExc.GeneratorExit) || ts.ErrorMatches(PyExc.StopIteration))
        {
            ts.ClearError();
            return PyNone.Instance;
        }
        return null;
    }

    /// <summary>GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP.</summary>
    internal static bool AsyncOp(ThreadState ts, PyFrame f, OpCode op, int arg, PyObject?[] fast, ref int sp)
    {
        ts.SetError(PyExc.SystemError, $"{op} is not implemented yet");
        return false;
    }
}
