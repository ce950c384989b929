namespace Kaa.Runtime;

/// <summary>
/// Per-interpreter state of <c>_warnings</c> (CPython's WarningsState): the filters list, the default action,
/// the once-registry, and the filters version that invalidates the per-module <c>__warningregistry__</c> dicts.
/// The pure-Python <c>warnings</c> module shares these very objects (it imports them) and, once imported,
/// takes over: its <c>filters</c>, <c>defaultaction</c>, <c>onceregistry</c> and <c>_showwarnmsg</c> are used.
/// </summary>
internal sealed class WarningsState
{
    public PyList? Filters;
    public PyObject DefaultAction = PyStr.Intern("default");
    public PyDict OnceRegistry = new();
    public long FiltersVersion;

    /// <summary>The filters CPython starts with (a release build without -W or -X dev).</summary>
    public PyList GetFilters()
    {
        if (Filters is not null) return Filters;
        var list = new PyList();
        list.Append(Filter("default", PyExc.DeprecationWarning, PyStr.Intern("__main__")));
        list.Append(Filter("ignore", PyExc.DeprecationWarning, PyNone.Instance));
        list.Append(Filter("ignore", PyExc.PendingDeprecationWarning, PyNone.Instance));
        list.Append(Filter("ignore", PyExc.ImportWarning, PyNone.Instance));
        list.Append(Filter("ignore", PyExc.ResourceWarning, PyNone.Instance));
        return Filters = list;
    }

    private static PyTuple Filter(string action, PyType category, PyObject module)
        => PyTuple.Create([PyStr.Intern(action), PyNone.Instance, category, module, PyInt.Zero]);
}
