# assignment target evaluation order: right side first, then targets left to right, with subscripts and attributes that log.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class T:
    def __setattr__(self, n, v):
        log.append(('setattr', n, v))
        object.__setattr__(self, n, v)
class L(list):
    def __setitem__(self, i, v):
        log.append(('setitem', i, v))
        super().__setitem__(i, v)
def val(v):
    log.append(('value', v))
    return v
t_ = T()
l = L([0, 0])
t_.a, l[0], t_.b = val(1), val(2), val(3)
print(log)
log.clear()
t_.x = l[1] = val('chained')
print(log)
log.clear()
l[val(0)], l[val(1)] = val('p'), val('q')
print(log)
