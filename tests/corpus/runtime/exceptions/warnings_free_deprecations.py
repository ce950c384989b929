# common exception attribute reads: name/obj on AttributeError and NameError, KeyError args, OSError errno mapping to subclasses.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    attr = 1
try:
    C().atr
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
try:
    {}['k']
except KeyError as e:
    print(e.args, str(e), repr(e))
for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3]:
    e = OSError(errno, 'msg')
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))
print(BlockingIOError(11, 'x', 5).characters_written)
