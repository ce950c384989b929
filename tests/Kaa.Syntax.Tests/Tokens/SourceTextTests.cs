using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Syntax.Tests.Tokens;

/// <summary>PEP 263 decoding of byte sources: declarations, codecs, BOM, newlines; compared with ast.parse.</summary>
public class SourceTextTests
{
    /// <summary>
    /// Codec names a declaration may use (Python's spellings and aliases). Not covered: codecs .NET
    /// lacks (reported as unknown) and bytes a .NET table maps where Python's is undefined (only the
    /// Windows code pages' gaps are detected).
    /// </summary>
    private static readonly string[] CodecNames =
    [
        "utf-8", "UTF8", "u8", "utf-8-unix", "latin-1", "Latin_1", "l1", "iso-8859-1", "ISO_8859-1", "latin-1-unix",
        "iso-latin-1", "iso-8859-15", "latin9", "latin-9", "cp1252", "windows-1252", "cp1251", "cp1250", "cp1255",
        "cp437", "ibm437", "437", "cp850", "cp866", "koi8-r", "KOI8-U", "mac-roman", "macintosh", "ascii",
        "us-ascii", "646", "euc-jp", "shift_jis", "sjis", "cp932", "gbk", "gb18030", "big5", "euc-kr", "cp949",
        "iso-8859-2", "latin2", "iso8859-5", "cyrillic", "greek", "latin5", "cp874", "mac_cyrillic",
        "mac-greek", "uft-8", "no-such-codec", "mbcs",
    ];

    /// <summary>Where a declaration counts: line 1 or 2, in a comment that is alone on its line.</summary>
    private static readonly string[] Placements =
    [
        "# coding: latin-1\nx = '\u00e9'\n",
        "#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = '\u00e9'\n",
        "\n# vim: set fileencoding=latin-1 :\nx = '\u00e9'\n",
        "x = 1\n# coding: latin-1\nx = '\u00c3\u00a9'\n",
        "\n\n# coding: latin-1\nx = '\u00c3\u00a9'\n",
        "x = 1 # coding: latin-1\nx = '\u00c3\u00a9'\n",
        "  \t# coding=latin-1\nx = '\u00e9'\n",
        "# coding:latin-1\r\nx = '\u00e9'\r\n",
        "# coding:\n# coding: latin-1\nx = '\u00e9'\n",
        "# codingg: latin-1\n# coding: latin-1\nx = '\u00e9'\n",
        "# coding : latin-1\n# coding=utf-8\nx = '\u00c3\u00a9'\n",
        "#coding:latin-1 coding:ascii\nx = '\u00e9'\n",
        "# xcoding=latin-1\nx = '\u00e9'\n",
        "# coding=latin-1",
        "# coding: utf-8\n# coding: latin-1\nx = '\u00c3\u00a9'\n",
        "\u00ef\u00bb\u00bf# coding: utf-8\nx = '\u00c3\u00a9'\n",
        "\u00ef\u00bb\u00bf# coding: UTF_8-sig\nx = '\u00c3\u00a9'\n",
        "\u00ef\u00bb\u00bf\n# coding: latin-1\nx = '\u00c3\u00a9'\n",
        "\u00ef\u00bb\u00bfx = '\u00c3\u00a9'\r\ny = 1\rz = '''a\r\nb\rc'''",
        "# coding: ascii\n# \u00e9\nx = 1\n",
        "# coding: utf8\nx = 1 # \u00ff\n",
        "x = '\u00c3\u00a9' # \u00ff\n",
    ];

    [Fact]
    public void CodecsMatchCPython()
        => Compare(CodecNames.Select(n => $"# coding: {n}\nx = 'abc'\ny = '\u00c3\u00a9'\n").ToArray());

    [Fact]
    public void DeclarationPlacementMatchesCPython() => Compare(Placements);

    /// <summary>Sources as Latin-1 strings (one char per byte), parsed as bytes by both sides.</summary>
    private static void Compare(string[] sources)
    {
        var bytes = sources.Select(s => Encoding.Latin1.GetBytes(s)).ToList();
        var paths = TokenOracle.WriteTemp(bytes);
        try
        {
            var expected = Oracle.RunSections("oracle_dump_ast.py", paths);
            var failures = new StringBuilder();
            for (int i = 0; i < paths.Count; i++)
            {
                string actual = KaaDump.DumpSource(bytes[i], paths[i]);
                if (actual != expected[paths[i]])
                    failures.Append($"source {i} {sources[i].ReplaceLineEndings("\\n")}\n  expected {expected[paths[i]]}\n  actual   {actual}\n");
            }
            Assert.True(failures.Length == 0, failures.ToString());
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }
}
