# str.startswith/endswith with tuples and ranges, strip families with unicode whitespace and explicit chars.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'prefix-body-suffix'
for args in [('prefix',), ('body', 7), ('body', 7, 11), (('x', 'pre'),), ('',), ('prefix', -100), ('suffix', 0, -1), (('a', 'b', 'p'), 0, 1)]:
    print(args, s.startswith(*args), s.endswith(*args))
ws = '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000'
print(len(ws), len(ws.strip()), len(('x' + ws).rstrip()), len((ws + 'x').lstrip()), ws.isspace(), '\u200b'.isspace())
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), '  hi  '.lstrip(' h'), 'hi\n'.rstrip('\n'), '...'.strip('.'), 'a'.strip(''))
