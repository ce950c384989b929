#!/usr/bin/env bash
# Compile benchmark (see bench/compile.py): Kaa's --compile-only against CPython 3.11's compile().
exec /usr/bin/python3.11 "$(dirname "$0")/compile.py" "$@"
