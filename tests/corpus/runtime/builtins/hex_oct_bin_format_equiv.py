# bin/oct/hex against format() with # and the int() parsing back.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [0, 1, -1, 10, -10, 255, 2**33, -(2**65) + 3]:
    print(v, bin(v) == format(v, '#b'), oct(v) == format(v, '#o'), hex(v) == format(v, '#x'), int(bin(v), 0) == v, int(oct(v), 0) == v, int(hex(v), 16) == v)
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), format(255, '08b'), f'{255:#010x}')
