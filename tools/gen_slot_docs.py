"""Writes src/Kaa.Runtime/Objects/CPythonSlotDocs.cs from the oracle (run with /usr/bin/python3.11): the __doc__ of
CPython's slot wrappers (int.__add__, iterator.__next__, ...), which depends only on the slot's name (CPython's slotdefs
table); Kaa's wrapper_descriptor and method-wrapper objects answer __doc__ from it."""
import builtins
import os
import types

KINDS = [v for v in vars(builtins).values() if isinstance(v, type)] + [
    type(iter([])), type(iter(())), type((i for i in ())), type(iter(range(1))), type({}.keys()), type(iter({})),
    types.FunctionType, types.MethodType, type(None), type(NotImplemented), type(Ellipsis), types.CodeType,
    types.FrameType, types.ModuleType, types.CellType, types.SimpleNamespace, types.MappingProxyType,
    types.GenericAlias, types.UnionType]

docs = {}
for t in KINDS:
    for name, value in vars(t).items():
        if isinstance(value, types.WrapperDescriptorType) and isinstance(value.__doc__, str):
            previous = docs.setdefault(name, value.__doc__)
            assert previous == value.__doc__, f"{name}: the doc differs between types"

def literal(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'

lines = [
    "using System.Collections.Frozen;",
    "",
    "namespace Kaa.Runtime;",
    "",
    "/// <summary>CPython 3.11's __doc__ of its slot wrappers, keyed by the slot's name (the same for every type: CPython's",
    "/// slotdefs). Generated from CPython by tools/gen_slot_docs.py; do not edit.</summary>",
    "internal static class CPythonSlotDocs",
    "{",
    "    public static readonly FrozenDictionary<string, string> ByName =",
    "        new Dictionary<string, string>",
    "        {",
]
for name in sorted(docs):
    lines.append(f"            [{literal(name)}] = {literal(docs[name])},")
lines += ["        }.ToFrozenDictionary(StringComparer.Ordinal);", "}", ""]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "src/Kaa.Runtime/Objects/CPythonSlotDocs.cs"), "w") as f:
    f.write("\n".join(lines))
print(f"{len(docs)} slot docs")
