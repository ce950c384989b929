using System.Runtime.CompilerServices;

namespace Kaa.Compiler.Flow;

/// <summary>
/// co_linetable in the 3.11 format (PEP 657, Objects/locations.md): per run of at most 8 code
/// units, one entry — short (same line, small columns), one-line (line delta 0..2), no-column,
/// long, or none — with line numbers as deltas from the previous entry that set one.
/// </summary>
internal sealed class LocationTable
{
    private const int Short0 = 0;
    private const int OneLine0 = 10;
    private const int NoColumns = 13;
    private const int Long = 14;
    private const int None = 15;

    // A plain array and its length (a List<byte> paid a call and a version bump per byte).
    private byte[] _bytes;
    private int _length;
    private int _lineno;

    private LocationTable(int firstLineno, byte[] bytes)
    {
        _lineno = firstLineno;
        _bytes = bytes;
    }

    /// <summary>
    /// A table for <paramref name="instructions"/> instructions, to be given each one in
    /// order (<see cref="AddInstruction"/>: the pass that writes co_code does, so the instructions are walked
    /// once for both), then <see cref="Finish"/>ed.
    /// </summary>
    /// <param name="pool">Lends the scratch array the table is written into (then copied out at its exact size).</param>
    public static LocationTable Start(int firstLineno, int instructions, InstructionArrayPool? pool)
    {
        // Most entries take two bytes (short and one-line forms, one entry per instruction):
        // sized for that up front, the array does not grow through a run of ever larger ones.
        int capacity = instructions * 2 + 8;
        byte[]? scratch = pool?.LineTableScratch;
        return new LocationTable(firstLineno, scratch is not null && scratch.Length >= capacity ? scratch : new byte[capacity]);
    }

    /// <summary>The entries of the next instruction: <paramref name="size"/> code units at <paramref name="loc"/>.</summary>
    public void AddInstruction(in Location loc, int size)
    {
        while (size > 8)
        {
            WriteEntry(loc, 8);
            size -= 8;
        }
        WriteEntry(loc, size);
    }

    /// <summary>co_linetable; the working array goes back to <paramref name="pool"/> for the next code object.</summary>
    public byte[] Finish(InstructionArrayPool? pool)
    {
        byte[] result = _bytes.AsSpan(0, _length).ToArray();
        if (pool is not null && _bytes.Length <= MaxScratch && _bytes.Length > (pool.LineTableScratch?.Length ?? 0))
            pool.LineTableScratch = _bytes;
        return result;
    }

    /// <summary>The largest scratch array kept for the next code object (a huge one is left to the collector).</summary>
    private const int MaxScratch = 1 << 16;

    /// <summary>The longest entry: the first byte and four varints of up to six bytes each.</summary>
    private const int MaxEntryLength = 1 + 4 * 6;

    private void WriteEntry(in Location loc, int length)
    {
        // Room for the whole entry first: the byte writes below need no check each.
        if (_bytes.Length - _length < MaxEntryLength) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + MaxEntryLength));
        if (loc.Lineno < 0)
        {
            WriteFirstByte(None, length);
            return;
        }
        int lineDelta = loc.Lineno - _lineno;
        int column = loc.ColOffset;
        int endColumn = loc.EndColOffset;
        if (column < 0 || endColumn < 0)
        {
            if (loc.EndLineno == loc.Lineno || loc.EndLineno == -1)
            {
                WriteFirstByte(NoColumns, length);
                WriteSignedVarint(lineDelta);
                _lineno = loc.Lineno;
                return;
            }
        }
        else if (loc.EndLineno == loc.Lineno)
        {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
            {
                WriteFirstByte(Short0 + (column >> 3), length);
                Add((byte)(((column & 7) << 4) | (endColumn - column)));
                return;
            }
            if (lineDelta is >= 0 and < 3 && column < 128 && endColumn < 128)
            {
                WriteFirstByte(OneLine0 + lineDelta, length);
                Add((byte)column);
                Add((byte)endColumn);
                _lineno = loc.Lineno;
                return;
            }
        }
        WriteFirstByte(Long, length);
        WriteSignedVarint(loc.Lineno - _lineno);
        WriteVarint((uint)(loc.EndLineno - loc.Lineno));
        WriteVarint((uint)(column + 1));
        WriteVarint((uint)(endColumn + 1));
        _lineno = loc.Lineno;
    }

    private void WriteFirstByte(int code, int length) => Add((byte)(0x80 | (code << 3) | (length - 1)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(byte value) => _bytes[_length++] = value;

    /// <summary>Little-endian 6-bit groups, bit 6 set on all but the last.</summary>
    private void WriteVarint(uint value)
    {
        while (value >= 64)
        {
            Add((byte)(0x40 | (value & 63)));
            value >>= 6;
        }
        Add((byte)value);
    }

    private void WriteSignedVarint(int value)
        => WriteVarint(value < 0 ? ((uint)-value << 1) | 1 : (uint)value << 1);
}
