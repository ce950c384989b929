"""Writes src/Kaa.Runtime/Objects/CPythonTypeLayouts.cs from the oracle (run with /usr/bin/python3.11):
tp_flags, tp_basicsize, tp_itemsize, tp_dictoffset and tp_weaklistoffset of CPython's builtin types, keyed by
tp_name, so that type.__flags__/__basicsize__/... of Kaa's builtin types report CPython's values.
The valid-version-tag bit depends on CPython's method cache state and is left out (Kaa sets it itself)."""
import importlib
import sys
import types

VALID_VERSION_TAG = 1 << 19
HEAPTYPE = 1 << 9

MODULES = ["builtins", "types", "_abc", "_ast", "_bisect", "_bz2", "_blake2", "_codecs", "_collections",
           "_contextvars", "_crypt", "_csv", "_functools", "_heapq", "_io", "_locale", "_lzma", "_md5",
           "_opcode", "_operator", "_queue", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal",
           "_socket", "_sre", "_stat", "_statistics", "_string", "_struct", "_symtable", "_thread",
           "_tokenize", "_typing", "_warnings", "_weakref", "array", "atexit", "binascii", "errno", "fcntl",
           "gc", "grp", "itertools", "marshal", "math", "cmath", "posix", "pwd", "resource", "select",
           "termios", "time", "unicodedata", "zlib", "mmap", "_json", "_pickle", "_datetime", "_decimal",
           "_elementtree", "pyexpat", "_asyncio", "_lsprof", "_hashlib", "_ssl", "_multiprocessing",
           "_posixshmem", "_ctypes", "_sqlite3", "_uuid", "_contextvars", "_bisect", "_zoneinfo", "sys",
           "_tracemalloc", "_pickle", "_struct", "_random", "_queue", "audioop"]

# Types no module names: reached through an instance.
def internal_types():
    d = {1: 2}
    yield from map(type, [iter([]), iter(()), iter(""), iter(b""), iter(bytearray()), iter(range(1)),
                          iter(range(1 << 70)), iter(set()), iter(d), iter(d.values()), iter(d.items()),
                          reversed([]), reversed(range(1)), reversed(d), reversed(d.values()), reversed(d.items()),
                          d.keys(), d.values(), d.items(), iter(lambda: 0, 1), iter(type("S", (), {"__getitem__": lambda s, i: i})()),
                          NotImplemented, Ellipsis, None, sys.flags, sys.version_info, sys.float_info,
                          sys.int_info, sys.hash_info, sys.thread_info, (x for x in ()), [].append, object.__init__,
                          object().__init__, int.__dict__["real"], type.__dict__["__dict__"], dict.__dict__["fromkeys"],
                          vars(type), zip(), map(len, ()), filter(None, ()), enumerate(()), super(int, 0),
                          property(), classmethod(len), staticmethod(len), memoryview(b""), slice(1),
                          types.SimpleNamespace(), iter(reversed(())), ])
    import collections, _collections
    yield from map(type, [iter(collections.deque()), reversed(collections.deque()),
                          collections.OrderedDict().keys(), collections.OrderedDict().values(),
                          collections.OrderedDict().items(), iter(collections.OrderedDict())])


def tp_name(t):
    module = t.__dict__.get("__module__", None)
    if isinstance(module, str) and module != "builtins":
        return f"{module}.{t.__qualname__}"
    if "__module__" not in t.__dict__ and t.__module__ != "builtins":
        return f"{t.__module__}.{t.__qualname__}"
    return t.__qualname__


found = {}
found_types = []
def add(t):
    if not isinstance(t, type) or t.__flags__ & HEAPTYPE and not t.__module__ in MODULES:
        return
    name = tp_name(t)
    row = (t.__flags__ & ~VALID_VERSION_TAG, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
    if name not in found:
        found_types.append(t)
    found.setdefault(name, row)

for m in MODULES:
    try:
        mod = importlib.import_module(m)
    except ImportError:
        continue
    for v in list(vars(mod).values()):
        add(v)
        if isinstance(v, type):
            for w in list(vars(v).values()):
                add(w)
for t in internal_types():
    add(t)
for t in list(found and object.__subclasses__()):
    add(t)

lines = ["using System.Collections.Frozen;", "", "namespace Kaa.Runtime;", "",
         "/// <summary>CPython 3.11's tp_flags (the valid-version-tag bit left out), tp_basicsize, tp_itemsize, tp_dictoffset",
         "/// and tp_weaklistoffset of its builtin types, keyed by tp_name (generated from CPython by",
         "/// tools/gen_type_layouts.py; do not edit). <see cref=\"TypeLayout\"/> reads it for the type attributes.</summary>",
         "internal static class CPythonTypeLayouts", "{",
         "    public static readonly FrozenDictionary<string, TypeLayout> ByName =",
         "        new Dictionary<string, TypeLayout>", "        {"]
for name in sorted(found):
    f, b, i, d, w = found[name]
    lines.append(f'            ["{name}"] = new({f}UL, {b}, {i}, {d}, {w}),')
lines += ["        }.ToFrozenDictionary();", "}"]
open("src/Kaa.Runtime/Objects/CPythonTypeLayouts.cs", "w").write("\n".join(lines) + "\n")
print(len(found), "types")
