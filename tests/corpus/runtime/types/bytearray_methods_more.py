# bytearray-only methods and behaviours: pop with index, remove, insert negative, extend from iterables of ints, slice deletion growth.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

b = bytearray(b'abcdef')
print(b.pop(2), b.pop(-1), b)
b.insert(-1, ord('X'))
b.insert(0, ord('<'))
b.remove(ord('a'))
print(b)
b.extend(range(48, 51))
b.extend(iter([33]))
b.extend(bytearray(b'??'))
print(b)
b[2:4] = b'LONGER-SLICE'
print(b, len(b))
del b[::3]
print(b)
b[:] = b''
print(b, len(b))
t('extend strs', lambda: bytearray().extend(['a']))
t('extend str', lambda: bytearray().extend('ab'))
t('insert big', lambda: bytearray().insert(0, 300))
t('pop index error', lambda: bytearray(b'a').pop(5))
t('setitem slice ints', lambda: (lambda x: (x.__setitem__(slice(0, 1), [120, 121]), x)[1])(bytearray(b'ab')))
