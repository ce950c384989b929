# format() with the builtin types that have their own __format__: int, float, complex, str, bool, None, and subclasses.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

specs = ['', '>6', '^6', '<6', '6']
for v in [5, 2.5, 1 + 2j, 'ab', True, None]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__)
    print(repr(v), row)
class I(int):
    pass
class S(str):
    pass
print(format(I(7), '03'), format(S('x'), '>3'), format(True, '>6'), format(False, '^7d'))
