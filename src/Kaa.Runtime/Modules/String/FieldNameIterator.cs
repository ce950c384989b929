namespace Kaa.Runtime;

/// <summary>
/// <c>fieldnameiterator</c>: the rest of a format field name after its first part, as (is_attribute,
/// name_or_index) pairs; see <see cref="Split"/>.
/// </summary>
internal sealed class FieldNameIterator : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("fieldnameiterator", (PyType?)null, TypeFlags.None, Install);

    private readonly PyStr _s;
    private int _pos;

    private FieldNameIterator(PyStr s, int pos) : base(TypeObject)
    {
        _s = s;
        _pos = pos;
    }

    /// <summary>formatter_field_name_split: (first, iterator), first an int when it is all digits.</summary>
    internal static PyObject? Split(ThreadState ts, PyStr s)
    {
        int i = 0;
        while (i < s.Length && s[i] != '.' && s[i] != '[') i++;
        long index = StringModule.ParseIndex(ts, s, 0, i);
        if (index == -2) return null;
        PyObject first = index >= 0 ? PyInt.Create(index) : s.Substring(0, i);
        return PyTuple.Create(first, new FieldNameIterator(s, i));
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (FieldNameIterator)self;
        var s = it._s;
        int end = s.Length;
        if (it._pos >= end) return null;
        int c = s[it._pos++];
        int start = it._pos;
        PyObject result;
        bool isAttribute;
        if (c == '.')
        {
            isAttribute = true;
            while (it._pos < end && s[it._pos] != '.' && s[it._pos] != '[') it._pos++;
            if (it._pos == start) return ts.ValueError("Empty attribute in format string");
            result = s.Substring(start, it._pos);
        }
        else if (c == '[')
        {
            isAttribute = false;
            while (it._pos < end && s[it._pos] != ']') it._pos++;
            if (it._pos >= end) return ts.ValueError("Missing ']' in format string");
            int stop = it._pos++;
            if (stop == start) return ts.ValueError("Empty attribute in format string");
            long index = StringModule.ParseIndex(ts, s, start, stop);
            if (index == -2) return null;
            result = index >= 0 ? PyInt.Create(index) : s.Substring(start, stop);
        }
        else return ts.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        return PyTuple.Create(PyBool.From(isAttribute), result);
    }

    private static void Install(PyType type)
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = Next;
    }
}
