using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>
/// The methods of generator, coroutine and async_generator (Objects/genobject.c): send, throw, close,
/// iteration, <c>yield from</c>/<c>await</c> delegation of throw and close to the sub-iterator, and the
/// async instructions of the VM (GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH,
/// ASYNC_GEN_WRAP).
/// </summary>
internal static partial class GeneratorSlots
{
    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        bool isCoroutine = type.Name == "coroutine";
        bool isAsyncGen = type.Name == "async_generator";
        string prefix = isCoroutine ? "cr_" : isAsyncGen ? "ag_" : "gi_";
        if (!isCoroutine && !isAsyncGen)
        {
            type.Iter = static (ts, self) => self;
            type.IterNext = static (ts, self) =>
            {
                var gen = (PyGenerator)self;
                var status = gen.Resume(ts, PyNone.Instance, false, out var r);
                if (status == GenStatus.Yielded) return r;
                if (status == GenStatus.Returned && r is not PyNone) SetStopIteration(ts, r!);
                return null;
            };
        }
        // The docstrings are CPython's (genobject.c), which name the kind of object.
        string kind = isCoroutine ? "coroutine" : isAsyncGen ? "async generator" : "generator";
        if (!isAsyncGen)
        {
            type.AddMethod("send", static (ts, self, value) => Send(ts, (PyGenerator)self, value),
                $"send(arg) -> send 'arg' into {kind},\nreturn next {(isCoroutine ? "iterated" : "yielded")} value or raise StopIteration.");
            type.AddMethod("throw", static (ts, self, args, kw) => Throw(ts, (PyGenerator)self, args, closeOnGenExit: true),
                $"throw(value)\nthrow(type[,value[,{(isCoroutine ? "traceback" : "tb")}]])\n\nRaise exception in {kind}, return next {(isCoroutine ? "iterated" : "yielded")} value or raise\nStopIteration.");
            type.AddMethod("close", static (ts, self) => Close(ts, (PyGenerator)self), $"close() -> raise GeneratorExit inside {kind}.");
        }
        if (isCoroutine)
            type.AddMethod("__await__", static (ts, self) => new PyCoroutineWrapper((PyGenerator)self));
        if (isAsyncGen)
        {
            type.AddMethod("__aiter__", static (ts, self) => self);
            type.AddMethod("__anext__", static (ts, self) => new PyAsyncGenASend((PyGenerator)self, PyNone.Instance));
            type.AddMethod("asend", static (ts, self, value) => new PyAsyncGenASend((PyGenerator)self, value), "asend(v) -> send 'v' in generator.");
            type.AddMethod("athrow", static (ts, self, args, kw) =>
            {
                if (args.Length < 1 || args.Length > 3) return ts.TypeError($"athrow expected at least 1 argument, got {args.Length}");
                return new PyAsyncGenAThrow((PyGenerator)self, PyTuple.FromSpan(args));
            }, "athrow(typ[,val[,tb]]) -> raise exception in generator.");
            type.AddMethod("aclose", static (ts, self) => new PyAsyncGenAThrow((PyGenerator)self, null), "aclose() -> raise GeneratorExit inside generator.");
        }
        type.AddGetSet("__name__", static (ts, self) => ((PyGenerator)self).Name,
            static (ts, self, v) => { if (v is not PyStr) { ts.SetError(PyExc.TypeError, "__name__ must be set to a string object"); return -1; } ((PyGenerator)self).Name = v; return 0; },
            $"name of the {kind}");
        type.AddGetSet("__qualname__", static (ts, self) => ((PyGenerator)self).QualName,
            static (ts, self, v) => { if (v is not PyStr) { ts.SetError(PyExc.TypeError, "__qualname__ must be set to a string object"); return -1; } ((PyGenerator)self).QualName = v; return 0; },
            $"qualified name of the {kind}");
        type.AddGetSet(prefix + "frame", static (ts, self) => ((PyGenerator)self).Finished ? PyNone.Instance : ((PyGenerator)self).Frame);
        type.AddGetSet(prefix + "running", static (ts, self) => PyBool.From(((PyGenerator)self).Running));
        type.AddGetSet(prefix + "code", static (ts, self) => ((PyGenerator)self).Frame.Code);
        type.AddGetSet(prefix + "suspended", static (ts, self) => PyBool.From(!((PyGenerator)self).Finished && !((PyGenerator)self).Running && !((PyGenerator)self).JustStarted));
        if (isAsyncGen)
            type.AddGetSet("ag_await", static (ts, self) => YieldFrom((PyGenerator)self) ?? PyNone.Instance);
        else
            type.AddGetSet(isCoroutine ? "cr_await" : "gi_yieldfrom", static (ts, self) => YieldFrom((PyGenerator)self) ?? PyNone.Instance);
        if (isCoroutine)
            type.AddGetSet("cr_origin", static (ts, self) => ((PyGenerator)self).Origin ?? PyNone.Instance);
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

    /// <summary>StopIteration.value (its first argument unless reassigned), or None.</summary>
    internal static PyObject StopIterationValue(PyBaseException stop)
        => stop is PyStopIteration s ? s.Value ?? PyNone.Instance : stop.Args.Length > 0 ? stop.Args.Items[0] : PyNone.Instance;

    /// <summary>gen.send(value): the yielded value, or null with StopIteration (return) or the error set.</summary>
    internal static PyObject? Send(ThreadState ts, PyGenerator gen, PyObject value)
    {
        var status = gen.Resume(ts, value, false, out var r);
        if (status == GenStatus.Yielded) return r;
        if (status == GenStatus.Returned)
        {
            if (gen.IsAsyncGenerator) ts.SetErrorNoArgs(PyExc.StopAsyncIteration);
            else SetStopIteration(ts, r!);
        }
        return null;
    }

    /// <summary>_PyGen_yf: the sub-iterator of a `yield from`/`await` the generator is suspended in, or null.</summary>
    internal static PyObject? YieldFrom(PyGenerator gen)
    {
        if (gen.Finished || gen.JustStarted || gen.Running) return null;
        var f = gen.Frame;
        int next = f.NextInstr;
        var instrs = f.Code.Instructions;
        if (next >= instrs.Length) return null;
        int word = instrs[next];
        if ((word & 0xff) != (int)OpCode.Resume || (word >> 8) < 2) return null;
        return f.StackTop > f.Code.NLocalsPlus ? f.Fast[f.StackTop - 1].Value : null;
    }

    /// <summary>gen.throw(exc) / gen.throw(type[, value[, tb]]).</summary>
    internal static PyObject? Throw(ThreadState ts, PyGenerator gen, ReadOnlySpan<PyObject> args, bool closeOnGenExit)
    {
        if (args.Length < 1 || args.Length > 3)
            return ts.TypeError($"throw expected at least 1 argument, got {args.Length}");
        var exc = NormalizeThrow(ts, args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
        if (exc is null) return null;
        return ThrowException(ts, gen, exc, closeOnGenExit);
    }

    /// <summary>The exception instance for throw(type, value, tb), with CPython's checks (null with the error
    /// set when the arguments cannot be thrown; the error of a failed instantiation is itself the instance).</summary>
    internal static PyBaseException? NormalizeThrow(ThreadState ts, PyObject typ, PyObject? val, PyObject? tb)
    {
        if (tb is PyNone) tb = null;
        if (tb is not null && tb is not PyTraceback)
        {
            ts.SetError(PyExc.TypeError, "throw() third argument must be a traceback object");
            return null;
        }
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            PyObject? created = val is null || val is PyNone ? Protocols.Call0(ts, t)
                : val is PyBaseException ve && ve.Type.IsSubtypeOf(t) ? ve
                : val is PyTuple vt ? Protocols.Call(ts, t, vt.Items, null)
                : Protocols.Call1(ts, t, val);
            // PyErr_NormalizeException: when making the instance fails, the error it raised is the exception
            // thrown (into the generator), not an error of throw() itself.
            if (created is null) return ts.FetchError();
            if (created is not PyBaseException ce)
            {
                ts.SetError(PyExc.TypeError, $"calling {Protocols.ReprText(ts, t)} should have returned an instance of BaseException, not {created.Type.Name}");
                return ts.FetchError();
            }
            exc = ce;
        }
        else if (typ is PyBaseException inst)
        {
            if (val is not null && val is not PyNone)
            {
                ts.SetError(PyExc.TypeError, "instance exception may not have a separate value");
                return null;
            }
            exc = inst;
        }
        else
        {
            ts.SetError(PyExc.TypeError, $"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
            return null;
        }
        if (tb is PyTraceback ptb) exc.Traceback = ptb;
        return exc;
    }

    /// <summary>_gen_throw: delegates to the sub-iterator of a `yield from` first, then raises at the suspension point.</summary>
    internal static PyObject? ThrowException(ThreadState ts, PyGenerator gen, PyBaseException exc, bool closeOnGenExit)
    {
        var yf = YieldFrom(gen);
        if (yf is not null)
        {
            PyObject? ret;
            if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit) && closeOnGenExit)
            {
                gen.Running = true;
                bool ok = CloseIter(ts, yf);
                gen.Running = false;
                if (!ok) return ResumeWithError(ts, gen);
                return ThrowHere(ts, gen, exc);
            }
            if (yf is PyGenerator sub && (yf.Type == BuiltinTypes.Generator || yf.Type == BuiltinTypes.Coroutine))
            {
                // The delegating frame stands on the frame stack while the exception goes down the chain
                // (_gen_throw, gh-93592): the stack seen from inside is the one a send() would show.
                var frame = gen.Frame;
                var savedBack = frame.Back;
                var savedCurrent = ts.CurrentFrame;
                frame.Back = savedCurrent;
                ts.CurrentFrame = frame;
                gen.Running = true;
                ret = ThrowException(ts, sub, exc, closeOnGenExit);
                gen.Running = false;
                ts.CurrentFrame = savedCurrent;
                frame.Back = savedBack;
            }
            else
            {
                var meth = Protocols.LookupAttr(ts, yf, "throw");
                if (meth is null)
                {
                    if (ts.HasError) return null;
                    return ThrowHere(ts, gen, exc);
                }
                gen.Running = true;
                ret = Protocols.Call(ts, meth, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance], null);
                gen.Running = false;
            }
            if (ret is not null) return ret;
            // The sub-iterator finished: pop it and continue after the SEND loop with its value.
            var f = gen.Frame;
            f.Fast[--f.StackTop].Value = null;
            int yieldIndex = f.NextInstr - 1;
            int send = f.Code.Instructions[yieldIndex - 1];
            f.NextInstr = yieldIndex + (send >> 8);
            if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                ts.FetchError();
                return Send(ts, gen, StopIterationValue(e));
            }
            return ResumeWithError(ts, gen);
        }
        return ThrowHere(ts, gen, exc);
    }

    private static PyObject? ThrowHere(ThreadState ts, PyGenerator gen, PyBaseException exc)
    {
        // Restored as given (the caller's handled exception is not its context); the resumption chains
        // it to the generator's own (PyGenerator.Resume).
        ts.SetError(exc);
        return ResumeWithError(ts, gen);
    }

    /// <summary>Resumes the generator with the current exception raised at its suspension point.</summary>
    private static PyObject? ResumeWithError(ThreadState ts, PyGenerator gen)
    {
        if (gen.Finished)
        {
            // gen_send_ex2 on an exhausted coroutine, not closing: the thrown exception is replaced.
            if (gen.IsCoroutine) ts.SetError(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
            return null;
        }
        if (gen.JustStarted)
        {
            // Nothing can catch it: the frame ends with the exception.
            gen.Finished = true;
            return null;
        }
        var status = gen.Resume(ts, PyNone.Instance, true, out var r);
        if (status == GenStatus.Yielded) return r;
        if (status == GenStatus.Returned)
        {
            if (gen.IsAsyncGenerator) ts.SetErrorNoArgs(PyExc.StopAsyncIteration);
            else SetStopIteration(ts, r!);
        }
        return null;
    }

    /// <summary>gen_close_iter: closes a `yield from` sub-iterator. False with an error set on failure.</summary>
    private static bool CloseIter(ThreadState ts, PyObject yf)
    {
        if (yf is PyGenerator g && (yf.Type == BuiltinTypes.Generator || yf.Type == BuiltinTypes.Coroutine))
            return Close(ts, g) is not null;
        var meth = Protocols.LookupAttr(ts, yf, "close");
        if (meth is null) return !ts.HasError;
        return Protocols.Call0(ts, meth) is not null;
    }

    /// <summary>gen.close(): GeneratorExit at the suspension point; yielding again is a RuntimeError.</summary>
    internal static PyObject? Close(ThreadState ts, PyGenerator gen)
    {
        if (gen.Finished) return PyNone.Instance;
        if (gen.JustStarted)
        {
            gen.Finished = true;
            return PyNone.Instance;
        }
        bool subFailed = false;
        var yf = YieldFrom(gen);
        if (yf is not null)
        {
            gen.Running = true;
            subFailed = !CloseIter(ts, yf);
            gen.Running = false;
        }
        if (!subFailed) ts.SetErrorNoArgs(PyExc.GeneratorExit);
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

    // ---- the async instructions ----------------------------------------------------------------------

    /// <summary>GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP.</summary>
    internal static bool AsyncOp(ThreadState ts, PyFrame f, OpCode op, int arg, ValueSlot[] fast, ref int sp)
    {
        switch (op)
        {
            case OpCode.GetAwaitable:
            {
                var iterable = fast[sp - 1].Value!;
                var it = GetAwaitableIter(ts, iterable);
                if (it is null)
                {
                    if (arg != 0 && ts.ErrorMatches(PyExc.TypeError) && iterable.Type.Lookup(PyStr.Intern("__await__")) is null)
                    {
                        ts.ClearError();
                        string where = arg == 1 ? "__aenter__" : "__aexit__";
                        ts.SetError(PyExc.TypeError, $"'async with' received an object from {where} that does not implement __await__: {iterable.Type.Name}");
                    }
                    return false;
                }
                if (it is PyGenerator coro && it.Type == BuiltinTypes.Coroutine && YieldFrom(coro) is not null)
                {
                    ts.SetError(PyExc.RuntimeError, "coroutine is being awaited already");
                    return false;
                }
                fast[sp - 1].Value = it;
                return true;
            }
            case OpCode.GetAiter:
            {
                var obj = fast[sp - 1].Value!;
                var aiter = Protocols.LookupSpecial(ts, obj, PyStr.Intern("__aiter__"));
                if (aiter is null)
                {
                    if (!ts.HasError)
                        ts.SetError(PyExc.TypeError, $"'async for' requires an object with __aiter__ method, got {obj.Type.Name}");
                    return false;
                }
                var it = Protocols.Call0(ts, aiter);
                if (it is null) return false;
                if (it.Type.Lookup(PyStr.Intern("__anext__")) is null)
                {
                    ts.SetError(PyExc.TypeError, $"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
                    return false;
                }
                fast[sp - 1].Value = it;
                return true;
            }
            case OpCode.GetAnext:
            {
                var aiter = fast[sp - 1].Value!;
                PyObject? awaitable;
                if (aiter is PyGenerator ag && aiter.Type == BuiltinTypes.AsyncGenerator)
                    awaitable = new PyAsyncGenASend(ag, PyNone.Instance);
                else
                {
                    var anext = Protocols.LookupSpecial(ts, aiter, PyStr.Intern("__anext__"));
                    if (anext is null)
                    {
                        if (!ts.HasError)
                            ts.SetError(PyExc.TypeError, $"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
                        return false;
                    }
                    var next = Protocols.Call0(ts, anext);
                    if (next is null) return false;
                    awaitable = GetAwaitableIter(ts, next);
                    if (awaitable is null)
                    {
                        var cause = ts.FetchError();
                        ts.SetError(PyExc.TypeError, $"'async for' received an invalid object from __anext__: {next.Type.Name}");
                        if (ts.CurrentException is { } e) { e.Cause = cause; e.Context = cause; e.SuppressContext = true; }
                        return false;
                    }
                }
                fast[sp++].Value = awaitable;
                return true;
            }
            case OpCode.EndAsyncFor:
            {
                var exc = (PyBaseException)fast[--sp].Value!;
                fast[sp].Value = null;
                if (exc.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                {
                    fast[--sp].Value = null; // the async iterator
                    return true;
                }
                ts.SetError(exc);
                return false;
            }
            case OpCode.BeforeAsyncWith:
            {
                var mgr = fast[sp - 1].Value!;
                var enter = Protocols.LookupSpecial(ts, mgr, PyStr.Intern("__aenter__"));
                if (enter is null)
                {
                    if (!ts.HasError) ts.SetError(PyExc.TypeError, $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
                    return false;
                }
                var exit = Protocols.LookupSpecial(ts, mgr, PyStr.Intern("__aexit__"));
                if (exit is null)
                {
                    if (!ts.HasError) ts.SetError(PyExc.TypeError, $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                    return false;
                }
                fast[sp - 1].Value = exit;
                var res = Protocols.Call0(ts, enter);
                if (res is null) return false;
                fast[sp++].Value = res;
                return true;
            }
            case OpCode.AsyncGenWrap:
                fast[sp - 1].Value = new PyAsyncGenWrappedValue(fast[sp - 1].Value!);
                return true;
        }
        ts.SetError(PyExc.SystemError, $"unexpected async opcode {op}");
        return false;
    }

    /// <summary>_PyCoro_GetAwaitableIter: a coroutine itself, or the iterator __await__ returns.</summary>
    internal static PyObject? GetAwaitableIter(ThreadState ts, PyObject o)
    {
        if (o.Type == BuiltinTypes.Coroutine) return o;
        if (o is PyGenerator g && o.Type == BuiltinTypes.Generator && (g.Frame.Code.Flags & Kaa.Compiler.Code.CodeFlags.IterableCoroutine) != 0)
            return o;
        var await = Protocols.LookupSpecial(ts, o, PyStr.Intern("__await__"));
        if (await is null)
        {
            if (!ts.HasError) ts.SetError(PyExc.TypeError, $"object {o.Type.Name} can't be used in 'await' expression");
            return null;
        }
        var res = Protocols.Call0(ts, await);
        if (res is null) return null;
        if (res.Type == BuiltinTypes.Coroutine || (res is PyGenerator rg && (rg.Frame.Code.Flags & Kaa.Compiler.Code.CodeFlags.IterableCoroutine) != 0))
        {
            ts.SetError(PyExc.TypeError, "__await__() returned a coroutine");
            return null;
        }
        if (res.Type.IterNext is null)
        {
            ts.SetError(PyExc.TypeError, $"__await__() returned non-iterator of type '{res.Type.Name}'");
            return null;
        }
        return res;
    }
}
