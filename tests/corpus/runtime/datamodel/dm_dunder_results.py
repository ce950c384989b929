def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, '!', type(e).__name__, e)
class Bad:
    def __repr__(self): return 1
    def __str__(self): return 2
    def __hash__(self): return 'x'
    def __bool__(self): return 1
    def __len__(self): return -1
    def __index__(self): return 'i'
    def __int__(self): return 'n'
    def __float__(self): return 'f'
    def __iter__(self): return 5
    def __init__(self): return 5
t('init', lambda: Bad())
b = object.__new__(Bad)
t('repr', lambda: repr(b))
t('str', lambda: str(b))
t('hash', lambda: hash(b))
t('bool', lambda: bool(b))
t('len', lambda: len(b))
t('iter', lambda: iter(b))
class Big:
    def __hash__(self): return 2**70
    def __len__(self): return 2**70
t('bighash', lambda: hash(Big()))
t('biglen', lambda: len(Big()))
class Cmp:
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return NotImplemented
t('eq', lambda: Cmp() == 1)
t('ne', lambda: Cmp() != 1)
t('lt', lambda: Cmp() < 1)
t('gt', lambda: 1 > Cmp())
class GA:
    def __getattribute__(self, n):
        if n == 'x': return 'X'
        raise AttributeError('nope ' + n)
    def __getattr__(self, n): return 'fallback ' + n
t('ga', lambda: (GA().x, GA().y))
class SA:
    def __setattr__(self, n, v): print('setattr', n, v); object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print('delattr', n)
s = SA(); s.a = 2; del s.a
t('sa', lambda: s.a)
class D:
    def __get__(self, i, o): return ('get', i is None, o.__name__)
    def __set__(self, i, v): print('set', v)
    def __delete__(self, i): print('delete')
class H:
    d = D()
h = H()
t('dget', lambda: (H.d, h.d))
h.d = 5; del h.d
t('dget wrapper', lambda: D.__get__(D(), None, H))
class CallMe:
    def __call__(self, *a): return a
t('call', lambda: CallMe()(1, 2))
t('callable', lambda: (callable(CallMe()), callable(H())))
class WithDel:
    def __del__(self): pass
t('del', lambda: WithDel().__del__())
class Cont:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)
t('iter via getitem', lambda: list(Cont()))
t('in via getitem', lambda: 2 in Cont())
