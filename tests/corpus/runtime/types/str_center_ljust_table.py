# str alignment methods over a table of widths and fill characters, including widths smaller than the string.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['', 'a', 'ab', 'abc', 'abcd']:
    print([s.center(w, '.') for w in range(0, 7)])
    print([s.ljust(w, '-') + '|' for w in range(0, 6)], [s.rjust(w, '0') for w in range(0, 6)])
