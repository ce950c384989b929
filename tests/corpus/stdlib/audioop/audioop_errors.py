# audioop: the deprecation warning on import, audioop.error, and each function's argument and value errors.
import sys
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import audioop
print([(str(w.message), w.category.__name__) for w in caught])
print(audioop.error, audioop.error.__mro__, issubclass(audioop.error, Exception))
print(audioop.max.__name__, audioop.max.__doc__)

calls = [
    "audioop.max(b'abc', 2)", "audioop.max(b'', 5)", "audioop.max(b'', 0)", "audioop.max('ab', 1)",
    "audioop.max(b'', 1.0)", "audioop.max(b'', 2**40)", "audioop.max(b'')", "audioop.max(b'', 1, 2)",
    "audioop.max(b'', width=1)", "audioop.max(fragment=b'', width=1)", "audioop.getsample(b'ab', 1, 2)",
    "audioop.getsample(b'ab', 1, -1)", "audioop.getsample(b'ab', 1, 2**70)", "audioop.getsample(b'ab', 1, '0')",
    "audioop.mul(b'ab', 1, 'x')", "audioop.mul(b'ab', 1, None)", "audioop.tomono(b'ab', 2, 1, 1)",
    "audioop.tomono(b'abc', 1, 1, 1)", "audioop.add(b'ab', b'a', 1)", "audioop.add(b'ab', 5, 1)",
    "audioop.bias(b'ab', 1, 2**32)", "audioop.lin2lin(b'ab', 1, 0)", "audioop.ulaw2lin(b'ab', 5)",
    "audioop.alaw2lin(b'ab', 2, 3)", "audioop.findfit(b'abc', b'ab')", "audioop.findfit(b'ab', b'abcd')",
    "audioop.findfactor(b'ab', b'abcd')", "audioop.findfactor(b'ab', b'abc')", "audioop.findmax(b'ab', 2)",
    "audioop.findmax(b'ab', -1)", "audioop.findmax(b'a', 0)",
    "audioop.lin2adpcm(b'ab', 1, 5)", "audioop.lin2adpcm(b'ab', 1, (0,))", "audioop.lin2adpcm(b'ab', 1, (0, 89))",
    "audioop.lin2adpcm(b'ab', 1, (0x8000, 0))", "audioop.lin2adpcm(b'ab', 1, (0, 2**31))",
    "audioop.adpcm2lin(b'ab', 1, [0, 0])", "audioop.adpcm2lin(b'ab', 1, (0, 1.5))", "audioop.adpcm2lin(b'ab', 1, (-0x8001, 0))",
    "audioop.ratecv(b'ab', 1, 1, 8000, 8000)", "audioop.ratecv(b'ab', 1, 1, 8000, 8000, None, 1, 0, 0)",
    "audioop.ratecv(b'ab', 1, 0, 8000, 8000, None)", "audioop.ratecv(b'ab', 2**20, 2**12, 8000, 8000, None)",
    "audioop.ratecv(b'ab', 1, 1, 8000, 8000, None, 0)", "audioop.ratecv(b'abc', 1, 2, 8000, 8000, None)",
    "audioop.ratecv(b'ab', 1, 1, 0, 8000, None)", "audioop.ratecv(b'ab', 1, 1, 8000, 8000, 5)",
    "audioop.ratecv(b'ab', 1, 1, 8000, 8000, (1,))", "audioop.ratecv(b'ab', 1, 1, 8000, 8000, (1, 2))",
    "audioop.ratecv(b'ab', 1, 1, 8000, 8000, (1, ((1, 2), (3, 4))))", "audioop.ratecv(b'ab', 1, 1, 8000, 8000, (1, (5,)))",
    "audioop.ratecv(b'ab', 1, 1, 8000, 8000, ('x', ((1, 2),)))", "audioop.ratecv(b'ab', 1, 1, 8000, 8000, (-2**31 - 1, ((1, 2),)))",
    "audioop.ratecv(b'\\0\\1' * 10, 2, 1, 1, 2**31 - 1, None)", "audioop.max(memoryview(b'abcd')[::2], 1)",
    "audioop.max(memoryview(b'abcdefgh').cast('B', (2, 4)), 2)",
]
for call in calls:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
