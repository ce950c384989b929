#!/usr/bin/env bash
# Tokenizes files with the pure-Python tokenize module on Kaa and on the oracle (tools/tokenize_compare.py)
# and prints how many agree. Default sample: every .py file of the stdlib's top level and main packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="$(mktemp)"; trap 'rm -f "$list" "$list".k "$list".o' EXIT
if [ $# -gt 0 ]; then printf '%s\n' "$@" >"$list"
else { ls /usr/lib/python3.11/*.py; find /usr/lib/python3.11/{asyncio,email,json,importlib,concurrent,collections,xml,http,urllib,logging,unittest} -name '*.py'; } | sort -u >"$list"
fi
"$root/kaa" "$root/tools/tokenize_compare.py" @"$list" >"$list".k
/usr/bin/python3.11 "$root/tools/tokenize_compare.py" @"$list" >"$list".o
echo "files: $(wc -l <"$list"); identical tokens: $(paste -d'\n' "$list".k "$list".o | paste - - | awk -F'\t' '$1==$2' | wc -l)"
paste -d'\n' "$list".k "$list".o | paste - - | awk -F'\t' '$1!=$2 {print "differs:", $1}'
