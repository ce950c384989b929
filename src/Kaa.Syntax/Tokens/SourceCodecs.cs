using System.Collections.Frozen;
using System.Text;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// The codecs a PEP 263 declaration can name, resolved as Python's codec registry resolves them
/// (name normalisation, then the common aliases of <c>encodings.aliases</c>), and backed by .NET
/// encodings. Covers the ASCII-compatible codecs real sources use: utf-8, ascii, latin-1, the
/// ISO 8859 family, the Windows and DOS code pages, KOI8, Mac Roman and the common CJK codecs.
/// A codec Python knows but this table lacks is reported as unknown.
/// </summary>
internal static partial class SourceCodecs
{
    /// <summary>What decoding with a codec needs: the .NET encoding and the name Python's errors use.</summary>
    internal sealed record Codec(string PythonName, string DotNetName, CodecKind Kind);

    internal enum CodecKind
    {
        Utf8,     // decoded by PyUtf8, with CPython's messages
        Ascii,    // 'ordinal not in range(128)'
        Latin1,   // never fails
        Charmap,  // single-byte tables: 'character maps to <undefined>'
        Multibyte, // CJK codecs: 'illegal multibyte sequence'
        Utf16,     // DotNetName is "le", "be", or "" (byte order from a BOM, else little-endian)
        Utf32,     // likewise
    }

    private static readonly FrozenDictionary<string, string> Aliases = BuildAliases().ToFrozenDictionary(StringComparer.Ordinal);

    private static Dictionary<string, string> BuildAliases()
    {
        var a = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string codec, params string[] names)
        {
            foreach (string n in names) a[n] = codec;
        }
        Add("ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
            "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        Add("latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
            "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        Add("utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add("iso8859_2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        Add("iso8859_3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        Add("iso8859_4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        Add("iso8859_5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144");
        Add("iso8859_6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127");
        Add("iso8859_7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126");
        Add("iso8859_8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        Add("iso8859_9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        Add("iso8859_13", "iso_8859_13", "l7", "latin7");
        Add("iso8859_15", "iso_8859_15", "l9", "latin9");
        Add("koi8_r", "cskoi8r");
        Add("mac_roman", "macintosh", "macroman");
        Add("cp437", "437", "cspc8codepage437", "ibm437");
        Add("cp850", "850", "cspc850multilingual", "ibm850");
        Add("cp852", "852", "cspcp852", "ibm852");
        Add("cp866", "866", "csibm866", "ibm866");
        for (int i = 1250; i <= 1258; i++) Add("cp" + i, "windows_" + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("shift_jis", "csshiftjis", "shiftjis", "sjis", "s_jis", "x_mac_japanese");
        Add("euc_jp", "eucjp", "ujis", "u_jis");
        Add("gb2312", "x_mac_simp_chinese", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58");
        Add("gbk", "936", "cp936", "ms936");
        Add("gb18030", "gb18030_2000");
        Add("big5", "big5_tw", "csbig5", "x_mac_trad_chinese");
        Add("euc_kr", "euckr", "x_mac_korean", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987", "ksx1001", "ks_x_1001");
        Add("cp949", "949", "ms949", "uhc");
        Add("cp932", "932", "ms932", "mskanji", "ms_kanji");
        Add("cp874", "874", "windows_874");
        Add("mac_cyrillic", "maccyrillic");
        Add("mac_greek", "macgreek");
        Add("mac_iceland", "maciceland");
        Add("mac_latin2", "maccentraleurope", "mac_centeuro");
        Add("mac_turkish", "macturkish");
        Add("utf_16", "u16", "utf16");
        Add("utf_16_le", "utf_16le", "unicodelittleunmarked");
        Add("utf_16_be", "utf_16be", "unicodebigunmarked");
        Add("utf_32", "u32", "utf32");
        Add("utf_32_le", "utf_32le");
        Add("utf_32_be", "utf_32be");
        return a;
    }

    /// <summary>Python codec name → the .NET encoding that implements it.</summary>
    private static Codec? FromCanonical(string name)
    {
        switch (name)
        {
            case "utf_8": return new Codec("utf-8", "utf-8", CodecKind.Utf8);
            case "ascii": return new Codec("ascii", "us-ascii", CodecKind.Ascii);
            case "utf_16": return new Codec("utf-16", "", CodecKind.Utf16);
            case "utf_16_le": return new Codec("utf-16-le", "le", CodecKind.Utf16);
            case "utf_16_be": return new Codec("utf-16-be", "be", CodecKind.Utf16);
            case "utf_32": return new Codec("utf-32", "", CodecKind.Utf32);
            case "utf_32_le": return new Codec("utf-32-le", "le", CodecKind.Utf32);
            case "utf_32_be": return new Codec("utf-32-be", "be", CodecKind.Utf32);
            case "latin_1": return new Codec("latin-1", "iso-8859-1", CodecKind.Latin1);
            case "koi8_r": return new Codec("charmap", "koi8-r", CodecKind.Charmap);
            case "koi8_u": return new Codec("charmap", "koi8-u", CodecKind.Charmap);
            case "mac_roman": return new Codec("charmap", "macintosh", CodecKind.Charmap);
            case "shift_jis": return new Codec("shift_jis", "shift_jis", CodecKind.Multibyte);
            case "euc_jp": return new Codec("euc_jp", "euc-jp", CodecKind.Multibyte);
            case "gb2312": return new Codec("gb2312", "gb2312", CodecKind.Multibyte);
            case "gbk": return new Codec("gbk", "gbk", CodecKind.Multibyte);
            case "gb18030": return new Codec("gb18030", "gb18030", CodecKind.Multibyte);
            case "big5": return new Codec("big5", "big5", CodecKind.Multibyte);
            case "euc_kr": return new Codec("euc_kr", "euc-kr", CodecKind.Multibyte);
            case "cp949": return new Codec("cp949", "ks_c_5601-1987", CodecKind.Multibyte);
            case "cp932": return new Codec("cp932", "shift_jis", CodecKind.Multibyte); // .NET's shift_jis is code page 932
            case "cp874": return new Codec("charmap", "windows-874", CodecKind.Charmap);
            case "mac_cyrillic": return new Codec("charmap", "x-mac-cyrillic", CodecKind.Charmap);
            case "mac_greek": return new Codec("charmap", "x-mac-greek", CodecKind.Charmap);
            case "mac_iceland": return new Codec("charmap", "x-mac-icelandic", CodecKind.Charmap);
            case "mac_latin2": return new Codec("charmap", "x-mac-ce", CodecKind.Charmap);
            case "mac_turkish": return new Codec("charmap", "x-mac-turkish", CodecKind.Charmap);
        }
        if (name.StartsWith("iso8859_", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int part)
            && part is >= 2 and <= 16 and not 12)
            return new Codec("charmap", "iso-8859-" + part.ToString(System.Globalization.CultureInfo.InvariantCulture), CodecKind.Charmap);
        if (name.StartsWith("cp", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int page))
        {
            string n = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (page is >= 1250 and <= 1258) return new Codec("charmap", "windows-" + n, CodecKind.Charmap);
            if (page is 437 or 737 or 775 or 850 or 852 or 855 or 857 or 858 or 860 or 861 or 862 or 863 or 864
                or 865 or 866 or 869)
                return new Codec("charmap", "ibm" + n, CodecKind.Charmap);
        }
        return null;
    }

    /// <summary>Python's <c>encodings.normalize_encoding</c> after the registry lower-cased the name.</summary>
    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char ch in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                sb.Append(ch);
                punct = false;
            }
            else if (ch < 0x80)
            {
                punct = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The codec <paramref name="name"/> names, or null if it is unknown.</summary>
    public static Codec? Lookup(string name)
    {
        string norm = Normalize(name);
        if (Aliases.TryGetValue(norm, out string? canonical) || Aliases.TryGetValue(norm.Replace('.', '_'), out canonical))
            norm = canonical;
        var codec = FromCanonical(norm);
        if (codec is null || codec.Kind is CodecKind.Utf8 or CodecKind.Utf16 or CodecKind.Utf32) return codec;
        return GetEncoding(codec) is null ? null : codec;
    }

    private static Encoding? GetEncoding(Codec codec)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codec.DotNetName,
                       EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                   ?? Encoding.GetEncoding(codec.DotNetName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Decodes <paramref name="input"/> to UTF-8; on failure returns null and the text of the
    /// UnicodeDecodeError Python raises.
    /// </summary>
    public static byte[]? DecodeToUtf8(Codec codec, ReadOnlySpan<byte> input, out string? error)
    {
        error = null;
        if (codec.Kind == CodecKind.Utf8)
        {
            error = PyUtf8.FindDecodeError(input);
            return error is null ? input.ToArray() : null;
        }
        if (codec.Kind is CodecKind.Utf16 or CodecKind.Utf32)
            return DecodeUtf16Or32(codec, input, out error);
        var encoding = GetEncoding(codec)!;
        try
        {
            string text = encoding.GetString(input);
            if (codec.DotNetName.StartsWith("windows-", StringComparison.Ordinal))
            {
                // .NET maps the bytes the Windows code pages leave undefined to C1 controls;
                // Python's tables reject them. One byte is one character here.
                int undefined = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
                if (undefined >= 0)
                {
                    error = PyUtf8.DecodeErrorMessage(codec.PythonName, input, undefined, undefined + 1,
                        "character maps to <undefined>");
                    return null;
                }
            }
            return Encoding.UTF8.GetBytes(text);
        }
        catch (DecoderFallbackException e)
        {
            int index = Math.Min(Math.Max(0, e.Index), input.Length - 1);
            string reason = codec.Kind switch
            {
                CodecKind.Ascii => "ordinal not in range(128)",
                CodecKind.Charmap => "character maps to <undefined>",
                _ => "illegal multibyte sequence",
            };
            // Python reports a single byte for these codecs' errors ("illegal multibyte sequence" too).
            error = PyUtf8.DecodeErrorMessage(codec.PythonName, input, index, index + 1, reason);
            return null;
        }
    }

    /// <summary><c>bytes.decode(name, 'replace')</c> for a codec <see cref="Lookup"/> accepted.</summary>
    public static string DecodeReplace(string name, ReadOnlySpan<byte> input)
    {
        var codec = Lookup(name);
        if (codec is null || codec.Kind == CodecKind.Utf8) return PyUtf8.DecodeReplace(input);
        if (codec.Kind is CodecKind.Utf16 or CodecKind.Utf32)
        {
            byte[]? utf8 = DecodeUtf16Or32(codec, input, out _);
            return utf8 is null ? PyUtf8.DecodeReplace(input) : Encoding.UTF8.GetString(utf8);
        }
        var encoding = (Encoding)GetEncoding(codec)!.Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return encoding.GetString(input);
    }
}
