using System.Text;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Tokens;

/// <summary>
/// Token listings in one comparable format, from CPython (its <c>tokenize</c> module, which agrees
/// with the C tokenizer on kinds and positions of the tokens checked here) and from Kaa. Lines:
/// <c>KIND lineno,col-end_lineno,end_col</c> with byte columns; NEWLINE shows only its line (the C
/// tokenizer starts it at a preceding comment, tokenize does not); INDENT, DEDENT and ENDMARKER show
/// only their kind (the C tokenizer gives them no column).
/// </summary>
internal static class TokenOracle
{
    private const string Script = """
        import io, sys, token, tokenize
        for path in sys.argv[1:]:
            print('==> ' + path)
            data = open(path, 'rb').read()
            for t in tokenize.tokenize(io.BytesIO(data).readline):
                if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                    continue
                name = token.tok_name[t.exact_type if t.type == token.OP else t.type]
                if t.type in (token.INDENT, token.DEDENT, token.ENDMARKER):
                    print(name)
                elif t.type == token.NEWLINE:
                    print(f'{name} {t.start[0]}')
                else:
                    lines = t.line.splitlines(True) or ['']
                    first, last = lines[0], lines[-1]
                    sc = len(first[:t.start[1]].encode())
                    ec = len((last if t.end[0] != t.start[0] else first)[:t.end[1]].encode())
                    print(f'{name} {t.start[0]},{sc}-{t.end[0]},{ec}')
        """;

    /// <summary>CPython's listing for each source (written to temporary files), in order.</summary>
    public static List<string> Expected(IReadOnlyList<byte[]> sources)
    {
        var paths = WriteTemp(sources);
        try
        {
            var sections = Oracle.SplitSections(Oracle.Run(["-c", Script, .. paths]));
            return paths.Select(p => sections[p]).ToList();
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }

    /// <summary>CPython's listing for files already on disk.</summary>
    public static Dictionary<string, string> ExpectedForFiles(IReadOnlyList<string> paths)
        => Oracle.SplitSections(Oracle.Run(["-c", Script, .. paths]));

    public static List<string> WriteTemp(IReadOnlyList<byte[]> sources)
    {
        var paths = new List<string>();
        foreach (var s in sources)
        {
            string p = Path.Combine(Path.GetTempPath(), $"kaa-tok-{Guid.NewGuid():N}.py");
            File.WriteAllBytes(p, s);
            paths.Add(p);
        }
        return paths;
    }

    /// <summary>Kaa's listing of <paramref name="source"/>, or its error's Describe() as the last line.</summary>
    public static string Actual(byte[] source, string filename = "<test>")
    {
        var sb = new StringBuilder();
        try
        {
            var text = SourceText.FromBytes(source, filename);
            var tokenizer = new Tokenizer(text);
            while (true)
            {
                var t = tokenizer.Next();
                string name = t.IsKeyword ? "NAME" : t.Kind.ToString().ToUpperInvariant();
                if (t.Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.Endmarker) sb.Append(name);
                else if (t.Kind == TokenKind.Newline) sb.Append($"{name} {t.Lineno}");
                else sb.Append($"{name} {t.Lineno},{t.ColOffset}-{t.EndLineno},{t.EndColOffset}");
                if (t.Kind == TokenKind.Endmarker) break;
                sb.Append('\n');
            }
        }
        catch (SyntaxErrorException e)
        {
            sb.Append(e.Describe());
        }
        return sb.ToString();
    }

    /// <summary>Tokenizes all of <paramref name="source"/>; the error's Describe(), or "OK".</summary>
    public static string ErrorOf(byte[] source, string filename)
    {
        try
        {
            var tokenizer = new Tokenizer(SourceText.FromBytes(source, filename));
            while (tokenizer.Next().Kind != TokenKind.Endmarker) { }
            return "OK";
        }
        catch (SyntaxErrorException e)
        {
            return e.Describe();
        }
    }
}
