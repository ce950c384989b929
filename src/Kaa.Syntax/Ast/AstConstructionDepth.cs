using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Ast;

/// <summary>
/// CPython's limit on turning a parsed tree into Python <c>ast</c> objects (<c>PyAST_mod2obj</c>):
/// each node converted counts one level, the budget is three times the recursion limit, and the
/// conversion starts from three times the caller's current depth. A tree deeper than that makes
/// <c>ast.parse</c> raise <c>RecursionError: maximum recursion depth exceeded during ast
/// construction</c> even though it parsed.
/// </summary>
public static class AstConstructionDepth
{
    private const int Scale = 3;

    /// <summary>
    /// The recursion limit under which the dump tools compare trees: `kaa --dump-ast`/`--parse-only`
    /// and tools/oracle_dump_ast.py / oracle_parse_only.py, which call ast.parse with
    /// sys.setrecursionlimit(10000).
    /// </summary>
    public const int ToolRecursionLimit = 10000;

    /// <summary>
    /// The scaled depth at which those oracle scripts' ast.parse starts converting (two calls below
    /// module level), measured with the oracle: a chain of n additions fails from n = 29,984 on.
    /// (CPython's own threshold moves by one with its call specialisation, which counts some calls
    /// to builtins as recursion; the tests compare trees far from it.)
    /// </summary>
    public const int ToolStartingDepth = 14;

    /// <summary>ast.parse as the dump tools run it.</summary>
    public static void CheckAsTools(Node tree) => Check(tree, ToolRecursionLimit, ToolStartingDepth);

    /// <summary>The length of the longest chain of nested nodes, the root counting 1 (iterative).</summary>
    public static int MaxDepth(Node root)
    {
        int max = 0;
        var stack = new Stack<(Node Node, int Depth)>();
        var children = new ChildCollector();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > max) max = depth;
            children.Items.Clear();
            node.WriteFields(children);
            foreach (var child in children.Items) stack.Push((child, depth + 1));
        }
        return max;
    }

    /// <summary>
    /// Throws CPython's RecursionError if converting <paramref name="tree"/> would exceed the
    /// budget for <paramref name="recursionLimit"/> starting at <paramref name="startingDepth"/>
    /// (already scaled, as CPython's <c>starting_recursion_depth</c>).
    /// </summary>
    public static void Check(Node tree, int recursionLimit, int startingDepth)
    {
        long budget = (long)recursionLimit * Scale;
        if (startingDepth + MaxDepth(tree) > budget)
            throw new SyntaxErrorException("RecursionError", "maximum recursion depth exceeded during ast construction");
    }

    private sealed class ChildCollector : IAstFieldWriter
    {
        public readonly List<Node> Items = [];

        public void Node(string name, Node? value, bool optional)
        {
            if (value is not null) Items.Add(value);
        }

        public void NodeList<T>(string name, AstList<T> values) where T : Node?
        {
            foreach (var v in values)
                if (v is not null) Items.Add(v);
        }

        public void String(string name, string? value, bool optional) { }
        public void StringList(string name, AstList<string> values) { }
        public void Int(string name, int? value) { }
        public void Enum(string name, string member) { }
        public void EnumList<T>(string name, AstList<T> members) where T : struct, System.Enum { }
        public void Constant(string name, object? value) { }
    }
}
