# str.split() with no separator: runs of whitespace, leading/trailing, maxsplit interplay, unicode spaces; rsplit mirror.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['  a  b  c  ', 'a\tb\nc\rd\x0be\x0cf', '', '   ', 'one', ' lead', 'trail ', 'a\u3000b\u2002c', 'x\x1cy\x1dz\x1ew\x1fv']:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
