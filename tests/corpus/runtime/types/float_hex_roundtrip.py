# float.hex/float.fromhex round trips for many values, subnormals, rounding of long hex mantissas.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [1.0, 0.1, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, 3.141592653589793, 1 / 3, 2 ** -1022, 2 ** -1074, 123456789.125]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v)
for s in ['0x1.fffffffffffff8p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x0.0000000000001p-1022', '0x1p-1076', '0x3p-1076', '-0x0p0', '0x1.8', '0x.1p4', '1.5', '0x1e3']:
    print(s, repr(float.fromhex(s)))
