#!/usr/bin/python3.11
"""Writes tests/stdlib_imports/expected_dirs.txt: what each stdlib module's dir() is on the oracle.

Usage: python3.11 tools/oracle_module_dirs.py

The modules are every top-level module and package of the oracle's stdlib directory (`*.py` files and
directories with an `__init__.py`), the extension modules of its lib-dynload directory, and its
sys.builtin_module_names, less those tests/stdlib_imports/excluded.txt sets aside. Each is imported by
tests/stdlib_imports/probe.py in its own oracle process (a fresh interpreter: nothing imported before
changes what a module holds), with the environment the corpus tests give the oracle.

Each line of the data file: `NAME<TAB>KIND<TAB>ok<TAB>NAMES` or `NAME<TAB>KIND<TAB>error<TAB>TYPE: MESSAGE`,
KIND one of `py` (a top-level .py file), `package`, `dynload` (an extension module in lib-dynload, which
Kaa provides built in), `builtin` (compiled into the oracle). The import test
(tests/Kaa.Runtime.Tests/Modules/Import/StdlibImportTests.cs) reads it.
"""
import concurrent.futures
import os
import subprocess
import sys
import sysconfig

ORACLE = '/usr/bin/python3.11'
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, 'tests', 'stdlib_imports')


def read_excluded():
    """The names excluded.txt sets aside (`NAME  # reason` lines)."""
    names = set()
    with open(os.path.join(DATA, 'excluded.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                names.add(line.split()[0])
    return names


def oracle_modules():
    """(name, kind) for every module of the oracle's stdlib, sorted by name."""
    script = ('import sys, sysconfig; print(sysconfig.get_path("stdlib")); '
              'print(sysconfig.get_config_var("EXT_SUFFIX")); print(" ".join(sys.builtin_module_names))')
    stdlib, ext_suffix, builtins = subprocess.run(
        [ORACLE, '-c', script], capture_output=True, text=True, check=True).stdout.splitlines()
    found = {}
    for entry in os.listdir(stdlib):
        path = os.path.join(stdlib, entry)
        if entry.endswith('.py') and os.path.isfile(path):
            found[entry[:-3]] = 'py'
        elif os.path.isfile(os.path.join(path, '__init__.py')):
            found[entry] = 'package'
    for entry in os.listdir(os.path.join(stdlib, 'lib-dynload')):
        if entry.endswith(ext_suffix):
            found[entry[:-len(ext_suffix)]] = 'dynload'
    for name in builtins.split():
        found[name] = 'builtin'
    return sorted(found.items())


def child_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


def probe(name):
    result = subprocess.run([ORACLE, os.path.join(DATA, 'probe.py'), name], capture_output=True,
                            text=True, env=child_environment(), cwd=ROOT, timeout=120,
                            stdin=subprocess.DEVNULL)
    lines = result.stdout.splitlines()
    if result.returncode != 0 or len(lines) != 1 or not lines[0].startswith(name + '\t'):
        raise SystemExit(f'probe of {name} failed: status {result.returncode}\n{result.stdout}{result.stderr}')
    return lines[0]


def main():
    excluded = read_excluded()
    modules = [(n, k) for n, k in oracle_modules() if n not in excluded]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        lines = list(pool.map(lambda m: probe(m[0]), modules))
    out_path = os.path.join(DATA, 'expected_dirs.txt')
    errors = 0
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        for (name, kind), line in zip(modules, lines):
            _, status, rest = line.split('\t', 2)
            errors += status == 'error'
            f.write(f'{name}\t{kind}\t{status}\t{rest}\n')
    print(f'{out_path}: {len(modules)} modules ({errors} fail to import on the oracle), '
          f'{len(excluded)} excluded')


if __name__ == '__main__':
    main()
