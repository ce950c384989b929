namespace Kaa.Runtime;

/// <summary><c>_pickle.UnpicklerMemoProxy</c>: the <c>memo</c> of an Unpickler as Python sees it — clear(),
/// copy() to a dict {index: obj}, and pickling as that dict.</summary>
internal sealed class PyUnpicklerMemoProxy : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_pickle.UnpicklerMemoProxy", (PyType?)null, TypeFlags.BaseType, Install);

    internal readonly PyUnpickler Unpickler;

    internal PyUnpicklerMemoProxy(PyUnpickler unpickler) : base(TypeObject) => Unpickler = unpickler;

    private static PyDict Copy(ThreadState ts, PyUnpicklerMemoProxy proxy)
    {
        var dict = new PyDict();
        var memo = proxy.Unpickler.MemoArray;
        for (int i = 0; i < memo.Length; i++)
            if (memo[i] is { } value) dict.SetItem(ts, PyInt.Create(i), value);
        return dict;
    }

    private static void Install(PyType type)
    {
        type.Hash = static (ts, self) =>
        {
            ts.SetError(PyExc.TypeError, $"unhashable type: '{self.Type.Name}'");
            return -1;
        };
        type.AddMethod("clear", static (ts, self) =>
        {
            ((PyUnpicklerMemoProxy)self).Unpickler.ClearMemo();
            return PyNone.Instance;
        }, "Remove all items from memo.");
        type.AddMethod("copy", static (ts, self) => Copy(ts, (PyUnpicklerMemoProxy)self), "Copy the memo to a new object.");
        type.AddMethod("__reduce__", static (ts, self) =>
            PyTuple.Create(BuiltinTypes.Dict, PyTuple.Create(Copy(ts, (PyUnpicklerMemoProxy)self))), "Implement pickling support.");
    }
}
