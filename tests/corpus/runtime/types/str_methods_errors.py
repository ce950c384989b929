# str methods called with wrong argument types and counts: the exact TypeError messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

calls = [
    ('split int', lambda: 'a b'.split(1)),
    ('split maxsplit str', lambda: 'a b'.split(' ', 'x')),
    ('join list of ints', lambda: ''.join([1, 2])),
    ('join non iterable', lambda: ''.join(5)),
    ('replace int', lambda: 'aaa'.replace(1, 'b')),
    ('replace count str', lambda: 'aaa'.replace('a', 'b', 'x')),
    ('startswith int', lambda: 'a'.startswith(1)),
    ('endswith list', lambda: 'a'.endswith(['a'])),
    ('find float start', lambda: 'abc'.find('a', 1.5)),
    ('center no args', lambda: 'a'.center()),
    ('center str width', lambda: 'a'.center('5')),
    ('zfill str', lambda: 'a'.zfill('3')),
    ('count none', lambda: 'abc'.count(None)),
    ('encode int', lambda: 'a'.encode(5)),
    ('format_map non mapping', lambda: '{a}'.format_map([])),
    ('expandtabs str', lambda: 'a'.expandtabs('4')),
    ('splitlines str', lambda: 'a'.splitlines('x')),
    ('upper arg', lambda: 'a'.upper(None)),
    ('strip two args', lambda: 'a'.strip('a', 'b')),
    ('index no args', lambda: 'a'.index()),
    ('ljust fill int', lambda: 'a'.ljust(3, 1)),
    ('partition none', lambda: 'a'.partition(None)),
    ('isdigit arg', lambda: 'a'.isdigit(1)),
    ('maketrans int', lambda: str.maketrans(1)),
    ('str.join unbound wrong', lambda: str.join(1, ['a'])),
    ('descriptor wrong type', lambda: str.__dict__['upper'](5)),
]
for label, fn in calls:
    t(label, fn)
