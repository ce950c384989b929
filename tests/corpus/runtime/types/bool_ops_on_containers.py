# truth value of every builtin container and number type, and and/or returning operands.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, '', ' ', b'', b'\x00', [], [[]], (), ((),), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, ..., bytearray(), memoryview(b''), memoryview(b'x')]
print([bool(v) for v in vals])
print([v or 'F' for v in vals[:12]])
print([v and 'T' for v in vals[:12]])
print([not v for v in vals])
print(sum(1 for v in vals if v), len([v for v in vals if not v]))
