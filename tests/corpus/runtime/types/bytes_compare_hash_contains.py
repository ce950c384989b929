# bytes vs bytearray vs memoryview comparisons, hashing, membership of ints and subsequences, ordering.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a, ba, mv = b'abc', bytearray(b'abc'), memoryview(b'abc')
print(a == ba, ba == mv, mv == a, a < bytearray(b'abd'), ba > b'ab', sorted([b'b', b'a', b'ab', b'']))
print(98 in a, b'bc' in ba, bytearray(b'ab') in a, memoryview(b'c') in a if False else 'skip', 300 in b'' if False else 'skip')
t('bytes in bytes via mv', lambda: memoryview(b'c') in a)
t('str in bytes', lambda: 'a' in a)
t('int out of range', lambda: 256 in a)
print(hash(a) == hash(bytes(ba)), {a: 1}.get(bytes(mv)))
