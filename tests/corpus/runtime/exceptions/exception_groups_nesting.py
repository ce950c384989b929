# exception groups: deep nesting with split/subgroup preserving structure, derive returning different classes, custom subclass derive.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

tree = ExceptionGroup('root', [ValueError('v1'), ExceptionGroup('mid', [TypeError('t1'), ExceptionGroup('leaf', [ValueError('v2'), KeyError('k')])]), OSError('o')])
def show(eg, depth=0):
    if eg is None:
        print('  ' * depth + 'None')
        return
    if isinstance(eg, BaseExceptionGroup):
        print('  ' * depth + type(eg).__name__ + ': ' + eg.message)
        for sub in eg.exceptions:
            show(sub, depth + 1)
    else:
        print('  ' * depth + repr(eg))
show(tree.subgroup(ValueError))
m, r = tree.split(lambda e: isinstance(e, (KeyError, OSError)))
show(m)
show(r)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '*', excs)
mg = MyGroup('mine', [ValueError(1), TypeError(2)])
show(mg.subgroup(ValueError))
print(type(mg.split(TypeError)[1]).__name__)
class NoDerive(ExceptionGroup):
    pass
print(type(NoDerive('n', [ValueError()]).subgroup(ValueError)).__name__)
