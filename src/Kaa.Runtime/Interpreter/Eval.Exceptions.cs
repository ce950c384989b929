using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>
    /// RAISE_VARARGS: 0 re-raises the handled exception (true: unwind without a new traceback entry);
    /// 1 raises; 2 raises with a cause. False: an exception is set for the error path.
    /// </summary>
    private static bool Raise(ThreadState ts, ValueSlot[] fast, ref int sp, int argc)
    {
        PyObject? cause = null, exc = null;
        if (argc == 2) { cause = fast[--sp].Value; fast[sp].Value = null; }
        if (argc >= 1) { exc = fast[--sp].Value; fast[sp].Value = null; }
        if (exc is null)
        {
            if (ts.TopmostHandled is { } handled)
            {
                ts.CurrentException = handled;
                return true;
            }
            ts.SetError(PyExc.RuntimeError, "No active exception to reraise");
            return false;
        }
        var instance = MakeException(ts, exc, "exceptions must derive from BaseException");
        if (instance is null) return false;
        if (cause is not null)
        {
            if (cause is PyNone) instance.Cause = null;
            else
            {
                var causeInstance = MakeException(ts, cause, "exception causes must derive from BaseException");
                if (causeInstance is null) return false;
                instance.Cause = causeInstance;
            }
            instance.SuppressContext = true;
        }
        ts.Raise(instance);
        return false;
    }

    /// <summary>An exception instance from a raise operand: an instance, or a class called with no arguments.</summary>
    private static PyBaseException? MakeException(ThreadState ts, PyObject value, string message)
    {
        if (value is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var created = Protocols.Call0(ts, t);
            if (created is null) return null;
            if (created is PyBaseException e) return e;
            ts.SetError(PyExc.TypeError, $"calling {Protocols.ReprText(ts, t)} should have returned an instance of BaseException, not {created.Type.Name}");
            return null;
        }
        if (value is PyBaseException inst) return inst;
        ts.SetError(PyExc.TypeError, message);
        return null;
    }

    /// <summary>CHECK_EXC_MATCH: isinstance of the raised exception against an except clause's class or tuple.</summary>
    private static int CheckExceptionMatch(ThreadState ts, PyObject exc, PyObject right)
    {
        if (!ValidExceptClass(right))
        {
            ts.SetError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        return GivenExceptionMatches(exc, right) ? 1 : 0;
    }

    private static bool ValidExceptClass(PyObject right)
    {
        if (right is PyTuple t)
        {
            foreach (var item in t.Items)
                if (item is not PyType it || !it.IsSubtypeOf(PyExc.BaseException)) return false;
            return true;
        }
        return right is PyType rt && rt.IsSubtypeOf(PyExc.BaseException);
    }

    internal static bool GivenExceptionMatches(PyObject exc, PyObject cls)
    {
        if (cls is PyTuple t)
        {
            foreach (var item in t.Items)
                if (GivenExceptionMatches(exc, item)) return true;
            return false;
        }
        var et = exc as PyType ?? exc.Type;
        return cls is PyType ct && et.IsSubtypeOf(ct);
    }

    private static bool ExceptionGroupOp(ThreadState ts, OpCode op, ValueSlot[] fast, ref int sp)
        => ExceptionGroups.Run(ts, op, fast, ref sp);

    /// <summary>BEFORE_WITH: pushes the bound __exit__ and the result of __enter__().</summary>
    private static bool BeforeWith(ThreadState ts, ValueSlot[] fast, ref int sp)
    {
        var mgr = fast[sp - 1].Value!;
        var enter = Protocols.LookupSpecial(ts, mgr, PyStr.Intern("__enter__"));
        if (enter is null)
        {
            if (!ts.HasError) ts.SetError(PyExc.TypeError, $"'{mgr.Type.Name}' object does not support the context manager protocol");
            return false;
        }
        var exit = Protocols.LookupSpecial(ts, mgr, PyStr.Intern("__exit__"));
        if (exit is null)
        {
            if (!ts.HasError) ts.SetError(PyExc.TypeError, $"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
            return false;
        }
        fast[sp - 1].Value = exit;
        var res = Protocols.Call0(ts, enter);
        if (res is null) return false;
        fast[sp++].Value = res;
        return true;
    }

    /// <summary>WITH_EXCEPT_START: calls __exit__(type, value, traceback) for the exception on top.</summary>
    private static PyObject? WithExceptStart(ThreadState ts, ValueSlot[] fast, int sp)
    {
        var val = fast[sp - 1].Value!;
        var exit = fast[sp - 4].Value!;
        var tb = (PyObject?)(val as PyBaseException)?.Traceback ?? PyNone.Instance;
        return Protocols.Call(ts, exit, [val.Type, val, tb], null);
    }
}
