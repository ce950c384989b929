# struct: every format character in every byte order, round trips, sizes and native alignment.
import struct

values = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535], 'i': [-2**31, 2**31 - 1],
          'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
          '?': [True, False, 5, [], 'x'], 'e': [1.5, -0.0, 65504.0, 6e-8, 1e-3, 0.1], 'f': [1.5, 0.1, -3e38],
          'd': [0.1, -1e308, 5e-324], 'c': [b'a', b'\xff'], 'n': [-5, 2**63 - 1], 'N': [0, 2**64 - 1], 'P': [0, 12345]}
for order in ['', '@', '=', '<', '>', '!']:
    for code, vals in values.items():
        if code in 'nNP' and order not in ('', '@'):
            continue
        fmt = order + code
        for v in vals:
            packed = struct.pack(fmt, v)
            print(repr(fmt), repr(v), packed, struct.unpack(fmt, packed), struct.calcsize(fmt))
for fmt in ['bhiq', '@bhiq', '=bhiq', 'cxhxi', 'b0i', 'ihd', '3s2x5p', '?xHe', 'qbq', 'bd', 'bP', 'bN', 'hl', '0s', '10x', '2i3h',
            ' i  h ', 'ie', 'bf']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('3s', b'abcdef'), struct.pack('6s', b'ab'), struct.pack('5p', b'abcdef'), struct.pack('3p', b''), struct.pack('2x3s', b'xy'))
print(struct.unpack('3s', b'abc'), struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.pack('s', bytearray(b'q')))
print(struct.pack('<e', float('nan')), struct.pack('>e', float('-inf')), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x7e'))
print(struct.pack('<e', 65519), struct.pack('<e', 2e-8), struct.pack('<e', 3e-8), struct.pack('<e', 2.0**-24 * 1.5), struct.pack('<e', 1 + 2**-11))
print(struct.pack('f', 1e300), struct.pack('i', True), struct.pack('n', -1), struct.pack('P', -1), struct.pack('<?', 2))
print(struct.unpack('<f', b'\x00\x00\xc0\x7f'), struct.unpack('>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x00'), struct.unpack('<q', b'\xff\xff\xff\xff\xff\xff\xff\xff'))
s = struct.Struct('<ihb')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x00\x00\x02\x00\x03'), struct.Struct(b'>Q').format)
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), s.unpack_from(buffer=buf, offset=-7))
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf, struct.unpack_from('>H', buf, -2), struct.unpack_from('<2H', memoryview(buf), 0) if 'memoryview' in dir(__builtins__) else '')
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(it.__length_hint__(), list(it), it.__length_hint__(), list(struct.iter_unpack('>I', b'\x00\x01\x02\x03\x04\x05\x06\x07')))
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('i', Idx()), struct.pack('d', Flt()), struct.pack('d', 3), struct.pack('e', Idx()), struct.pack('<Q', Idx()))
class MyStruct(struct.Struct):
    pass
ms = MyStruct('>h')
print(type(ms).__name__, ms.pack(258), ms.size, isinstance(ms, struct.Struct), struct.Struct.__module__)
print(struct._clearcache(), struct.calcsize('i'), sorted(n for n in dir(struct) if not n.startswith('__')))
