# sys.exit inside nested calls and try/finally: finally blocks run, except Exception does not catch it; status 0 at the end.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def inner():
    try:
        sys.exit(0)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    except Exception:
        print('not caught by Exception')
    finally:
        print('outer finally')
try:
    outer()
except SystemExit as e:
    print('caught SystemExit', e.code)
print('continuing')
