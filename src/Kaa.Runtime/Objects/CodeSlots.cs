using Kaa.Compiler.Code;

namespace Kaa.Runtime;

/// <summary>The attributes and methods of <c>code</c> objects (Objects/codeobject.c).</summary>
internal static partial class CodeSlots
{
    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        static PyCode C(PyObject o) => (PyCode)o;
        static PyTuple Names(string[] names) => PyTuple.Create(Array.ConvertAll(names, n => (PyObject)PyStr.Intern(n)));
        type.AddGetSet("co_argcount", static (ts, self) => PyInt.Create(C(self).Code.ArgCount));
        type.AddGetSet("co_posonlyargcount", static (ts, self) => PyInt.Create(C(self).Code.PosOnlyArgCount));
        type.AddGetSet("co_kwonlyargcount", static (ts, self) => PyInt.Create(C(self).Code.KwOnlyArgCount));
        type.AddGetSet("co_nlocals", static (ts, self) => PyInt.Create(C(self).NLocals));
        type.AddGetSet("co_stacksize", static (ts, self) => PyInt.Create(C(self).Code.StackSize));
        type.AddGetSet("co_flags", static (ts, self) => PyInt.Create((int)C(self).Code.Flags));
        type.AddGetSet("co_firstlineno", static (ts, self) => PyInt.Create(C(self).Code.FirstLineno));
        type.AddGetSet("co_code", static (ts, self) => PyBytes.Create((byte[])C(self).Code.Code.Clone()));
        type.AddGetSet("_co_code_adaptive", static (ts, self) => PyBytes.Create((byte[])C(self).Code.Code.Clone()));
        type.AddGetSet("co_consts", static (ts, self) => PyTuple.Create((PyObject[])C(self).Consts.Clone()));
        type.AddGetSet("co_names", static (ts, self) => PyTuple.Create(Array.ConvertAll(C(self).Names, n => (PyObject)n)));
        type.AddGetSet("co_varnames", static (ts, self) => Names(C(self).Code.VarNames));
        type.AddGetSet("co_cellvars", static (ts, self) => Names(C(self).Code.CellVars));
        type.AddGetSet("co_freevars", static (ts, self) => Names(C(self).Code.FreeVars));
        type.AddGetSet("co_filename", static (ts, self) => C(self).Filename);
        type.AddGetSet("co_name", static (ts, self) => C(self).Name);
        type.AddGetSet("co_qualname", static (ts, self) => C(self).QualName);
        type.AddGetSet("co_linetable", static (ts, self) => PyBytes.Create((byte[])C(self).Code.LineTable.Clone()));
        type.AddGetSet("co_exceptiontable", static (ts, self) => PyBytes.Create((byte[])C(self).Code.ExceptionTable.Clone()));
        type.AddGetSet("co_lnotab", static (ts, self) => PyBytes.Create(LineNumberTable(C(self))));
        InstallReplace(type);
        // dis uses it to name LOAD_FAST/LOAD_DEREF arguments: the oparg-th of the locals-plus names.
        type.AddMethod("_varname_from_oparg", static (ts, self, arg) =>
        {
            if (!Protocols.AsIndex(ts, arg, out long i, PyExc.OverflowError)) return null;
            var names = C(self).LocalsPlusNames;
            return i >= 0 && i < names.Length ? names[i] : ts.IndexError("tuple index out of range");
        });
        type.AddMethod("co_lines", static (ts, self) => Protocols.GetIter(ts, PyList.FromArray(Lines(C(self)))));
        type.AddMethod("co_positions", static (ts, self) =>
        {
            var c = C(self);
            var items = new PyObject[c.Code.Code.Length / 2];
            static PyObject Opt(int v) => v < 0 ? PyNone.Instance : PyInt.Create(v);
            for (int i = 0; i < items.Length; i++)
            {
                var loc = c.LocationFor(i);
                items[i] = PyTuple.Create([Opt(loc.Line), Opt(loc.EndLine), Opt(loc.Column), Opt(loc.EndColumn)]);
            }
            return Protocols.GetIter(ts, PyList.FromArray(items));
        });
        type.Repr = static (ts, self) =>
        {
            var c = C(self);
            return PyStr.Create($"<code object {c.Name} at {Protocols.AddressOf(ts, c)}, file \"{c.Filename}\", line {c.Code.FirstLineno}>");
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyCode x || b is not PyCode y) return PyNotImplemented.Instance;
            bool eq = ConstantComparer.Instance.Equals(x.Code, y.Code);
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        type.Hash = static (ts, self) =>
        {
            var c = C(self).Code;
            long h = HashCode.Combine(c.Name, c.ArgCount, c.Flags, c.FirstLineno, c.Code.Length);
            return h == -1 ? -2 : h;
        };
    }

    /// <summary>co_lines(): one (start, end, line) byte range per entry of the location table, as 3.11
    /// reports them (consecutive entries of the same line are not merged); None for no line.</summary>
    private static PyObject[] Lines(PyCode c)
    {
        var result = new List<PyObject>();
        var table = c.Code.LineTable;
        int line = c.Code.FirstLineno, unit = 0, p = 0;
        while (p < table.Length)
        {
            byte first = table[p++];
            int kind = (first >> 3) & 15, length = (first & 7) + 1;
            bool hasLine = true;
            switch (kind)
            {
                case 15: // no location
                    hasLine = false;
                    break;
                case 14: // long form: line delta, end line delta, column+1, end column+1
                    line += ReadSignedVarint(table, ref p);
                    SkipVarint(table, ref p);
                    SkipVarint(table, ref p);
                    SkipVarint(table, ref p);
                    break;
                case 13: // no column: line delta only
                    line += ReadSignedVarint(table, ref p);
                    break;
                case 10 or 11 or 12: // one-line form: the line delta is in the code, then two column bytes
                    line += kind - 10;
                    p += 2;
                    break;
                default: // short form: same line, one column byte
                    p += 1;
                    break;
            }
            result.Add(PyTuple.Create([PyInt.Create(unit * 2), PyInt.Create((unit + length) * 2), hasLine ? PyInt.Create(line) : PyNone.Instance]));
            unit += length;
        }
        return result.ToArray();
    }

    private static int ReadVarint(byte[] t, ref int p)
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

    private static void SkipVarint(byte[] t, ref int p) => ReadVarint(t, ref p);

    private static int ReadSignedVarint(byte[] t, ref int p)
    {
        int v = ReadVarint(t, ref p);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }

    /// <summary>co_lnotab (deprecated): (byte delta, line delta) pairs derived from co_lines.</summary>
    private static byte[] LineNumberTable(PyCode c)
    {
        var bytes = new List<byte>();
        int lastLine = c.Code.FirstLineno, lastByte = 0;
        foreach (var item in Lines(c))
        {
            var t = (PyTuple)item;
            if (t.Items[2] is not PyInt lineObj) continue;
            int start = (int)((PyInt)t.Items[0]).Small;
            int line = (int)lineObj.Small;
            int bdelta = start - lastByte, ldelta = line - lastLine;
            if (ldelta == 0) continue;
            while (bdelta > 255) { bytes.Add(255); bytes.Add(0); bdelta -= 255; }
            while (ldelta > 127) { bytes.Add((byte)bdelta); bytes.Add(127); bdelta = 0; ldelta -= 127; }
            while (ldelta < -128) { bytes.Add((byte)bdelta); bytes.Add(unchecked((byte)-128)); bdelta = 0; ldelta += 128; }
            bytes.Add((byte)bdelta);
            bytes.Add(unchecked((byte)(sbyte)ldelta));
            lastLine = line;
            lastByte = start;
        }
        return bytes.ToArray();
    }
}
