# atexit: callbacks run last-first at exit with their arguments; failures are reported and the others still run.
import atexit
import sys

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def fail():
    raise ValueError("boom")

def exit_in_callback():
    raise SystemExit(3)

print(atexit.register(show, 1, key="v") is show)
atexit.register(fail)
atexit.register(exit_in_callback)
atexit.register(show, 2)
atexit.register(show, 3)
atexit.unregister(show)
atexit.register(show, 4)
print(atexit._ncallbacks())
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
atexit.register(sys.stdout.flush)
print("end of program")
