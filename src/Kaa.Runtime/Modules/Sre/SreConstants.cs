namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The opcode, assertion and category numbers of the code lists that <c>re._compiler</c> (3.11, MAGIC
/// 20220615) produces; the numbering is the order of the names in <c>re/_constants.py</c>.
/// </summary>
internal static class SreOp
{
    public const uint Failure = 0, Success = 1, Any = 2, AnyAll = 3, Assert = 4, AssertNot = 5, At = 6,
        Branch = 7, Category = 8, Charset = 9, BigCharset = 10, GroupRef = 11, GroupRefExists = 12, In = 13,
        Info = 14, Jump = 15, Literal = 16, Mark = 17, MaxUntil = 18, MinUntil = 19, NotLiteral = 20,
        Negate = 21, Range = 22, Repeat = 23, RepeatOne = 24, Subpattern = 25, MinRepeatOne = 26,
        AtomicGroup = 27, PossessiveRepeat = 28, PossessiveRepeatOne = 29,
        GroupRefIgnore = 30, InIgnore = 31, LiteralIgnore = 32, NotLiteralIgnore = 33,
        GroupRefLocIgnore = 34, InLocIgnore = 35, LiteralLocIgnore = 36, NotLiteralLocIgnore = 37,
        GroupRefUniIgnore = 38, InUniIgnore = 39, LiteralUniIgnore = 40, NotLiteralUniIgnore = 41,
        RangeUniIgnore = 42;

    /// <summary>One past the largest opcode.</summary>
    public const uint Count = 43;
}

/// <summary>The AT_* codes (arguments of <see cref="SreOp.At"/>).</summary>
internal static class SreAt
{
    public const uint Beginning = 0, BeginningLine = 1, BeginningString = 2, Boundary = 3, NonBoundary = 4,
        End = 5, EndLine = 6, EndString = 7, LocBoundary = 8, LocNonBoundary = 9, UniBoundary = 10,
        UniNonBoundary = 11;
}

/// <summary>The CATEGORY_* codes (arguments of <see cref="SreOp.Category"/> inside a set).</summary>
internal static class SreCategory
{
    public const uint Digit = 0, NotDigit = 1, Space = 2, NotSpace = 3, Word = 4, NotWord = 5, LineBreak = 6,
        NotLineBreak = 7, LocWord = 8, LocNotWord = 9, UniDigit = 10, UniNotDigit = 11, UniSpace = 12,
        UniNotSpace = 13, UniWord = 14, UniNotWord = 15, UniLineBreak = 16, UniNotLineBreak = 17;
}

/// <summary>Module constants, flags and the engine's status codes.</summary>
internal static class SreConst
{
    public const int Magic = 20220615;
    /// <summary>Bytes per code word (SRE_CODE is a 32-bit unsigned int).</summary>
    public const int CodeSize = 4;
    /// <summary>"No upper bound" in a repeat: the largest code word.</summary>
    public const uint MaxRepeat = uint.MaxValue;
    /// <summary>INT32_MAX / 2, as on 64-bit CPython.</summary>
    public const long MaxGroups = int.MaxValue / 2;

    public const int FlagTemplate = 1, FlagIgnoreCase = 2, FlagLocale = 4, FlagMultiline = 8, FlagDotAll = 16,
        FlagUnicode = 32, FlagVerbose = 64, FlagDebug = 128, FlagAscii = 256;

    public const uint InfoPrefix = 1, InfoLiteral = 2, InfoCharset = 4;

    /// <summary>Engine results below zero: an error (the match functions return 1 match, 0 no match).</summary>
    public const int ErrorIllegal = -1, ErrorState = -2, ErrorRecursionLimit = -3, ErrorMemory = -9,
        ErrorInterrupted = -10;
}
