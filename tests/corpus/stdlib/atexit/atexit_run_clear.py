# atexit._run_exitfuncs and _clear, unregister by equality, callbacks registering callbacks.
import atexit

calls = []
class Eq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Eq)
    def __hash__(self):
        return 0
    def __call__(self):
        calls.append(self.n)

atexit.register(Eq(1))
atexit.register(Eq(2))
atexit.register(calls.append, "plain")
print(atexit._ncallbacks())
atexit.unregister(Eq(99))
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print(calls, atexit._ncallbacks())
atexit.register(calls.append, "cleared")
atexit._clear()
print(atexit._ncallbacks())
def late():
    print("late callback")
atexit.register(late)
