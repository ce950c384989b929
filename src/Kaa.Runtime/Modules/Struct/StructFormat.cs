namespace Kaa.Runtime;

/// <summary>The byte order and size/alignment mode a format string starts with.</summary>
internal enum StructMode
{
    /// <summary>'@' or none: native sizes and alignment (x86-64 Linux), little-endian.</summary>
    Native,
    /// <summary>'&lt;' or '=': standard sizes, no alignment, little-endian.</summary>
    Little,
    /// <summary>'&gt;' or '!': standard sizes, no alignment, big-endian.</summary>
    Big,
}

/// <summary>One run of a format: <see cref="Repeat"/> items of <see cref="Code"/>, each
/// <see cref="Size"/> bytes, from <see cref="Offset"/> ('s' and 'p': one item of <see cref="Size"/> bytes).</summary>
internal readonly record struct StructCode(char Code, int Offset, int Size, int Repeat);

/// <summary>A compiled struct format (prepare_s): its codes, total size and item count. Immutable.</summary>
internal sealed class StructFormat
{
    public readonly StructMode Mode;
    public readonly StructCode[] Codes;
    public readonly long Size;
    public readonly long ItemCount;

    private StructFormat(StructMode mode, StructCode[] codes, long size, long count)
    {
        Mode = mode;
        Codes = codes;
        Size = size;
        ItemCount = count;
    }

    /// <summary>The size of one item of <paramref name="c"/> in <paramref name="mode"/>, or 0 when the
    /// code is unknown there.</summary>
    internal static int ItemSize(char c, StructMode mode) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => mode == StructMode.Native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => mode == StructMode.Native ? 8 : 0,
        _ => 0,
    };

    /// <summary>Native alignment of <paramref name="c"/> (x86-64 System V).</summary>
    private static int Alignment(char c) => c switch
    {
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'd' or 'n' or 'N' or 'P' => 8,
        _ => 0,
    };

    /// <summary>Compiles <paramref name="format"/> (ASCII bytes); null with <paramref name="error"/> set to
    /// struct.error's message.</summary>
    internal static StructFormat? Compile(ReadOnlySpan<byte> format, out string? error)
    {
        error = null;
        if (format.Contains((byte)0))
        {
            error = "embedded null character";
            return null;
        }
        var mode = StructMode.Native;
        int pos = 0;
        if (format.Length > 0)
        {
            switch ((char)format[0])
            {
                case '<': case '=': mode = StructMode.Little; pos = 1; break;
                case '>': case '!': mode = StructMode.Big; pos = 1; break;
                case '@': pos = 1; break;
            }
        }
        var codes = new List<StructCode>();
        long size = 0, count = 0;
        while (pos < format.Length)
        {
            char c = (char)format[pos++];
            if (IsSpace(c)) continue;
            long num = 1;
            if (c is >= '0' and <= '9')
            {
                num = c - '0';
                while (true)
                {
                    if (pos >= format.Length)
                    {
                        error = "repeat count given without format specifier";
                        return null;
                    }
                    c = (char)format[pos++];
                    if (c is < '0' or > '9') break;
                    if (num >= long.MaxValue / 10 && (num > long.MaxValue / 10 || c - '0' > long.MaxValue % 10))
                    {
                        error = "total struct size too long";
                        return null;
                    }
                    num = num * 10 + (c - '0');
                }
            }
            int itemSize = ItemSize(c, mode);
            if (itemSize == 0)
            {
                error = "bad char in struct format";
                return null;
            }
            if (mode == StructMode.Native && Alignment(c) is var align and > 0 && size > 0)
                size += (align - 1) - (size - 1) % align;
            if (num > (long.MaxValue - size) / itemSize)
            {
                error = "total struct size too long";
                return null;
            }
            if (size + num * itemSize > int.MaxValue)
            {
                error = "total struct size too long";
                return null;
            }
            switch (c)
            {
                case 's' or 'p':
                    codes.Add(new StructCode(c, (int)size, (int)num, 1));
                    count++;
                    break;
                case 'x':
                    break;
                default:
                    if (num > 0) codes.Add(new StructCode(c, (int)size, itemSize, (int)num));
                    count += num;
                    break;
            }
            size += num * itemSize;
        }
        return new StructFormat(mode, [.. codes], size, count);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
}
