"""Writes src/Kaa.Runtime/Objects/CPythonTextSignatures.cs from the oracle (run with /usr/bin/python3.11): the
__text_signature__ of CPython's builtin functions, methods, slot wrappers and types (what inspect.signature reads),
keyed by "module.function", "tp_name.method" or "tp_name". Kaa's docstrings carry no signature line, so the
descriptors answer __text_signature__ from this table."""
import importlib
import types

import gen_type_layouts as layouts   # the same modules and tp_name rule (importing it rewrites its table: harmless)

KINDS = (types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType,
         types.WrapperDescriptorType)

signatures = {}

def add(key, obj):
    sig = getattr(obj, "__text_signature__", None)
    if isinstance(sig, str):
        signatures.setdefault(key, sig)

for m in layouts.MODULES:
    try:
        mod = importlib.import_module(m)
    except ImportError:
        continue
    for name, v in list(vars(mod).items()):
        if isinstance(v, types.BuiltinFunctionType) and isinstance(v.__self__, types.ModuleType):
            add(f"{v.__self__.__name__}.{v.__name__}", v)
for t in list(layouts.found_types):
    tp = layouts.tp_name(t)
    add(tp, t)
    for name, v in list(vars(t).items()):
        if isinstance(v, KINDS) or isinstance(v, (staticmethod,)):
            add(f"{tp}.{name}", v.__func__ if isinstance(v, staticmethod) else v)

lines = ["using System.Collections.Frozen;", "", "namespace Kaa.Runtime;", "",
         "/// <summary>CPython 3.11's __text_signature__ of its builtin functions, methods, slot wrappers and types, keyed by",
         "/// \"module.function\", \"tp_name.method\" or \"tp_name\" (generated from CPython by tools/gen_text_signatures.py;",
         "/// do not edit).</summary>",
         "internal static class CPythonTextSignatures", "{",
         "    public static readonly FrozenDictionary<string, string> ByName =",
         "        new Dictionary<string, string>", "        {"]
def cs(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
for key in sorted(signatures):
    lines.append(f"            [{cs(key)}] = {cs(signatures[key])},")
lines += ["        }.ToFrozenDictionary();", "}"]
open("src/Kaa.Runtime/Objects/CPythonTextSignatures.cs", "w").write("\n".join(lines) + "\n")
print(len(signatures), "signatures")
