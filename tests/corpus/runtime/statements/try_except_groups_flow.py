# try/except with except* and plain except in nested functions: which handler runs, exception groups caught by plain except.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def plain_catch():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except ExceptionGroup as e:
        return 'plain except caught group with ' + repr(e.exceptions)
print(plain_catch())
def star_then_plain():
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
        except* ValueError:
            print('star handled ValueError')
    except ExceptionGroup as rest:
        return 'remaining ' + repr(rest.exceptions)
print(star_then_plain())
def star_no_match():
    try:
        try:
            raise TypeError('plain')
        except* ValueError:
            print('not here')
    except ExceptionGroup as e:
        return 'wrapped? ' + repr(e)
    except TypeError as e:
        return 'plain TypeError passes through: ' + repr(e)
print(star_no_match())
