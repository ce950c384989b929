namespace Kaa.Runtime;

/// <summary>
/// <c>_tokenize</c> (Python/Python-tokenize.c): <c>TokenizerIter</c>, the C tokenizer's raw tokens, which
/// <c>tokenize._generate_tokens_from_c_tokenizer</c> reads. Here the tokenizer is Kaa.Syntax's, a port of
/// CPython's, so the tokens, positions and errors are the parser's own.
/// </summary>
internal static class TokenizeModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_tokenize");
        m.Set("TokenizerIter", PyTokenizerIter.IterType);
        return m;
    }
}
