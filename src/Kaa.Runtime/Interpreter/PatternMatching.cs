using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>The instructions of the match statement: GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS.</summary>
internal static class PatternMatching
{
    public static bool Execute(ThreadState ts, OpCode op, int arg, ValueSlot[] fast, ref int sp)
    {
        switch (op)
        {
            case OpCode.GetLen:
            {
                nint n = Protocols.Length(ts, fast[sp - 1].Value!);
                if (n < 0) return false;
                fast[sp++].Value = PyInt.Create((long)n);
                return true;
            }
            case OpCode.MatchMapping:
                fast[sp].Value = PyBool.From((fast[sp - 1].Value!.Type.Flags & TypeFlags.Mapping) != 0);
                sp++;
                return true;
            case OpCode.MatchSequence:
                fast[sp].Value = PyBool.From((fast[sp - 1].Value!.Type.Flags & TypeFlags.Sequence) != 0);
                sp++;
                return true;
            case OpCode.MatchKeys:
            {
                var values = MatchKeys(ts, fast[sp - 2].Value!, (PyTuple)fast[sp - 1].Value!);
                if (values is null) return false;
                fast[sp++].Value = values;
                return true;
            }
            case OpCode.MatchClass:
            {
                var names = (PyTuple)fast[--sp].Value!;
                var type = fast[--sp].Value!;
                fast[sp].Value = fast[sp + 1].Value = null;
                var subject = fast[sp - 1].Value!;
                var attrs = MatchClass(ts, subject, type, arg, names);
                if (attrs is null && ts.HasError) return false;
                fast[sp - 1].Value = (PyObject?)attrs ?? PyNone.Instance;
                return true;
            }
        }
        ts.SetError(PyExc.SystemError, $"unexpected pattern-matching opcode {op}");
        return false;
    }

    /// <summary>match_keys: the values for the keys via subject.get(key, dummy); None if one is missing; null on error.</summary>
    private static PyObject? MatchKeys(ThreadState ts, PyObject map, PyTuple keys)
    {
        if (keys.Length == 0) return PyTuple.Empty;
        var get = Protocols.GetAttr(ts, map, "get");
        if (get is null) return null;
        var seen = new PyDict();
        var dummy = new PyInstance(BuiltinTypes.Object);
        var values = new PyObject[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            var key = keys.Items[i];
            int has = seen.TryGetItem(ts, key, out _);
            if (has < 0) return null;
            if (has > 0)
            {
                var r = Protocols.Repr(ts, key);
                return r is null ? null : ts.ValueError($"mapping pattern checks duplicate key ({r})");
            }
            if (!seen.SetItem(ts, key, PyNone.Instance)) return null;
            var value = Protocols.Call2(ts, get, key, dummy);
            if (value is null) return null;
            if (ReferenceEquals(value, dummy)) return PyNone.Instance;
            values[i] = value;
        }
        return PyTuple.Create(values);
    }

    /// <summary>match_class: the attributes for the sub-patterns; null without error when the subject does not match.</summary>
    private static PyTuple? MatchClass(ThreadState ts, PyObject subject, PyObject typeObj, int nargs, PyTuple kwargs)
    {
        if (typeObj is not PyType type)
        {
            ts.SetError(PyExc.TypeError, "called match pattern must be a type");
            return null;
        }
        int isInst = Protocols.IsInstance(ts, subject, type);
        if (isInst <= 0) return null;
        var seen = new PyDict();
        var attrs = new List<PyObject>();
        if (nargs > 0)
        {
            bool matchSelf = false;
            PyTuple matchArgs;
            var ma = Protocols.GetAttr(ts, type, "__match_args__");
            if (ma is not null)
            {
                if (ma is not PyTuple mt || ma.Type != BuiltinTypes.Tuple)
                {
                    ts.SetError(PyExc.TypeError, $"{type.Name}.__match_args__ must be a tuple (got {ma.Type.Name})");
                    return null;
                }
                matchArgs = mt;
            }
            else if (ts.ErrorMatches(PyExc.AttributeError))
            {
                ts.ClearError();
                matchArgs = PyTuple.Empty;
                matchSelf = HasMatchSelf(type);
            }
            else return null;
            int allowed = matchSelf ? 1 : matchArgs.Length;
            if (allowed < nargs)
            {
                ts.SetError(PyExc.TypeError, $"{type.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)");
                return null;
            }
            if (matchSelf) attrs.Add(subject);
            else
            {
                for (int i = 0; i < nargs; i++)
                {
                    if (matchArgs.Items[i] is not PyStr name || name.Type != BuiltinTypes.Str)
                    {
                        ts.SetError(PyExc.TypeError, $"__match_args__ elements must be strings (got {matchArgs.Items[i].Type.Name})");
                        return null;
                    }
                    var attr = MatchClassAttr(ts, subject, type, name, seen);
                    if (attr is null) return null;
                    attrs.Add(attr);
                }
            }
        }
        foreach (var n in kwargs.Items)
        {
            var attr = MatchClassAttr(ts, subject, type, (PyStr)n, seen);
            if (attr is null) return null;
            attrs.Add(attr);
        }
        return PyTuple.Create(attrs.ToArray());
    }

    private static PyObject? MatchClassAttr(ThreadState ts, PyObject subject, PyType type, PyStr name, PyDict seen)
    {
        if (seen.TryGetStr(name, out _))
        {
            ts.SetError(PyExc.TypeError, $"{type.Name}() got multiple sub-patterns for attribute {Protocols.ReprText(ts, name)}");
            return null;
        }
        seen.SetStr(name, PyNone.Instance);
        var attr = Protocols.GetAttr(ts, subject, name);
        if (attr is null && ts.ErrorMatches(PyExc.AttributeError)) ts.ClearError();
        return attr;
    }

    /// <summary>_Py_TPFLAGS_MATCH_SELF is inherited through the solid base chain.</summary>
    private static bool HasMatchSelf(PyType t)
    {
        while (t.IsHeapType && t.Base is not null) t = t.Base;
        return (t.Flags & TypeFlags.MatchSelf) != 0;
    }
}
