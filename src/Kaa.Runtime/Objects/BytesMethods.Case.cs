namespace Kaa.Runtime;

/// <summary>Case mappings and predicates of bytes and bytearray (ASCII only, as CPython's bytes_methods.c).</summary>
internal static partial class BytesMethods
{
    private static void InstallCase(PyType type)
    {
        type.AddMethod("lower", static (ts, self) => Map(self, static (s, r) => { for (int i = 0; i < s.Length; i++) r[i] = ToLower(s[i]); }),
            "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.");
        type.AddMethod("upper", static (ts, self) => Map(self, static (s, r) => { for (int i = 0; i < s.Length; i++) r[i] = ToUpper(s[i]); }),
            "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.");
        type.AddMethod("swapcase", static (ts, self) => Map(self, static (s, r) =>
        {
            for (int i = 0; i < s.Length; i++) r[i] = IsUpper(s[i]) ? ToLower(s[i]) : ToUpper(s[i]);
        }), "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.");
        type.AddMethod("capitalize", static (ts, self) => Map(self, static (s, r) =>
        {
            for (int i = 0; i < s.Length; i++) r[i] = i == 0 ? ToUpper(s[i]) : ToLower(s[i]);
        }), "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.");
        type.AddMethod("title", static (ts, self) => Map(self, static (s, r) =>
        {
            bool previousCased = false;
            for (int i = 0; i < s.Length; i++)
            {
                byte c = s[i];
                if (IsLower(c))
                {
                    r[i] = previousCased ? c : ToUpper(c);
                    previousCased = true;
                }
                else if (IsUpper(c))
                {
                    r[i] = previousCased ? ToLower(c) : c;
                    previousCased = true;
                }
                else
                {
                    r[i] = c;
                    previousCased = false;
                }
            }
        }), "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.");

        type.AddMethod("isascii", static (ts, self) => PyBool.From(!Data(self).ContainsAnyInRange((byte)0x80, (byte)0xFF)),
            "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.");
        type.AddMethod("isalpha", static (ts, self) => All(self, static c => IsAlpha(c)),
            "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.");
        type.AddMethod("isalnum", static (ts, self) => All(self, static c => IsAlnum(c)),
            "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.");
        type.AddMethod("isdigit", static (ts, self) => All(self, static c => IsDigit(c)),
            "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.");
        type.AddMethod("isspace", static (ts, self) => All(self, static c => IsSpace(c)),
            "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.");
        type.AddMethod("islower", static (ts, self) =>
        {
            var s = Data(self);
            return PyBool.From(s.ContainsAnyInRange((byte)'a', (byte)'z') && !s.ContainsAnyInRange((byte)'A', (byte)'Z'));
        }, "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.");
        type.AddMethod("isupper", static (ts, self) =>
        {
            var s = Data(self);
            return PyBool.From(s.ContainsAnyInRange((byte)'A', (byte)'Z') && !s.ContainsAnyInRange((byte)'a', (byte)'z'));
        }, "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.");
        type.AddMethod("istitle", static (ts, self) =>
        {
            bool cased = false, previousCased = false;
            foreach (byte c in Data(self))
            {
                if (IsUpper(c))
                {
                    if (previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else if (IsLower(c))
                {
                    if (!previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else previousCased = false;
            }
            return PyBool.From(cased);
        }, "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.");
    }

    private delegate void ByteMapper(ReadOnlySpan<byte> source, Span<byte> result);

    /// <summary>A same-length copy of self's bytes transformed by <paramref name="map"/>, of self's kind
    /// (always a new object, as CPython's case methods).</summary>
    private static PyObject Map(PyObject self, ByteMapper map)
    {
        var s = Data(self);
        var result = new byte[s.Length];
        map(s, result);
        return Take(self, result);
    }

    private static PyObject All(PyObject self, Func<byte, bool> test)
    {
        var s = Data(self);
        if (s.Length == 0) return PyBool.False;
        foreach (byte c in s)
            if (!test(c)) return PyBool.False;
        return PyBool.True;
    }
}
