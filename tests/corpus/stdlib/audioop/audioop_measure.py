# audioop: the measuring functions (max, minmax, avg, rms, avgpp, maxpp, cross, getsample, findfit,
# findfactor, findmax) over every width, the extremes of each width, and every bytes-like type.
import array
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    import audioop


def pack(width, values):
    return b''.join(v.to_bytes(width, 'little', signed=True) for v in values)


for width in (1, 2, 3, 4):
    lo, hi = -(1 << (8 * width - 1)), (1 << (8 * width - 1)) - 1
    wave = [0, 1, hi, hi // 2, -5, lo, lo + 1, 3, -hi // 3, 0, 2, -1, hi, lo]
    data = pack(width, wave)
    print(width, audioop.max(data, width), audioop.minmax(data, width), audioop.avg(data, width), audioop.rms(data, width))
    print(audioop.avgpp(data, width), audioop.maxpp(data, width), audioop.cross(data, width))
    print([audioop.getsample(data, width, i) for i in range(len(wave))])
    print(audioop.max(b'', width), audioop.minmax(b'', width), audioop.avg(b'', width), audioop.rms(b'', width),
          audioop.avgpp(b'', width), audioop.maxpp(data[:width], width), audioop.cross(b'', width))
    print(audioop.max(pack(width, [lo]), width), audioop.avg(pack(width, [lo, lo, hi]), width), audioop.rms(pack(width, [lo, hi]), width))

ramp = pack(2, [(i * 137) % 2001 - 1000 for i in range(64)])
for kind in (bytes, bytearray, memoryview):
    print(kind.__name__, audioop.max(kind(ramp), 2), audioop.rms(kind(ramp), 2), audioop.cross(kind(ramp), 2))
print(audioop.minmax(array.array('h', [5, -300, 20000]), 2), audioop.max(array.array('i', [-2**31]), 4))

reference = ramp[20:36]
print(audioop.findfit(ramp, reference), audioop.findfit(ramp, ramp))
print(audioop.findfactor(ramp, ramp), audioop.findfactor(ramp, audioop.mul(ramp, 2, 0.5)))
print(audioop.findmax(ramp, 1), audioop.findmax(ramp, 10), audioop.findmax(ramp, 0), audioop.findmax(ramp, 64))
print(audioop.findfactor(b'\0\0', b'\0\0'), audioop.findfit(b'\0\0\0\0', b'\0\0'))
