namespace Kaa.Runtime;

/// <summary>
/// The iterators of str: <c>str_ascii_iterator</c> for ASCII strings (3.11 gives them their own type) and
/// <c>str_iterator</c> otherwise. Both yield one-character strings (cached for Latin-1).
/// </summary>
public sealed class PyStrIterator : PyObject
{
    private PyStr? _str;
    private int _index;

    private PyStrIterator(PyType type, PyStr s) : base(type) => _str = s;

    public static PyStrIterator Create(PyStr s) =>
        new(s.IsAscii ? BuiltinTypes.StrAsciiIterator : BuiltinTypes.StrIterator, s);

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyStrIterator)self;
            var s = it._str;
            if (s is null) return null;
            if (it._index < s.Length) return PyStr.FromCodePoint(s[it._index++]);
            it._str = null;
            return null;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyStrIterator)self;
            return PyInt.Create(it._str is null ? 0 : it._str.Length - it._index);
        });
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var it = (PyStrIterator)self;
            var iter = ts.Interp.Builtins.GetStr("iter");
            if (iter is null) return ts.RuntimeError("lost builtins.iter");
            if (it._str is null) return PyTuple.Create(iter, PyTuple.Create(PyStr.Empty));
            return PyTuple.Create([iter, PyTuple.Create(it._str), PyInt.Create(it._index)]);
        });
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var it = (PyStrIterator)self;
            if (!Protocols.AsIndex(ts, state, out long i)) return null;
            if (it._str is not null) it._index = (int)Math.Clamp(i, 0, it._str.Length);
            return PyNone.Instance;
        });
    }
}
