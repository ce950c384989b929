namespace Kaa.Runtime;

/// <summary>
/// <c>_multibytecodec</c>: the incremental and stream codec classes the CJK encodings subclass, and
/// <c>__create_codec</c>, which in CPython turns a codec capsule into a MultibyteCodec (here getcodec makes
/// them directly, so it only rejects what it is given).
/// </summary>
internal static class MultibyteCodecModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_multibytecodec", null);
        m.Set("MultibyteIncrementalEncoder", MultibyteIncrementalEncoder.TypeObject);
        m.Set("MultibyteIncrementalDecoder", MultibyteIncrementalDecoder.TypeObject);
        m.Set("MultibyteStreamReader", MultibyteStreamReader.TypeObject);
        m.Set("MultibyteStreamWriter", MultibyteStreamWriter.TypeObject);
        m.AddFunction("__create_codec", static (ts, self, arg) => ts.ValueError("argument type invalid"));
        return m;
    }
}
