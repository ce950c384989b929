# format(): default spec, __format__ dispatch, object.__format__ rejecting non-empty specs, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('default', lambda: [format(x) for x in (1, 1.5, 'a', None, [1], (2,), True)])
t('specs', lambda: (format(5, '03'), format('ab', '^6'), format(2.5, '.3e'), format(True, 'd'), format(1j, '')))
class F:
    def __format__(self, spec):
        return 'F:' + spec
class Bad:
    def __format__(self, spec):
        return 5
class Plain:
    pass
t('custom', lambda: (format(F()), format(F(), 'x'), '{:abc}'.format(F())))
t('bad return', lambda: format(Bad()))
plain = Plain()  # one object: two temporaries may or may not share an address
t('object empty', lambda: format(plain, '') == str(plain))
t('object spec', lambda: format(Plain(), 'x'))
t('spec type', lambda: format(1, 2))
t('list spec', lambda: format([1], 'x'))
t('none spec', lambda: format(None, '5'))
