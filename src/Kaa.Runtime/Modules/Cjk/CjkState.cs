namespace Kaa.Runtime;

/// <summary>
/// The 8 bytes of state a stateful codec keeps between calls (CPython's MultibyteCodec_State): getstate()
/// and setstate() expose them little-endian, so each codec gives each byte a fixed meaning.
/// </summary>
internal struct CjkState
{
    public ulong Bits;

    public byte this[int index]
    {
        readonly get => (byte)(Bits >> (8 * index));
        set => Bits = Bits & ~(0xFFUL << (8 * index)) | (ulong)value << (8 * index);
    }
}
