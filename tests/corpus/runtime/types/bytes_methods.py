# bytes methods: search, split/join, strip, case, replace, alignment, predicates, translate, decode.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

b = b'Hello, World! hello'
t('find', lambda: (b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'W'), b.count(b'l'), b.count(108)))
t('index missing', lambda: b.index(b'z'))
t('find str', lambda: b.find('o'))
t('split', lambda: (b'a,b,,c'.split(b','), b' a  b '.split(), b'a b c'.rsplit(None, 1), b'a\nb\r\nc'.splitlines(), b'x'.splitlines(True)))
t('partition', lambda: (b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'=')))
t('join', lambda: b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]))
t('join bad', lambda: b','.join([b'a', 'b']))
t('strip', lambda: (b'  x  '.strip(), b'xxyxx'.strip(b'x'), b'\t x'.lstrip(), b'x \n'.rstrip(), b'abc'.strip(b'ac')))
t('case', lambda: (b.lower(), b.upper(), b.swapcase(), b'hello world'.title(), b'hELLO'.capitalize(), b'\xe9A'.lower()))
t('replace', lambda: (b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'abc'.replace(b'', b'-')))
t('align', lambda: (b'ab'.center(6, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'-5'.zfill(4), b'a\tb'.expandtabs(4)))
t('align bad fill', lambda: b'a'.center(5, b'ab'))
t('predicates', lambda: [(x.isalnum(), x.isalpha(), x.isascii(), x.isdigit(), x.islower(), x.isupper(), x.isspace(), x.istitle())
                         for x in (b'abc', b'ABC', b'123', b' \t', b'', b'Ab Cd', b'\xe9')])
t('startswith', lambda: (b.startswith(b'Hell'), b.endswith((b'x', b'lo')), b.startswith(b'W', 7)))
t('startswith str', lambda: b.startswith('H'))
t('translate', lambda: b'abc'.translate(bytes.maketrans(b'abc', b'xyz')))
t('translate delete', lambda: b'abcabc'.translate(None, b'b'))
t('maketrans bad', lambda: bytes.maketrans(b'ab', b'c'))
t('decode', lambda: (b'caf\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), b'\xff'.decode('ascii', 'replace')))
t('removeprefix', lambda: (b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c')))
t('percent', lambda: b'%s %d %x %r %a %c %5.2f %b' % (b'x', 5, 255, b'r', 'é', 65, 1.5, bytearray(b'ba')))
t('percent str arg', lambda: b'%s' % 'x')
t('percent c bad', lambda: b'%c' % 256)
t('isdigit unicode', lambda: b'\xd9\xa3'.isdigit())
