using System.Buffers.Binary;

namespace Kaa.Runtime;

/// <summary>
/// The pickler's growable output buffer, with protocol 4's framing: while framing is on, the first write
/// after a frame was committed reserves a 9-byte FRAME header, which <see cref="CommitFrame"/> fills in
/// with the frame's length — or removes, when the frame is too short to be worth one.
/// </summary>
internal sealed class PickleOutputBuffer
{
    private const int InitialSize = 4096;

    private byte[] _buf = new byte[InitialSize];
    private int _len;

    /// <summary>Where the open frame's header starts; -1 when no frame is open.</summary>
    private int _frameStart = -1;

    /// <summary>True while writing a protocol 4+ pickle (between PROTO and STOP).</summary>
    public bool Framing;

    public int Length => _len;

    /// <summary>The allocated size (for __sizeof__).</summary>
    public int Capacity => _buf.Length;

    /// <summary>The bytes of the open frame so far (0 when none is open).</summary>
    public int FrameLength => Framing && _frameStart >= 0 ? _len - _frameStart - PickleOpcodes.FrameHeaderSize : 0;

    /// <summary>_Pickler_ClearBuffer: empty, no frame open (the allocation is kept).</summary>
    public void Clear()
    {
        _len = 0;
        _frameStart = -1;
    }

    /// <summary>Room for <paramref name="n"/> more bytes, opening a frame first when one is due; the
    /// returned span is where they go.</summary>
    public Span<byte> Reserve(int n)
    {
        bool newFrame = Framing && _frameStart < 0;
        int need = newFrame ? n + PickleOpcodes.FrameHeaderSize : n;
        if (_len + need > _buf.Length) Grow(need);
        if (newFrame)
        {
            _frameStart = _len;
            _len += PickleOpcodes.FrameHeaderSize;
        }
        var span = _buf.AsSpan(_len, n);
        _len += n;
        return span;
    }

    private void Grow(int need)
    {
        long size = Math.Max((long)(_len + need) / 2 * 3, _len + need);
        if (size > Array.MaxLength) size = Math.Max(_len + need, Array.MaxLength);
        Array.Resize(ref _buf, (int)size);
    }

    public void WriteByte(byte b)
    {
        if (_len < _buf.Length && (!Framing || _frameStart >= 0)) _buf[_len++] = b;
        else Reserve(1)[0] = b;
    }

    public void Write(byte a, byte b)
    {
        var s = Reserve(2);
        s[0] = a;
        s[1] = b;
    }

    public void Write(ReadOnlySpan<byte> data) => data.CopyTo(Reserve(data.Length));

    /// <summary>An opcode followed by a 4-byte little-endian value.</summary>
    public void WriteOp32(byte op, uint value)
    {
        var s = Reserve(5);
        s[0] = op;
        BinaryPrimitives.WriteUInt32LittleEndian(s[1..], value);
    }

    /// <summary>An opcode followed by an 8-byte little-endian value.</summary>
    public void WriteOp64(byte op, ulong value)
    {
        var s = Reserve(9);
        s[0] = op;
        BinaryPrimitives.WriteUInt64LittleEndian(s[1..], value);
    }

    /// <summary>ASCII text (digits, names already checked to be ASCII).</summary>
    public void WriteAscii(ReadOnlySpan<char> text)
    {
        var s = Reserve(text.Length);
        for (int i = 0; i < text.Length; i++) s[i] = (byte)text[i];
    }

    /// <summary>_Pickler_CommitFrame: closes the open frame (header filled in, or dropped when the frame
    /// holds fewer than 4 bytes).</summary>
    public void CommitFrame()
    {
        if (!Framing || _frameStart < 0) return;
        int frameLen = _len - _frameStart - PickleOpcodes.FrameHeaderSize;
        if (frameLen >= PickleOpcodes.FrameSizeMin)
        {
            _buf[_frameStart] = PickleOpcodes.Frame;
            BinaryPrimitives.WriteUInt64LittleEndian(_buf.AsSpan(_frameStart + 1), (ulong)frameLen);
        }
        else
        {
            _buf.AsSpan(_frameStart + PickleOpcodes.FrameHeaderSize, frameLen).CopyTo(_buf.AsSpan(_frameStart));
            _len -= PickleOpcodes.FrameHeaderSize;
        }
        _frameStart = -1;
    }

    /// <summary>The bytes written (the frame committed first).</summary>
    public PyBytes ToBytes()
    {
        CommitFrame();
        return PyBytes.Create(_buf.AsSpan(0, _len));
    }
}
