namespace Kaa.Runtime;

/// <summary>
/// The <c>_pickle</c> module's per-interpreter state (CPython's PickleState): its three exception classes and
/// the tables it reads from the Python side — copyreg's dispatch table and extension registry,
/// _compat_pickle's Python 2 name mappings, and the helpers <c>codecs.encode</c>, <c>getattr</c> and
/// <c>functools.partial</c> that some reductions are written with.
/// </summary>
internal sealed class PickleState
{
    /// <summary>The module object: importing _pickle again returns it (PyState_FindModule), so that the
    /// exception classes stay the ones the picklers raise.</summary>
    public PyModule? Module;

    public PyType PickleError = PyExc.Exception;
    public PyType PicklingError = PyExc.Exception;
    public PyType UnpicklingError = PyExc.Exception;

    /// <summary>copyreg.dispatch_table: {type: reduction function}.</summary>
    public PyDict DispatchTable = new();
    /// <summary>copyreg._extension_registry: {(module, name): code}.</summary>
    public PyDict ExtensionRegistry = new();
    /// <summary>copyreg._extension_cache: {code: object}.</summary>
    public PyDict ExtensionCache = new();
    /// <summary>copyreg._inverted_registry: {code: (module, name)}.</summary>
    public PyDict InvertedRegistry = new();

    /// <summary>_compat_pickle.NAME_MAPPING / IMPORT_MAPPING (Python 2 names to 3) and their reverses.</summary>
    public PyDict NameMapping2To3 = new(), ImportMapping2To3 = new(), NameMapping3To2 = new(), ImportMapping3To2 = new();

    /// <summary>codecs.encode: bytes are pickled as <c>codecs.encode(latin1_text, 'latin1')</c> before protocol 3.</summary>
    public PyObject CodecsEncode = PyNone.Instance;
    /// <summary>builtins.getattr: nested names are pickled as getattr calls before protocol 4.</summary>
    public PyObject GetAttr = PyNone.Instance;
    /// <summary>functools.partial: NEWOBJ_EX is emulated with partial(cls.__new__, cls, *args, **kwargs) before protocol 4.</summary>
    public PyObject Partial = PyNone.Instance;
}
