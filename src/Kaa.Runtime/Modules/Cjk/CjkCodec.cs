namespace Kaa.Runtime;

/// <summary>
/// One CJK codec (CPython's MultibyteCodec): its encoder and decoder step functions, which the
/// _multibytecodec machinery drives and whose error results it turns into the error handlers' calls.
/// <para>Encode and Decode return 0 when all input is consumed, a positive length for an illegal sequence
/// starting at the position they leave, <see cref="TooFew"/> for a sequence cut short by the end of the
/// input, or <see cref="Internal"/>.</para>
/// </summary>
internal abstract class CjkCodec(string name)
{
    public const int TooFew = -2, Internal = -3;

    public readonly string Name = name;

    public virtual void EncoderInit(ref CjkState state) { }

    /// <summary>Writes what returns the output to its initial state (ISO-2022, HZ).</summary>
    public virtual bool HasEncoderReset => false;
    public virtual int EncoderReset(ref CjkState state, CjkByteBuffer output) => 0;

    /// <summary>Encodes <paramref name="input"/>[<paramref name="inpos"/>..<paramref name="inlen"/>).
    /// <paramref name="flush"/>: no more input follows (a character that could start a pair is final).</summary>
    public abstract int Encode(ref CjkState state, PyStr input, ref int inpos, int inlen, CjkByteBuffer output, bool flush);

    public virtual void DecoderInit(ref CjkState state) { }
    public virtual void DecoderReset(ref CjkState state) { }

    public abstract int Decode(ref CjkState state, ReadOnlySpan<byte> input, ref int inpos, PyStrBuilder output);
}
