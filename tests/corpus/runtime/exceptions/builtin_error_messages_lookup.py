# exact messages of KeyError/IndexError/AttributeError/NameError/UnboundLocalError raised by builtins and the VM.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    pass
def unbound():
    print(local_var)
    local_var = 1
def free():
    def inner():
        return cell
    inner_result = inner()
    cell = 1
    return inner_result
cases = [
    ('dict key', lambda: {}['missing']), ('dict int key', lambda: {}[42]), ('dict tuple key', lambda: {}[(1, 2)]),
    ('list index', lambda: [][0]), ('tuple index', lambda: ()[0]), ('str index', lambda: ''[0]), ('range index', lambda: range(0)[0]),
    ('bytes index', lambda: b''[0]), ('list pop', lambda: [].pop()), ('list assign', lambda: [].__setitem__(0, 0)),
    ('deque-free pop index', lambda: [1].pop(5)), ('set remove', lambda: set().remove(1)), ('dict pop', lambda: {}.pop('k')),
    ('dict popitem', lambda: {}.popitem()), ('attr instance', lambda: C().nope), ('attr class', lambda: C.nope),
    ('attr int', lambda: (1).nope), ('attr module', lambda: __import__('sys').nope), ('attr none', lambda: None.nope),
    ('name', lambda: undefined_name), ('unbound local', unbound), ('free var', free), ('str index method', lambda: 'abc'.index('z')),
    ('list index method', lambda: [1].index(2)), ('tuple index method', lambda: (1,).index(2)),
]
for label, fn in cases:
    t(label, fn)
