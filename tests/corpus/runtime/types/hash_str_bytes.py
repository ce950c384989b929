# hash() of str and bytes under PYTHONHASHSEED=0 (siphash13), equal for equal latin-1 content, and the empty string.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

words = ['', 'a', 'b', 'ab', 'abc', 'hello', 'hello world', 'x' * 7, 'x' * 8, 'x' * 9, 'x' * 100, 'é', 'café', '中文', '\U0001f600', 'a\x00b', 'key1', 'key2']
for w in words:
    print(repr(w), hash(w))
for b in [b'', b'a', b'ab', b'abc', b'hello', b'\x00', b'\xff' * 10, bytes(range(32))]:
    print(repr(b), hash(b), hash(b) == hash(b.decode('latin-1')))
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(bytes(bytearray(b'q'))) == hash(b'q'))
class S(str):
    pass
print(hash(S('abc')) == hash('abc'))
