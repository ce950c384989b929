using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>
/// The evaluation loop: runs CPython 3.11 bytecode. One loop serves a whole chain of Python-to-Python
/// calls (a call pushes a frame and continues here; a return pops it), so Python recursion does not
/// consume the .NET stack. Errors never throw: an instruction that fails leaves the exception on the
/// thread state and jumps to the unwinder, which consults the exception table (3.11's zero-cost
/// handlers) frame by frame. Each instruction is a few lines; slow paths live in the partial files
/// named by instruction family.
/// </summary>
internal static partial class Eval
{
    /// <summary>The instruction trace (KAA_TRACE=1, a debugging aid): read once. It keeps
    /// <see cref="ThreadState.UseTracing"/> set, so that frames run their traced instructions.</summary>
    internal static readonly bool InstructionTrace = Environment.GetEnvironmentVariable("KAA_TRACE") is not null;

    /// <summary>
    /// Runs <paramref name="entry"/> until it returns, yields, or raises: the return/yield value, or null
    /// with the exception set. <paramref name="throwing"/> resumes a generator frame with the thread's
    /// current exception raised at its suspension point.
    /// </summary>
    // The error messages Run raises are formatted out of line: an interpolated string's handler is a
    // struct holding references, and every one in Run's body is zeroed by Run's prologue at every entry
    // (each generator resumption, each call from C#).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnsoundCode(ThreadState ts, PyCode code)
        => ts.SetError(PyExc.SystemError, $"code object '{code.QualName}' is not sound bytecode: {code.InvalidReason}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InitReturnedValue(ThreadState ts, PyObject value)
        => ts.SetError(PyExc.TypeError, $"__init__() should return None, not '{value.Type.Name}'");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnknownOpcode(ThreadState ts, int op) => ts.SetError(PyExc.SystemError, $"unknown opcode {op}");

    public static PyObject? Run(ThreadState ts, PyFrame entry, bool throwing = false)
    {
        if (ts.RecursionDepth + ts.NativeDepth >= ts.Interp.RecursionLimit || !ts.HasStackRoom())
        {
            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded");
            return null;
        }
        entry.IsEntry = true;
        entry.Back = ts.CurrentFrame;
        ts.CurrentFrame = entry;
        ts.RecursionDepth++;
        // generator.throw() into a traced frame is a 'call' event first (TRACE_FUNCTION_THROW_ENTRY).
        if (throwing && ts.UseTracing && !TraceThrowEntry(ts, entry)) return null;
        if (throwing) entry.NextInstr = ~entry.NextInstr;
        PyFrame f = entry;
        PyObject? retval;

        // Frame-local copies of the hot state (reloaded whenever the current frame changes). Nothing else
        // is live across the whole loop (the code object, the trace flag and KW_NAMES's tuple are read from
        // the frame and thread state where needed): every such local costs each instruction a register.
        ushort[] instrs;
        ValueSlot[] fast;
        PyObject[] consts;
        PyStr[] names;
        InlineCache[] caches;
        int sp, ip;

    resume_frame:
        fast = f.Fast;
        sp = f.StackTop;
        ip = f.NextInstr;
        {
            var code = f.Code;
            instrs = InstructionsFor(ts, f); // sys.settrace/setprofile (Eval.Tracing.cs)
            consts = code.Consts;
            caches = code.Caches;
            names = code.Names;
        }
        if (ip < 0)
        {
            // A frame resumed with the thread's exception raised where it stands (generator.throw(), an
            // __init__ that returned a value): NextInstr is complemented, so that no flag is live in the loop.
            ip = ~ip;
            goto error;
        }

    run:
        while (true)
        {
            int word = Unit(instrs, ip);
            int op = word & 0xff;
            int arg = word >> 8;
            f.LastInstr = ip;
            ip++;
        dispatch:
            switch ((OpCode)op)
            {
                case OpCode.Nop:
                    continue;
                case TraceHook:
                {
                    // A traced frame runs TracedInstructions, where every instruction is this one: the trace
                    // step, then the real instruction (so an untraced loop tests nothing per instruction).
                    int ti = ip - 1, tsp = sp;
                    word = TraceInstruction(ts, f, ref ti, ref tsp);
                    ip = ti;
                    sp = tsp;
                    if (word < 0) goto error;
                    op = word & 0xff;
                    arg = word >> 8;
                    f.LastInstr = f.TracePrevInstr = ip;
                    ip++;
                    goto dispatch;
                }
                case OpCode.Resume:
                    if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) goto error;
                    continue;

                case BytecodeVerifier.RaiseInvalidCode:
                    UnsoundCode(ts, f.Code);
                    goto error;

                case OpCode.ExtendedArg:
                    word = Unit(instrs, ip);
                    op = word & 0xff;
                    arg = (arg << 8) | (word >> 8);
                    ip++;
                    goto dispatch;

                // ---- locals and constants ----------------------------------------------------------
                case OpCode.LoadFast:
                {
                    var v = Slot(fast, arg).Value;
                    if (v is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.StoreFast:
                    Slot(fast, arg).Value = Slot(fast, --sp).Value;
                    Slot(fast, sp).Value = null;
                    continue;
                case OpCode.DeleteFast:
                    if (Slot(fast, arg).Value is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    Slot(fast, arg).Value = null;
                    continue;
                case OpCode.LoadConst:
                    Slot(fast, sp++).Value = consts[arg];
                    continue;

                // ---- superinstructions (PyCode.Quicken): the pair's second instruction is read at ip ----
                case OpCode.LoadFastLoadFast:
                {
                    var v = Slot(fast, arg).Value;
                    if (v is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    int second = Unit(instrs, ip) >> 8;
                    f.LastInstr = ip++;
                    v = Slot(fast, second).Value;
                    if (v is null)
                    {
                        UnboundLocal(ts, f.Code, second);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.LoadFastLoadConst:
                {
                    var v = Slot(fast, arg).Value;
                    if (v is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    Slot(fast, sp++).Value = consts[Unit(instrs, ip) >> 8];
                    f.LastInstr = ip++;
                    continue;
                }
                case OpCode.LoadConstLoadFast:
                {
                    Slot(fast, sp++).Value = consts[arg];
                    int second = Unit(instrs, ip) >> 8;
                    f.LastInstr = ip++;
                    var v = Slot(fast, second).Value;
                    if (v is null)
                    {
                        UnboundLocal(ts, f.Code, second);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.StoreFastLoadFast:
                {
                    Slot(fast, arg).Value = Slot(fast, --sp).Value;
                    int second = Unit(instrs, ip) >> 8;
                    f.LastInstr = ip++;
                    var v = Slot(fast, second).Value;
                    if (v is null)
                    {
                        Slot(fast, sp).Value = null;
                        UnboundLocal(ts, f.Code, second);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.StoreFastStoreFast:
                {
                    Slot(fast, arg).Value = Slot(fast, --sp).Value;
                    int second = Unit(instrs, ip) >> 8;
                    f.LastInstr = ip++;
                    Slot(fast, second).Value = Slot(fast, --sp).Value;
                    Slot(fast, sp).Value = null;
                    Slot(fast, sp + 1).Value = null;
                    continue;
                }

                // ---- stack manipulation ------------------------------------------------------------
                case OpCode.PopTop:
                    Slot(fast, --sp).Value = null;
                    continue;
                case OpCode.PushNull:
                    Slot(fast, sp++).Value = null;
                    continue;
                case OpCode.Copy:
                    Slot(fast, sp).Value = Slot(fast, sp - arg).Value;
                    sp++;
                    continue;
                case OpCode.Swap:
                {
                    // Two plain stores (the tuple-swap form went through spilled byrefs and checked barriers).
                    var top = Slot(fast, sp - 1).Value;
                    Slot(fast, sp - 1).Value = Slot(fast, sp - arg).Value;
                    Slot(fast, sp - arg).Value = top;
                    continue;
                }

                // ---- operators ---------------------------------------------------------------------
                case OpCode.BinaryOp:
                {
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    var r = BinaryOpInline(ts, a, b, arg);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    ip += 1;
                    continue;
                }
                case OpCode.CompareOp:
                {
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    var r = CompareFast(ts, a, b, (CompareOp)arg);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    ip += 2;
                    continue;
                }
                case OpCode.CompareOpIntJump:
                {
                    // COMPARE_OP fused with the forward POP_JUMP_IF_FALSE/TRUE three units on (PyCode.Quicken).
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    int jump = Unit(instrs, ip + 2);
                    if (TryCompareNumbers(a, b, arg, out bool outcome))
                    {
                        Slot(fast, --sp).Value = null;
                        f.LastInstr = ip + 2;
                        ip += 3;
                        if (outcome == ((jump & 0xff) == (int)OpCode.PopJumpForwardIfTrue)) ip += jump >> 8;
                        continue;
                    }
                    var r = CompareFast(ts, a, b, (CompareOp)arg);
                    if (r is null) goto error;
                    Slot(fast, --sp).Value = null;
                    f.LastInstr = ip + 2;
                    ip += 3;
                    int skip = CompareJumpOffset(ts, r, jump);
                    if (skip < 0) goto error;
                    ip += skip;
                    continue;
                }
                case OpCode.IsOp:
                {
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    Slot(fast, sp - 1).Value = PyBool.From(ReferenceEquals(a, b) ^ (arg == 1));
                    continue;
                }
                case OpCode.ContainsOp:
                {
                    var container = Slot(fast, --sp).Value!;
                    var item = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    int r = Protocols.Contains(ts, container, item);
                    if (r < 0) goto error;
                    Slot(fast, sp - 1).Value = PyBool.From((r == 1) ^ (arg == 1));
                    continue;
                }
                case OpCode.UnaryNot:
                {
                    int r = Protocols.IsTrue(ts, Slot(fast, sp - 1).Value!);
                    if (r < 0) goto error;
                    Slot(fast, sp - 1).Value = PyBool.From(r == 0);
                    continue;
                }
                case OpCode.UnaryNegative:
                {
                    var r = Protocols.Negative(ts, Slot(fast, sp - 1).Value!);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    continue;
                }
                case OpCode.UnaryPositive:
                {
                    var r = Protocols.Positive(ts, Slot(fast, sp - 1).Value!);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    continue;
                }
                case OpCode.UnaryInvert:
                {
                    var r = Protocols.Invert(ts, Slot(fast, sp - 1).Value!);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    continue;
                }

                // ---- superinstructions over three or four instructions (Superinstructions.cs) ------
                // On entry ip is the second instruction. Before an operation that can fail, f.LastInstr is
                // its instruction and ip the unit after it, as if it ran alone (tracebacks, handler lookup).
                case Superinstructions.LoadFastConstBinaryOp:
                case Superinstructions.LoadFastFastBinaryOp:
                case Superinstructions.LoadFastConstSubscr:
                case Superinstructions.LoadFastFastSubscr:
                case Superinstructions.LoadFastConstCompareJump:
                case Superinstructions.LoadFastFastCompareJump:
                {
                    var a = Slot(fast, arg).Value;
                    if (a is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    int second = Unit(instrs, ip) >> 8;
                    PyObject? b;
                    if (Superinstructions.SecondIsConst((OpCode)op)) b = consts[second];
                    else if ((b = Slot(fast, second).Value) is null)
                    {
                        f.LastInstr = ip++;
                        UnboundLocal(ts, f.Code, second);
                        goto error;
                    }
                    f.LastInstr = ip + 1;
                    ip += 2;
                    int operation = Unit(instrs, ip - 1) >> 8;
                    PyObject? r;
                    switch ((OpCode)op)
                    {
                        case Superinstructions.LoadFastConstBinaryOp:
                        case Superinstructions.LoadFastFastBinaryOp:
                        {
                            r = BinaryOpInline(ts, a, b, operation);
                            if (r is null) goto error;
                            ip += 1;
                            // `x = a + b`, `i += 1`: straight into the local when a STORE_FAST follows.
                            int next = Unit(instrs, ip);
                            if ((next & 0xff) == (int)OpCode.StoreFast)
                            {
                                Slot(fast, next >> 8).Value = r;
                                f.LastInstr = ip++;
                                continue;
                            }
                            Slot(fast, sp++).Value = r;
                            continue;
                        }
                        case Superinstructions.LoadFastConstSubscr:
                        case Superinstructions.LoadFastFastSubscr:
                            r = SubscrFast(ts, a, b);
                            if (r is null) goto error;
                            ip += 4;
                            Slot(fast, sp++).Value = r;
                            continue;
                        default:
                        {
                            int jump = Unit(instrs, ip + 2);
                            if (TryCompareNumbers(a, b, operation, out bool outcome))
                            {
                                f.LastInstr = ip + 2;
                                ip += 3;
                                if (outcome == ((jump & 0xff) == (int)OpCode.PopJumpForwardIfTrue)) ip += jump >> 8;
                                continue;
                            }
                            r = CompareFast(ts, a, b, (CompareOp)operation);
                            if (r is null) goto error;
                            f.LastInstr = ip + 2;
                            ip += 3;
                            int skip = CompareJumpOffset(ts, r, jump);
                            if (skip < 0) goto error;
                            ip += skip;
                            continue;
                        }
                    }
                }
                case Superinstructions.LoadConstBinaryOp:
                case Superinstructions.LoadFastBinaryOp:
                {
                    // The value on top is the left operand; the right one is read, not pushed.
                    PyObject? b;
                    if (op == (int)Superinstructions.LoadConstBinaryOp) b = consts[arg];
                    else if ((b = Slot(fast, arg).Value) is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    int operation = Unit(instrs, ip) >> 8;
                    f.LastInstr = ip++;
                    var r = BinaryOpInline(ts, Slot(fast, sp - 1).Value!, b, operation);
                    if (r is null) goto error;
                    ip += 1;
                    // `x = (expr) * 7`: straight into the local when a STORE_FAST follows.
                    int next = Unit(instrs, ip);
                    if ((next & 0xff) == (int)OpCode.StoreFast)
                    {
                        Slot(fast, --sp).Value = null;
                        Slot(fast, next >> 8).Value = r;
                        f.LastInstr = ip++;
                        continue;
                    }
                    Slot(fast, sp - 1).Value = r;
                    continue;
                }
                case Superinstructions.LoadFastLoadAttr:
                case Superinstructions.LoadFastLoadMethod:
                case Superinstructions.DupLoadAttr:
                case Superinstructions.LoadFastAttrJumpNone:
                {
                    // LOAD_FAST o or COPY 1 (o.x op= v's read: o stays below), then LOAD_ATTR/LOAD_METHOD.
                    var owner = op == (int)Superinstructions.DupLoadAttr ? Slot(fast, sp - 1).Value : Slot(fast, arg).Value;
                    if (owner is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    var name = names[Unit(instrs, ip) >> 8];
                    f.LastInstr = ip++;
                    ref var cache = ref caches[Unit(instrs, ip)];
                    if (op != (int)Superinstructions.LoadFastLoadMethod)
                    {
                        if (!ts.UseTracing && TryPropertyFrame(ts, ref cache, owner, out var getter))
                        {
                            // As LOAD_ATTR's: the getter's value is pushed here when its frame returns.
                            f.StackTop = sp;
                            f.NextInstr = ip + 4;
                            f = EnterFrame(ts, f, getter);
                            goto resume_frame;
                        }
                        var r = LoadAttrCached(ts, ref cache, owner, name);
                        if (r is null) goto error;
                        ip += 4;
                        int next = Unit(instrs, ip);
                        if (op == (int)Superinstructions.LoadFastAttrJumpNone)
                        {
                            // `o.x is None` / `is not None` deciding a POP_JUMP: nothing pushed.
                            f.LastInstr = ip++;
                            int jop = next & 0xff;
                            if (ReferenceEquals(r, PyNone.Instance) == (jop is (int)OpCode.PopJumpForwardIfNone or (int)OpCode.PopJumpBackwardIfNone))
                            {
                                if (jop is (int)OpCode.PopJumpBackwardIfNone or (int)OpCode.PopJumpBackwardIfNotNone)
                                {
                                    ip -= next >> 8;
                                    if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) goto error;
                                }
                                else ip += next >> 8;
                            }
                            continue;
                        }
                        if (op != (int)Superinstructions.DupLoadAttr && (next & 0xff) is (int)OpCode.StoreFast
                            or (int)OpCode.StoreFastLoadFast or (int)OpCode.StoreFastStoreFast)
                        {
                            // `p = p.link`: straight into the local (the STORE_FAST's own fusion, if any, goes on
                            // from its second instruction, which is intact).
                            Slot(fast, next >> 8).Value = r;
                            f.LastInstr = ip++;
                            continue;
                        }
                        Slot(fast, sp++).Value = r;
                        continue;
                    }
                    var meth = LoadMethodCached(ts, ref cache, owner, name, out bool unbound);
                    if (meth is null) goto error;
                    // As LOAD_METHOD: the function and self, or NULL and the bound attribute.
                    Slot(fast, sp++).Value = unbound ? meth : null;
                    Slot(fast, sp++).Value = unbound ? owner : meth;
                    ip += 10;
                    continue;
                }
                case Superinstructions.LoadFastFastStoreAttr:
                {
                    var value = Slot(fast, arg).Value;
                    if (value is null)
                    {
                        UnboundLocal(ts, f.Code, arg);
                        goto error;
                    }
                    int second = Unit(instrs, ip) >> 8;
                    f.LastInstr = ip++;
                    var owner = Slot(fast, second).Value;
                    if (owner is null)
                    {
                        UnboundLocal(ts, f.Code, second);
                        goto error;
                    }
                    int attr = Unit(instrs, ip);
                    f.LastInstr = ip++;
                    if (!StoreAttrCached(ts, ref caches[Unit(instrs, ip)], owner, names[attr >> 8], value)) goto error;
                    ip += 4;
                    continue;
                }
                case Superinstructions.BinaryOpStoreFast:
                {
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    var r = BinaryOpInline(ts, a, b, arg);
                    if (r is null) goto error;
                    Slot(fast, --sp).Value = null;
                    int store = Unit(instrs, ip + 1);
                    Slot(fast, store >> 8).Value = r;
                    f.LastInstr = ip + 1;
                    ip += 2;
                    continue;
                }
                case Superinstructions.ForIterStoreFast:
                {
                    var it = Slot(fast, sp - 1).Value!;
                    if (it is PyGenerator gen && !ts.UseTracing && CanResumeInLoop(ts, gen))
                    {
                        // The generator's frame runs in this loop, as a call would (see ResumeInLoop).
                        f = ResumeInLoop(ts, f, sp, ip, ip + arg, gen, PyNone.Instance, sending: false);
                        goto resume_frame;
                    }
                    var next = NextOf(ts, it);
                    if (next is not null)
                    {
                        Slot(fast, Unit(instrs, ip) >> 8).Value = next;
                        f.LastInstr = ip++;
                        continue;
                    }
                    if (!IterationEnded(ts, f)) goto error;
                    Slot(fast, --sp).Value = null;
                    ip += arg;
                    continue;
                }
                case Superinstructions.ForIterUnpackPair:
                {
                    // FOR_ITER; UNPACK_SEQUENCE 2 over an iterator that makes pairs: the two items are pushed as
                    // the unpack would push them (the first on top), and no tuple is made. Others run unfused.
                    var it = Slot(fast, sp - 1).Value!;
                    PyObject? first, second;
                    bool more;
                    if (it.Type == BuiltinTypes.DictItemIterator) more = ((PyDictIterator)it).NextEntry(ts, out first, out second);
                    else if (it.Type == BuiltinTypes.Enumerate) more = ((PyEnumerate)it).NextPair(ts, out first, out second);
                    else goto case OpCode.ForIter;
                    if (more)
                    {
                        Slot(fast, sp++).Value = second;
                        Slot(fast, sp++).Value = first;
                        f.LastInstr = ip;
                        ip += 2;
                        continue;
                    }
                    if (!IterationEnded(ts, f)) goto error;
                    Slot(fast, --sp).Value = null;
                    ip += arg;
                    continue;
                }

                // ---- subscripts --------------------------------------------------------------------
                case OpCode.BinarySubscr:
                {
                    var key = Slot(fast, --sp).Value!;
                    var container = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    var r = SubscrFast(ts, container, key);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    ip += 4;
                    continue;
                }
                case Superinstructions.DupSubscr:
                {
                    // COPY 2; COPY 2; BINARY_SUBSCR: c[k] pushed above c and k (ip is at the second COPY).
                    f.LastInstr = ip + 1;
                    var r = SubscrFast(ts, Slot(fast, sp - 2).Value!, Slot(fast, sp - 1).Value!);
                    if (r is null) goto error;
                    Slot(fast, sp++).Value = r;
                    ip += 2 + 4;
                    continue;
                }
                case Superinstructions.RotStoreSubscr:
                {
                    // SWAP 3; SWAP 2; STORE_SUBSCR: from c, k, v on the stack, c[k] = v (ip is at the second SWAP).
                    var value = Slot(fast, sp - 1).Value!;
                    var key = Slot(fast, sp - 2).Value!;
                    var container = Slot(fast, sp - 3).Value!;
                    sp -= 3;
                    Slot(fast, sp).Value = Slot(fast, sp + 1).Value = Slot(fast, sp + 2).Value = null;
                    f.LastInstr = ip + 1;
                    if (!StoreSubscrFast(ts, container, key, value)) goto error;
                    ip += 2 + 1;
                    continue;
                }
                case Superinstructions.BinaryOpStoreSubscr:
                {
                    // BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR: from c, k, a, b on the stack, c[k] = a op b
                    // (ip is at BINARY_OP's CACHE unit).
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    var value = BinaryOpInline(ts, a, b, arg);
                    if (value is null) goto error;
                    var key = Slot(fast, sp - 2).Value!;
                    var container = Slot(fast, sp - 3).Value!;
                    sp -= 3;
                    Slot(fast, sp).Value = Slot(fast, sp + 1).Value = Slot(fast, sp + 2).Value = null;
                    f.LastInstr = ip + 3;
                    if (!StoreSubscrFast(ts, container, key, value)) goto error;
                    ip += 5;
                    continue;
                }
                case OpCode.StoreSubscr:
                {
                    var key = Slot(fast, sp - 1).Value!;
                    var container = Slot(fast, sp - 2).Value!;
                    var value = Slot(fast, sp - 3).Value!;
                    sp -= 3;
                    Slot(fast, sp).Value = Slot(fast, sp + 1).Value = Slot(fast, sp + 2).Value = null;
                    if (!StoreSubscrFast(ts, container, key, value)) goto error;
                    ip += 1;
                    continue;
                }
                case OpCode.DeleteSubscr:
                {
                    var key = Slot(fast, sp - 1).Value!;
                    var container = Slot(fast, sp - 2).Value!;
                    sp -= 2;
                    Slot(fast, sp).Value = Slot(fast, sp + 1).Value = null;
                    if (Protocols.DelItem(ts, container, key) < 0) goto error;
                    continue;
                }

                // ---- names -------------------------------------------------------------------------
                case OpCode.LoadGlobal:
                {
                    var v = LoadGlobalCached(ts, ref caches[Unit(instrs, ip)], f, names[arg >> 1]);
                    if (v is null) goto error;
                    if ((arg & 1) != 0) Slot(fast, sp++).Value = null;
                    Slot(fast, sp++).Value = v;
                    ip += 5;
                    continue;
                }
                case OpCode.StoreGlobal:
                    f.Globals.SetStr(names[arg], Slot(fast, --sp).Value!);
                    Slot(fast, sp).Value = null;
                    continue;
                case OpCode.DeleteGlobal:
                    if (!f.Globals.DelStr(names[arg]))
                    {
                        NameNotDefined(ts, names[arg]);
                        goto error;
                    }
                    continue;
                case OpCode.LoadName:
                {
                    var v = LoadName(ts, f, names[arg]);
                    if (v is null) goto error;
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.StoreName:
                {
                    var v = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    if (!StoreName(ts, f, names[arg], v)) goto error;
                    continue;
                }
                case OpCode.DeleteName:
                    if (!DeleteName(ts, f, names[arg])) goto error;
                    continue;
                case OpCode.LoadAttr:
                {
                    if (!ts.UseTracing && TryPropertyFrame(ts, ref caches[Unit(instrs, ip)], Slot(fast, sp - 1).Value!, out var getter))
                    {
                        // The getter's value replaces the owner on this stack when its frame returns.
                        Slot(fast, --sp).Value = null;
                        f.StackTop = sp;
                        f.NextInstr = ip + 4;
                        f = EnterFrame(ts, f, getter);
                        goto resume_frame;
                    }
                    var r = LoadAttrCached(ts, ref caches[Unit(instrs, ip)], Slot(fast, sp - 1).Value!, names[arg]);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    ip += 4;
                    continue;
                }
                case Superinstructions.BinaryOpStoreAttr:
                {
                    // BINARY_OP; SWAP 2; STORE_ATTR: from o, a, b on the stack, a op b, then the STORE_ATTR with
                    // the value below o as the SWAP leaves it (ip is at BINARY_OP's CACHE unit).
                    var b = Slot(fast, --sp).Value!;
                    var a = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp).Value = null;
                    var value = BinaryOpInline(ts, a, b, arg);
                    if (value is null) goto error;
                    Slot(fast, sp - 1).Value = Slot(fast, sp - 2).Value;
                    Slot(fast, sp - 2).Value = value;
                    f.LastInstr = ip + 2;
                    arg = Unit(instrs, ip + 2) >> 8;
                    ip += 3;
                    goto case OpCode.StoreAttr;
                }
                case OpCode.StoreAttr:
                {
                    var owner = Slot(fast, sp - 1).Value!;
                    var value = Slot(fast, sp - 2).Value!;
                    sp -= 2;
                    Slot(fast, sp).Value = Slot(fast, sp + 1).Value = null;
                    if (!StoreAttrCached(ts, ref caches[Unit(instrs, ip)], owner, names[arg], value)) goto error;
                    ip += 4;
                    continue;
                }
                case OpCode.DeleteAttr:
                {
                    var owner = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    if (Protocols.DelAttr(ts, owner, names[arg]) < 0) goto error;
                    continue;
                }
                case OpCode.LoadMethod:
                {
                    var obj = Slot(fast, sp - 1).Value!;
                    var meth = LoadMethodCached(ts, ref caches[Unit(instrs, ip)], obj, names[arg], out bool unbound);
                    if (meth is null) goto error;
                    if (unbound)
                    {
                        Slot(fast, sp - 1).Value = meth;
                        Slot(fast, sp++).Value = obj;
                    }
                    else
                    {
                        Slot(fast, sp - 1).Value = null;
                        Slot(fast, sp++).Value = meth;
                    }
                    ip += 10;
                    continue;
                }

                // ---- cells -------------------------------------------------------------------------
                case OpCode.MakeCell:
                    Slot(fast, arg).Value = new PyCell(Slot(fast, arg).Value);
                    continue;
                case OpCode.CopyFreeVars:
                {
                    var closure = f.Function!.Closure!;
                    int offset = f.Code.NLocalsPlus - arg;
                    for (int i = 0; i < arg; i++) Slot(fast, offset + i).Value = closure.Items[i];
                    continue;
                }
                case OpCode.LoadClosure:
                    Slot(fast, sp++).Value = Slot(fast, arg).Value;
                    continue;
                case OpCode.LoadDeref:
                {
                    var v = ((PyCell)Slot(fast, arg).Value!).Contents;
                    if (v is null)
                    {
                        UnboundDeref(ts, f.Code, arg);
                        goto error;
                    }
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.LoadClassderef:
                {
                    var v = LoadClassDeref(ts, f, arg);
                    if (v is null) goto error;
                    Slot(fast, sp++).Value = v;
                    continue;
                }
                case OpCode.StoreDeref:
                    ((PyCell)Slot(fast, arg).Value!).Contents = Slot(fast, --sp).Value;
                    Slot(fast, sp).Value = null;
                    continue;
                case OpCode.DeleteDeref:
                {
                    var cell = (PyCell)Slot(fast, arg).Value!;
                    if (cell.Contents is null)
                    {
                        UnboundDeref(ts, f.Code, arg);
                        goto error;
                    }
                    cell.Contents = null;
                    continue;
                }

                // ---- jumps -------------------------------------------------------------------------
                case OpCode.JumpForward:
                    ip += arg;
                    continue;
                case OpCode.JumpBackward:
                    ip -= arg;
                    if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) goto error;
                    // A for loop's jump back lands on its FOR_ITER: go there directly, a direct branch that
                    // predicts well instead of the shared indirect dispatch.
                    word = Unit(instrs, ip);
                    if ((word & 0xff) == (int)Superinstructions.ForIterStoreFast)
                    {
                        arg = word >> 8;
                        f.LastInstr = ip++;
                        goto case Superinstructions.ForIterStoreFast;
                    }
                    continue;
                case OpCode.JumpBackwardNoInterrupt:
                    ip -= arg;
                    continue;
                case OpCode.PopJumpForwardIfFalse:
                case OpCode.PopJumpBackwardIfFalse:
                case OpCode.PopJumpForwardIfTrue:
                case OpCode.PopJumpBackwardIfTrue:
                {
                    var v = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    int t = v is PyBool bv ? (bv.IsTrue ? 1 : 0) : Protocols.IsTrue(ts, v);
                    if (t < 0) goto error;
                    bool jumpIfTrue = (OpCode)op is OpCode.PopJumpForwardIfTrue or OpCode.PopJumpBackwardIfTrue;
                    if ((t == 1) == jumpIfTrue)
                    {
                        if ((OpCode)op is OpCode.PopJumpBackwardIfFalse or OpCode.PopJumpBackwardIfTrue)
                        {
                            // A backward jump is a check point (other threads, pending calls), as in CPython.
                            ip -= arg;
                            if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) goto error;
                        }
                        else ip += arg;
                    }
                    continue;
                }
                case OpCode.PopJumpForwardIfNone:
                case OpCode.PopJumpBackwardIfNone:
                case OpCode.PopJumpForwardIfNotNone:
                case OpCode.PopJumpBackwardIfNotNone:
                {
                    var v = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    bool jumpIfNone = (OpCode)op is OpCode.PopJumpForwardIfNone or OpCode.PopJumpBackwardIfNone;
                    // None is one object: comparing the reference leaves the value's memory untouched (a type
                    // test reads its header, a cache miss in a walk such as `while node is not None`).
                    if (ReferenceEquals(v, PyNone.Instance) == jumpIfNone)
                    {
                        if ((OpCode)op is OpCode.PopJumpBackwardIfNone or OpCode.PopJumpBackwardIfNotNone)
                        {
                            ip -= arg;
                            if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) goto error;
                        }
                        else ip += arg;
                    }
                    continue;
                }
                case OpCode.JumpIfFalseOrPop:
                case OpCode.JumpIfTrueOrPop:
                {
                    var v = Slot(fast, sp - 1).Value!;
                    int t = v is PyBool bv ? (bv.IsTrue ? 1 : 0) : Protocols.IsTrue(ts, v);
                    if (t < 0) goto error;
                    if ((t == 1) == ((OpCode)op == OpCode.JumpIfTrueOrPop)) ip += arg;
                    else Slot(fast, --sp).Value = null;
                    continue;
                }

                // ---- iteration ---------------------------------------------------------------------
                case OpCode.GetIter:
                {
                    var it = Protocols.GetIter(ts, Slot(fast, sp - 1).Value!);
                    if (it is null) goto error;
                    Slot(fast, sp - 1).Value = it;
                    continue;
                }
                case OpCode.ForIter:
                {
                    var it = Slot(fast, sp - 1).Value!;
                    if (it is PyGenerator gen && !ts.UseTracing && CanResumeInLoop(ts, gen))
                    {
                        // The generator's frame runs in this loop, as a call would (see ResumeInLoop).
                        f = ResumeInLoop(ts, f, sp, ip, ip + arg, gen, PyNone.Instance, sending: false);
                        goto resume_frame;
                    }
                    var next = NextOf(ts, it);
                    if (next is not null)
                    {
                        Slot(fast, sp++).Value = next;
                        continue;
                    }
                    if (!IterationEnded(ts, f)) goto error;
                    Slot(fast, --sp).Value = null;
                    ip += arg;
                    continue;
                }
                case OpCode.UnpackSequence:
                    { int t = sp; bool ok = UnpackSequence(ts, fast, ref t, arg); sp = t; if (!ok) goto error; }
                    ip += 1;
                    continue;
                case OpCode.UnpackEx:
                    { int t = sp; bool ok = UnpackEx(ts, fast, ref t, arg & 0xff, arg >> 8); sp = t; if (!ok) goto error; }
                    continue;

                // ---- building ----------------------------------------------------------------------
                case OpCode.BuildTuple:
                {
                    var items = new PyObject[arg];
                    sp -= arg;
                    for (int i = 0; i < arg; i++)
                    {
                        items[i] = Slot(fast, sp + i).Value!;
                        Slot(fast, sp + i).Value = null;
                    }
                    Slot(fast, sp++).Value = PyTuple.Create(items);
                    continue;
                }
                case OpCode.BuildList:
                {
                    var items = new PyObject[arg];
                    sp -= arg;
                    for (int i = 0; i < arg; i++)
                    {
                        items[i] = Slot(fast, sp + i).Value!;
                        Slot(fast, sp + i).Value = null;
                    }
                    Slot(fast, sp++).Value = PyList.FromArray(items);
                    continue;
                }
                case OpCode.ListToTuple:
                    Slot(fast, sp - 1).Value = PyTuple.FromSpan(((PyList)Slot(fast, sp - 1).Value!).AsSpan());
                    continue;
                case OpCode.ListAppend:
                {
                    var v = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    ((PyList)Slot(fast, sp - arg).Value!).Append(v);
                    continue;
                }
                case OpCode.ListExtend:
                {
                    var v = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    if (!ListExtend(ts, (PyList)Slot(fast, sp - arg).Value!, v)) goto error;
                    continue;
                }
                case OpCode.BuildSet:
                case OpCode.SetAdd:
                case OpCode.SetUpdate:
                case OpCode.BuildMap:
                case OpCode.BuildConstKeyMap:
                case OpCode.MapAdd:
                case OpCode.DictUpdate:
                case OpCode.DictMerge:
                case OpCode.BuildString:
                case OpCode.BuildSlice:
                case OpCode.FormatValue:
                    { int t = sp; bool ok = BuildOp(ts, f, (OpCode)op, arg, fast, ref t); sp = t; if (!ok) goto error; }
                    continue;

                // ---- calls -------------------------------------------------------------------------
                case OpCode.Precall:
                case Superinstructions.PrecallCall:
                {
                    // A bound method in the callable position is unpacked into function + self.
                    if (Slot(fast, sp - arg - 2).Value is null && Slot(fast, sp - arg - 1).Value is PyMethod m)
                    {
                        Slot(fast, sp - arg - 2).Value = m.Function;
                        Slot(fast, sp - arg - 1).Value = m.Self;
                    }
                    ip += 1;
                    if (op == (int)OpCode.Precall) continue;
                    // Fused: the CALL that follows (same count), as if dispatched.
                    f.LastInstr = ip++;
                    goto case OpCode.Call;
                }
                case OpCode.KwNames:
                    f.KwNames = (PyTuple)consts[arg];
                    continue;
                case OpCode.Call:
                {
                    bool isMeth = Slot(fast, sp - arg - 2).Value is not null;
                    int total = arg + (isMeth ? 1 : 0);
                    var callable = isMeth ? Slot(fast, sp - arg - 2).Value! : Slot(fast, sp - arg - 1).Value!;
                    int argsStart = sp - total;
                    var kw = f.KwNames;
                    if (kw is not null) f.KwNames = null;
                    ip += 4;
                    PyFrame? callee;
                    if (kw is null && callable is PyFunction pf && pf.Code.ExactPositionalArity == total
                        && ts.RecursionDepth + ts.NativeDepth < ts.Interp.RecursionLimit)
                    {
                        // The commonest call: a Python function given exactly its positional parameters. The
                        // arguments move from this stack into the callee's first locals.
                        callee = PyFrame.ForCall(pf);
                        var calleeFast = callee.Fast;
                        for (int i = 0; i < total; i++)
                        {
                            calleeFast[i].Value = Slot(fast, argsStart + i).Value;
                            Slot(fast, argsStart + i).Value = null;
                        }
                        Slot(fast, sp - arg - 2).Value = null;
                        Slot(fast, sp - arg - 1).Value = null;
                        f.StackTop = sp - arg - 2;
                        f.NextInstr = ip;
                        // The callee's RESUME is done here: with nothing pending and no tracing, its frame
                        // starts past it (one dispatch less per call).
                        if (ts.Interp.EvalBreaker == 0 && !ts.UseTracing) callee.NextInstr = pf.Code.BodyStart;
                        f = EnterFrame(ts, f, callee);
                        goto resume_frame;
                    }
                    if ((callable is PyFunction func && TryPushFrame(ts, f, func, fast, argsStart, total, kw, out callee))
                        || (!isMeth && callable is PyType cls && cls.IsHeapType && TryPushInitFrame(ts, f, cls, fast, argsStart, total, kw, out callee)))
                    {
                        if (callee is null) goto error;
                        // The arguments now live in the callee; pop them and the callable slots here.
                        for (int i = sp - arg - 2; i < sp; i++) Slot(fast, i).Value = null;
                        f.StackTop = sp - arg - 2;
                        f.NextInstr = ip;
                        if (ts.Interp.EvalBreaker == 0 && !ts.UseTracing) callee.NextInstr = callee.Code.BodyStart;
                        f = callee;
                        goto resume_frame;
                    }
                    var result = ts.UseTracing ? TracedCall(ts, callable, ValueSlot.AsObjects(fast, argsStart, total), kw)
                        : callable is PyMethodDescriptor md ? CallMethodDescriptor(ts, md, ValueSlot.AsObjects(fast, argsStart, total), kw)
                        : total == 1 && kw is null && (callable == BuiltinTypes.Str || callable == BuiltinTypes.Type)
                            ? CallStrOrType(ts, (PyType)callable, Slot(fast, argsStart).Value!)
                        : Protocols.Call(ts, callable, ValueSlot.AsObjects(fast, argsStart, total), kw);
                    if (ts.UseTracing) instrs = StartTracing(f); // the builtin may have been sys.settrace
                    for (int i = sp - arg - 2; i < sp; i++) Slot(fast, i).Value = null;
                    sp -= arg + 2;
                    if (result is null) goto error;
                    if ((Unit(instrs, ip) & 0xff) == (int)OpCode.PopTop)
                    {
                        // `lst.append(x)` as a statement: the result is dropped here, not pushed and popped
                        // (a traced frame's POP_TOP is TRACE_HOOK, so it still runs and is seen).
                        f.LastInstr = ip++;
                        continue;
                    }
                    Slot(fast, sp++).Value = result;
                    continue;
                }
                case OpCode.CallFunctionEx:
                {
                    int t = sp; var r = CallFunctionEx(ts, fast, ref t, arg); sp = t;
                    if (ts.UseTracing) instrs = StartTracing(f);
                    if (r is null) goto error;
                    Slot(fast, sp - 1).Value = r;
                    continue;
                }
                case OpCode.MakeFunction:
                {
                    int t = sp; var fn = MakeFunction(f, fast, ref t, arg); sp = t;
                    Slot(fast, sp++).Value = fn;
                    continue;
                }
                case OpCode.LoadBuildClass:
                {
                    var bc = f.Builtins.GetStr("__build_class__");
                    if (bc is null)
                    {
                        ts.SetError(PyExc.NameError, "__build_class__ not found");
                        goto error;
                    }
                    Slot(fast, sp++).Value = bc;
                    continue;
                }

                case OpCode.ReturnValue:
                {
                    retval = Slot(fast, --sp).Value;
                    Slot(fast, sp).Value = null;
                    f.StackTop = sp;
                    if (ts.UseTracing && !TraceReturn(ts, f, retval)) goto error;
                    if (f.Generator is PyGenerator gen) gen.Finished = true;
                    if (f.IsEntry)
                    {
                        PopFrame(ts, f);
                        PyFrame.Recycle(f);
                        return retval;
                    }
                    var caller = f.Back!;
                    if (f.Generator is PyGenerator finished)
                    {
                        // A generator resumed in this loop by FOR_ITER is exhausted: the loop ends. One resumed
                        // by SEND (yield from) returned: its value replaces it, and the delegation ends.
                        PopFrame(ts, f);
                        finished.LeaveRun(ts);
                        f = caller;
                        if (f.SendingInLoop) f.Fast[f.StackTop - 1].Value = retval;
                        else f.Fast[--f.StackTop].Value = null;
                        f.NextInstr = f.GeneratorExit;
                        goto resume_frame;
                    }
                    var initInstance = f.InitInstance;
                    PopFrame(ts, f);
                    PyFrame.Recycle(f);
                    f = caller;
                    if (initInstance is not null)
                    {
                        // The end of type_call for an __init__ the VM ran (TryPushInitFrame).
                        if (retval is not PyNone)
                        {
                            InitReturnedValue(ts, retval!);
                            f.NextInstr = ~f.NextInstr;
                            goto resume_frame;
                        }
                        retval = initInstance;
                    }
                    f.Fast[f.StackTop++].Value = retval;
                    goto resume_frame;
                }

                // ---- generators --------------------------------------------------------------------
                case OpCode.ReturnGenerator:
                {
                    f.StackTop = sp;
                    f.NextInstr = ip;
                    var gen = PyGenerator.Create(ts, f);
                    if (f.IsEntry)
                    {
                        PopFrame(ts, f);
                        f.IsEntry = false;
                        return gen;
                    }
                    var caller = f.Back!;
                    PopFrame(ts, f);
                    f = caller;
                    f.Fast[f.StackTop++].Value = gen;
                    goto resume_frame;
                }
                case OpCode.YieldValue:
                {
                    retval = Slot(fast, --sp).Value;
                    if (f.IsEntry && ((PyGenerator)f.Generator!).Sink is { } sink && !ts.UseTracing && sink.Accept(ts, retval!))
                    {
                        // Driven by a consumer that took the value: resumed at once, as next() would resume it.
                        // A yield whose result is unused is followed by RESUME 1; POP_TOP: with nothing pending
                        // for RESUME to handle, both are done here.
                        if (SkipsUnusedYield(ts, instrs, ip))
                        {
                            ip += 2;
                            continue;
                        }
                        Slot(fast, sp++).Value = PyNone.Instance;
                        continue;
                    }
                    Slot(fast, sp).Value = null;
                    f.StackTop = sp;
                    f.NextInstr = ip;
                    if (ts.UseTracing && !TraceReturn(ts, f, retval)) goto error;
                    PopFrame(ts, f);
                    if (!f.IsEntry)
                    {
                        // Resumed in this loop by FOR_ITER: the value is the caller's next item.
                        var caller = f.Back!;
                        ((PyGenerator)f.Generator!).LeaveRun(ts);
                        f = caller;
                        f.Fast[f.StackTop++].Value = retval;
                        goto resume_frame;
                    }
                    // Resumed from C# (send, next, throw).
                    return retval;
                }
                case OpCode.Send:
                {
                    if (!ts.UseTracing && Slot(fast, sp - 2).Value is PyGenerator gen && CanResumeInLoop(ts, gen)
                        && (Slot(fast, sp - 1).Value is PyNone || !gen.IsAtStart()))
                    {
                        // yield from a plain generator: its frame runs in this loop, as FOR_ITER's do.
                        var sent = Slot(fast, --sp).Value!;
                        Slot(fast, sp).Value = null;
                        f = ResumeInLoop(ts, f, sp, ip, ip + arg, gen, sent, sending: true);
                        goto resume_frame;
                    }
                    int t = sp; var r = ts.UseTracing ? TracedSend(ts, f, fast, ref t, out bool returned) : Send(ts, fast, ref t, out returned); sp = t;
                    if (r is null) goto error;
                    if (returned)
                    {
                        Slot(fast, sp - 1).Value = r;
                        ip += arg;
                    }
                    else Slot(fast, sp++).Value = r;
                    continue;
                }
                case OpCode.GetYieldFromIter:
                case OpCode.GetAwaitable:
                case OpCode.AsyncGenWrap:
                case OpCode.GetAiter:
                case OpCode.GetAnext:
                case OpCode.EndAsyncFor:
                case OpCode.BeforeAsyncWith:
                    { int t = sp; bool ok = AsyncOp(ts, f, (OpCode)op, arg, fast, ref t); sp = t; if (!ok) goto error; }
                    continue;

                // ---- exceptions --------------------------------------------------------------------
                case OpCode.RaiseVarargs:
                    { int t = sp; bool reraise = Raise(ts, fast, ref t, arg); sp = t; if (reraise) goto exception_unwind; } // a bare re-raise keeps the traceback
                    goto error;
                case OpCode.PushExcInfo:
                {
                    var exc = Slot(fast, sp - 1).Value!;
                    Slot(fast, sp - 1).Value = (PyObject?)ts.HandledException ?? PyNone.Instance;
                    Slot(fast, sp++).Value = exc;
                    ts.HandledException = exc as PyBaseException;
                    continue;
                }
                case OpCode.PopExcept:
                {
                    var v = Slot(fast, --sp).Value;
                    Slot(fast, sp).Value = null;
                    ts.HandledException = v as PyBaseException;
                    continue;
                }
                case OpCode.Reraise:
                {
                    var exc = (PyBaseException)Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    if (arg != 0 && Slot(fast, sp - arg).Value is PyInt lasti) f.LastInstr = f.TracePrevInstr = (int)lasti.Small;
                    ts.CurrentException = exc;
                    goto exception_unwind;
                }
                case OpCode.CheckExcMatch:
                {
                    var right = Slot(fast, --sp).Value!;
                    Slot(fast, sp).Value = null;
                    int r = CheckExceptionMatch(ts, Slot(fast, sp - 1).Value!, right);
                    if (r < 0) goto error;
                    Slot(fast, sp++).Value = PyBool.From(r == 1);
                    continue;
                }
                case OpCode.CheckEgMatch:
                case OpCode.PrepReraiseStar:
                    { int t = sp; bool ok = ExceptionGroupOp(ts, (OpCode)op, fast, ref t); sp = t; if (!ok) goto error; }
                    continue;
                case OpCode.LoadAssertionError:
                    Slot(fast, sp++).Value = PyExc.AssertionError;
                    continue;
                case OpCode.BeforeWith:
                    { int t = sp; bool ok = BeforeWith(ts, fast, ref t); sp = t; if (!ok) goto error; }
                    continue;
                case OpCode.WithExceptStart:
                {
                    var r = WithExceptStart(ts, fast, sp);
                    if (r is null) goto error;
                    Slot(fast, sp++).Value = r;
                    continue;
                }

                // ---- the rest ----------------------------------------------------------------------
                case OpCode.SetupAnnotations:
                case OpCode.ImportName:
                case OpCode.ImportFrom:
                case OpCode.ImportStar:
                case OpCode.PrintExpr:
                case OpCode.GetLen:
                case OpCode.MatchMapping:
                case OpCode.MatchSequence:
                case OpCode.MatchKeys:
                case OpCode.MatchClass:
                    { int t = sp; bool ok = MiscOp(ts, f, (OpCode)op, arg, fast, ref t); sp = t; if (!ok) goto error; }
                    continue;

                default:
                    UnknownOpcode(ts, op);
                    goto error;
            }

        }

    error:
        // A new exception in this frame: record where (the traceback grows by this frame).
        {
            var exc = ts.CurrentException;
            if (exc is null)
            {
                ts.SetError(PyExc.SystemError, "error return without exception set");
                exc = ts.CurrentException!;
            }
            exc.Traceback = new PyTraceback(exc.Traceback, f, f.LastInstr * 2);
            if (ts.UseTracing) Tracing.ExceptionEvent(ts, f);
        }
    exception_unwind:
        {
            var exc = ts.CurrentException!;
            // The handler is looked up for the instruction that raised (ip - 1: RERAISE only moves
            // f_lasti, for line numbers, as CPython does); the pushed lasti is in code units.
            var code = f.Code;
            f.KwNames = null; // (only a trace function can raise between KW_NAMES and its CALL)
            if (ExceptionTableEntry.TryFind(code.ExceptionTable, ip - 1, out var handler))
            {
                int depth = code.NLocalsPlus + handler.Depth;
                while (sp > depth) Slot(fast, --sp).Value = null;
                while (sp < depth) Slot(fast, sp++).Value = PyNone.Instance;   // only in code built by hand (see BytecodeVerifier)
                if (handler.PushLastInstr) Slot(fast, sp++).Value = PyInt.Create(f.LastInstr);
                Slot(fast, sp++).Value = exc;
                ts.CurrentException = null;
                ip = handler.Target;
                goto run;
            }
            // No handler here: the frame is done; the exception moves to the caller.
            while (sp > code.NLocalsPlus) Slot(fast, --sp).Value = null;
            f.StackTop = sp;
            if (ts.UseTracing) TraceUnwind(ts, f);
            if (f.Generator is PyGenerator gen) gen.Finished = true;
            PyFrame.Abandon(f);
            if (f.IsEntry)
            {
                PopFrame(ts, f);
                return null;
            }
            var caller = f.Back!;
            PopFrame(ts, f);
            // A generator resumed in this loop by FOR_ITER raised: PEP 479 applies, as in send().
            if (f.Generator is PyGenerator raised) raised.RaisedInLoop(ts);
            f = caller;
            code = f.Code;
            instrs = InstructionsFor(ts, f);
            caches = code.Caches;
            fast = f.Fast;
            consts = code.Consts;
            names = code.Names;
            sp = f.StackTop;
            ip = f.NextInstr;
            goto error;
        }
    }

    /// <summary>FOR_ITER's step: the commonest iterators without the indirect call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? NextOf(ThreadState ts, PyObject it)
        => it is PyRangeIterator ri ? ri.Next() : it is PyListIterator li ? li.Next()
            : it.Type.IterNext is { } next ? next(ts, it) : NotAnIterator(ts, it);

    /// <summary>An iterator whose class lost its __next__ while it was iterated (CPython's
    /// _PyObject_NextNotImplemented).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? NotAnIterator(ThreadState ts, PyObject it)
        => ts.TypeError($"'{it.Type.Name}' object is not iterable");

    /// <summary>FOR_ITER's iterator gave no item: true when that is the end of the iteration (a StopIteration
    /// it raised is cleared, as an 'exception' event for a trace function first); false for an error.</summary>
    private static bool IterationEnded(ThreadState ts, PyFrame f)
    {
        if (ts.CurrentException is not { } e) return true;
        if (!e.Type.IsSubtypeOf(PyExc.StopIteration)) return false; // a subclass ends the loop too (_PyErr_ExceptionMatches)
        if (ts.UseTracing) Tracing.ExceptionEvent(ts, f);
        ts.ClearError();
        return true;
    }

    /// <summary>For a compare fused with the forward POP_JUMP_IF_FALSE/TRUE <paramref name="jumpWord"/>: how many
    /// units to jump past that instruction (0 when it falls through), or -1 when the result's truth fails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareJumpOffset(ThreadState ts, PyObject result, int jumpWord)
    {
        int t = result is PyBool b ? (b.IsTrue ? 1 : 0) : Protocols.IsTrue(ts, result);
        if (t < 0) return -1;
        return (t == 1) == ((jumpWord & 0xff) == (int)OpCode.PopJumpForwardIfTrue) ? jumpWord >> 8 : 0;
    }

    private static void Trace(PyCode code, int index, int op, int arg, int sp)
        => Console.Error.WriteLine($"{code.Name}:{index} {(OpCode)op} {arg} sp={sp - code.NLocalsPlus}");

    /// <summary>Slot <paramref name="i"/> of a frame's locals-and-stack array, unchecked: BytecodeVerifier has
    /// proved every index the loop computes in bounds (locals below co_nlocalsplus, the stack within
    /// co_stacksize, which the array is sized for).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ValueSlot Slot(ValueSlot[] fast, int i)
        => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(fast), (nint)(uint)i);

    /// <summary>Code unit <paramref name="i"/>, unchecked: BytecodeVerifier has proved that execution never
    /// leaves the code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Unit(ushort[] instrs, int i)
        => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(instrs), (nint)(uint)i);

    /// <summary>A frame the VM runs in this loop, called from <paramref name="caller"/>: the current frame now.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyFrame EnterFrame(ThreadState ts, PyFrame caller, PyFrame callee)
    {
        // A generator's frame keeps its link while suspended, so a resumption from the same caller stores nothing.
        if (!ReferenceEquals(callee.Back, caller)) callee.Back = caller;
        ts.CurrentFrame = callee;
        ts.RecursionDepth++;
        return callee;
    }

    private static void PopFrame(ThreadState ts, PyFrame f)
    {
        ts.CurrentFrame = f.Back;
        ts.RecursionDepth--;
        if (f.Generator is null) f.Back = null;
    }
}
