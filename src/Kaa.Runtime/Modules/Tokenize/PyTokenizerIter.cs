using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Runtime;

/// <summary>
/// <c>_tokenize.TokenizerIter(source)</c>: iterates over the tokens of <c>source</c> (tokenized as exec
/// input) as tuples <c>(string, type, lineno, end_lineno, col_offset, end_col_offset, line)</c>, with byte
/// columns and keywords as NAME, as tokenizeriter_next builds them; ends at ENDMARKER or at an error token
/// the tokenizer raised nothing for, and raises the SyntaxError it did raise.
/// </summary>
internal sealed class PyTokenizerIter : PyObject
{
    internal static readonly PyType IterType = PyType.CreateStatic("_tokenize.TokenizerIter", (PyType?)null, TypeFlags.None, Install);

    private static readonly ArgSpec s_newSpec = new("tokenizeriter", ["source"], required: 1, positionalOnly: 0);

    private readonly Tokenizer _tokenizer;
    private bool _done;

    private PyTokenizerIter(PyType type, Tokenizer tokenizer) : base(type) => _tokenizer = tokenizer;

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            // _PyArg_UnpackKeywords counts every argument against the one parameter first.
            if (args.Length > 1)
                return ts.TypeError($"tokenizeriter() takes at most 1 {(args.Length == (kw?.Length ?? 0) ? "keyword " : "")}argument ({args.Length} given)");
            var a = new ArgBuffer();
            if (!s_newSpec.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr source) return ts.TypeError($"tokenizeriter() argument 'source' must be str, not {a[0]!.Type.Name}");
            string text = source.ToString();
            if (text.Contains('\0')) return ts.ValueError("embedded null character");
            var tokenizer = new Tokenizer(SourceText.FromString(text, "<string>"), 0, execInput: true);
            return new PyTokenizerIter(t, tokenizer);
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyTokenizerIter)self).Next(ts);
    }

    /// <summary>The end, as tokenizeriter_next signals it: StopIteration("EOF") (loops treat it as the plain end).</summary>
    private static PyObject? Exhausted(ThreadState ts)
    {
        ts.SetError(PyExc.StopIteration, "EOF");
        return null;
    }

    private PyObject? Next(ThreadState ts)
    {
        if (_done) return Exhausted(ts);
        var token = _tokenizer.NextRaw(out SyntaxErrorException? error);
        if (error is not null)
        {
            _done = true;
            SyntaxErrors.Raise(ts, error, "<string>");
            return null;
        }
        if (token.Kind is TokenKind.Errortoken or TokenKind.Endmarker)
        {
            _done = true;
            return Exhausted(ts);
        }
        var buffer = _tokenizer.Buffer;
        var str = token.Start < 0 || token.End < 0
            ? PyStr.Empty
            : PyStr.Create(System.Text.Encoding.UTF8.GetString(buffer[token.Start..token.End]));
        var line = PyStr.Create(System.Text.Encoding.UTF8.GetString(buffer[token.LineStart..token.LineEnd]));
        // The C tokenizer has ASYNC and AWAIT tokens; other keywords are NAMEs.
        int type = (int)token.Kind;
        if (token.Kind == TokenKind.Name)
        {
            var text = buffer[token.Start..token.End];
            if (text.SequenceEqual("async"u8)) type = (int)TokenKind.Async;
            else if (text.SequenceEqual("await"u8)) type = (int)TokenKind.Await;
        }
        return PyTuple.Create([str, PyInt.Create(type), PyInt.Create(token.Lineno), PyInt.Create(token.EndLineno),
            PyInt.Create(token.ColOffset), PyInt.Create(token.EndColOffset), line]);
    }
}
