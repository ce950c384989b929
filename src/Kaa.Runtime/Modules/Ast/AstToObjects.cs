using Kaa.Syntax.Ast;

namespace Kaa.Runtime;

/// <summary>
/// The compiler's tree as <c>ast</c> node objects (CPython's <c>PyAST_mod2obj</c>): every field set in
/// <c>_fields</c> order (None for absent optional ones), then the position attributes; lists as lists;
/// the field-less operator and context nodes as the interpreter's shared instances.
/// </summary>
internal sealed class AstToObjects : IAstFieldWriter
{
    private readonly AstState _state;
    private readonly int _limit;
    private int _depth;
    private PyDict _target = null!;
    private bool _tooDeep;

    private AstToObjects(AstState state, int depth, int limit)
    {
        _state = state;
        _depth = depth;
        _limit = limit;
    }

    /// <summary>Converts <paramref name="tree"/>; null with RecursionError set when it nests deeper than
    /// CPython converts (three levels per Python frame of recursion limit, as ast2obj counts).</summary>
    public static PyObject? Convert(ThreadState ts, AstState state, Node tree)
    {
        int limit = ts.Interp.RecursionLimit * 3;
        var converter = new AstToObjects(state, ts.RecursionDepth * 3, limit);
        var result = converter.Write(tree);
        if (converter._tooDeep)
        {
            ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
            return null;
        }
        return result;
    }

    private PyObject Write(Node? node)
    {
        if (node is null) return PyNone.Instance;
        if (_tooDeep) return PyNone.Instance;
        if (++_depth > _limit)
        {
            _tooDeep = true;
            return PyNone.Instance;
        }
        if (!Kaa.Syntax.Infrastructure.DeepRecursion.HasRoom)
        {
            var result = Kaa.Syntax.Infrastructure.DeepRecursion.RunOnNewStack(() => WriteNode(node));
            _depth--;
            return result;
        }
        var obj = WriteNode(node);
        _depth--;
        return obj;
    }

    private PyObject WriteNode(Node node)
    {
        var obj = new PyAstNode(_state.Class(node.TypeName));
        var saved = _target;
        _target = obj.Dict!;
        node.WriteFields(this);
        if (node is LocatedNode located)
        {
            _target.SetStr("lineno", PyInt.Create(located.Lineno));
            _target.SetStr("col_offset", PyInt.Create(located.ColOffset));
            _target.SetStr("end_lineno", PyInt.Create(located.EndLineno));
            _target.SetStr("end_col_offset", PyInt.Create(located.EndColOffset));
        }
        _target = saved;
        return obj;
    }

    void IAstFieldWriter.Node(string name, Node? value, bool optional)
    {
        var target = _target;
        target.SetStr(name, Write(value));
    }

    void IAstFieldWriter.NodeList<T>(string name, AstList<T> values)
    {
        var target = _target;
        var list = PyList.WithCapacity(values.Count);
        foreach (var v in values) list.Append(Write(v));
        target.SetStr(name, list);
    }

    void IAstFieldWriter.String(string name, string? value, bool optional)
        => _target.SetStr(name, value is null ? PyNone.Instance : PyStr.Create(value));

    void IAstFieldWriter.StringList(string name, AstList<string> values)
    {
        var list = PyList.WithCapacity(values.Count);
        foreach (var v in values) list.Append(PyStr.Create(v));
        _target.SetStr(name, list);
    }

    void IAstFieldWriter.Int(string name, int? value)
        => _target.SetStr(name, value is null ? PyNone.Instance : PyInt.Create(value.Value));

    void IAstFieldWriter.Enum(string name, string member) => _target.SetStr(name, _state.Singleton(member));

    void IAstFieldWriter.EnumList<T>(string name, AstList<T> members)
    {
        var list = PyList.WithCapacity(members.Count);
        foreach (var m in members) list.Append(_state.Singleton(m.ToString()));
        _target.SetStr(name, list);
    }

    void IAstFieldWriter.Constant(string name, object? value) => _target.SetStr(name, PyCode.FromConstant(value));
}
