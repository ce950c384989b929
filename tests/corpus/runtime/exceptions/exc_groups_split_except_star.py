# Exception groups: constructor rules, split/subgroup/derive, notes copied, except* matching, raising and re-raising inside except*.
def show(e, indent=0):
    pad = '..' if indent else ''
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions: show(x, indent + 2)
    else:
        print(pad + repr(e))

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        print('caught V'); show(e)
    except* TypeError as e:
        print('caught T'); show(e)
except BaseException as e:
    print('outer'); show(e)

try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked'); show(e)

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError('new')
except BaseException as e:
    print('raised in handler'); show(e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except BaseException as e:
    print('reraise'); show(e)

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

eg = ExceptionGroup('x', [ValueError(1), ExceptionGroup('y', [TypeError(2), ValueError(3)])])
eg.add_note('note1')
m, r = eg.split(ValueError)
show(m); show(r)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(lambda e: True) is eg)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
me = MyEG('me', [ValueError(1), TypeError(2)])
print(me.split(ValueError))
def t(f):
    try: r = f(); print(repr(r), str(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: ExceptionGroup('x'))
t(lambda: ExceptionGroup(1, []))
t(lambda: ExceptionGroup('x', {1}))
t(lambda: ExceptionGroup('x', []))
t(lambda: ExceptionGroup('x', [1]))
t(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('x', [ValueError()]))
t(lambda: BaseExceptionGroup('x', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup('x', [ValueError()], y=1))
t(lambda: ExceptionGroup('x', (ValueError(),)).args)
eg = ExceptionGroup('x', [ValueError(1), TypeError(2)])
t(lambda: eg.split())
t(lambda: eg.split(1))
t(lambda: eg.split(ValueError, x=1))
t(lambda: eg.subgroup())
t(lambda: eg.derive())
t(lambda: eg.derive(1,2))
t(lambda: eg.split(ValueError))
t(lambda: eg.split(lambda e: True))
t(lambda: eg.split(len))
class MyEG(ExceptionGroup): pass
t(lambda: MyEG('m', [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup): pass
t(lambda: MyBEG('m', [ValueError()]))
try: eg.message = 1
except AttributeError as e: print(e)
