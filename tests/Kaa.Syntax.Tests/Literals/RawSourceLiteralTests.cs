using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Syntax.Tests.Literals;

/// <summary>
/// Literals whose source cannot be written as a C# string: bytes that are not UTF-8 (the
/// tokenizer lets them through and the literal code reports CPython's "(unicode error) 'utf-8'
/// codec can't decode ..." errors) and CR/CRLF line ends inside literals. Sources are files of
/// raw bytes, compared whole with tools/oracle_dump_ast.py.
/// </summary>
public class RawSourceLiteralTests
{
    private static readonly byte[][] Sources =
    [
        [.. "x = \"b"u8, 0xF6, .. "se\"\n"u8], // invalid start byte
        [.. "x = \"\\n"u8, 0xE9, 0xA0, .. "\"\n"u8], // unexpected end of data, after an escape
        [.. "x = \""u8, 0xED, 0xA0, 0x80, .. "\"\n"u8], // an encoded surrogate
        [.. "x = f\"{a}"u8, 0xC3, .. "\"\n"u8],
        [.. "x = rf\"{a}"u8, 0xC3, .. "z\"\n"u8],
        [.. "x = f\"{a=}"u8, 0xF0, 0x9F, 0x90, .. "\"\n"u8],
        [.. "x = \""u8, 0xF4, 0x90, 0x80, 0x80, .. "\"\n"u8], // beyond U+10FFFF
        [.. "x = r'a\\"u8, 0xFF, .. "'\n"u8],
        [.. "x = '\\N{"u8, 0xC3, 0xA9, .. "}'\n"u8],
        [.. "x = ('ok' 'a"u8, 0xC0, 0xAF, .. "')\n"u8], // overlong
        "x = \"\"\"a\r\nb\rc\"\"\"\r\ny = f\"\"\"{\r\n a}\r\n{b!r}\"\"\"\r\nz = \"a\\\r\nb\"\r\nw = b\"\"\"\r\n\"\"\"\r\n"u8.ToArray(),
        "x = \"\"\"a\rb\"\"\"\ry = f\"\"\"{a\r}\"\"\"\r"u8.ToArray(),
        Encoding.ASCII.GetBytes("f'{" + new string('(', 201) + "}'\n"), // too many nested parentheses
    ];

    [Fact]
    public void MatchOracle()
    {
        string dir = Directory.CreateTempSubdirectory("kaa-utf8-").FullName;
        try
        {
            var paths = new List<string>();
            for (int i = 0; i < Sources.Length; i++)
            {
                string path = Path.Combine(dir, $"case{i}.py");
                File.WriteAllBytes(path, Sources[i]);
                paths.Add(path);
            }
            var expected = Oracle.RunSections("oracle_dump_ast.py", paths);
            foreach (string path in paths)
                Assert.Equal(expected[path], KaaDump.DumpFile(path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
