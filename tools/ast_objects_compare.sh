#!/usr/bin/env bash
# Runs tools/ast_objects_compare.py on Kaa and on the oracle over a sample of the stdlib (or the paths
# given) and prints how many files' ast.dump agree and how many AST round trips give identical code.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="$(mktemp)"; trap 'rm -f "$list" "$list".k "$list".o' EXIT
if [ $# -gt 0 ]; then printf '%s\n' "$@" >"$list"
else
  # every top-level module, then the packages most programs use: well over 300 files
  { ls /usr/lib/python3.11/*.py; find /usr/lib/python3.11/{asyncio,email,json,importlib,concurrent,collections,xml,http,urllib,logging,unittest,dataclasses.py} -name '*.py' 2>/dev/null; } | sort -u >"$list"
fi
"$root/kaa" "$root/tools/ast_objects_compare.py" @"$list" >"$list".k
PYTHONHASHSEED=0 /usr/bin/python3.11 "$root/tools/ast_objects_compare.py" @"$list" >"$list".o
total=$(wc -l <"$list")
dump_same=$(paste -d' ' "$list".k "$list".o | awk '$2==$5' | wc -l)
rt_same=$(grep -c ' rt=True$' "$list".k || true)
echo "files: $total; ast.dump identical: $dump_same; round-trip code identical on Kaa: $rt_same"
paste -d' ' "$list".k "$list".o | awk '$2!=$5 {print "dump differs:", $1}'
grep -v ' rt=True$' "$list".k | sed 's/^/round trip differs: /' || true
