using Kaa.Compiler.Code;

namespace Kaa.Runtime;

/// <summary><c>code.replace(**changes)</c> (code_replace_impl): a copy of the code object with some
/// fields replaced (types.coroutine sets CO_ITERABLE_COROUTINE this way).</summary>
internal static partial class CodeSlots
{
    private static readonly ArgSpec ReplaceSpec = new("replace",
        ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno",
         "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name",
         "co_qualname", "co_linetable", "co_exceptiontable"],
        required: 0, positionalOnly: 0, maxPositional: 0);

    private static void InstallReplace(PyType type)
    {
        type.AddMethod("replace", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer18();
            if (!ReplaceSpec.Parse(ts, args, kw, a)) return null;
            var old = (PyCode)self;
            var c = old.Code;
            int Int(int i, int current, out bool ok)
            {
                ok = true;
                if (a[i] is null) return current;
                if (a[i] is not PyInt v || !v.TryGetLong(out long l))
                {
                    ok = false;
                    ts.SetError(PyExc.TypeError, $"replace() argument '{ReplaceSpec.Names[i]}' must be int, not {a[i]!.Type.Name}");
                    return 0;
                }
                return (int)l;
            }
            string? Str(int i, string current)
            {
                if (a[i] is null) return current;
                if (a[i] is PyStr s) return s.ToString();
                ts.SetError(PyExc.TypeError, $"replace() argument '{ReplaceSpec.Names[i]}' must be str, not {a[i]!.Type.Name}");
                return null;
            }
            byte[]? Bytes(int i, byte[] current)
            {
                if (a[i] is null) return current;
                if (a[i] is PyBytes b) return b.Value;
                ts.SetError(PyExc.TypeError, $"replace() argument '{ReplaceSpec.Names[i]}' must be bytes, not {a[i]!.Type.Name}");
                return null;
            }
            string[]? Names(int i, string[] current)
            {
                if (a[i] is null) return current;
                if (a[i] is PyTuple t && Array.TrueForAll(t.Items, o => o is PyStr)) return Array.ConvertAll(t.Items, o => o.ToString()!);
                ts.SetError(PyExc.TypeError, $"replace() argument '{ReplaceSpec.Names[i]}' must be tuple, not {a[i]!.Type.Name}");
                return null;
            }
            int argc = Int(0, c.ArgCount, out bool ok1), posonly = Int(1, c.PosOnlyArgCount, out bool ok2), kwonly = Int(2, c.KwOnlyArgCount, out bool ok3);
            int stack = Int(4, c.StackSize, out bool ok4), flags = Int(5, (int)c.Flags, out bool ok5), first = Int(6, c.FirstLineno, out bool ok6);
            if (!(ok1 && ok2 && ok3 && ok4 && ok5 && ok6)) return null;
            var code = Bytes(7, c.Code);
            var names = Names(9, c.Names);
            var filename = Str(13, c.Filename);
            var name = Str(14, c.Name);
            var qualname = Str(15, c.QualName);
            var linetable = Bytes(16, c.LineTable);
            var exceptiontable = Bytes(17, c.ExceptionTable);
            if (code is null || names is null || filename is null || name is null || qualname is null || linetable is null || exceptiontable is null) return null;
            // The locals-plus names: each group renamed in place (its size must stay the same).
            var localsPlus = (string[])c.LocalsPlusNames.Clone();
            (int Index, LocalKind Kind)[] groups = [(10, LocalKind.Local), (11, LocalKind.Free), (12, LocalKind.Cell)];
            foreach (var (index, kind) in groups)
            {
                if (a[index] is null) continue;
                var replacement = Names(index, []);
                if (replacement is null) return null;
                int k = 0;
                for (int i = 0; i < localsPlus.Length; i++)
                    if ((((LocalKind)c.LocalsPlusKinds[i]) & kind) != 0 && (kind != LocalKind.Free || (((LocalKind)c.LocalsPlusKinds[i]) & LocalKind.Cell) == 0))
                    {
                        if (k >= replacement.Length) return ts.ValueError("code: varnames is too small");
                        localsPlus[i] = replacement[k++];
                    }
            }
            PyObject[] consts = old.Consts;
            if (a[8] is { } co)
            {
                if (co is not PyTuple ct) return ts.TypeError($"replace() argument 'co_consts' must be tuple, not {co.Type.Name}");
                consts = (PyObject[])ct.Items.Clone();
            }
            var copy = new CodeObject
            {
                ArgCount = argc, PosOnlyArgCount = posonly, KwOnlyArgCount = kwonly, StackSize = stack,
                Flags = (CodeFlags)flags, FirstLineno = first, Code = code, Consts = c.Consts, Names = names,
                LocalsPlusNames = localsPlus, LocalsPlusKinds = c.LocalsPlusKinds, Filename = filename, Name = name,
                QualName = qualname, LineTable = linetable, ExceptionTable = exceptiontable,
            };
            return new PyCode(copy, consts, a[13] is null ? old.Filename : null, PyStr.Create(qualname));
        }, "Return a copy of the code object with new values for the specified fields.");
    }

    /// <summary>Inline storage for replace()'s 18 keyword arguments.</summary>
    [System.Runtime.CompilerServices.InlineArray(18)]
    private struct ArgBuffer18
    {
        private PyObject? _first;
    }
}
