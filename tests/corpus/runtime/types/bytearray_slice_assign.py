# bytearray: slice assignment and deletion (linear and extended, self-aliasing), export-blocked resizes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = bytearray(b'abcdefghij'); del x[2:5]; print(x, x.__alloc__()); del x[::2]; print(x, x.__alloc__())
x = bytearray(b'abcdefghij'); x[::2] = b''; print(x)
x = bytearray(b'abcdefghij'); x[8:2:-2] = b'XYZ'; print(x); x[5:2] = b'123'; print(x)
x = bytearray(b'abc'); x[1:1] = x; print(x); x[:] = [1,2,3]; print(x); x[0:0] = range(3); print(x)
x.append(1); print(x)
t('alias mv', lambda: (lambda y: (y.extend(memoryview(y)), y))(bytearray(b'ab')))
