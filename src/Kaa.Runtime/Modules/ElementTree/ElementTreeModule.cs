namespace Kaa.Runtime;

/// <summary>The _elementtree module's per-interpreter state (CPython's elementtreestate).</summary>
internal sealed class ElementTreeState
{
    public PyModule? Module;
    public PyType? ParseError;
    /// <summary>copy.deepcopy, for Element.__deepcopy__'s general case.</summary>
    public PyObject? DeepCopy;
    /// <summary>xml.etree.ElementPath, which find/findall/findtext/iterfind delegate real paths to.</summary>
    public PyObject? ElementPath;
    /// <summary>The Comment and ProcessingInstruction factories ElementTree.py registers with _set_factories.</summary>
    public PyObject? CommentFactory, PiFactory;
}

/// <summary>
/// <c>_elementtree</c> (CPython's Modules/_elementtree.c): the accelerator xml.etree.ElementTree imports
/// at its end, replacing Element, SubElement, TreeBuilder, XMLParser and ParseError with these.
/// </summary>
internal static class ElementTreeModule
{
    internal static ElementTreeState State(ThreadState ts) => ts.Interp.GetModuleState<ElementTreeState>();

    internal static PyModule? Create(ThreadState ts)
    {
        var state = State(ts);
        // PyState_FindModule: a single-phase module is made once per interpreter, and importing it again
        // (import_fresh_module) returns the same object, with the same ParseError and factories.
        if (state.Module is { } existing) return existing;
        var m = PyModule.Create("_elementtree");
        var copy = PickleModule.ImportModule(ts, "copy");
        if (copy is null) return null;
        state.DeepCopy = Protocols.GetAttr(ts, copy, "deepcopy");
        if (state.DeepCopy is null) return null;
        state.ElementPath = PickleModule.ImportModule(ts, "xml.etree.ElementPath");
        if (state.ElementPath is null) return null;
        // CPython links against pyexpat's C API capsule here: importing fails the same way without it.
        if (PickleModule.ImportModule(ts, "pyexpat") is null) return null;
        var parseError = ExceptionClass.Create(ts, "xml.etree.ElementTree.ParseError", PyExc.SyntaxError);
        if (parseError is null) return null;
        state.ParseError = parseError;

        m.AddFunction("SubElement", SubElement);
        m.AddFunction("_set_factories", SetFactories,
            "Change the factories used to create comments and processing instructions.\n\nFor internal use only.");
        m.Set("ParseError", parseError);
        m.Set("Element", PyElement.TypeObject);
        m.Set("TreeBuilder", PyTreeBuilder.TypeObject);
        m.Set("XMLParser", EtreeXmlParser.TypeObject);
        state.Module = m;
        return m;
    }

    private static PyObject? SubElement(ThreadState ts, PyObject module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (!ElementSlots.PositionalCount(ts, "SubElement", npos, 2, 3)) return null;
        if (args[0] is not PyElement parent)
            return ts.TypeError($"SubElement() argument 1 must be xml.etree.ElementTree.Element, not {args[0].Type.Name}");
        if (npos == 3 && args[2] is not PyDict)
            return ts.TypeError($"SubElement() argument 3 must be dict, not {args[2].Type.Name}");
        var kwds = ElementSlots.KeywordDict(ts, args, kwnames);
        if (kwds is null && ts.HasError) return null;
        if (!ElementSlots.AttribFromArgs(ts, npos == 3 ? args[2] : null, kwds, out var attrib)) return null;
        var element = PyElement.Create(args[1], attrib);
        parent.AppendChild(element);
        return element;
    }

    private static PyObject? SetFactories(ThreadState ts, PyObject module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("_set_factories() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"_set_factories expected 2 arguments, got {args.Length}");
        var comment = args[0];
        var pi = args[1];
        if (comment.Type.Call is null && comment is not PyNone)
            return ts.TypeError($"Comment factory must be callable, not {comment.Type.Name}");
        if (pi.Type.Call is null && pi is not PyNone)
            return ts.TypeError($"PI factory must be callable, not {pi.Type.Name}");
        var state = State(ts);
        var old = PyTuple.Create(state.CommentFactory ?? PyNone.Instance, state.PiFactory ?? PyNone.Instance);
        state.CommentFactory = comment is PyNone ? null : comment;
        state.PiFactory = pi is PyNone ? null : pi;
        return old;
    }
}
