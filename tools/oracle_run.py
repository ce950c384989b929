#!/usr/bin/python3.11
"""The oracle side of running a program: `python3.11 PROGRAM.py ARGS...` as the corpus tests run it.

Usage: python3.11 tools/oracle_run.py [--json] [--runs N] [--timeout S] PROGRAM.py [ARGS...]

Runs the program with /usr/bin/python3.11 in the current directory (run it from the repository
root, as the tests do, so the paths in tracebacks are the same relative paths Kaa prints), with
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, an empty stdin and no other PYTHON* variables.

Without --json it prints what the program wrote to stdout, then a line `--- stderr` and its
stderr, then `--- exit status N`. With --json it prints one JSON object,
{"runs": [{"stdout": ..., "stderr": ..., "status": N}, ...]}, one entry per run (--runs N, run
concurrently; default 1). The tests ask for two runs: decimal numbers that differ between two
runs of the same program are values printed from id() (addresses, which ASLR moves), and the
harness masks exactly those. A run that exceeds --timeout seconds (default 60) is killed and
reported with status -9 and the note `[oracle_run: timed out]` appended to its stderr.
"""
import json
import os
import subprocess
import sys

ORACLE = '/usr/bin/python3.11'


def child_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


def start(program_args):
    return subprocess.Popen([ORACLE, *program_args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=child_environment())


def finish(process, timeout):
    try:
        out, err = process.communicate(timeout=timeout)
        status = process.returncode
        note = ''
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        status = -9
        note = '[oracle_run: timed out]\n'
    return {
        'stdout': out.decode('utf-8', 'replace'),
        'stderr': err.decode('utf-8', 'replace') + note,
        'status': status,
    }


def main():
    args = sys.argv[1:]
    as_json, runs, timeout = False, 1, 60.0
    while args and args[0].startswith('--'):
        option = args.pop(0)
        if option == '--json':
            as_json = True
        elif option == '--runs':
            runs = int(args.pop(0))
        elif option == '--timeout':
            timeout = float(args.pop(0))
        else:
            sys.exit(f'oracle_run.py: unknown option {option}')
    if not args:
        sys.exit(__doc__)
    processes = [start(args) for _ in range(runs)]
    results = [finish(p, timeout) for p in processes]
    if as_json:
        json.dump({'runs': results}, sys.stdout)
        sys.stdout.write('\n')
        return
    for result in results:
        sys.stdout.write(result['stdout'])
        sys.stdout.write('--- stderr\n')
        sys.stdout.write(result['stderr'])
        sys.stdout.write(f"--- exit status {result['status']}\n")


if __name__ == '__main__':
    main()
