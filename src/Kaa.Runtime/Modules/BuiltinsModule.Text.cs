namespace Kaa.Runtime;

/// <summary>The text builtins: chr and ord.</summary>
internal static partial class BuiltinsModuleFactory
{
    static partial void AddTextFunctions(PyModule m)
    {
        m.AddFunction("chr", static (ts, self, arg) =>
        {
            if (arg is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            var i = Protocols.Index(ts, arg);
            if (i is null) return null;
            if (!i.TryGetLong(out long v))
                return ts.OverflowError(i.Sign < 0 ? "Python int too large to convert to C int" : "Python int too large to convert to C int");
            if (v is < int.MinValue or > int.MaxValue) return ts.OverflowError("Python int too large to convert to C int");
            if (v is < 0 or > 0x10FFFF) return ts.ValueError("chr() arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)v);
        });
        m.AddFunction("ord", static (ts, self, arg) =>
        {
            if (arg is PyStr s)
            {
                if (s.Length != 1) return ts.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.Create(s[0]);
            }
            if (arg is PyBytes b)
            {
                if (b.Value.Length != 1) return ts.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                return PyInt.Create(b.Value[0]);
            }
            if (arg is PyByteArray ba)
            {
                if (ba.Count != 1) return ts.TypeError($"ord() expected a character, but string of length {ba.Count} found");
                return PyInt.Create(ba[0]);
            }
            return ts.TypeError($"ord() expected string of length 1, but {arg.Type.Name} found");
        });
    }
}
