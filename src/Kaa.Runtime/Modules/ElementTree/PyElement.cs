namespace Kaa.Runtime;

/// <summary>
/// <c>xml.etree.ElementTree.Element</c> of the <c>_elementtree</c> accelerator: tag, text, tail, an
/// optional attribute dict and the children. CPython keeps attrib and children in a separately allocated
/// "extra" block made on first need; <see cref="HasExtra"/> and <see cref="_allocated"/> follow that block
/// only so that <c>__sizeof__</c> answers as CPython's does. Text and tail set by the TreeBuilder are
/// marked (CPython's joined-pointer flag): more data for the same element is appended to them, while a
/// value the program assigned is combined with <c>+</c> through the attribute. The methods live in
/// <see cref="ElementSlots"/>.
/// </summary>
public class PyElement : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("xml.etree.ElementTree.Element", (PyType?)null,
        TypeFlags.BaseType | TypeFlags.HasWeakrefs, ElementSlots.Install);

    /// <summary>CPython's STATIC_CHILDREN: the children the extra block holds before it allocates.</summary>
    private const int StaticChildren = 4;

    /// <summary>None until <c>__init__</c> runs, as element_new leaves it.</summary>
    internal PyObject Tag = PyNone.Instance;
    internal PyObject Text = PyNone.Instance;
    internal PyObject Tail = PyNone.Instance;
    /// <summary>Text/tail came from a TreeBuilder (CPython's JOIN flag on the pointer).</summary>
    internal bool TextJoined, TailJoined;
    /// <summary>Null when the element has no attribute dict yet.</summary>
    internal PyDict? Attrib;
    private PyObject[] _children = [];
    private int _count;
    /// <summary>CPython's extra->allocated (0 when there is no extra block).</summary>
    private int _allocated;

    protected PyElement(PyType type) : base(type) { }

    internal static PyElement Make(PyType type) => type == TypeObject ? new PyElement(type) : new Derived(type);

    /// <summary>create_new_element: an exact Element; an empty dict is not kept.</summary>
    internal static PyElement Create(PyObject tag, PyDict? attrib)
    {
        var e = new PyElement(TypeObject) { Tag = tag };
        if (attrib is not null && !(attrib.Type == BuiltinTypes.Dict && attrib.Count == 0)) e.CreateExtra(attrib);
        return e;
    }

    internal bool HasExtra => _allocated > 0;
    public int Count => _count;
    internal PyElement Child(int i) => (PyElement)_children[i];
    internal ReadOnlySpan<PyObject> Children => _children.AsSpan(0, _count);

    internal void CreateExtra(PyDict? attrib)
    {
        Attrib = attrib;
        _allocated = StaticChildren;
        _count = 0;
        _children = [];
    }

    /// <summary>clear_extra: drops the attributes and the children.</summary>
    internal void ClearExtra()
    {
        Attrib = null;
        _children = [];
        _count = 0;
        _allocated = 0;
    }

    /// <summary>element_get_attrib: the attribute dict, made on first use (the extra block must exist).</summary>
    internal PyDict GetAttrib()
    {
        if (!HasExtra) CreateExtra(null);
        return Attrib ??= new PyDict();
    }

    /// <summary>element_resize: room for <paramref name="extra"/> more children, growing as CPython does
    /// (Python 2.4's list growth) so that <c>__sizeof__</c> matches.</summary>
    internal void Reserve(int extra)
    {
        if (!HasExtra) CreateExtra(null);
        int size = _count + extra;
        if (size > _allocated)
        {
            size = (size >> 3) + (size < 9 ? 3 : 6) + size;
            if (size == 0) size = 1;
            _allocated = size;
        }
        if (_children.Length < _count + extra)
            Array.Resize(ref _children, Math.Max(_count + extra, Math.Max(_allocated, 4)));
    }

    /// <summary>The size CPython's __sizeof__ reports: the object, the extra block, an outside array.</summary>
    internal long SizeOf()
    {
        long result = 56;
        if (HasExtra)
        {
            result += 64;
            if (_allocated > StaticChildren) result += 8L * _allocated;
        }
        return result;
    }

    /// <summary>element_add_subelement without the type check (the caller checked).</summary>
    internal void AppendChild(PyObject child)
    {
        Reserve(1);
        _children[_count++] = child;
    }

    internal void InsertChild(int index, PyObject child)
    {
        Reserve(1);
        Array.Copy(_children, index, _children, index + 1, _count - index);
        _children[index] = child;
        _count++;
    }

    internal void RemoveChildAt(int index)
    {
        _count--;
        Array.Copy(_children, index + 1, _children, index, _count - index);
        _children[_count] = null!;
    }

    internal void SetChild(int index, PyObject child) => _children[index] = child;

    /// <summary>Replaces the children with <paramref name="items"/> (already checked to be Elements).</summary>
    internal void SetChildren(ReadOnlySpan<PyObject> items)
    {
        _count = 0;
        Reserve(items.Length);
        items.CopyTo(_children);
        _count = items.Length;
    }

    /// <summary>The slice assignment of element_ass_subscr: the children after <paramref name="stop"/> move
    /// to make room (or close up), then the new ones are written from <paramref name="start"/> by
    /// <paramref name="step"/>. Like CPython it moves from <paramref name="stop"/> even when a reversed
    /// simple slice (e[4:1] = ...) puts it before <paramref name="start"/>.</summary>
    internal void ReplaceSlice(long start, long stop, long step, long slicelen, ReadOnlySpan<PyObject> items)
    {
        int newlen = items.Length;
        int delta = newlen - (int)slicelen;
        if (delta > 0) Reserve(delta);
        if (delta < 0)
            for (int i = (int)stop; i < _count; i++) _children[i + delta] = _children[i];
        else if (delta > 0)
            for (int i = _count - 1; i >= stop; i--) _children[i + delta] = _children[i];
        long cur = start;
        for (int i = 0; i < newlen; i++, cur += step) _children[cur] = items[i];
        int oldCount = _count;
        _count += delta;
        for (int i = _count; i < oldCount; i++) _children[i] = null!;
    }

    /// <summary>Deletes the children a slice selects (any step, already adjusted).</summary>
    internal void DeleteSlice(long start, long step, long slicelen)
    {
        if (slicelen <= 0) return;
        if (step < 0)
        {
            long stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        var keep = new List<PyObject>(_count);
        long next = start, removed = 0;
        for (int i = 0; i < _count; i++)
        {
            if (removed < slicelen && i == next)
            {
                removed++;
                next += step;
                continue;
            }
            keep.Add(_children[i]);
        }
        int old = _count;
        _count = keep.Count;
        keep.CopyTo(_children);
        for (int i = _count; i < old; i++) _children[i] = null!;
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyElement
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
