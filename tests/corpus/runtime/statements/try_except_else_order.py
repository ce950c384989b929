# try/except/else/finally ordering across many scenarios, with exceptions raised in else and in except.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def run(raise_in):
    log = []
    try:
        try:
            log.append('try')
            if raise_in == 'try':
                raise ValueError('t')
        except ValueError:
            log.append('except')
            if raise_in == 'except':
                raise KeyError('e')
        else:
            log.append('else')
            if raise_in == 'else':
                raise KeyError('el')
        finally:
            log.append('finally')
            if raise_in == 'finally':
                raise IndexError('f')
    except Exception as e:
        log.append('outer ' + type(e).__name__ + ' ctx=' + type(e.__context__).__name__)
    return log
for where in ['none', 'try', 'except', 'else', 'finally']:
    print(where, run(where))
