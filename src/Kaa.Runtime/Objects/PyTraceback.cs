namespace Kaa.Runtime;

/// <summary><c>traceback</c>: one frame of an exception's path (<c>tb_frame</c>, <c>tb_lasti</c>, <c>tb_next</c>).</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback? Next;
    public readonly PyFrame Frame;
    /// <summary>The byte offset of the instruction that was running (tb_lasti).</summary>
    public readonly int LastInstr;

    public PyTraceback(PyTraceback? next, PyFrame frame, int lastInstr) : base(BuiltinTypes.Traceback)
    {
        Next = next;
        Frame = frame;
        frame.Escaped = true;
        LastInstr = lastInstr;
    }

    public int LineNumber => Frame.Code.LineForOffset(LastInstr);

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddGetSet("tb_next", static (ts, self) => (PyObject?)((PyTraceback)self).Next ?? PyNone.Instance,
            static (ts, self, value) =>
            {
                if (value is null) { ts.SetError(PyExc.TypeError, "can't delete tb_next attribute"); return -1; }
                if (value is PyNone) { ((PyTraceback)self).Next = null; return 0; }
                if (value is not PyTraceback next) { ts.SetError(PyExc.TypeError, $"expected traceback object or None, got '{value.Type.Name}'"); return -1; }
                for (var t = next; t is not null; t = t.Next)
                    if (ReferenceEquals(t, self)) { ts.SetError(PyExc.ValueError, "traceback loop detected"); return -1; }
                ((PyTraceback)self).Next = next;
                return 0;
            });
        type.AddGetSet("tb_frame", static (ts, self) => ((PyTraceback)self).Frame);
        type.AddGetSet("tb_lasti", static (ts, self) => PyInt.Create(((PyTraceback)self).LastInstr));
        type.AddGetSet("tb_lineno", static (ts, self) => PyInt.Create(((PyTraceback)self).LineNumber));
    }
}
