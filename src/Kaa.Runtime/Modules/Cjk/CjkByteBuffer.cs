namespace Kaa.Runtime;

/// <summary>The growing output of a multibyte encoder.</summary>
internal sealed class CjkByteBuffer
{
    private byte[] _data;
    private int _length;

    public CjkByteBuffer(int capacity) => _data = new byte[Math.Max(capacity, 16)];

    public int Length => _length;

    public void Add(byte b)
    {
        if (_length == _data.Length) Array.Resize(ref _data, _data.Length * 2);
        _data[_length++] = b;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes) Add(b);
    }

    public PyBytes ToBytes() => PyBytes.Create(_data.AsSpan(0, _length));
}
