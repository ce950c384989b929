#!/usr/bin/python3.11
"""CPython's regression tests (/usr/lib/python3.11/test) on Kaa, checked against tests/regrtest/expectations.txt.

Run by the oracle from the repository root:

    /usr/bin/python3.11 tools/regrtest.py                 # every module the expectations list, but the slow ones
    /usr/bin/python3.11 tools/regrtest.py --slow          # ... the slow ones too
    /usr/bin/python3.11 tools/regrtest.py test_int test_list --oracle   # chosen modules, with CPython's counts
    /usr/bin/python3.11 tools/regrtest.py --show test_int # also print every failing test and its message

Each module runs in its own Kaa process (tests/regrtest/driver.py, in a fresh temporary directory, as
CPython's regrtest workers do) under a time limit, two at a time by default. The report gives per module
the test cases that passed, failed, errored and were skipped, and the totals. A module's outcome is
compared with its entry in the expectations: a listed test that now passes, a test that fails without
being listed, or a module that crashes or times out without being listed that way is "unexpected", and
then the run exits with status 1.

The expectations file: a section per module, "[test_name]" optionally followed by "slow" (the CI run skips
it; the reason follows "#"). In a section, "reason: TEXT" starts a group and each following line
"fail ID" (failed or errored), "flaky ID" (either outcome is fine) or "hang ID" (hangs or crashes
the process: not run on Kaa, counted as skipped) belongs to it; IDs are the unittest
ids without the leading "test.test_name.". "module: crash" or "module: timeout" (after a reason) says the
module does not run to completion. Every group has a reason.
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRIVER = os.path.join(ROOT, "tests", "regrtest", "driver.py")
EXPECTATIONS = os.path.join(ROOT, "tests", "regrtest", "expectations.txt")
# The NativeAOT build (`KAA_AOT=1 ./kaa`): the build meant for users, and the one that can fork.
KAA = os.path.join(ROOT, "build", "kaa-aot", "kaa")
ORACLE = "/usr/bin/python3.11"
DEFAULT_TIMEOUT = 300

FAILING = ("fail", "error", "upass")


class Expectation:
    def __init__(self, module):
        self.module = module
        self.slow = None          # the reason it is slow, or None
        self.failing = {}         # test id -> reason
        self.flaky = {}           # test id -> reason
        self.hangs = {}           # test id -> reason: not run at all
        self.module_state = None  # None (runs to completion), "crash" or "timeout"
        self.module_reason = None


def parse_expectations(path):
    modules = {}
    current = None
    reason = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{number}"
            if line.startswith("["):
                head, _, comment = line.partition("#")
                head = head.strip()
                name, _, rest = head[1:].partition("]")
                current = modules.setdefault(name, Expectation(name))
                reason = None
                if rest.strip() == "slow":
                    current.slow = comment.strip() or "slow"
                elif rest.strip():
                    raise SystemExit(f"{where}: unknown section attribute {rest.strip()!r}")
                continue
            if current is None:
                raise SystemExit(f"{where}: entry outside a [module] section")
            keyword, _, value = line.partition(" ")
            value = value.strip()
            if keyword == "reason:":
                reason = value
            elif keyword in ("fail", "flaky", "hang", "module:"):
                if not reason:
                    raise SystemExit(f"{where}: {keyword} without a reason")
                if keyword == "fail":
                    current.failing[value] = reason
                elif keyword == "flaky":
                    current.flaky[value] = reason
                elif keyword == "hang":
                    current.hangs[value] = reason
                else:
                    if value not in ("crash", "timeout"):
                        raise SystemExit(f"{where}: module state must be crash or timeout")
                    current.module_state, current.module_reason = value, reason
            else:
                raise SystemExit(f"{where}: cannot read {line!r}")
    return modules


class Outcome:
    """One module's run: the per-test statuses and how the process ended."""

    def __init__(self, module):
        self.module = module
        self.tests = {}     # short id -> status (the worst seen: error > fail > upass > skip > pass)
        self.details = {}   # short id -> first failure message
        self.state = "ok"   # ok, crash (exit before "done"), timeout
        self.exit_code = None
        self.seconds = 0.0
        self.stderr_tail = ""
        self.last_started = None  # the id of the last test that started

    RANK = {"pass": 0, "xfail": 0, "skip": 1, "upass": 2, "fail": 3, "error": 4}

    def add(self, status, test_id, detail):
        prefix = f"test.{self.module}."
        short = test_id[len(prefix):] if test_id.startswith(prefix) else test_id
        if status == "xfail":
            status = "pass"   # an expected failure is the test's correct outcome
        old = self.tests.get(short)
        if old is None or self.RANK[status] > self.RANK[old]:
            self.tests[short] = status
            if status in FAILING and short not in self.details:
                self.details[short] = detail

    def in_test(self):
        """The test a crash or a timeout happened in: the last one started, unless it has an outcome."""
        if self.last_started is None:
            return "(before the first test)"
        prefix = f"test.{self.module}."
        short = self.last_started[len(prefix):] if self.last_started.startswith(prefix) else self.last_started
        return short if short not in self.tests else f"(after {short})"

    def count(self, status):
        return sum(1 for s in self.tests.values() if s == status)


def run_module(module, interpreter, timeout, excluded=()):
    outcome = Outcome(module)
    workdir = tempfile.mkdtemp(prefix=f"kaa_regrtest_{module}_")
    results = os.path.join(workdir, "results.txt")
    cwd = os.path.join(workdir, "cwd")
    os.mkdir(cwd)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["TMPDIR"] = workdir
    env.setdefault("DOTNET_GCgen0size", "4000000")
    started = time.monotonic()
    try:
        command = [interpreter, DRIVER, module, results]
        if excluded:
            excluded_path = os.path.join(workdir, "excluded.txt")
            with open(excluded_path, "w", encoding="utf-8") as f:
                f.writelines(test + "\n" for test in excluded)
            command.append(excluded_path)
        proc = subprocess.Popen(command, cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
            outcome.exit_code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            _, err = proc.communicate()
            outcome.state = "timeout"
        outcome.stderr_tail = err.decode("utf-8", "replace")[-2000:]
        outcome.seconds = time.monotonic() - started
        done = False
        if os.path.exists(results):
            with open(results, encoding="utf-8", errors="replace") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if parts[0] == "done":
                        done = True
                    elif parts[0] == "start" and len(parts) >= 2:
                        outcome.last_started = parts[1]
                    elif len(parts) >= 2 and parts[0] in Outcome.RANK:
                        outcome.add(parts[0], parts[1], parts[2] if len(parts) > 2 else "")
        if not done and outcome.state == "ok":
            outcome.state = "crash"
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return outcome


def unexpected(outcome, expectation):
    """The differences between a run and its expectation, as readable lines."""
    problems = []
    exp = expectation or Expectation(outcome.module)
    if outcome.state != "ok" and exp.module_state != outcome.state:
        problems.append(f"module {outcome.state} (exit code {outcome.exit_code}) in {outcome.in_test()}: "
                        f"{outcome.stderr_tail.strip().splitlines()[-1:]}")
    if outcome.state == "ok" and exp.module_state is not None:
        problems.append(f"module now runs to completion (expected {exp.module_state})")
    for test, status in sorted(outcome.tests.items()):
        if status in FAILING and test not in exp.failing and test not in exp.flaky:
            problems.append(f"unexpected {status}: {test}: {outcome.details.get(test, '')}")
        if status not in FAILING and test in exp.failing:
            problems.append(f"unexpected {status}: {test} (listed as failing: {exp.failing[test]})")
    if outcome.state == "ok":
        for test in sorted(exp.failing):
            if test not in outcome.tests:
                problems.append(f"listed test did not run: {test}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*", help="modules to run (default: the expectations' modules)")
    ap.add_argument("--slow", action="store_true", help="also run the modules marked slow")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds per module")
    ap.add_argument("--kaa", default=KAA, help="the Kaa binary (default build/kaa-aot/kaa; made by KAA_AOT=1 ./kaa)")
    ap.add_argument("--oracle", action="store_true", help="also run each module on CPython and show its counts")
    ap.add_argument("--show", action="store_true", help="print every failing test with its message")
    ap.add_argument("--expectations", default=EXPECTATIONS)
    ap.add_argument("--json", metavar="PATH", help="also write each module's counts and unexpected outcomes as JSON")
    args = ap.parse_args()
    args.kaa = os.path.abspath(args.kaa)  # the modules run in temporary directories

    expectations = parse_expectations(args.expectations)
    modules = args.modules or [m for m, e in expectations.items() if args.slow or e.slow is None]
    if not args.modules:
        for m, e in expectations.items():
            if e.slow is not None and not args.slow:
                print(f"skipped (slow): {m}: {e.slow}")

    jobs = [(m, args.kaa) for m in modules] + ([(m, ORACLE) for m in modules] if args.oracle else [])
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        def excluded(m, interp):
            # The oracle runs every test; Kaa skips those its expectations say hang.
            return sorted(expectations[m].hangs) if interp == args.kaa and m in expectations else ()
        futures = {pool.submit(run_module, m, interp, args.timeout, excluded(m, interp)): (m, interp) for m, interp in jobs}
        for future in concurrent.futures.as_completed(futures):
            o = results[futures[future]] = future.result()
            where = "" if futures[future][1] == args.kaa else " (cpython)"
            print(f"[{len(results)}/{len(jobs)}] {o.module}{where}: {o.state}, {len(o.tests)} tests, {o.seconds:.0f} s",
                  file=sys.stderr, flush=True)

    header = f"{'module':<22} {'pass':>5} {'fail':>5} {'error':>5} {'skip':>5}  {'state':<8} {'secs':>6}"
    if args.oracle:
        header += f"  | {'cpython: pass':>13} {'fail':>5} {'error':>5} {'skip':>5}"
    print(header)
    totals = [0, 0, 0, 0]
    ototals = [0, 0, 0, 0]
    any_unexpected = False
    problems_by_module = {}
    for m in modules:
        o = results[(m, args.kaa)]
        counts = [o.count("pass"), o.count("fail") + o.count("upass"), o.count("error"), o.count("skip")]
        totals = [a + b for a, b in zip(totals, counts)]
        problems = unexpected(o, expectations.get(m))
        problems_by_module[m] = problems
        mark = "  UNEXPECTED" if problems else ""
        line = f"{m:<22} {counts[0]:>5} {counts[1]:>5} {counts[2]:>5} {counts[3]:>5}  {o.state:<8} {o.seconds:>6.1f}"
        if args.oracle:
            c = results[(m, ORACLE)]
            oc = [c.count("pass"), c.count("fail") + c.count("upass"), c.count("error"), c.count("skip")]
            ototals = [a + b for a, b in zip(ototals, oc)]
            line += f"  | {oc[0]:>13} {oc[1]:>5} {oc[2]:>5} {oc[3]:>5}"
        print(line + mark)
    line = f"{'TOTAL':<22} {totals[0]:>5} {totals[1]:>5} {totals[2]:>5} {totals[3]:>5}"
    if args.oracle:
        line += f"  {'':<8} {'':>6}  | {ototals[0]:>13} {ototals[1]:>5} {ototals[2]:>5} {ototals[3]:>5}"
    print(line)
    for m in modules:
        o = results[(m, args.kaa)]
        if problems_by_module[m]:
            any_unexpected = True
            print(f"\n{m}: unexpected outcomes")
            for p in problems_by_module[m]:
                print(f"  {p}")
        if args.show:
            failing = [(t, s) for t, s in sorted(o.tests.items()) if s in FAILING]
            if failing or o.state != "ok":
                print(f"\n{m}: {o.state}" + (f" in {o.in_test()}" if o.state != "ok" else "") + ", failing tests")
                for t, s in failing:
                    print(f"  {s} {t}: {o.details.get(t, '')}")
                if o.state != "ok":
                    print("  stderr: " + o.stderr_tail[-1500:].replace("\n", "\n    "))
    if args.json:
        import json
        report = {}
        for m in modules:
            o = results[(m, args.kaa)]
            report[m] = {"state": o.state, "seconds": round(o.seconds, 1),
                         "counts": {s: o.count(s) for s in ("pass", "fail", "error", "skip", "upass")},
                         "unexpected": problems_by_module[m],
                         "in_test": o.in_test() if o.state != "ok" else None,
                         "failing": {t: [st, o.details.get(t, "")] for t, st in sorted(o.tests.items()) if st in FAILING}}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    sys.exit(1 if any_unexpected else 0)


if __name__ == "__main__":
    main()
