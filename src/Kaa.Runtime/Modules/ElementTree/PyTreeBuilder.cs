namespace Kaa.Runtime;

/// <summary>
/// <c>xml.etree.ElementTree.TreeBuilder</c> of <c>_elementtree</c>: builds a tree from start/data/end
/// events. Text is collected until the next structural event and then given to the last element's text
/// (or the tail of the last closed element, comment or PI). With an events queue set by
/// <c>XMLParser._setevents</c> it also appends (event, node) pairs to it. The XMLParser calls the
/// Handle* methods directly when its target is an exact TreeBuilder.
/// </summary>
public class PyTreeBuilder : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("xml.etree.ElementTree.TreeBuilder", (PyType?)null,
        TypeFlags.BaseType, Install);

    private static readonly ArgSpec InitSpec = new("TreeBuilder",
        ["element_factory", "comment_factory", "pi_factory", "insert_comments", "insert_pis"], required: 0, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec PiSpec = new("pi", ["target", "text"], required: 1);
    private static readonly ArgSpec StartSpec = new("start", ["tag", "attrs"], required: 2);

    private PyObject? _root;
    private PyObject _this = PyNone.Instance;
    private PyObject _last = PyNone.Instance;
    private PyObject? _lastForTail;
    /// <summary>Collected data: null, one object, or (two or more) a list of them.</summary>
    private PyObject? _data;
    private List<PyObject>? _dataList;
    private readonly List<PyObject> _stack = new();

    private PyObject? _elementFactory, _commentFactory, _piFactory;
    internal PyObject? EventsAppend;
    internal PyObject? StartEvent, EndEvent, StartNsEvent, EndNsEvent, CommentEvent, PiEvent;
    internal bool InsertComments, InsertPis;

    protected PyTreeBuilder(PyType type) : base(type) { }

    internal static PyTreeBuilder Make(PyType type) => type == TypeObject ? new PyTreeBuilder(type) : new Derived(type);

    /// <summary>A TreeBuilder as XMLParser makes for itself (treebuilder_new: no __init__, no factories).</summary>
    internal static PyTreeBuilder CreateDefault() => new(TypeObject);

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => Make(t);
        type.Init = Init;
        type.AddMethod("data", static (ts, self, data) => ((PyTreeBuilder)self).HandleData(data));
        type.AddMethod("start", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!StartSpec.Parse(ts, args, kw, a)) return null;
            if (a[1] is not PyDict attrs) return ElementSlots.ArgumentTypeError(ts, "start() argument 2", a[1]!, "dict");
            return ((PyTreeBuilder)self).HandleStart(ts, a[0]!, attrs);
        });
        type.AddMethod("end", static (ts, self, tag) => ((PyTreeBuilder)self).HandleEnd(ts));
        type.AddMethod("comment", static (ts, self, text) => ((PyTreeBuilder)self).HandleComment(ts, text));
        type.AddMethod("pi", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PiSpec.Parse(ts, args, kw, a)) return null;
            return ((PyTreeBuilder)self).HandlePi(ts, a[0]!, a[1] ?? PyNone.Instance);
        });
        type.AddMethod("close", static (ts, self) => ((PyTreeBuilder)self).Done());
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos > 1)
        {
            ts.SetError(PyExc.TypeError, $"TreeBuilder() takes at most 1 positional argument ({npos} given)");
            return -1;
        }
        var a = new ArgBuffer();
        if (!InitSpec.Parse(ts, args, kwnames, a)) return -1;
        var b = (PyTreeBuilder)self;
        bool insertComments = false, insertPis = false;
        if (a[3] is { } ic)
        {
            int t = Protocols.IsTrue(ts, ic);
            if (t < 0) return -1;
            insertComments = t != 0;
        }
        if (a[4] is { } ip)
        {
            int t = Protocols.IsTrue(ts, ip);
            if (t < 0) return -1;
            insertPis = t != 0;
        }
        b._elementFactory = a[0] is null or PyNone ? null : a[0];
        var state = ElementTreeModule.State(ts);
        var comment = a[1] is null or PyNone ? state.CommentFactory : a[1];
        b._commentFactory = comment;
        b.InsertComments = comment is not null && insertComments;
        var pi = a[2] is null or PyNone ? state.PiFactory : a[2];
        b._piFactory = pi;
        b.InsertPis = pi is not null && insertPis;
        return 0;
    }

    /// <summary>treebuilder_flush_data: the collected text goes to the last element's text or to the
    /// tail of the last closed node.</summary>
    private bool FlushData(ThreadState ts)
    {
        if (_data is null) return true;
        if (_lastForTail is null) return ExtendTextOrTail(ts, _last, tail: false);
        return ExtendTextOrTail(ts, _lastForTail, tail: true);
    }

    /// <summary>The collected data as one object: a single piece as it is (CPython keeps it unjoined),
    /// several joined into one string. <paramref name="wasList"/> tells which (CPython's JOIN flag).</summary>
    private PyObject? TakeData(ThreadState ts, out bool wasList)
    {
        var data = _data!;
        _data = null;
        wasList = _dataList is not null;
        if (_dataList is null) return data;
        var joined = ElementSlots.JoinList(ts, PyList.FromArray(_dataList.ToArray()));
        _dataList = null;
        return joined;
    }

    private bool ExtendTextOrTail(ThreadState ts, PyObject element, bool tail)
    {
        if (element.Type == PyElement.TypeObject)
        {
            var e = (PyElement)element;
            var current = tail ? e.Tail : e.Text;
            bool joined = tail ? e.TailJoined : e.TextJoined;
            if (current is PyNone || joined)
            {
                var data = TakeData(ts, out bool wasList);
                if (data is null) return false;
                if (current is not PyNone)
                {
                    // More builder text for the same element: CPython extends its joined list.
                    var pieces = new PyList();
                    pieces.Append(current);
                    if (wasList) pieces.Append(data);
                    else if (!ListSlots.Extend(ts, pieces, data)) return false;
                    data = ElementSlots.JoinList(ts, pieces);
                    if (data is null) return false;
                    wasList = true;
                }
                if (tail) { e.Tail = data; e.TailJoined = wasList; }
                else { e.Text = data; e.TextJoined = wasList; }
                return true;
            }
        }
        var name = PyStr.Intern(tail ? "tail" : "text");
        var previous = Protocols.GetAttr(ts, element, name);
        if (previous is null) return false;
        var value = TakeData(ts, out bool fromList);
        if (value is null) return false;
        // list_join: a single piece is joined too ("".join(piece)).
        if (!fromList)
        {
            value = Protocols.CallMethod(ts, PyStr.Empty, "join", [value]);
            if (value is null) return false;
        }
        if (previous is not PyNone)
        {
            value = Protocols.BinaryOp(ts, previous, value, BinaryOp.Add);
            if (value is null) return false;
        }
        return Protocols.SetAttr(ts, element, name, value) >= 0;
    }

    private static bool AddSubelement(ThreadState ts, PyObject parent, PyObject child)
    {
        if (parent.Type == PyElement.TypeObject)
        {
            if (child is not PyElement)
            {
                ElementSlots.ExpectedElement(ts, child);
                return false;
            }
            ((PyElement)parent).AppendChild(child);
            return true;
        }
        return Protocols.CallMethod(ts, parent, "append", [child]) is not null;
    }

    private bool AppendEvent(ThreadState ts, PyObject? action, PyObject node)
    {
        if (action is null) return true;
        return Protocols.Call(ts, EventsAppend!, [PyTuple.Create(action, node)], null) is not null;
    }

    internal PyObject? HandleStart(ThreadState ts, PyObject tag, PyDict? attrib)
    {
        if (!FlushData(ts)) return null;
        PyObject? node;
        if (_elementFactory is null) node = PyElement.Create(tag, attrib);
        else node = Protocols.Call(ts, _elementFactory, [tag, attrib ?? new PyDict()], null);
        if (node is null) return null;
        var parent = _this;
        _lastForTail = null;
        if (parent is not PyNone)
        {
            if (!AddSubelement(ts, parent, node)) return null;
        }
        else
        {
            if (_root is not null)
                return ts.Raise(ElementTreeModule.State(ts).ParseError!, "multiple elements on top level");
            _root = node;
        }
        _stack.Add(parent);
        _this = node;
        _last = node;
        if (!AppendEvent(ts, StartEvent, node)) return null;
        return node;
    }

    internal PyObject? HandleData(PyObject data)
    {
        if (_data is null)
        {
            // Data before the first start is ignored.
            if (_last is PyNone) return PyNone.Instance;
            _data = data;
        }
        else
        {
            if (_dataList is null) _dataList = [_data];
            _dataList.Add(data);
        }
        return PyNone.Instance;
    }

    internal PyObject? HandleEnd(ThreadState ts)
    {
        if (!FlushData(ts)) return null;
        if (_stack.Count == 0) return ts.IndexError("pop from empty stack");
        _last = _this;
        _lastForTail = _last;
        _this = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (!AppendEvent(ts, EndEvent, _last)) return null;
        return _last;
    }

    internal PyObject? HandleComment(ThreadState ts, PyObject text)
    {
        if (!FlushData(ts)) return null;
        PyObject comment;
        if (_commentFactory is not null)
        {
            var c = Protocols.Call(ts, _commentFactory, [text], null);
            if (c is null) return null;
            comment = c;
            if (InsertComments && _this is not PyNone)
            {
                if (!AddSubelement(ts, _this, comment)) return null;
                _lastForTail = comment;
            }
        }
        else comment = text;
        if (EventsAppend is not null && CommentEvent is not null && !AppendEvent(ts, CommentEvent, comment)) return null;
        return comment;
    }

    internal PyObject? HandlePi(ThreadState ts, PyObject target, PyObject text)
    {
        if (!FlushData(ts)) return null;
        PyObject pi;
        if (_piFactory is not null)
        {
            var p = Protocols.Call(ts, _piFactory, [target, text], null);
            if (p is null) return null;
            pi = p;
            if (InsertPis && _this is not PyNone)
            {
                if (!AddSubelement(ts, _this, pi)) return null;
                _lastForTail = pi;
            }
        }
        else pi = PyTuple.Create(target, text);
        if (EventsAppend is not null && PiEvent is not null && !AppendEvent(ts, PiEvent, pi)) return null;
        return pi;
    }

    internal PyObject? HandleStartNs(ThreadState ts, PyObject prefix, PyObject uri)
    {
        if (EventsAppend is not null && StartNsEvent is not null && !AppendEvent(ts, StartNsEvent, PyTuple.Create(prefix, uri)))
            return null;
        return PyNone.Instance;
    }

    internal PyObject? HandleEndNs(ThreadState ts, PyObject prefix)
    {
        if (EventsAppend is not null && EndNsEvent is not null && !AppendEvent(ts, EndNsEvent, prefix)) return null;
        return PyNone.Instance;
    }

    internal PyObject Done() => _root ?? PyNone.Instance;

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyTreeBuilder
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
