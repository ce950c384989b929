# str with unicode: len/upper/lower of special cases, isprintable on categories, repr of non-printables, ord ranges.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

samples = ['\u0130', '\u0131', '\u03a3', '\u1e9e', '\u2126', '\u212a', '\u00b5', '\u01c5', '\u1f88', '\ufb03', '\u0345', '\u00df']
for s in samples:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()), ascii(s.title()), s.isupper(), s.islower(), s.istitle())
for cp in [0x0, 0x7f, 0x85, 0xa0, 0xad, 0x300, 0x200b, 0x2028, 0xe000, 0xfeff, 0xfffd, 0x1f600, 0xe0001, 0x10ffff]:
    c = chr(cp)
    print(hex(cp), c.isprintable(), c.isspace(), c.isalpha(), ascii(repr(c)))
