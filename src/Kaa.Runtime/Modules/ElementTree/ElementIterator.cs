namespace Kaa.Runtime;

/// <summary>
/// <c>_elementtree._element_iterator</c>: the pre-order walk behind <c>Element.iter()</c> and
/// <c>itertext()</c>, with an explicit stack of (parent, next child index) so that a deep tree needs no
/// recursion. itertext yields each element's text, then after its children its tail (except the tail of
/// the element the walk started from), skipping empty strings.
/// </summary>
internal sealed class ElementIterator : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_elementtree._element_iterator", (PyType?)null, TypeFlags.None, static type =>
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((ElementIterator)self).Next(ts);
    });

    private PyElement? _root;
    private readonly PyObject _soughtTag;
    private readonly bool _gettext;
    private readonly List<(PyElement Parent, int Index)> _stack = new(8);

    internal ElementIterator(PyElement root, PyObject soughtTag, bool gettext) : base(TypeObject)
    {
        _root = root;
        _soughtTag = soughtTag;
        _gettext = gettext;
    }

    private PyObject? Next(ThreadState ts)
    {
        while (true)
        {
            PyElement elem;
            if (_stack.Count == 0)
            {
                if (_root is null) return null;
                elem = _root;
                _root = null;
            }
            else
            {
                var (parent, index) = _stack[^1];
                if (index >= parent.Count)
                {
                    _stack.RemoveAt(_stack.Count - 1);
                    // Only inner text: not the tail of the element the walk began with.
                    if (_gettext && _stack.Count > 0)
                    {
                        if (Text(ts, parent.Tail, out var tail)) return tail;
                        if (ts.HasError) return null;
                    }
                    continue;
                }
                elem = parent.Child(index);
                _stack[^1] = (parent, index + 1);
            }
            _stack.Add((elem, 0));
            if (_gettext)
            {
                if (Text(ts, elem.Text, out var text)) return text;
                if (ts.HasError) return null;
                continue;
            }
            if (_soughtTag is PyNone) return elem;
            int rc = ElementSlots.TagEquals(ts, elem.Tag, _soughtTag);
            if (rc > 0) return elem;
            if (rc < 0) return null;
        }
    }

    /// <summary>True when <paramref name="value"/> is text to yield (not None, and true).</summary>
    private static bool Text(ThreadState ts, PyObject value, out PyObject result)
    {
        result = value;
        if (value is PyNone) return false;
        if (value.Type == BuiltinTypes.Str) return ((PyStr)value).Length > 0;
        return Protocols.IsTrue(ts, value) > 0;
    }
}
