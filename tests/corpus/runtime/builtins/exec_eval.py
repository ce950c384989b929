# exec() and eval(): globals/locals dicts, expressions vs statements, return values, builtins injection, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

g = {}
exec('x = 1\ny = x + 1\ndef f():\n    return y * 10', g)
print(sorted(k for k in g if k != '__builtins__'), g['f'](), '__builtins__' in g)
l = {}
exec('z = 5', {}, l)
print(l)
print(eval('1 + 2'), eval('x * 3', {'x': 7}), eval('a + b', {'a': 1}, {'b': 2}), eval(' 4 '), eval('[i for i in range(3)]'))
t('eval statement', lambda: eval('x = 1'))
t('eval syntax', lambda: eval('1 +'))
t('exec returns', lambda: exec('1'))
t('eval name error', lambda: eval('undefined_name'))
t('eval bytes', lambda: eval(b'2 * 3'))
t('eval code', lambda: eval(compile('4 * 5', '<e>', 'eval')))
t('exec code', lambda: exec(compile('r = 9', '<x>', 'exec'), g) or g['r'])
t('globals not dict', lambda: eval('1', []))
t('locals mapping', lambda: eval('k', {}, {'k': 'mapped'}))
class M:
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)
t('custom mapping', lambda: eval('magic', {}, M()))
t('custom mapping missing', lambda: eval('len', {}, M()))
t('no builtins', lambda: eval('len', {'__builtins__': {}}))
t('custom builtins', lambda: eval('len', {'__builtins__': {'len': 'mine'}}))
t('exec closure', lambda: exec('def h(): return q\nq = 3\nprint(h())', {}))
def scope():
    v = 1
    exec('v = 2')
    return v
t('exec no local effect', scope)
t('eval in function locals', lambda: (lambda w: eval('w + 1'))(10))
t('exec tuple', lambda: exec(('print(1)',)))
t('eval dict expr', lambda: eval('{"a": 1}'))
t('eval int', lambda: eval(5))
t('nested exec', lambda: exec("exec('print(\"inner\")')"))
