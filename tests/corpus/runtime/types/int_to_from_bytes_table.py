# int.to_bytes/from_bytes round trips for many values, lengths and both byte orders, signed and unsigned.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

bad = 0
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63 - 1, -(2**63), 2**100]:
    for signed in (False, True):
        for order in ('big', 'little'):
            try:
                n = (v.bit_length() + 8) // 8
                b = v.to_bytes(n, order, signed=signed)
                back = int.from_bytes(b, order, signed=signed)
                print(v, signed, order, b.hex(), back == v)
            except OverflowError as e:
                print(v, signed, order, 'OverflowError', e)
print(int.from_bytes(b'\xff' * 9, 'little', signed=True), int.from_bytes(bytearray(b'\x80\x00'), 'big', signed=True))
