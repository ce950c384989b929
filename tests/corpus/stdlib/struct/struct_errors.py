# struct: every error path with CPython's exception type and message.
import struct

tests = [
    'struct.pack("b", 200)', 'struct.pack("B", -1)', 'struct.pack("h", 70000)', 'struct.pack("<h", 70000)', 'struct.pack(">h", 70000)',
    'struct.pack("H", -1)', 'struct.pack(">H", -1)', 'struct.pack(">H", 65536)', 'struct.pack("i", 2**40)', 'struct.pack("<i", 2**40)',
    'struct.pack(">i", 2**40)', 'struct.pack("I", -1)', 'struct.pack("I", 2**32)', 'struct.pack(">I", 2**32)', 'struct.pack("<L", 2**32)',
    'struct.pack("<l", 2**31)', 'struct.pack(">l", -2**31 - 1)', 'struct.pack("l", 2**63)', 'struct.pack("L", -1)', 'struct.pack("q", 2**64)',
    'struct.pack("Q", -1)', 'struct.pack("<Q", -1)', 'struct.pack("<q", 2**63)', 'struct.pack(">q", 2**63)', 'struct.pack(">Q", -1)',
    'struct.pack(">Q", 2**64)', 'struct.pack("n", 2**63)', 'struct.pack("N", -1)', 'struct.pack("P", 2**64)', 'struct.pack("P", -2**63 - 1)',
    'struct.pack("i", 2**100)', 'struct.pack("i", 1.5)', 'struct.pack("i", "a")', 'struct.pack("i", None)', 'struct.pack("d", "a")',
    'struct.pack("f", None)', 'struct.pack("e", "x")', 'struct.pack("d", 10**400)', 'struct.pack("e", 10**400)', 'struct.pack("e", 1e10)',
    'struct.pack("<e", 65520.0)', 'struct.pack("e", 10**6)', 'struct.pack("<f", 1e300)', 'struct.pack(">f", 10**300)', 'struct.pack("c", 1)',
    'struct.pack("c", b"ab")', 'struct.pack("c", bytearray(b"q"))', 'struct.pack("s", 1)', 'struct.pack("p", "x")', 'struct.pack("i")',
    'struct.pack("i", 1, 2)', 'struct.pack("3i", 1, 2)', 'struct.pack("x", 1)', 'struct.pack("z", 1)', 'struct.calcsize("5")',
    'struct.calcsize("<n")', 'struct.calcsize(">P")', 'struct.calcsize("=N")', 'struct.calcsize(5)', 'struct.calcsize("999999999999999999999i")',
    'struct.calcsize("9223372036854775807q")', 'struct.calcsize("ii\\0")', 'struct.calcsize("é")', 'struct.pack()', 'struct.unpack("i")',
    'struct.unpack("i", b"abc")', 'struct.unpack("<i", b"abcde")', 'struct.unpack("i", "abcd")', 'struct.unpack("i", 5)',
    'struct.pack_into("i", bytearray(2), 0, 1)', 'struct.pack_into("i", bytearray(8), 6, 1)', 'struct.pack_into("i", bytearray(8), -2, 1)',
    'struct.pack_into("i", bytearray(8), -10, 1)', 'struct.pack_into("i", b"1234", 0, 1)', 'struct.pack_into("i", 5, 0, 1)',
    'struct.pack_into("i")', 'struct.pack_into("i", bytearray(4))', 'struct.pack_into("i", bytearray(4), 0)', 'struct.pack_into("i", bytearray(4), "a", 1)',
    'struct.unpack_from("i", b"abcdef", 4)', 'struct.unpack_from("i", b"abcdef", -10)', 'struct.unpack_from("i", b"abcdef", -2)',
    'struct.unpack_from("i")', 'struct.unpack_from("i", b"abcd", offset=1)', 'struct.unpack_from("i", b"abcd", 1.5)',
    'struct.iter_unpack("i", b"abcde")', 'struct.iter_unpack("", b"")', 'struct.iter_unpack("i", 5)', 'struct.Struct()', 'struct.Struct(1)',
    'struct.Struct("i", "j")', 'struct.Struct(format="i").size', 'struct.Struct("i").pack_into()', 'struct.Struct("i").pack(x=1)',
    'struct.Struct("i").unpack_from(b"1234", -1)', 'struct.Struct("i").unpack_from(buffer=b"1234")', 'struct.pack("i", x=1)',
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
try:
    struct.pack('b', 300)
except struct.error as e:
    print(type(e), type(e).__mro__, e.args)
