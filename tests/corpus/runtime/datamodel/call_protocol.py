# callable instances and classes: __call__ on the type only, calling types, __call__ defined via metaclass, call with *args/**kwargs forwarding.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Fn:
    def __call__(self, *a, **k):
        return ('Fn called', a, sorted(k.items()))
f = Fn()
print(f(), f(1, 2, x=3), f(*[1], **{'y': 2}))
f.__call__ = lambda: 'instance attribute ignored'
print(f())
class Meta(type):
    def __call__(cls, *a):
        return ('meta intercepts', cls.__name__, a)
class K(metaclass=Meta):
    pass
print(K(1, 2))
def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(1, k=2))
t('call int', lambda: (lambda v: v())(5))
t('call str', lambda: (lambda v: v())('x'))
t('call None via var', lambda: (lambda n: n())(None))
class CallRaises:
    def __call__(self):
        raise LookupError('inside call')
t('call raises', lambda: CallRaises()())
