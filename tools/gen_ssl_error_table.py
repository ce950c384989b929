"""Writes src/Kaa.Runtime/Modules/Ssl/SslErrorTable.cs from the oracle's _ssl module (run with python3.11):
OpenSSL's library and reason mnemonics as CPython 3.11 builds them into _ssl.err_codes_to_names and
_ssl.lib_codes_to_names (OpenSSL itself only knows the human-readable strings). Entries are in the
oracle's dict order; replaying err_codes_to_names into its inverse gives err_names_to_codes exactly."""
import _ssl

d = {}
for k, v in _ssl.err_codes_to_names.items():
    d[v] = k
assert list(d.items()) == list(_ssl.err_names_to_codes.items()), "inverse order mismatch"

lines = ["namespace Kaa.Runtime;", "",
         "/// <summary>OpenSSL's error mnemonics as CPython 3.11's _ssl has them (generated from the oracle by",
         "/// tools/gen_ssl_error_table.py): <see cref=\"Reasons\"/> holds \"lib reason NAME\" lines in the order of",
         "/// _ssl.err_codes_to_names, <see cref=\"Libraries\"/> \"code NAME\" lines in the order of lib_codes_to_names.</summary>",
         "internal static class SslErrorTable", "{",
         "    public const string Libraries ="]
libs = [f"{k} {v}" for k, v in _ssl.lib_codes_to_names.items()]
lines.append('        "' + "\\n".join(libs) + '";')
lines.append("")
lines.append("    public const string Reasons =")
reasons = [f"{k[0]} {k[1]} {v}" for k, v in _ssl.err_codes_to_names.items()]
chunks = [reasons[i:i + 8] for i in range(0, len(reasons), 8)]
for i, c in enumerate(chunks):
    sep = "\\n" if i < len(chunks) - 1 else ""
    lines.append('        "' + "\\n".join(c) + sep + '"' + (" +" if i < len(chunks) - 1 else ";"))
lines += ["}"]
open("src/Kaa.Runtime/Modules/Ssl/SslErrorTable.cs", "w").write("\n".join(lines) + "\n")
