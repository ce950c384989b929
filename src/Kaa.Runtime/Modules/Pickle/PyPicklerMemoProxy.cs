namespace Kaa.Runtime;

/// <summary><c>_pickle.PicklerMemoProxy</c>: the <c>memo</c> of a Pickler as Python sees it — clear(),
/// copy() to a dict {id(obj): (index, obj)}, and pickling as that dict.</summary>
internal sealed class PyPicklerMemoProxy : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_pickle.PicklerMemoProxy", (PyType?)null, TypeFlags.BaseType, Install);

    internal readonly PyPickler Pickler;

    internal PyPicklerMemoProxy(PyPickler pickler) : base(TypeObject) => Pickler = pickler;

    private static PyDict Copy(ThreadState ts, PyPicklerMemoProxy proxy)
    {
        var dict = new PyDict();
        foreach (var (obj, index) in proxy.Pickler.Memo.Entries())
            dict.SetItem(ts, PyInt.Create(ts.Interp.IdOf(obj)), PyTuple.Create(PyInt.Create(index), obj));
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
            ((PyPicklerMemoProxy)self).Pickler.Memo.Clear();
            return PyNone.Instance;
        }, "Remove all items from memo.");
        type.AddMethod("copy", static (ts, self) => Copy(ts, (PyPicklerMemoProxy)self), "Copy the memo to a new object.");
        type.AddMethod("__reduce__", static (ts, self) =>
            PyTuple.Create(BuiltinTypes.Dict, PyTuple.Create(Copy(ts, (PyPicklerMemoProxy)self))), "Implement pickle support.");
    }
}
