# str: case methods (lower, upper, casefold, capitalize, title, swapcase) and is* predicates.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

samples = ['hello World', 'ÉCOLE ß', 'ǅungla', 'ﬁnance', "they're bill's", 'İstanbul', 'ΣΑΣ ΟΔΟΣ', 'a1b2_c', '', '123', '  ']
for s in samples:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.casefold()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
preds = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
         'isprintable', 'isspace', 'istitle', 'isupper']
for s in ['abc', 'ABC', 'Abc Def', 'abc123', '123', '½', '²', '\u0663', 'é', ' \t\n', '', '_x1', '1x', 'a b', '\x7f', 'Ⅻ', 'ǅ', 'Σσ']:
    print(repr(s), [getattr(s, p)() for p in preds])
