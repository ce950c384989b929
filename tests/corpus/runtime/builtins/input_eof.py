# input() with an empty stdin: prompt written to stdout, then EOFError.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('input', lambda: input('prompt> '))
t('input no prompt', lambda: input())
t('input args', lambda: input('a', 'b'))
print()
print('after')
