# str.partition/rpartition/split with multi-character separators and repeated separators, outputs for edge positions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['a::b::c', '::a', 'a::', '::', 'abc', '', ':::']:
    print(repr(s), s.partition('::'), s.rpartition('::'), s.split('::'), s.rsplit('::', 1), s.split(':'), s.split('::', 0))
