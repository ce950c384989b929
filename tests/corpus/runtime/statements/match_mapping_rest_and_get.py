# match mapping patterns: key lookup uses get(), **rest copies remaining keys, duplicate keys error, non-constant keys via value patterns.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class K:
    A = 'a'
log = []
class LoggingDict(dict):
    def get(self, k, default=None):
        log.append(('get', k))
        return super().get(k, default)
def m(v):
    match v:
        case {K.A: 1, 'b': b, **rest}:
            return ('match', b, rest)
        case _:
            return 'no'
print(m({'a': 1, 'b': 2, 'c': 3, 'd': 4}), m({'a': 2, 'b': 1}), m({'a': 1}))
print(m(LoggingDict(a=1, b=5)), log)
t('duplicate key', lambda: exec("match {}:\n    case {'x': 1, 'x': 2}:\n        pass"))
