using Kaa.Compiler.Code;

namespace Kaa.Runtime;

/// <summary><c>code.replace(**changes)</c>: a copy of a code object with some fields replaced (code_replace_impl).</summary>
internal static partial class CodeSlots
{
    private static readonly ArgSpec s_replaceSpec = new("replace",
        ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
         "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
         "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"],
        required: 0, positionalOnly: 0, maxPositional: 0);

    internal static void InstallReplace(PyType type)
    {
        type.AddMethod("replace", static (ts, self, args, kwnames) => Replace(ts, (PyCode)self, args, kwnames),
            "Return a copy of the code object with new values for the specified fields.");
    }

    private static PyObject? Replace(ThreadState ts, PyCode code, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new PyObject?[s_replaceSpec.Names.Length];
        if (!s_replaceSpec.Parse(ts, args, kwnames, a)) return null;
        var old = code.Code;

        bool Int(int i, int current, out int value)
        {
            value = current;
            if (a[i] is null) return true;
            if (!Protocols.AsIndex(ts, a[i]!, out long v, PyExc.OverflowError)) return false;
            if (v is < int.MinValue or > int.MaxValue)
            {
                ts.OverflowError("Python int too large to convert to C int");
                return false;
            }
            value = (int)v;
            return true;
        }
        T? Typed<T>(int i, string typeName) where T : PyObject
        {
            if (a[i] is null || a[i] is T) return (T?)a[i];
            ts.TypeError($"replace() argument '{s_replaceSpec.Names[i]}' must be {typeName}, not {a[i]!.Type.Name}");
            return null;
        }
        bool Bad(int i) => a[i] is not null && ts.HasError;

        if (!Int(0, old.ArgCount, out int argcount) || !Int(1, old.PosOnlyArgCount, out int posonly)
            || !Int(2, old.KwOnlyArgCount, out int kwonly) || !Int(3, code.NLocals, out int nlocals)
            || !Int(4, old.StackSize, out int stacksize) || !Int(5, (int)old.Flags, out int flags)
            || !Int(6, old.FirstLineno, out int firstlineno))
            return null;
        var coCode = Typed<PyBytes>(7, "bytes"); if (Bad(7)) return null;
        var consts = Typed<PyTuple>(8, "tuple"); if (Bad(8)) return null;
        var names = Typed<PyTuple>(9, "tuple"); if (Bad(9)) return null;
        var varnames = Typed<PyTuple>(10, "tuple"); if (Bad(10)) return null;
        var freevars = Typed<PyTuple>(11, "tuple"); if (Bad(11)) return null;
        var cellvars = Typed<PyTuple>(12, "tuple"); if (Bad(12)) return null;
        var filename = Typed<PyStr>(13, "str"); if (Bad(13)) return null;
        var name = Typed<PyStr>(14, "str"); if (Bad(14)) return null;
        var qualname = Typed<PyStr>(15, "str"); if (Bad(15)) return null;
        var linetable = Typed<PyBytes>(16, "bytes"); if (Bad(16)) return null;
        var exceptiontable = Typed<PyBytes>(17, "bytes"); if (Bad(17)) return null;

        foreach (var t in new[] { names, varnames, freevars, cellvars })
            if (t is not null)
                foreach (var item in t.Items)
                    if (item is not PyStr) return ts.SystemError("non-string found in code slot");

        string[] Strings(PyTuple? t, string[] current) => t is null ? current : Array.ConvertAll(t.Items, static n => ((PyStr)n).Chars);
        var newVarnames = Strings(varnames, old.VarNames);
        var newCellvars = Strings(cellvars, old.CellVars);
        var newFreevars = Strings(freevars, old.FreeVars);
        if (a[3] is not null || varnames is not null)
            if (nlocals != newVarnames.Length) return ts.ValueError("code: co_nlocals != len(co_varnames)");

        // The locals-plus names keep their kinds; a replaced group renames its members in order (a
        // parameter that is also a cell takes its name from co_varnames). Groups must keep their sizes.
        if (newVarnames.Length != old.VarNames.Length || newCellvars.Length != old.CellVars.Length || newFreevars.Length != old.FreeVars.Length)
            return ts.ValueError("code.replace(): Kaa cannot change how many local, cell or free variables a code object has");
        var localsPlus = new string[old.LocalsPlusNames.Length];
        int nextLocal = 0, nextCell = 0, nextFree = 0;
        for (int i = 0; i < localsPlus.Length; i++)
        {
            var kind = (LocalKind)old.LocalsPlusKinds[i];
            if ((kind & LocalKind.Local) != 0)
            {
                localsPlus[i] = newVarnames[nextLocal++];
                if ((kind & LocalKind.Cell) != 0) nextCell++;
            }
            else if ((kind & LocalKind.Cell) != 0) localsPlus[i] = newCellvars[nextCell++];
            else if ((kind & LocalKind.Free) != 0) localsPlus[i] = newFreevars[nextFree++];
            else localsPlus[i] = old.LocalsPlusNames[i];
        }

        var constItems = consts?.Items ?? code.Consts;
        var co = new CodeObject
        {
            ArgCount = argcount,
            PosOnlyArgCount = posonly,
            KwOnlyArgCount = kwonly,
            StackSize = stacksize,
            Flags = (CodeFlags)flags,
            FirstLineno = firstlineno,
            Code = coCode?.Value ?? old.Code,
            Consts = consts is null ? old.Consts : Array.ConvertAll(constItems, MarshalReader.ToConstant),
            Names = Strings(names, old.Names),
            LocalsPlusNames = localsPlus,
            LocalsPlusKinds = old.LocalsPlusKinds,
            Filename = filename?.Chars ?? old.Filename,
            Name = name?.Chars ?? old.Name,
            QualName = qualname?.Chars ?? old.QualName,
            LineTable = linetable?.Value ?? old.LineTable,
            ExceptionTable = exceptiontable?.Value ?? old.ExceptionTable,
        };
        if (co.Code.Length % 2 != 0) return ts.SystemError("bad argument to internal function");
        return new PyCode(co, (PyObject[])constItems.Clone(), filename ?? code.Filename, qualname ?? code.QualName);
    }
}
