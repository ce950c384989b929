using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>The numeric builtin functions: divmod, pow, round, bin, oct, hex (abs is in the core file).</summary>
internal static partial class BuiltinsModuleFactory
{
    private static readonly ArgSpec s_divmod = new("divmod", ["x", "y"], required: 2);
    private static readonly ArgSpec s_pow = new("pow", ["base", "exp", "mod"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec s_round = new("round", ["number", "ndigits"], required: 1, positionalOnly: 0);

    static partial void AddNumberFunctions(PyModule m)
    {
        m.AddFunction("divmod", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_divmod.Parse(ts, args, kw, a)) return null;
            return DivMod(ts, a[0]!, a[1]!);
        });
        m.AddFunction("pow", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_pow.Parse(ts, args, kw, a)) return null;
            return Protocols.Power(ts, a[0]!, a[1]!, a[2] ?? PyNone.Instance);
        });
        m.AddFunction("round", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_round.Parse(ts, args, kw, a)) return null;
            var number = a[0]!;
            var method = Protocols.LookupSpecial(ts, number, PyStr.Intern("__round__"));
            if (method is null)
            {
                if (ts.HasError) return null;
                return ts.TypeError($"type {number.Type.Name} doesn't define __round__ method");
            }
            return a[1] is null || a[1] is PyNone
                ? Protocols.Call(ts, method, [], null)
                : Protocols.Call(ts, method, [a[1]!], null);
        });
        m.AddFunction("bin", static (ts, self, obj) => Protocols.Index(ts, obj) is { } i ? PyStr.FromChars(IntFormatter.Bin(i.Value)) : null);
        m.AddFunction("oct", static (ts, self, obj) => Protocols.Index(ts, obj) is { } i ? PyStr.FromChars(IntFormatter.Oct(i.Value)) : null);
        m.AddFunction("hex", static (ts, self, obj) => Protocols.Index(ts, obj) is { } i ? PyStr.FromChars(IntFormatter.Hex(i.Value)) : null);
    }

    /// <summary>divmod(a, b): nb_divmod of either operand (the right one first when it is a subclass), as binary_op1.</summary>
    private static PyObject? DivMod(ThreadState ts, PyObject a, PyObject b)
    {
        var slotA = a.Type.DivMod;
        var slotB = a.Type != b.Type ? b.Type.DivMod : null;
        if (ReferenceEquals(slotA, slotB)) slotB = null;
        PyObject? r;
        if (slotA is not null)
        {
            if (slotB is not null && b.Type.IsSubtypeOf(a.Type))
            {
                r = slotB(ts, a, b);
                if (r is null || r != PyNotImplemented.Instance) return r;
                slotB = null;
            }
            r = slotA(ts, a, b);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        if (slotB is not null)
        {
            r = slotB(ts, a, b);
            if (r is null || r != PyNotImplemented.Instance) return r;
        }
        return ts.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }
}
