# audioop: the functions that make fragments (mul, add, bias, reverse, byteswap, lin2lin, tomono,
# tostereo, ratecv) with their clipping and wrap-around, and the u-law, A-law and ADPCM codecs with state.
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    import audioop


def pack(width, values):
    return b''.join(v.to_bytes(width, 'little', signed=True) for v in values)


for width in (1, 2, 3, 4):
    lo, hi = -(1 << (8 * width - 1)), (1 << (8 * width - 1)) - 1
    data = pack(width, [0, 1, -1, hi, lo, hi // 3, lo // 7, 100])
    for factor in (0.0, 0.5, -1.0, 1.7, 1e300, -1e300, float('nan'), float('inf')):
        print(width, factor, audioop.mul(data, width, factor).hex())
    print(audioop.add(data, data, width).hex(), audioop.add(data, audioop.reverse(data, width), width).hex())
    for bias in (0, 1, -1, 2**31 - 1, -2**31, 300):
        print(bias, audioop.bias(data, width, bias).hex())
    print(audioop.reverse(data, width).hex(), audioop.byteswap(data, width).hex())
    print([audioop.lin2lin(data, width, w).hex() for w in (1, 2, 3, 4)])
    print(audioop.tomono(data, width, 0.5, 0.5).hex(), audioop.tomono(data, width, 1, -1).hex())
    print(audioop.tostereo(data, width, 1, 0).hex(), audioop.tostereo(data, width, -0.5, 2).hex())
    print(audioop.lin2ulaw(data, width).hex(), audioop.lin2alaw(data, width).hex())
    print(audioop.ulaw2lin(bytes(range(0, 256, 15)), width).hex(), audioop.alaw2lin(bytes(range(3, 256, 13)), width).hex())
    encoded, state = audioop.lin2adpcm(data, width, None)
    print(encoded.hex(), state, audioop.lin2adpcm(data, width, state))
    decoded, dstate = audioop.adpcm2lin(encoded, width, None)
    print(decoded.hex(), dstate, audioop.adpcm2lin(b'\x7f\x80\x08', width, (1000, 40)))

print(audioop.ulaw2lin(bytes(range(256)), 2) == b''.join(audioop.ulaw2lin(bytes([i]), 2) for i in range(256)))
print(audioop.lin2ulaw(audioop.ulaw2lin(bytes(range(256)), 2), 2) == bytes(range(256)))
print(audioop.lin2alaw(audioop.alaw2lin(bytes(range(256)), 2), 2) == bytes(range(256)))

tone = pack(2, [int(8000 * ((i * 7) % 23 - 11) / 11) for i in range(48)])
for nch in (1, 2):
    for inrate, outrate in ((8000, 16000), (16000, 8000), (44100, 22050), (8000, 11025), (3, 7)):
        for weights in ((), (1, 0), (3, 1)):
            state = None
            pieces = []
            for chunk in (tone[:16], tone[16:40], tone[40:]):
                out, state = audioop.ratecv(chunk, 2, nch, inrate, outrate, state, *weights)
                pieces.append(out.hex())
            print(nch, inrate, outrate, weights, pieces, state)
print(audioop.ratecv(b'', 1, 1, 8000, 8000, None), audioop.ratecv(pack(4, [2**31 - 1, -2**31]), 4, 1, 1, 3, None))
