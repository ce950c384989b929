# issubclass and isinstance with deeply nested tuples and unions, and errors for non-class second arguments inside tuples.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(issubclass(bool, (str, (bytes, (int,)))), isinstance(1.5, (int, (str, float))), isinstance('s', ()), isinstance(None, type(None) | int))
t('issubclass bad nested', lambda: issubclass(int, (str, (1,))))
t('isinstance bad nested', lambda: isinstance(1, (str, ['x'])))
t('issubclass union', lambda: issubclass(bool, int | str))
t('issubclass first arg instance', lambda: issubclass(True, int))
