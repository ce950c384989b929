# str.count and replace do not overlap matches; find of empty strings at every position; count with ranges.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'aaaa'
print(s.count('aa'), s.replace('aa', 'b'), s.find('aa', 1), s.rfind('aa'), 'ababab'.count('aba'), 'ababab'.replace('aba', 'X'))
print([s.find('', i) for i in range(-1, 7)], [s.rfind('', 0, i) for i in range(0, 6)])
print(['banana'.count('a', i, j) for i in range(0, 6, 2) for j in range(2, 7, 2)])
print('x'.join('abc').count('x'), ''.count('a'), 'abc'.count('abcd'))
