using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>
/// The VM's side of <c>except*</c> (PEP 654): CHECK_EG_MATCH splits the exception being handled into
/// the part an <c>except*</c> clause catches and the rest; PREP_RERAISE_STAR builds what propagates after
/// the clauses ran — the unhandled and re-raised leaves in the original group's nesting, plus any newly
/// raised exceptions as siblings in a new ExceptionGroup.
/// </summary>
internal static class ExceptionGroups
{
    /// <summary>Runs CHECK_EG_MATCH or PREP_RERAISE_STAR on the value stack; false with an error set.</summary>
    public static bool Run(ThreadState ts, OpCode op, ValueSlot[] fast, ref int sp)
    {
        if (op == OpCode.CheckEgMatch)
        {
            var matchType = fast[--sp].Value!;
            fast[sp].Value = null;
            if (!CheckMatchTypeValid(ts, matchType)) return false;
            var excValue = fast[sp - 1].Value!;
            if (!Match(ts, excValue, matchType, out var match, out var rest)) return false;
            if (match is PyNone)
            {
                fast[sp++].Value = match;
                return true;
            }
            // Total or partial match: [exc] becomes [rest, match], and the match is what is being handled.
            fast[sp - 1].Value = rest;
            fast[sp++].Value = match;
            ts.HandledException = match as PyBaseException;
            return true;
        }
        else
        {
            var excs = (PyList)fast[--sp].Value!;
            fast[sp].Value = null;
            var orig = fast[--sp].Value!;
            fast[sp].Value = null;
            var value = PrepReraiseStar(ts, orig, excs);
            if (value is null) return false;
            fast[sp++].Value = value;
            return true;
        }
    }

    /// <summary>The except* operand: exception classes only, and never an exception group class.</summary>
    private static bool CheckMatchTypeValid(ThreadState ts, PyObject right)
    {
        static bool IsExcClass(PyObject o) => o is PyType t && t.IsSubtypeOf(PyExc.BaseException);
        bool valid = right is PyTuple tuple ? Array.TrueForAll(tuple.Items, IsExcClass) : IsExcClass(right);
        if (!valid)
        {
            ts.SetError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
        bool isGroup = right is PyTuple tt
            ? Array.Exists(tt.Items, static i => ((PyType)i).IsSubtypeOf(PyExc.BaseExceptionGroup))
            : ((PyType)right).IsSubtypeOf(PyExc.BaseExceptionGroup);
        if (isGroup)
        {
            ts.SetError(PyExc.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }
        return true;
    }

    /// <summary>exception_group_match: (match, rest), each None when empty; a naked exception that matches is
    /// wrapped in an ExceptionGroup('').</summary>
    private static bool Match(ThreadState ts, PyObject excValue, PyObject matchType, out PyObject match, out PyObject rest)
    {
        match = rest = PyNone.Instance;
        if (excValue is PyNone) return true;
        if (Eval.GivenExceptionMatches(excValue, matchType))
        {
            if (excValue is PyBaseExceptionGroup) match = excValue;
            else
            {
                var wrapped = Protocols.Call2(ts, PyExc.BaseExceptionGroup, PyStr.Empty, PyTuple.Create(excValue));
                if (wrapped is null) return false;
                match = wrapped;
            }
            return true;
        }
        if (excValue is PyBaseExceptionGroup)
        {
            var pair = Protocols.CallMethod(ts, excValue, "split", [matchType]);
            if (pair is null) return false;
            if (pair is not PyTuple { Length: 2 } t)
            {
                ts.SetError(PyExc.TypeError, "split must return a 2-tuple");
                return false;
            }
            match = t.Items[0];
            rest = t.Items[1];
        }
        return true;
    }

    /// <summary>
    /// _PyExc_PrepReraiseStar: <paramref name="excs"/> holds what each except* clause raised or re-raised (None
    /// for clauses that finished normally, and the unmatched rest last). Re-raised exceptions keep their
    /// place in <paramref name="orig"/>'s structure; raised ones join them in a new group.
    /// </summary>
    internal static PyObject? PrepReraiseStar(ThreadState ts, PyObject orig, PyList excs)
    {
        int n = excs.Count;
        if (n == 0) return PyNone.Instance;
        if (orig is not PyBaseExceptionGroup origGroup)
        {
            // A naked exception was caught and wrapped: only one clause ran, so at most one exception to raise.
            return excs[0];
        }
        var raised = new List<PyObject>();
        var reraised = new List<PyBaseException>();
        foreach (var e in excs.AsSpan())
        {
            if (e is not PyBaseException be) continue;
            if (SameMetadata(be, origGroup)) reraised.Add(be);
            else raised.Add(be);
        }
        // The projection of orig onto the leaves of the re-raised groups.
        var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var e in reraised)
            if (!CollectLeaves(ts, e, leaves)) return null;
        if (!PyBaseExceptionGroup.Split(ts, origGroup, new PyBaseExceptionGroup.Matcher(leaves), constructRest: false, out var reraisedGroup, out _))
            return null;
        if (raised.Count == 0) return (PyObject?)reraisedGroup ?? PyNone.Instance;
        if (reraisedGroup is not null) raised.Add(reraisedGroup);
        return Protocols.Call2(ts, PyExc.BaseExceptionGroup, PyStr.Empty, PyList.FromArray(raised.ToArray()));
    }

    /// <summary>A re-raise keeps the original's traceback, cause and context (notes live in __dict__ in 3.11).</summary>
    private static bool SameMetadata(PyBaseException a, PyBaseException b)
        => a.Traceback == b.Traceback && a.Cause == b.Cause && a.Context == b.Context;

    private static bool CollectLeaves(ThreadState ts, PyBaseException exc, HashSet<PyBaseException> leaves)
    {
        if (exc is not PyBaseExceptionGroup eg)
        {
            leaves.Add(exc);
            return true;
        }
        foreach (var item in eg.Exceptions.Items)
        {
            if (!ts.EnterNative(" in collect_exception_group_leaf_ids")) return false;
            bool ok = CollectLeaves(ts, (PyBaseException)item, leaves);
            ts.LeaveNative();
            if (!ok) return false;
        }
        return true;
    }
}
