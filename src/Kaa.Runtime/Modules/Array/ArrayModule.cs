namespace Kaa.Runtime;

/// <summary>The <c>array</c> module: the array type, its iterator, typecodes and the pickle reconstructor.</summary>
internal static partial class ArrayModule
{
    internal static readonly PyType ArrayType = PyType.CreateStatic("array.array", (PyType?)null, TypeFlags.BaseType, Install);
    internal static readonly PyType IteratorType = PyType.CreateStatic("array.arrayiterator", (PyType?)null, TypeFlags.None, InstallIterator);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("array", "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n");
        m.Set("array", ArrayType);
        m.Set("ArrayType", ArrayType);
        m.Set("typecodes", PyStr.FromChars(ArrayItems.TypeCodes));
        m.AddFunction("_array_reconstructor", Reconstructor);
        ts.Interp.GetModuleState<ArrayState>().Reconstructor = m.Namespace.GetStr("_array_reconstructor");
        return m;
    }

    /// <summary>_array_reconstructor(arraytype, typecode, mformat_code, items) for the native machine formats.</summary>
    private static PyObject? Reconstructor(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length != 4) return ts.TypeError($"_array_reconstructor expected 4 arguments, got {args.Length}");
        if (args[0] is not PyType type) return ts.TypeError($"first argument must be a type object, not {args[0].Type.Name}");
        if (!type.IsSubtypeOf(ArrayType)) return ts.TypeError($"{type.Name} is not a subtype of array.array");
        if (args[1] is not PyStr tc || tc.Length != 1 || !ArrayItems.TypeCodes.Contains((char)tc[0]))
            return ts.ValueError("second argument must be a valid type code");
        char code = (char)tc[0];
        if (!Protocols.AsIndex(ts, args[2], out long format, PyExc.OverflowError)) return null;
        if (args[3] is not PyBytes items) return ts.TypeError($"fourth argument should be bytes, not {args[3].Type.Name}");
        if (format != ArrayItems.MachineFormat(code)) return ts.ValueError("fourth argument should be bytes, not a different machine format");
        var a = NewArray(type, code);
        if (items.Value.Length % a.ItemSize != 0) return ts.ValueError("bytes length not a multiple of item size");
        a.Data = (byte[])items.Value.Clone();
        a.Count = items.Value.Length / a.ItemSize;
        return a;
    }

    internal static PyArray NewArray(PyType type, char code) => type == ArrayType ? new PyArray(type, code) : new PyArray.Derived(type, code);

    private static void InstallIterator(PyType type)
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyArrayIterator)self;
            if (it.Array is not { } a || it.Index >= a.Count)
            {
                it.Array = null;
                return null;
            }
            return ArrayItems.Get(a.TypeCode, a.Item(it.Index++));
        };
    }
}

/// <summary><c>array.arrayiterator</c>.</summary>
internal sealed class PyArrayIterator : PyObject
{
    internal PyArray? Array;
    internal int Index;

    internal PyArrayIterator(PyArray array) : base(ArrayModule.IteratorType) => Array = array;
}
