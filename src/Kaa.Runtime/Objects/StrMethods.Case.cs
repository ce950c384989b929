using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary>
/// str's case methods (lower, upper, title, capitalize, swapcase, casefold) with Unicode 14's full case
/// mappings and final sigma, and the character-class predicates (isalpha, isdigit, ..., istitle).
/// ASCII strings take .NET's invariant ASCII mapping, which is the same for that range.
/// </summary>
internal static partial class StrMethods
{
    private const int CapitalSigma = 0x3A3, SmallSigma = 0x3C3, FinalSigma = 0x3C2;

    private static void InstallCase(PyType type)
    {
        type.AddMethod("lower", static (ts, self) => Lower((PyStr)self));
        type.AddMethod("upper", static (ts, self) => Upper((PyStr)self));
        type.AddMethod("casefold", static (ts, self) => Casefold((PyStr)self));
        type.AddMethod("swapcase", static (ts, self) => Swapcase((PyStr)self));
        type.AddMethod("title", static (ts, self) => Title((PyStr)self));
        type.AddMethod("capitalize", static (ts, self) => Capitalize((PyStr)self));

        type.AddMethod("isascii", static (ts, self) => PyBool.From(((PyStr)self).IsAscii));
        type.AddMethod("isalpha", static (ts, self) => PyBool.From(All((PyStr)self, UnicodeFlags.Alpha)));
        type.AddMethod("isdecimal", static (ts, self) => PyBool.From(All((PyStr)self, UnicodeFlags.Decimal)));
        type.AddMethod("isdigit", static (ts, self) => PyBool.From(All((PyStr)self, UnicodeFlags.Digit)));
        type.AddMethod("isnumeric", static (ts, self) => PyBool.From(All((PyStr)self, UnicodeFlags.Numeric)));
        type.AddMethod("isspace", static (ts, self) => PyBool.From(All((PyStr)self, UnicodeFlags.Space)));
        type.AddMethod("isalnum", static (ts, self) => PyBool.From(All((PyStr)self,
            UnicodeFlags.Alpha | UnicodeFlags.Decimal | UnicodeFlags.Digit | UnicodeFlags.Numeric)));
        type.AddMethod("isprintable", static (ts, self) =>
        {
            // The empty string is printable (every character of it is).
            var s = (PyStr)self;
            for (int i = 0; i < s.Length; i++)
                if (!UnicodeDatabase.Has(s[i], UnicodeFlags.Printable)) return PyBool.False;
            return PyBool.True;
        });
        type.AddMethod("isidentifier", static (ts, self) => PyBool.From(IsIdentifier((PyStr)self)));
        type.AddMethod("islower", static (ts, self) => PyBool.From(IsCasedOnly((PyStr)self, UnicodeFlags.Lower, UnicodeFlags.Upper)));
        type.AddMethod("isupper", static (ts, self) => PyBool.From(IsCasedOnly((PyStr)self, UnicodeFlags.Upper, UnicodeFlags.Lower)));
        type.AddMethod("istitle", static (ts, self) => PyBool.From(IsTitle((PyStr)self)));
    }

    /// <summary>Non-empty and every character has one of <paramref name="any"/>.</summary>
    private static bool All(PyStr s, UnicodeFlags any)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
            if ((UnicodeDatabase.Flags(s[i]) & any) == 0) return false;
        return true;
    }

    internal static bool IsIdentifier(PyStr s)
    {
        if (s.Length == 0) return false;
        int first = s[0];
        if (first != '_' && !UnicodeDatabase.Has(first, UnicodeFlags.XidStart)) return false;
        for (int i = 1; i < s.Length; i++)
            if (!UnicodeDatabase.Has(s[i], UnicodeFlags.XidContinue)) return false;
        return true;
    }

    /// <summary>islower/isupper: no character of the opposite case (or titlecase), at least one of <paramref name="want"/>.</summary>
    private static bool IsCasedOnly(PyStr s, UnicodeFlags want, UnicodeFlags forbidden)
    {
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var f = UnicodeDatabase.Flags(s[i]);
            if (IsTitlecase(f)) return false;
            if ((f & forbidden) != 0) return false;
            if ((f & want) != 0) cased = true;
        }
        return cased;
    }

    /// <summary>
    /// Py_UNICODE_ISTITLE (category Lt). The database's Title flag is a one-character istitle(), which
    /// is also true for uppercase letters; titlecase letters are never uppercase, so this separates them.
    /// </summary>
    private static bool IsTitlecase(UnicodeFlags f) => (f & (UnicodeFlags.Title | UnicodeFlags.Upper)) == UnicodeFlags.Title;

    private static bool IsTitle(PyStr s)
    {
        bool cased = false, previousIsCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var f = UnicodeDatabase.Flags(s[i]);
            if ((f & (UnicodeFlags.Upper | UnicodeFlags.Title)) != 0)
            {
                if (previousIsCased) return false;
                previousIsCased = cased = true;
            }
            else if ((f & UnicodeFlags.Lower) != 0)
            {
                if (!previousIsCased) return false;
                previousIsCased = cased = true;
            }
            else previousIsCased = false;
        }
        return cased;
    }

    // ---- mappings ------------------------------------------------------------------------------------

    internal static PyStr Lower(PyStr s)
    {
        if (s.IsAscii) return AsciiCase(s, upper: false);
        var sb = new PyStrBuilder();
        Span<int> buf = stackalloc int[3];
        for (int i = 0; i < s.Length; i++) AppendLower(sb, s, i, buf);
        return sb.ToPyStr();
    }

    internal static PyStr Upper(PyStr s)
    {
        if (s.IsAscii) return AsciiCase(s, upper: true);
        return MapEach(s, CaseMapping.Upper);
    }

    private static PyStr Casefold(PyStr s)
    {
        if (s.IsAscii) return AsciiCase(s, upper: false);
        return MapEach(s, CaseMapping.Fold);
    }

    /// <summary>upper()/lower() of an ASCII str, from span to span (no .NET string made for a short str).</summary>
    private static PyStr AsciiCase(PyStr s, bool upper)
    {
        var text = s.Bmp;
        if (text.Length > 256)
            return PyStr.FromChars(upper ? s.Chars.ToUpperInvariant() : s.Chars.ToLowerInvariant());
        Span<char> mapped = stackalloc char[text.Length];
        if (upper) System.Text.Ascii.ToUpper(text, mapped, out _);
        else System.Text.Ascii.ToLower(text, mapped, out _);
        return PyStr.FromChars(mapped);
    }

    private static PyStr MapEach(PyStr s, CaseMapping mapping)
    {
        var sb = new PyStrBuilder();
        Span<int> buf = stackalloc int[3];
        for (int i = 0; i < s.Length; i++) Append(sb, buf, UnicodeCase.Map(s[i], mapping, buf));
        return sb.ToPyStr();
    }

    private static PyStr Swapcase(PyStr s)
    {
        var sb = new PyStrBuilder();
        Span<int> buf = stackalloc int[3];
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            var f = UnicodeDatabase.Flags(c);
            if ((f & UnicodeFlags.Upper) != 0) AppendLower(sb, s, i, buf);
            else if ((f & UnicodeFlags.Lower) != 0) Append(sb, buf, UnicodeCase.Map(c, CaseMapping.Upper, buf));
            else sb.AppendCodePoint(c);
        }
        return sb.ToPyStr();
    }

    private static PyStr Title(PyStr s)
    {
        var sb = new PyStrBuilder();
        Span<int> buf = stackalloc int[3];
        bool previousIsCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (previousIsCased) AppendLower(sb, s, i, buf);
            else Append(sb, buf, UnicodeCase.Map(c, CaseMapping.Title, buf));
            previousIsCased = UnicodeCase.IsCased(c);
        }
        return sb.ToPyStr();
    }

    private static PyStr Capitalize(PyStr s)
    {
        if (s.Length == 0) return PyStr.Empty;
        var sb = new PyStrBuilder();
        Span<int> buf = stackalloc int[3];
        Append(sb, buf, UnicodeCase.Map(s[0], CaseMapping.Title, buf));
        for (int i = 1; i < s.Length; i++) AppendLower(sb, s, i, buf);
        return sb.ToPyStr();
    }

    private static void Append(PyStrBuilder sb, Span<int> buf, int count)
    {
        for (int k = 0; k < count; k++) sb.AppendCodePoint(buf[k]);
    }

    /// <summary>lower_ucs4: the full lowercase of s[i], a capital sigma by its context.</summary>
    private static void AppendLower(PyStrBuilder sb, PyStr s, int i, Span<int> buf)
    {
        int c = s[i];
        if (c == CapitalSigma)
        {
            sb.AppendCodePoint(IsFinalSigma(s, i) ? FinalSigma : SmallSigma);
            return;
        }
        if (c < 128)
        {
            sb.AppendCodePoint(c is >= 'A' and <= 'Z' ? c + 32 : c);
            return;
        }
        Append(sb, buf, UnicodeCase.Map(c, CaseMapping.Lower, buf));
    }

    /// <summary>
    /// Final_Sigma (Unicode 3.13): a cased letter before the sigma, skipping case-ignorable ones, and no
    /// cased letter after it, skipping case-ignorable ones.
    /// </summary>
    private static bool IsFinalSigma(PyStr s, int i)
    {
        int j = i - 1;
        while (j >= 0 && UnicodeCase.IsCaseIgnorable(s[j])) j--;
        if (j < 0 || !UnicodeCase.IsCased(s[j])) return false;
        j = i + 1;
        while (j < s.Length && UnicodeCase.IsCaseIgnorable(s[j])) j++;
        return j == s.Length || !UnicodeCase.IsCased(s[j]);
    }
}
