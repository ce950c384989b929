namespace Kaa.Runtime;

/// <summary><c>_opcode</c>: <c>stack_effect</c> (what <c>dis.stack_effect</c> calls), from the compiler's own table.</summary>
internal static class OpcodeModule
{
    /// <summary>CPython 3.11's HAVE_ARGUMENT: opcodes from here on take an argument.</summary>
    private const int HaveArgument = 90;

    private static readonly ArgSpec StackEffectSpec = new("stack_effect", ["opcode", "oparg", "jump"], required: 1, positionalOnly: 2, maxPositional: 2);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_opcode", "Opcode support module.");
        m.AddFunction("stack_effect", StackEffect, "Compute the stack effect of the opcode.");
        m.AddFunction("get_specialization_stats", static (ts, self) => PyNone.Instance, "Return the specialization stats");
        return m;
    }

    private static PyObject? StackEffect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!StackEffectSpec.Parse(ts, args, kw, a)) return null;
        if (!Protocols.AsIndex(ts, a[0]!, out long opcodeLong)) return null;
        if (opcodeLong is > int.MaxValue or < int.MinValue) return ts.OverflowError("Python int too large to convert to C int");
        int opcode = (int)opcodeLong;
        var opargObj = a[1] ?? PyNone.Instance;
        int oparg = 0;
        if (opcode >= HaveArgument)
        {
            if (opargObj == PyNone.Instance) return ts.ValueError("stack_effect: opcode requires oparg but oparg was not specified");
            if (!Protocols.AsIndex(ts, opargObj, out long o)) return null;
            oparg = (int)o;
        }
        else if (opargObj != PyNone.Instance) return ts.ValueError("stack_effect: opcode does not permit oparg but oparg was specified");
        var jump = a[2] ?? PyNone.Instance;
        if (jump != PyNone.Instance && jump != PyBool.True && jump != PyBool.False)
            return ts.ValueError("stack_effect: jump must be False, True or None");
        int? effect;
        if (jump == PyNone.Instance)
        {
            // Without a direction: the larger of the two paths (what the compiler budgets for).
            var fall = Kaa.Compiler.Flow.StackEffect.Of(opcode, oparg, jump: false);
            var taken = Kaa.Compiler.Flow.StackEffect.Of(opcode, oparg, jump: true);
            effect = fall is null || taken is null ? null : Math.Max(fall.Value, taken.Value);
        }
        else effect = Kaa.Compiler.Flow.StackEffect.Of(opcode, oparg, jump: jump == PyBool.True);
        return effect is { } e ? PyInt.Create(e) : ts.ValueError("invalid opcode or oparg");
    }
}
