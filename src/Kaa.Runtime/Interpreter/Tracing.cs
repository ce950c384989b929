using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;

namespace Kaa.Runtime;

/// <summary>
/// sys.settrace and sys.setprofile events (CPython 3.11's call_trace, trace_trampoline, profile_trampoline
/// and the events of ceval.c), and the C-level profiler hook (_lsprof). The evaluation loop calls in here
/// while <see cref="ThreadState.UseTracing"/> is set; a frame that starts or resumes then, or calls a builtin
/// that sets it, runs its code's traced instructions (Eval.Tracing.cs has the per-instruction part).
/// While a trace or profile function runs, <see cref="ThreadState.TracingDepth"/> is nonzero and nothing
/// is traced (the function's own frames run untraced).
/// </summary>
internal static class Tracing
{
    /// <summary>The events (PyTrace_CALL ...), indexes into <see cref="EventNames"/>.</summary>
    internal const int Call = 0, Exception = 1, Line = 2, Return = 3, CCall = 4, CException = 5, CReturn = 6, Opcode = 7;

    private static readonly PyStr[] EventNames = Array.ConvertAll(
        ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"], PyStr.Intern);

    /// <summary>Recomputes <see cref="ThreadState.UseTracing"/> after a trace or profile function changed.</summary>
    internal static void Changed(ThreadState ts)
        => ts.UseTracing = ts.TracingDepth == 0 && (Eval.InstructionTrace || ts.TraceFunction is not null || ts.ProfileFunction is not null || ts.ProfileHook is not null);

    private static bool Profiling(ThreadState ts) => ts.ProfileFunction is not null || ts.ProfileHook is not null;

    // ---- line numbers ----------------------------------------------------------------------------------

    /// <summary>The line of each code unit of <paramref name="code"/> (-1 for none), decoded once from the
    /// location table; also finds the first RESUME (_co_firsttraceable).</summary>
    internal static int[] LinesOf(PyCode code)
    {
        var lines = code.TraceLineArray;
        if (lines is not null) return lines;
        var instrs = code.Instructions;
        lines = new int[instrs.Length];
        Array.Fill(lines, -1);
        var table = code.Code.LineTable;
        int line = code.Code.FirstLineno, unit = 0, p = 0;
        while (p < table.Length && unit < lines.Length)
        {
            byte first = table[p++];
            int kind = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int entryLine;
            switch (kind)
            {
                case 15: entryLine = -1; break;
                case 14:
                    line += SignedVarint(table, ref p);
                    Varint(table, ref p); Varint(table, ref p); Varint(table, ref p);
                    entryLine = line;
                    break;
                case 13:
                    line += SignedVarint(table, ref p);
                    entryLine = line;
                    break;
                case 10: case 11: case 12:
                    line += kind - 10;
                    p += 2;
                    entryLine = line;
                    break;
                default:
                    p++;
                    entryLine = line;
                    break;
            }
            for (int i = 0; i < length && unit < lines.Length; i++) lines[unit++] = entryLine;
        }
        int firstTraceable = 0;
        for (int i = 0; i < instrs.Length; i++)
        {
            if ((instrs[i] & 0xff) == (int)OpCode.Resume) { firstTraceable = i; break; }
            i += OpCodeInfo.CacheEntries[(int)Superinstructions.FirstOf((OpCode)(instrs[i] & 0xff))];
        }
        code.FirstTraceable = firstTraceable;
        return code.TraceLineArray = lines;
    }

    private static int Varint(byte[] t, ref int p)
    {
        int b = t[p++], value = b & 63, shift = 0;
        while ((b & 64) != 0)
        {
            b = t[p++];
            shift += 6;
            value |= (b & 63) << shift;
        }
        return value;
    }

    private static int SignedVarint(byte[] t, ref int p)
    {
        int v = Varint(t, ref p);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }

    // ---- calling the functions ---------------------------------------------------------------------------

    /// <summary>
    /// call_trace: one event to the trace function (<paramref name="profile"/> false) or to the profiler.
    /// While it runs nothing is traced, and the frame's f_lineno is the line of its current instruction.
    /// False with the exception set when the function raised.
    /// </summary>
    private static bool CallTrace(ThreadState ts, PyFrame f, int what, PyObject? arg, bool profile)
    {
        if (ts.TracingDepth > 0) return true;
        int oldWhat = ts.TracingWhat;
        ts.TracingWhat = what;
        ts.TracingDepth++;
        ts.UseTracing = false;
        var lines = LinesOf(f.Code);
        f.TraceLineno = f.LastInstr >= 0 && f.LastInstr < lines.Length ? lines[f.LastInstr] : f.Code.Code.FirstLineno;
        bool ok;
        try
        {
            ok = profile ? ProfileTrampoline(ts, f, what, arg) : TraceTrampoline(ts, f, what, arg);
        }
        finally
        {
            f.TraceLineno = 0;
            ts.TracingDepth--;
            ts.TracingWhat = oldWhat;
            Changed(ts);
        }
        return ok;
    }

    /// <summary>call_trace_protected: the exception being raised (if any) survives the call, unless the
    /// function itself raised.</summary>
    private static bool CallTraceProtected(ThreadState ts, PyFrame f, int what, PyObject? arg, bool profile)
    {
        var saved = ts.FetchError();
        if (!CallTrace(ts, f, what, arg, profile)) return false;
        if (saved is not null) ts.SetError(saved);
        return true;
    }

    /// <summary>trace_trampoline: 'call' goes to the global function, the rest to f_trace; what it returns
    /// (unless None) becomes f_trace. A function that raises is removed, globally and from the frame.</summary>
    private static bool TraceTrampoline(ThreadState ts, PyFrame f, int what, PyObject? arg)
    {
        var callback = what == Call ? ts.TraceFunction : f.Trace;
        if (callback is null) return true;
        var result = CallTrampoline(ts, callback, f, what, arg);
        if (result is null)
        {
            ts.TraceFunction = null;
            f.Trace = null;
            return false;
        }
        if (result is not PyNone) f.Trace = result;
        return true;
    }

    /// <summary>profile_trampoline, or the C-level profiler's callback (_lsprof's profiler_callback).</summary>
    private static bool ProfileTrampoline(ThreadState ts, PyFrame f, int what, PyObject? arg)
    {
        if (ts.ProfileHook is { } hook)
        {
            switch (what)
            {
                case Call: hook.Call(ts, f.Code); break;
                case Return: hook.Return(ts, f.Code); break;
                case CCall: if (arg is PyBuiltinFunction) hook.Call(ts, arg); break;
                case CReturn: case CException: if (arg is PyBuiltinFunction) hook.Return(ts, arg); break;
            }
            return true;
        }
        if (ts.ProfileFunction is not { } function) return true;
        if (CallTrampoline(ts, function, f, what, arg) is null)
        {
            ts.ProfileFunction = null;
            return false;
        }
        return true;
    }

    /// <summary>call_trampoline: function(frame, event, arg), with the frame's locals mapping (when Python
    /// code made one) refreshed before and written back to the fast locals after, so that a debugger can
    /// change variables.</summary>
    private static PyObject? CallTrampoline(ThreadState ts, PyObject function, PyFrame f, int what, PyObject? arg)
    {
        bool optimized = (f.Code.Flags & CodeFlags.Optimized) != 0;
        if (optimized && f.Locals is not null && FrameSlots.Locals(ts, f) is null) return null;
        var result = Protocols.Call(ts, function, [f.Expose(), EventNames[what], arg ?? PyNone.Instance], null);
        if (optimized && f.Locals is not null) LocalsToFast(ts, f);
        return result;
    }

    /// <summary>PyFrame_LocalsToFast(frame, clear=1): the locals mapping's values back into the fast locals
    /// and cells (a name missing from the mapping unbinds the variable).</summary>
    private static void LocalsToFast(ThreadState ts, PyFrame f)
    {
        if (f.Locals is not { } locals) return;
        var saved = ts.FetchError();
        var code = f.Code;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var kind = (LocalKind)code.LocalsPlusKinds[i];
            var value = Protocols.GetItem(ts, locals, code.LocalsPlusNames[i]);
            if (value is null) ts.ClearError();
            var old = f.Fast[i].Value;
            if ((kind & (LocalKind.Cell | LocalKind.Free)) != 0 && old is PyCell cell)
            {
                if (!ReferenceEquals(cell.Contents, value)) cell.Contents = value;
            }
            else if (!ReferenceEquals(old, value)) f.Fast[i].Value = value;
        }
        if (saved is not null) ts.SetError(saved);
    }

    /// <summary>sys.call_tracing (_PyEval_CallTracing): calls <paramref name="function"/> with tracing on
    /// again although a trace function is running (a debugger debugging code recursively).</summary>
    internal static PyObject? CallTracing(ThreadState ts, PyObject function, ReadOnlySpan<PyObject> args)
    {
        int savedDepth = ts.TracingDepth;
        ts.TracingDepth = 0;
        Changed(ts);
        var result = Protocols.Call(ts, function, args, null);
        ts.TracingDepth = savedDepth;
        Changed(ts);
        return result;
    }

    // ---- the events --------------------------------------------------------------------------------

    /// <summary>trace_function_entry (at RESUME): 'call' to the trace function, then to the profiler.</summary>
    internal static bool FunctionEntry(ThreadState ts, PyFrame f)
    {
        if (ts.TraceFunction is not null && !CallTraceProtected(ts, f, Call, null, false)) return false;
        if (Profiling(ts) && !CallTraceProtected(ts, f, Call, null, true)) return false;
        return true;
    }

    /// <summary>trace_function_exit: 'return' (at RETURN_VALUE, YIELD_VALUE, or with a null value when the
    /// frame unwinds with an exception) to the frame's trace function, then to the profiler.</summary>
    internal static bool FunctionExit(ThreadState ts, PyFrame f, PyObject? retval)
    {
        if (ts.TracingDepth > 0) return true;
        if (ts.TraceFunction is not null && !CallTraceProtected(ts, f, Return, retval, false)) return false;
        if (Profiling(ts) && !CallTraceProtected(ts, f, Return, retval, true)) return false;
        return true;
    }

    /// <summary>call_exc_trace: 'exception' with (type, value, traceback) to the frame's trace function, as
    /// an exception is raised in the frame or passes through it. If the function raises, its exception
    /// replaces the original one.</summary>
    internal static void ExceptionEvent(ThreadState ts, PyFrame f)
    {
        if (ts.TraceFunction is null || f.Trace is null || ts.TracingDepth > 0) return;
        var exc = ts.FetchError();
        if (exc is null) return;
        var arg = PyTuple.Create([exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]);
        if (CallTrace(ts, f, Exception, arg, false)) ts.SetError(exc);
    }

    /// <summary>
    /// maybe_call_line_trace: 'line' when the instruction at f_lasti starts a new line, or is a backward
    /// jump's target (not SEND's: 'yield from' loops), compared with <paramref name="prevInstr"/>; then
    /// 'opcode' when f_trace_opcodes is set. False with the exception set when the function raised.
    /// </summary>
    internal static bool LineEvent(ThreadState ts, PyFrame f, int prevInstr)
    {
        if (f.Trace is null || ts.TracingDepth > 0) return true;
        var code = f.Code;
        var lines = LinesOf(code);
        int lasti = f.LastInstr;
        int lastLine = prevInstr <= code.FirstTraceable ? -1 : lines[prevInstr];
        int line = lines[lasti];
        bool ok = true;
        if (line != -1 && f.TraceLines)
        {
            // A backward jump to a SEND is the 'yield from'/'await' loop going round: no new line.
            bool fire = line != lastLine
                || (lasti < prevInstr && (code.Instructions[lasti] & 0xff) != (int)OpCode.Send);
            if (fire) ok = CallTrace(ts, f, Line, null, false);
        }
        if (ok && f.TraceOpcodes && f.Trace is not null) ok = CallTrace(ts, f, Opcode, null, false);
        return ok;
    }

    // ---- calls of builtins (c_call, c_return, c_exception) -------------------------------------------

    /// <summary>
    /// trace_call_function: a call from a traced frame of something that is not a Python function. A
    /// builtin function, or a builtin method descriptor given its self (bound for the event, as CPython
    /// does), is reported to the profiler as 'c_call', then 'c_return' or 'c_exception'.
    /// </summary>
    internal static PyObject? CallBuiltin(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var func = BuiltinFor(ts, callable, args.Length - (kwnames?.Length ?? 0) > 0 ? args[0] : null);
        if (func is null || ts.CurrentFrame is not { } f) return Protocols.Call(ts, callable, args, kwnames);
        if (!CallTrace(ts, f, CCall, func, true)) return null;
        var result = Protocols.Call(ts, callable, args, kwnames);
        return AfterBuiltin(ts, f, func, result);
    }

    /// <summary>do_call_core's form of <see cref="CallBuiltin"/> (CALL_FUNCTION_EX).</summary>
    internal static PyObject? CallBuiltinWithDict(ThreadState ts, PyObject callable, PyTuple args, PyDict? kwargs)
    {
        var func = BuiltinFor(ts, callable, args.Length > 0 ? args.Items[0] : null);
        if (func is null || ts.CurrentFrame is not { } f) return Protocols.CallWithDict(ts, callable, args, kwargs);
        if (!CallTrace(ts, f, CCall, func, true)) return null;
        var result = Protocols.CallWithDict(ts, callable, args, kwargs);
        return AfterBuiltin(ts, f, func, result);
    }

    /// <summary>The builtin function the profiler hears about, or null when the call is not reported.</summary>
    private static PyObject? BuiltinFor(ThreadState ts, PyObject callable, PyObject? self)
    {
        if (ts.TracingDepth > 0 || !Profiling(ts)) return null;
        if (callable is PyBuiltinFunction) return callable;
        // A method descriptor bound for the event; when self is of the wrong type the call raises the error.
        if (callable is PyMethodDescriptor d && self is not null && self.Type.IsSubtypeOf(d.Owner))
            return new PyBuiltinFunction(d.Def, self);
        return null;
    }

    private static PyObject? AfterBuiltin(ThreadState ts, PyFrame f, PyObject func, PyObject? result)
    {
        // A builtin that turned profiling off (sys.setprofile(None), Profiler.disable) is not seen to return.
        if (!Profiling(ts)) return result;
        if (result is null)
        {
            CallTraceProtected(ts, f, CException, func, true);
            return null;
        }
        return CallTrace(ts, f, CReturn, func, true) ? result : null;
    }
}
