namespace Kaa.Runtime;

/// <summary><c>itertools.pairwise(iterable)</c>: overlapping pairs (s0, s1), (s1, s2), ...</summary>
internal sealed class Pairwise : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.pairwise", (PyType?)null, TypeFlags.BaseType, Install);

    private PyObject? _it;
    private PyObject? _old;

    private Pairwise(PyType type, PyObject it) : base(type) => _it = it;

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "pairwise", t, TypeObject, kw)) return null;
            if (!ItertoolsArgs.Positional(ts, "pairwise", args.Length - (kw?.Length ?? 0), 1, 1)) return null;
            var it = Protocols.GetIter(ts, args[0]);
            return it is null ? null : new Pairwise(t, it);
        };
        type.IterNext = static (ts, self) =>
        {
            var p = (Pairwise)self;
            if (p._it is null) return null;
            if (p._old is null)
            {
                p._old = Protocols.Next(ts, p._it);
                if (p._old is null)
                {
                    p._it = null;
                    return null;
                }
            }
            var next = Protocols.Next(ts, p._it);
            if (next is null)
            {
                p._it = null;
                p._old = null;
                return null;
            }
            var result = PyTuple.Create(p._old, next);
            p._old = next;
            return result;
        };
    }
}
