using System.Text;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Runtime;

/// <summary>The traceback entries (traceback.c's tb_printinternal and tb_displayline).</summary>
internal static partial class TracebackPrinter
{
    private static void PrintTraceback(Context ctx, PyTraceback tb, string header, string headerMargin)
    {
        long limit = DefaultLimit;
        if (ctx.Ts.Interp.Sys.Namespace.GetStr("tracebacklimit") is PyInt l)
        {
            limit = l.TryGetLong(out long v) ? v : (l.Sign > 0 ? long.MaxValue : 0);
            if (limit <= 0) return;
        }
        ctx.WriteIndentedMargin(ctx.Indent, headerMargin);
        ctx.Out.Append(header);

        long depth = 0;
        for (var t = tb; t is not null; t = t.Next) depth++;
        var cur = tb;
        while (cur is not null && depth > limit)
        {
            depth--;
            cur = cur.Next;
        }
        PyStr? lastFile = null, lastName = null;
        int lastLine = -1;
        long count = 0;
        for (; cur is not null; cur = cur.Next)
        {
            var code = cur.Frame.Code;
            int line = cur.LineNumber;
            if (lastFile is null || !ReferenceEquals(code.Filename, lastFile) && !code.Filename.Equals(lastFile)
                || lastLine == -1 || line != lastLine
                || lastName is null || !ReferenceEquals(code.Name, lastName) && !code.Name.Equals(lastName))
            {
                if (count > RecursiveCutoff) PrintRepeated(ctx, count);
                lastFile = code.Filename;
                lastLine = line;
                lastName = code.Name;
                count = 0;
            }
            count++;
            if (count <= RecursiveCutoff) DisplayLine(ctx, cur, code, line);
        }
        if (count > RecursiveCutoff) PrintRepeated(ctx, count);
    }

    private static void PrintRepeated(Context ctx, long count)
    {
        count -= RecursiveCutoff;
        ctx.Out.Append(count > 1 ? $"  [Previous line repeated {count} more times]\n" : $"  [Previous line repeated {count} more time]\n");
    }

    /// <summary>tb_displayline: the File line, the stripped source line and, when they add information, the carets.</summary>
    private static void DisplayLine(Context ctx, PyTraceback tb, PyCode code, int lineno)
    {
        string filename = code.Filename.ToString();
        ctx.WriteIndentedMargin(ctx.Indent, ctx.Margin);
        ctx.Out.Append($"  File \"{filename}\", line {lineno}, in {code.Name}\n");
        var source = ctx.Sources.GetLine(filename, lineno);
        if (source is null) return;

        // The line without its indentation (blanks and form feeds).
        int ws = 0;
        while (ws < source.Length && source[ws] is ' ' or '\t' or '\f') ws++;
        ctx.WriteIndentedMargin(ctx.Indent, ctx.Margin);
        ctx.Out.Append(' ', SourceIndent).Append(source, ws, source.Length - ws).Append('\n');
        int truncation = ws - SourceIndent;

        var loc = code.LocationFor(tb.LastInstr / 2);
        if (loc.Line < 0 || loc.EndLine < 0 || loc.Column < 0 || loc.EndColumn < 0) return;
        byte[] utf8 = Encoding.UTF8.GetBytes(source);
        int start = ByteToCharOffset(utf8, loc.Column);
        int end = ByteToCharOffset(utf8, loc.EndColumn);
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (loc.Line == loc.EndLine)
        {
            if (start <= end && end <= source.Length
                && ExtractAnchors(filename, source.Substring(start, end - start), out int la, out int ra, out primary, out secondary))
            {
                leftEnd = la + start;
                rightStart = ra + start;
            }
        }
        else
        {
            // A multi-line expression: highlight to the last non-blank character of the first line
            // (CPython counts UTF-8 bytes here).
            int i = utf8.Length;
            while (--i >= 0)
                if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\f')) break;
            end = i + 1;
        }
        // No carets when the primary range is the whole (stripped) line.
        int strippedLength = source.Length - truncation - SourceIndent;
        bool secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLength && !secondaryRanges) return;
        ctx.WriteIndentedMargin(ctx.Indent, ctx.Margin);
        bool special = secondaryRanges;
        for (int offset = truncation + 1; offset <= end; offset++)
        {
            if (offset <= start) ctx.Out.Append(' ');
            else if (special && leftEnd < offset && offset <= rightStart) ctx.Out.Append(secondary);
            else ctx.Out.Append(primary);
        }
        ctx.Out.Append('\n');
    }

    /// <summary>_PyPegen_byte_offset_to_character_offset: characters in the first <paramref name="col"/> UTF-8 bytes.</summary>
    private static int ByteToCharOffset(byte[] utf8, int col)
    {
        if (col > utf8.Length + 1) col = utf8.Length + 1;
        int n = 0;
        for (int i = 0; i < col && i < utf8.Length; i++)
            if ((utf8[i] & 0xC0) != 0x80) n++; // each character counted at its first byte
        if (col > utf8.Length) n += col - utf8.Length; // CPython decodes the terminating NUL too
        return n;
    }

    /// <summary>
    /// extract_anchors_from_line: parses the failing segment on its own; for a binary operation the
    /// operator is marked (<c>~~~^~~~</c>), for a subscript the brackets and index. Offsets are
    /// characters within the segment.
    /// </summary>
    private static bool ExtractAnchors(string filename, string segment, out int left, out int right, out char primary, out char secondary)
    {
        left = right = -1;
        primary = secondary = '^';
        if (segment.Length == 0) return false;
        byte[] bytes = Encoding.UTF8.GetBytes(segment);
        Mod tree;
        try
        {
            tree = PythonParser.ParseBytes(bytes, filename, ParseMode.File);
        }
        catch (SyntaxErrorException)
        {
            return false;
        }
        if (tree is not Module { Body.Count: 1 } module || module.Body[0] is not ExprStmt stmt) return false;
        int l, r;
        switch (stmt.Value)
        {
            case BinOp bin:
            {
                l = r = -1;
                for (int i = bin.Left.EndColOffset; i < bin.Right.ColOffset && i < bytes.Length; i++)
                {
                    if (bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\f') continue;
                    l = i;
                    r = i + 1;
                    if (i + 1 < bin.Right.ColOffset && !(bytes[i + 1] is (byte)' ' or (byte)'\t' or (byte)'\f')) r++;
                    break;
                }
                if (l < 0) return false; // CPython reports success with no anchors here; nothing changes either way
                break;
            }
            case Subscript sub:
                l = sub.Value.EndColOffset;
                r = sub.Slice.EndColOffset + 1;
                break;
            default:
                return false;
        }
        primary = '~';
        secondary = '^';
        left = ByteToCharOffset(bytes, l);
        right = ByteToCharOffset(bytes, r);
        return true;
    }
}

/// <summary>Reads source lines for tracebacks (linecache's job in CPython): decoded with the file's PEP 263
/// encoding, split with universal newlines; files are read once per display.</summary>
internal sealed class SourceLines
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string? GetLine(string filename, int line)
    {
        if (line < 1 || filename.Length == 0) return null;
        if (filename[0] == '<' && filename[^1] == '>') return null;
        if (!_files.TryGetValue(filename, out var lines))
        {
            lines = Load(filename);
            _files[filename] = lines;
        }
        return lines is not null && line <= lines.Length ? lines[line - 1] : null;
    }

    private static string[]? Load(string filename)
    {
        byte[] raw;
        try
        {
            if (!File.Exists(filename)) return null;
            raw = File.ReadAllBytes(filename);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        string text;
        try
        {
            var source = Kaa.Syntax.Tokens.SourceText.FromBytes(raw, filename);
            text = Encoding.UTF8.GetString(source.Utf8);
        }
        catch (Exception)
        {
            text = new UTF8Encoding(false, false).GetString(raw);
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var result = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                result.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.Length) result.Add(text[start..]);
        return result.ToArray();
    }
}
