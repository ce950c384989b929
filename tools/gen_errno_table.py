"""Writes src/Kaa.Runtime/Modules/Errno/ErrnoTable.cs from the oracle's errno module (run with python3.11):
the names in the module's definition order, so that errorcode built from them equals CPython's."""
import errno

items = [(k, v) for k, v in vars(errno).items() if k.startswith('E')]
ec = {}
for k, v in items:
    ec[v] = k
assert list(ec.items()) == list(errno.errorcode.items()), "order mismatch"
lines = ["namespace Kaa.Runtime;", "",
         "/// <summary>The errno names and values of Linux in the order CPython's errno module defines them (generated",
         "/// from CPython 3.11 by tools/gen_errno_table.py); setting errorcode[value] = name in this order gives CPython's",
         "/// errorcode dict, order and aliases included.</summary>",
         "internal static class ErrnoTable", "{", "    public static readonly (string Name, int Value)[] All =", "    ["]
for k, v in items:
    lines.append(f'        ("{k}", {v}),')
lines += ["    ];", "}"]
open("src/Kaa.Runtime/Modules/Errno/ErrnoTable.cs", "w").write("\n".join(lines) + "\n")
