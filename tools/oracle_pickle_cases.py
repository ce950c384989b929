"""The pickle corpus: pickles a wide range of objects with the C pickler (_pickle) at every protocol and
prints, one line per case, the pickle's bytes in hex, what loads() gives back, and the messages of the
errors pickling and unpickling raise.

It runs on the oracle (/usr/bin/python3.11 tools/oracle_pickle_cases.py) and on Kaa; PickleCorpusTests
(tests/Kaa.Runtime.Tests/Modules/Pickle) runs it on both and requires every line to be equal: Kaa's
_pickle must write CPython's bytes (same opcodes, memoization and framing) and read them back alike.
Sets hold only numbers and tuples so that their order does not depend on string hashing.
"""
import collections
import copyreg
import io
import pickle
import re
import sys

import _pickle


class Plain:
    def __init__(self, a=1, b='two'):
        self.a = a
        self.b = b

    def __repr__(self):
        return f'Plain({self.__dict__!r})'


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x=1, y=2):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Slotted({getattr(self, "x", None)!r}, {getattr(self, "y", None)!r})'


class WithState:
    def __init__(self):
        self.value = [1, 2]

    def __getstate__(self):
        return {'v': self.value}

    def __setstate__(self, state):
        self.value = state['v']

    def __repr__(self):
        return f'WithState({self.value!r})'


class NewArgs(int):
    def __new__(cls, value, tag='t'):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)

    def __repr__(self):
        return f'NewArgs({int(self)}, {self.tag!r})'


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args, self.kwargs = args, kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs

    def __repr__(self):
        return f'NewArgsEx({self.args!r}, {self.kwargs!r})'


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,), None, iter([1, 2]) if False else None)

    def __repr__(self):
        return f'Reduced({self.n})'


class ListLike(list):
    pass


class DictLike(dict):
    pass


class Outer:
    class Inner:
        def __repr__(self):
            return 'Outer.Inner()'


def module_function():
    return 1


Point = collections.namedtuple('Point', 'x y')


class Registered:
    def __repr__(self):
        return 'Registered()'


copyreg.add_extension(__name__, 'Registered', 240)


def show(value):
    try:
        return re.sub(r' at 0x[0-9a-f]+', ' at ADDRESS', repr(value))
    except Exception as e:
        return f'<repr failed: {type(e).__name__}>'


def case(name, obj, protocols=range(6), **options):
    for proto in protocols:
        try:
            data = _pickle.dumps(obj, proto, **options)
        except Exception as e:
            print(name, proto, 'dumps', type(e).__name__, e)
            continue
        try:
            back = show(_pickle.loads(data))
        except Exception as e:
            back = f'loads {type(e).__name__}: {e}'
        print(name, proto, data.hex(), back[:200])


def load_case(name, data, **options):
    try:
        print(name, 'loads', show(_pickle.loads(data, **options)))
    except Exception as e:
        print(name, 'loads', type(e).__name__, e)


def numbers():
    for v in [0, 1, -1, 127, 128, 255, 256, 65535, 65536, -65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
              2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**100, -2**100, 2**2100 + 12345,
              -(2**2100), -128, -129, -32768, -32769, 2**15, 2**23, -(2**23) - 1]:
        case(f'int{v if abs(v) < 2**70 else "big"}', v)
    for f in [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 5e-324, float('inf'), float('-inf'), float('nan'), 0.1, 1e16, 123456789.125]:
        case(f'float{f!r}', f)
    case('complex', 3 - 4j)
    case('bools', [True, False, True])
    case('none', None)


def strings():
    case('str-empty', '')
    case('str-ascii', 'hello world')
    case('str-latin1', 'caf\xe9 \xff')
    case('str-bmp', '\u20ac \u4e2d\u6587')
    case('str-astral', 'snake \U0001f40d!')
    case('str-surrogate', 'a\ud800b\udfff')
    case('str-astral-surrogate', '\ud800\U0001d121')
    case('str-escapes', 'back\\slash\nnew\rline\x00nul\x1a')
    case('str-255', 'x' * 255)
    case('str-256', 'y' * 256)
    case('str-long', 'abc' * 30000)
    s = 'shared' + str(len(sys.argv))
    case('str-shared', [s, s, (s, s)])
    case('bytes-empty', b'')
    case('bytes-small', b'\x00\x01abc\xff')
    case('bytes-255', bytes(range(255)))
    case('bytes-256', bytes(256))
    case('bytes-long', b'\x07' * 70000)
    b = b'shared-bytes'
    case('bytes-shared', (b, b))
    case('bytearray', bytearray(b'hello'))
    case('bytearray-empty', bytearray())
    case('bytearray-long', bytearray(b'z' * 70000))


def containers():
    n = len(sys.argv)  # tuples built at run time: constant tuples' sharing is the compiler's business
    case('tuples', [(), (n,), (n, 2), (n, 2, 3), (n, 2, 3, 4), ((n,), ((2, n),))])
    case('list-empty', [])
    case('list-one', [1])
    case('list-1000', list(range(1000)))
    case('list-1001', list(range(1001)))
    case('list-2500', list(range(2500)))
    case('dict-empty', {})
    case('dict-one', {'a': 1})
    case('dict-str', {'a': 1, 'b': [2, 3], 'c': {'d': None}})
    case('dict-1001', {i: -i for i in range(1001)})
    case('set-empty', set())
    case('set', {1, 2, 3, (4, 5)})
    case('set-1500', set(range(1500)))
    case('frozenset', frozenset({1, 2, 3}))
    case('frozenset-empty', frozenset())
    case('nested-sets', [frozenset({frozenset({1}), 2}), {frozenset()}])
    shared = [1, 2]
    case('shared-list', [shared, shared, {'k': shared}])
    rec = [1]
    rec.append(rec)
    case('recursive-list', rec)
    d = {}
    d['self'] = d
    case('recursive-dict', d)
    t_list = []
    t = (t_list, 5)
    t_list.append(t)
    case('recursive-tuple', t)
    t4_list = []
    t4 = (t4_list, 1, 2, 3, 4)
    t4_list.append(t4)
    case('recursive-tuple4', t4)
    fs_holder = Plain()
    fs = frozenset({1, 2})
    case('frozenset-shared', [fs, fs])
    case('mixed', [{'id': i, 'name': 'n%d' % i, 'score': i * 1.5, 'tags': ['a', 'b'], 'ok': i % 2 == 0} for i in range(50)])
    case('big-mixed', [list(range(200)), 'q' * 40000, {i: str(i) for i in range(300)}, b'b' * 30000])
    case('list-subclass', ListLike([1, 2, 3]))
    case('dict-subclass', DictLike(a=1, b=2))
    case('ordereddict', collections.OrderedDict([('x', 1), ('y', 2)]))
    case('defaultdict', collections.defaultdict(list, {'k': [1]}))
    case('deque', collections.deque([1, 2, 3], maxlen=5))
    case('namedtuple', Point(1, 2))
    case('range', range(1, 10, 2))
    case('slice', slice(1, None, 3))


def objects():
    case('plain', Plain())
    case('plain-nested', Plain(Plain(3), [Plain()]))
    case('slotted', Slotted())
    sl = Slotted()
    del sl.y
    case('slotted-partial', sl)
    case('getstate', WithState())
    case('newargs', NewArgs(7, 'seven'))
    case('newargs-ex', NewArgsEx(1, 2, key='v'))
    case('reduced', Reduced(5))
    case('classes', [int, str, Plain, type(None), type(Ellipsis), type(NotImplemented), Outer.Inner, Outer])
    case('inner-instance', Outer.Inner())
    case('functions', [module_function, len, sorted, pickle.dumps, collections.namedtuple])
    case('singletons', [None, Ellipsis, NotImplemented, True, False])
    case('registered', [Registered, Registered()])
    case('fix-imports', [range, collections.UserDict, io.StringIO, ValueError])
    case('no-fix-imports', [range, collections.UserDict], protocols=[0, 2], fix_imports=False)
    case('exception', ValueError('boom', 3))
    case('type-of-type', type)


def errors():
    case('lambda', lambda: 0)

    def local():
        pass
    case('local-function', local)

    class Local:
        pass
    case('local-class', Local)
    case('module', sys)
    case('generator', (i for i in range(2)))

    class BadReduce:
        def __init__(self, value):
            self.value = value

        def __reduce__(self):
            return self.value
    for value in [42, (), (1,), (len,), (len, 5), (len, (), None, 5), (len, (), None, None, 5),
                  (len, (), None, None, None, 5), (len, (), 1, 2, 3, 4, 5)]:
        case(f'bad-reduce-{value!r}', BadReduce(value), protocols=[2])
    case('protocol-6', 1, protocols=[6])


def hooks():
    class PersistentPickler(_pickle.Pickler):
        def persistent_id(self, obj):
            if isinstance(obj, str) and obj.startswith('ext:'):
                return obj[4:]
            return None

    class PersistentUnpickler(_pickle.Unpickler):
        def persistent_load(self, pid):
            return f'loaded:{pid}'

    for proto in range(6):
        f = io.BytesIO()
        PersistentPickler(f, proto).dump(['ext:one', 'plain', ('ext:two', 3)])
        data = f.getvalue()
        print('persistent', proto, data.hex(), PersistentUnpickler(io.BytesIO(data)).load())

    class OverridePickler(_pickle.Pickler):
        def reducer_override(self, obj):
            if obj is Plain:
                return (str, ('plain-class',))
            if isinstance(obj, float):
                return (float, ('7.5',))
            return NotImplemented

    for proto in range(6):
        f = io.BytesIO()
        OverridePickler(f, proto).dump([Plain, 1.0, Plain()])
        print('reducer-override', proto, f.getvalue().hex())

    for proto in range(6):
        f = io.BytesIO()
        p = _pickle.Pickler(f, proto)
        p.dispatch_table = {Plain: lambda obj: (Plain, (obj.a * 10,))}
        p.dump(Plain(4))
        print('dispatch-table', proto, f.getvalue().hex(), _pickle.loads(f.getvalue()))

    buffers = []
    data = _pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'def'))], 5,
                         buffer_callback=buffers.append)
    print('oob', data.hex(), len(buffers), show(_pickle.loads(data, buffers=buffers)))
    print('inband', _pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'def'))], 5).hex())

    f = io.BytesIO()
    p = _pickle.Pickler(f, 2)
    p.dump('memo-me')
    p.dump('memo-me')
    p.clear_memo()
    p.dump('memo-me')
    print('pickler-reuse', f.getvalue().hex())

    f = io.BytesIO()
    p = _pickle.Pickler(f, 1)
    p.fast = 1
    shared = [1]
    p.dump([shared, shared])
    print('fast-mode', f.getvalue().hex())

    f = io.BytesIO()
    for obj in [1, 'two', [3]]:
        _pickle.dump(obj, f, 4)
    f.seek(0)
    print('multi-load', [_pickle.load(f) for _ in range(3)], f.read())


def loading():
    load_case('empty', b'')
    load_case('truncated', b'\x80\x04\x95')
    load_case('bad-key', b'\xff')
    load_case('bad-key-printable', b'z.')
    load_case('underflow', b'a.')
    load_case('mark-underflow', b'(a.')
    load_case('no-mark', b't.')
    load_case('bad-proto', b'\x80\x09.')
    load_case('odd-dict', b'(K\x01d.')
    load_case('odd-setitems', b'}(K\x01u.')
    load_case('memo-missing', b'h\x05.')
    load_case('long-memo-missing', b'j\x05\x00\x00\x00.')
    load_case('get-text', b'(lp0\ng0\n.')
    load_case('int-text', b'I42\n.')
    load_case('int-bool', b'I01\n.')
    load_case('int-big-text', b'I123456789012345678901234567890\n.')
    load_case('int-bad', b'Ixyz\n.')
    load_case('long-text', b'L123L\n.')
    load_case('float-text', b'F1.5\n.')
    load_case('float-bad', b'Fabc\n.')
    load_case('string-quoted', b"S'a\\nb'\n.")
    load_case('string-unquoted', b'Sabc\n.')
    load_case('string-bytes', b"S'abc'\n.", encoding='bytes')
    load_case('binstring-latin1', b'U\x03\xe9t\xe9.', encoding='latin1')
    load_case('binstring-ascii-fails', b'U\x03\xe9t\xe9.')
    load_case('unicode-text', b'V\\u20ac x\n.')
    load_case('global-py2', b'c__builtin__\nxrange\n(K\x05tR.')
    load_case('global-missing', b'cbuiltins\nnothing_here\n.')
    load_case('global-module-missing', b'cno_such_module_zz\nx\n.')
    load_case('stack-global-not-str', b'K\x01K\x02\x93.')
    load_case('ext-unregistered', b'\x82\x07.')
    load_case('ext-registered', b'\x80\x02\x82\xf0.')
    load_case('persid-none', b'Pabc\n.')
    load_case('newobj-not-type', b'K\x01)\x81.')
    load_case('newobj-args-not-tuple', b'cbuiltins\nobject\nK\x01\x81.')
    load_case('build-not-dict', b'c__main__\nPlain\n)\x81K\x01b.')
    load_case('pop-mark', b'(K\x01K\x021N.')
    load_case('dup', b'K\x072\x86.')
    load_case('frame', b'\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x01..')
    load_case('next-buffer-none', b'\x80\x05\x97.')
    load_case('readonly-underflow', b'\x80\x05\x98.')
    load_case('obj-opcode', b'(c__main__\nPlain\no.')
    load_case('inst-opcode', b'(i__main__\nPlain\n.')
    load_case('reduce-not-tuple', b'cbuiltins\nlen\nK\x01R.')
    load_case('negative-long', b'\x8b\xff\xff\xff\xff.')


numbers()
strings()
containers()
objects()
errors()
hooks()
loading()
