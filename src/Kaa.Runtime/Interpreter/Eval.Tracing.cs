using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>The VM-only opcode that <see cref="PyCode.TracedInstructions"/> puts in every instruction
    /// (CPython 3.12's instrumented instructions play the same part): the trace step, then the instruction.</summary>
    internal const OpCode TraceHook = (OpCode)192;

    /// <summary>The instruction stream <paramref name="f"/> runs (from the current instruction on): the traced
    /// copy while a trace or profile function is set, so that the untraced loop makes no test per instruction.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ushort[] InstructionsFor(ThreadState ts, PyFrame f) => ts.UseTracing ? StartTracing(f) : f.Code.Instructions;

    /// <summary>A frame starts or goes on running traced: its traced instructions. The loop has already
    /// recorded the current instruction in LastInstr when the trace step runs, so the step takes the
    /// previous one (a line event's reference point) from <see cref="PyFrame.TracePrevInstr"/>, which is in
    /// step with LastInstr from here on.</summary>
    private static ushort[] StartTracing(PyFrame f)
    {
        f.TracePrevInstr = f.LastInstr;
        return f.Code.TracedInstructions;
    }

    /// <summary>
    /// The evaluation loop's per-instruction step while its trace flag is set (CPython's DO_TRACING), run
    /// before the instruction at <paramref name="ip"/>: 'call' events at RESUME, 'line' and 'opcode' events
    /// elsewhere (from the first RESUME on). A line event's function may move the frame (an f_lineno
    /// jump): <paramref name="ip"/> and <paramref name="sp"/> then come back changed, and the instruction
    /// there runs without a new event. Returns the instruction word to run, with the VM's superinstructions
    /// taken apart so that each instruction is seen; -1 with the exception set (and <paramref name="ip"/>
    /// past the instruction, as after any failed instruction) when a trace function raised.
    /// </summary>
    private static int TraceInstruction(ThreadState ts, PyFrame f, ref int ip, ref int sp)
    {
        var code = f.Code;
        var instrs = code.Instructions;
        if (InstructionTrace) Trace(code, ip, instrs[ip] & 0xff, instrs[ip] >> 8, sp);
        if (ts.UseTracing)
        {
            Tracing.LinesOf(code);
            if (ip >= code.FirstTraceable)
            {
                int prev = f.TracePrevInstr;
                f.LastInstr = ip;
                f.StackTop = sp;
                bool ok;
                if ((instrs[ip] & 0xff) == (int)OpCode.Resume) ok = Tracing.FunctionEntry(ts, f);
                else if (ts.TraceFunction is not null)
                {
                    ok = Tracing.LineEvent(ts, f, prev);
                    if (ok)
                    {
                        // An f_lineno jump moved f_lasti (and popped what the target does not have).
                        ip = f.LastInstr;
                        sp = f.StackTop;
                    }
                }
                else ok = true;
                if (!ok)
                {
                    f.LastInstr = ip;
                    ip++;
                    return -1;
                }
            }
        }
        return Unfused(instrs[ip]);
    }

    /// <summary>An instruction word with a superinstruction (PyCode.Quicken) replaced by its first
    /// instruction (the second one follows unchanged in the stream).</summary>
    private static int Unfused(int word) => (word & 0xff00) | (int)Superinstructions.FirstOf((OpCode)(word & 0xff));

    /// <summary>A traced frame calls something that is not a Python function (see Tracing.CallBuiltin).</summary>
    private static PyObject? TracedCall(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        => Tracing.CallBuiltin(ts, callable, args, kwnames);

    /// <summary>RETURN_VALUE or YIELD_VALUE of a traced frame: the 'return' events. False with the exception
    /// set when a trace function raised.</summary>
    private static bool TraceReturn(ThreadState ts, PyFrame f, PyObject? retval)
        => ts.TracingDepth > 0 || Tracing.FunctionExit(ts, f, retval);

    /// <summary>A traced frame ends with an exception: 'return' with None (an error from the trace function
    /// replaces the exception).</summary>
    private static void TraceUnwind(ThreadState ts, PyFrame f)
    {
        if (ts.TracingDepth == 0) Tracing.FunctionExit(ts, f, null);
    }

    /// <summary>Run's prologue for generator.throw()/close() while tracing: the 'call' events at the
    /// suspension point. False (the frame left, as by an exception) when a trace function raised.</summary>
    private static bool TraceThrowEntry(ThreadState ts, PyFrame f)
    {
        if (!ts.UseTracing) return true;
        if (Tracing.FunctionEntry(ts, f)) return true;
        if (f.Generator is PyGenerator gen) gen.Finished = true;
        PopFrame(ts, f);
        return false;
    }

    /// <summary>
    /// SEND in a traced frame: when the receiver finishes, CPython's traced SEND gets its result through
    /// tp_iternext or send(), so a StopIteration is raised (a generator's non-None result, any result of
    /// send() with a value, an iterator's own StopIteration) and the trace function sees it as an
    /// 'exception' event before it is taken for the result.
    /// </summary>
    private static PyObject? TracedSend(ThreadState ts, PyFrame f, ValueSlot[] fast, ref int sp, out bool returned)
    {
        var sent = fast[sp - 1].Value!;
        var receiver = fast[sp - 2].Value!;
        bool traced = ts.TraceFunction is not null && f.Trace is not null && ts.TracingDepth == 0;
        if (!traced) return Send(ts, fast, ref sp, out returned);
        if (receiver is PyGenerator && (receiver.Type == BuiltinTypes.Generator || receiver.Type == BuiltinTypes.Coroutine))
        {
            var r = Send(ts, fast, ref sp, out returned);
            // A generator is sent None through tp_iternext, which raises for a result other than None; a
            // coroutine (no tp_iternext) and any other value go through send(), which always raises.
            if (r is null || !returned || (sent is PyNone && r is PyNone && receiver.Type == BuiltinTypes.Generator)) return r;
            var stop = PyBaseException.Create(ts, PyExc.StopIteration, r is PyNone ? PyTuple.Empty : PyTuple.Create(r));
            if (stop is null) return null;
            ts.SetError(stop);
            Tracing.ExceptionEvent(ts, f);
            if (!ReferenceEquals(ts.CurrentException, stop)) return null; // the trace function raised instead
            ts.ClearError();
            return r;
        }
        // Any other receiver: SEND's own steps, with the StopIteration seen by the trace function.
        fast[--sp].Value = null;
        returned = false;
        var result = sent is PyNone && receiver.Type.IterNext is { } next
            ? next(ts, receiver)
            : Protocols.CallMethod(ts, receiver, "send", [sent]);
        if (result is not null) return result;
        if (ts.CurrentException is null)
        {
            returned = true;
            return PyNone.Instance;
        }
        if (!ts.CurrentException.Type.IsSubtypeOf(PyExc.StopIteration)) return null;
        Tracing.ExceptionEvent(ts, f);
        if (ts.CurrentException is not { } e || !e.Type.IsSubtypeOf(PyExc.StopIteration)) return null;
        ts.ClearError();
        returned = true;
        return GeneratorSlots.StopIterationValue(e);
    }
}
