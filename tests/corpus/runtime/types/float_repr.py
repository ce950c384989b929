# float: repr/str use the shortest round-tripping digits; exponent switch points; special values.
values = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
          1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'),
          float('nan'), 100.0, 1.5e300 * 1.5e300, 3.141592653589793, 2.718281828459045, 9007199254740993.0,
          0.30000000000000004, 123.456, -1e-7, 1e100, 12345.678e-20]
for v in values:
    print(repr(v), str(v), v.__repr__())
print([0.1 * i for i in range(12)])
print(1e16 + 1, 2**53 + 1.0, 1.0 - 1e-16, 1 + 2**-52)
print(float(10**20), float(-10**15), float(2**63))
