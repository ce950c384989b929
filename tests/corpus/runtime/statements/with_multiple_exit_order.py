# with over several managers: enter in order, exit in reverse, an exception in one __enter__ exits the earlier ones only.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        if self.fail_enter:
            log.append('enter fails ' + self.name)
            raise RuntimeError('enter ' + self.name)
        log.append('enter ' + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s' % (self.name, et.__name__ if et else '-'))
        return self.suppress
with CM('a') as a, CM('b') as b, CM('c') as c:
    log.append('body')
print(log); log.clear()
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        log.append('body')
except RuntimeError as e:
    log.append('caught ' + str(e))
print(log); log.clear()
with CM('outer', suppress=True), CM('inner'):
    raise ValueError
print(log); log.clear()
with CM('outer'), CM('inner', suppress=True):
    raise ValueError
print(log); log.clear()
