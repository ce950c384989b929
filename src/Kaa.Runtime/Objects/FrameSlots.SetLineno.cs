using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.Flow;

namespace Kaa.Runtime;

/// <summary>
/// Assigning <c>frame.f_lineno</c> from a line trace function: a jump to another line of the running
/// frame, with CPython 3.11's rules (frame_setlineno). What the value stack holds before every
/// instruction is modelled as a stack of kinds (iterator, exception, object, NULL, lasti) packed three bits
/// each into a long; a jump is allowed when the target's stack is what remains of the current one after
/// popping (the popped values are dropped, an exception being handled is restored as sys.exc_info()).
/// </summary>
internal static partial class FrameSlots
{
    private const int KindIterator = 1, KindExcept = 2, KindObject = 3, KindNull = 4, KindLasti = 5;
    private const int BitsPerKind = 3;
    private const long Uninitialized = -2, Overflowed = -1, EmptyStack = 0;
    private const int MaxStackEntries = 63 / BitsPerKind;
    private const ulong WillOverflow = 1UL << ((MaxStackEntries - 1) * BitsPerKind);
    private const long KindMask = (1 << BitsPerKind) - 1;

    private static long Push(long stack, int kind) => (ulong)stack >= WillOverflow ? Overflowed : (stack << BitsPerKind) | (long)kind;
    private static long Pop(long stack) => stack >> BitsPerKind;
    private static int Top(long stack) => (int)(stack & KindMask);
    private static int Peek(long stack, int n) => (int)((stack >> (BitsPerKind * (n - 1))) & KindMask);

    private static long Swap(long stack, int n)
    {
        long toSwap = Peek(stack, n), top = Top(stack);
        int shift = BitsPerKind * (n - 1);
        long low = (stack & ~(KindMask << shift)) | (top << shift);
        return (low & ~KindMask) | toSwap;
    }

    private static long PopToLevel(long stack, int level)
    {
        if (level == 0) return EmptyStack;
        long levelMax = KindMask << ((level - 1) * BitsPerKind);
        while (stack > levelMax) stack = Pop(stack);
        return stack;
    }

    private static bool CompatibleKind(int from, int to) => to switch
    {
        0 => false,
        KindObject => from != KindNull,
        KindNull => true,
        _ => from == to,
    };

    private static bool CompatibleStack(long from, long to)
    {
        if (from < 0 || to < 0) return false;
        while (from > to) from = Pop(from);
        while (from != 0)
        {
            if (!CompatibleKind(Top(from), Top(to))) return false;
            from = Pop(from);
            to = Pop(to);
        }
        return to == 0;
    }

    private static string ExplainIncompatible(long to)
    {
        if (to == Overflowed) return "stack is too deep to analyze";
        if (to == Uninitialized) return "can't jump into an exception handler, or code may be unreachable";
        return Top(to) switch
        {
            KindExcept => "can't jump into an 'except' block as there's no exception",
            KindLasti => "can't jump into a re-raising block as there's no location",
            KindIterator => "can't jump into the body of a for loop",
            _ => "incompatible stacks",
        };
    }

    /// <summary>The argument of the instruction at <paramref name="i"/> of co_code, with its EXTENDED_ARGs.</summary>
    private static int ArgAt(byte[] co, int i)
    {
        int arg = co[2 * i + 1];
        for (int k = 1, shift = 8; k <= 3 && i - k >= 0 && co[2 * (i - k)] == (byte)OpCode.ExtendedArg; k++, shift += 8)
            arg |= co[2 * (i - k) + 1] << shift;
        return arg;
    }

    /// <summary>The stack before each code unit (mark_stacks), by flowing over the instructions and the
    /// exception table until nothing changes.</summary>
    private static long[] MarkStacks(PyCode code)
    {
        var co = code.Code.Code;
        int len = co.Length / 2;
        var stacks = new long[len + 1];
        Array.Fill(stacks, Uninitialized);
        stacks[0] = EmptyStack;
        if ((code.Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
            stacks[0] = Push(stacks[0], KindObject); // generators are sent None as they start
        bool todo = true;
        while (todo)
        {
            todo = false;
            for (int i = 0; i < len; i++)
            {
                long next = stacks[i];
                if (next == Uninitialized) continue;
                var op = (OpCode)co[2 * i];
                switch (op)
                {
                    case OpCode.JumpIfFalseOrPop:
                    case OpCode.JumpIfTrueOrPop:
                    case OpCode.PopJumpForwardIfFalse:
                    case OpCode.PopJumpBackwardIfFalse:
                    case OpCode.PopJumpForwardIfTrue:
                    case OpCode.PopJumpBackwardIfTrue:
                    {
                        int j = ArgAt(co, i);
                        j = op is OpCode.PopJumpBackwardIfFalse or OpCode.PopJumpBackwardIfTrue ? i + 1 - j : j + i + 1;
                        if (stacks[j] == Uninitialized && j < i) todo = true;
                        long target;
                        if (op is OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop)
                        {
                            target = next;
                            next = Pop(next);
                        }
                        else
                        {
                            next = Pop(next);
                            target = next;
                        }
                        stacks[j] = target;
                        stacks[i + 1] = next;
                        break;
                    }
                    case OpCode.Send:
                        stacks[ArgAt(co, i) + i + 1] = Pop(next);
                        stacks[i + 1] = next;
                        break;
                    case OpCode.JumpForward:
                        stacks[ArgAt(co, i) + i + 1] = next;
                        break;
                    case OpCode.JumpBackward:
                    case OpCode.JumpBackwardNoInterrupt:
                    {
                        int j = i + 1 - ArgAt(co, i);
                        if (stacks[j] == Uninitialized && j < i) todo = true;
                        stacks[j] = next;
                        break;
                    }
                    case OpCode.GetIter:
                    case OpCode.GetAiter:
                        stacks[i + 1] = Push(Pop(next), KindIterator);
                        break;
                    case OpCode.ForIter:
                        stacks[i + 1] = Push(next, KindObject);
                        stacks[ArgAt(co, i) + i + 1] = Pop(next);
                        break;
                    case OpCode.EndAsyncFor:
                        stacks[i + 1] = Pop(Pop(next));
                        break;
                    case OpCode.PushExcInfo:
                        stacks[i + 1] = Push(next, KindExcept);
                        break;
                    case OpCode.PopExcept:
                        stacks[i + 1] = Pop(next);
                        break;
                    case OpCode.ReturnValue:
                    case OpCode.RaiseVarargs:
                    case OpCode.Reraise:
                        break;
                    case OpCode.PushNull:
                        stacks[i + 1] = Push(next, KindNull);
                        break;
                    case OpCode.LoadGlobal:
                        if ((co[2 * i + 1] & 1) != 0) next = Push(next, KindNull);
                        stacks[i + 1] = Push(next, KindObject);
                        break;
                    case OpCode.LoadMethod:
                        stacks[i + 1] = Push(Push(Pop(next), KindNull), KindObject);
                        break;
                    case OpCode.Call:
                        stacks[i + 1] = Push(Pop(Pop(next)), KindObject);
                        break;
                    case OpCode.Swap:
                        stacks[i + 1] = Swap(next, ArgAt(co, i));
                        break;
                    case OpCode.Copy:
                        stacks[i + 1] = Push(next, Peek(next, ArgAt(co, i)));
                        break;
                    default:
                    {
                        int delta = StackEffect.Of((int)op, ArgAt(co, i), jump: false) ?? 0;
                        for (; delta < 0; delta++) next = Pop(next);
                        for (; delta > 0; delta--) next = Push(next, KindObject);
                        stacks[i + 1] = next;
                        break;
                    }
                }
            }
            foreach (var e in code.ExceptionTable)
            {
                if (stacks[e.Start] == Uninitialized || stacks[e.Target] != Uninitialized) continue;
                todo = true;
                long target = PopToLevel(stacks[e.Start], e.Depth);
                if (e.PushLastInstr) target = Push(target, KindLasti);
                stacks[e.Target] = Push(target, KindExcept);
            }
        }
        return stacks;
    }

    /// <summary>frame_setlineno: the f_lineno setter.</summary>
    private static int SetLineno(ThreadState ts, PyFrame f, PyObject? value)
    {
        if (value is null)
        {
            ts.SetError(PyExc.AttributeError, "cannot delete attribute");
            return -1;
        }
        if (value.Type != BuiltinTypes.Int)
        {
            ts.SetError(PyExc.ValueError, "lineno must be an integer");
            return -1;
        }
        var code = f.Code;
        var instrs = code.Instructions;
        // A 'return' event may jump only from a generator suspended at a yield.
        bool suspended = f.Generator is not null && f.LastInstr >= 0 && (instrs[f.LastInstr] & 0xff) == (int)OpCode.YieldValue;
        switch (ts.TracingWhat)
        {
            case Tracing.Exception:
                ts.SetError(PyExc.ValueError, "can only jump from a 'line' trace event");
                return -1;
            case Tracing.Call:
                ts.SetError(PyExc.ValueError, "can't jump from the 'call' trace event of a new frame");
                return -1;
            case Tracing.Line:
                break;
            case Tracing.Return when suspended:
                break;
            default:
                ts.SetError(PyExc.ValueError, "can only jump from a 'line' trace event");
                return -1;
        }
        if (f.Trace is null)
        {
            ts.SetError(PyExc.ValueError, "f_lineno can only be set by a trace function");
            return -1;
        }
        var big = ((PyInt)value).Value;
        if (big > int.MaxValue || big < int.MinValue)
        {
            ts.SetError(PyExc.ValueError, "lineno out of range");
            return -1;
        }
        int requested = (int)big;
        if (requested < code.Code.FirstLineno)
        {
            ts.SetError(PyExc.ValueError, $"line {requested} comes before the current code block");
            return -1;
        }
        // The first unit of each line's first run (marklines), and the first such line at or after the request.
        var lines = Tracing.LinesOf(code);
        int len = lines.Length;
        var lineStarts = new int[len];
        int lastLine = -1, newLine = int.MaxValue;
        for (int i = 0; i < len; i++)
        {
            lineStarts[i] = -1;
            if (lines[i] != -1 && lines[i] != lastLine)
            {
                lineStarts[i] = lastLine = lines[i];
                if (lines[i] >= requested && lines[i] < newLine) newLine = lines[i];
            }
        }
        if (newLine == int.MaxValue)
        {
            ts.SetError(PyExc.ValueError, $"line {requested} comes after the current code block");
            return -1;
        }
        var stacks = MarkStacks(code);
        long bestStack = Overflowed;
        int bestAddr = -1, err = -1;
        long startStack = stacks[f.LastInstr];
        string message = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++)
        {
            if (lineStarts[i] != newLine) continue;
            long target = stacks[i];
            if (CompatibleStack(startStack, target))
            {
                err = 0;
                if (target > bestStack)
                {
                    bestStack = target;
                    bestAddr = i;
                }
            }
            else if (err < 0)
            {
                if (startStack == Overflowed) message = "stack to deep to analyze";
                else if (startStack == Uninitialized) message = "can't jump from unreachable code";
                else
                {
                    message = ExplainIncompatible(target);
                    err = 1;
                }
            }
        }
        if (err != 0)
        {
            ts.SetError(PyExc.ValueError, message);
            return -1;
        }
        if (suspended) startStack = Pop(startStack); // the value the yield took off
        while (startStack > bestStack)
        {
            var popped = f.Fast[--f.StackTop].Value;
            f.Fast[f.StackTop].Value = null;
            // An exception being handled is given back to sys.exc_info's chain.
            if (Top(startStack) == KindExcept) ts.HandledException = popped as PyBaseException;
            startStack = Pop(startStack);
        }
        f.TraceLineno = 0;
        f.LastInstr = bestAddr;
        // A suspended generator resumes after f_lasti.
        if (suspended) f.NextInstr = bestAddr + 1;
        return 0;
    }
}
