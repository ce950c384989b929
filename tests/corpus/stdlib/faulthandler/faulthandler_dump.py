import faulthandler, sys, tempfile, re, os

print(sorted(dir(faulthandler)))
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())

def dump(all_threads):
    with tempfile.TemporaryFile('w+') as f:
        faulthandler.dump_traceback(f, all_threads=all_threads)
        f.seek(0)
        return re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', f.read())

def inner():
    return dump(False)
def outer():
    return inner()
print(outer(), end='')
print(dump(True), end='')
sys.stdout.flush()
faulthandler.dump_traceback(sys.stdout.fileno(), False)
for bad in [lambda: faulthandler.enable(file=1.5), lambda: faulthandler.dump_traceback_later(-1),
            lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.enable(sys.stdout, 1, 2),
            lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.dump_traceback(file='x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(faulthandler.cancel_dump_traceback_later())
print(faulthandler.unregister(10))
