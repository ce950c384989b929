"""Runs one module of CPython's regression tests in this process and records every test case's outcome.

Used by tools/regrtest.py on Kaa (and on the oracle, for its own counts):

    kaa tests/regrtest/driver.py test_int RESULTS_FILE [EXCLUDED_FILE]

It runs the module as CPython's regrtest does (the module's test_main() when it has one, otherwise
unittest's loader over the module, load_tests included), with regrtest's settings (no optional
resources enabled, quiet). Each outcome is appended to RESULTS_FILE as one line "STATUS<TAB>ID" and
flushed at once, so a process that crashes or is killed part-way still leaves the outcomes of the
tests it finished. Each test's line "start<TAB>ID" comes first, so the last test that started without
an outcome is the one a crash or a hang happened in. STATUS is one of pass, fail, error, skip, xfail (expected failure), upass
(unexpected success); a test with subtests records each failing subtest under the test's own id.
The last line is "done<TAB>" when the module ran to completion.
"""
import sys
import os


def main():
    name, results_path = sys.argv[1], sys.argv[2]
    # Optional: a file naming tests not to run at all (one id a line, without "test.NAME."), those
    # that hang or crash the process; each is recorded as skipped.
    excluded = set()
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as f:
            excluded = {f"test.{name}.{line.strip()}" for line in f if line.strip()}
    out = open(results_path, "a", encoding="utf-8")

    def record(status, test_id, detail=""):
        # One line per outcome; tabs and newlines in ids (doctest names) would break the format.
        test_id = test_id.replace("\t", " ").replace("\n", " ")
        detail = detail.replace("\t", " ").replace("\n", "\\n")
        out.write(f"{status}\t{test_id}\t{detail}\n")
        out.flush()

    import unittest
    from test import support

    # regrtest's defaults: no optional resources (network, cpu, largefile...), no verbosity.
    support.use_resources = []
    support.verbose = 0

    def short_reason(err):
        exc_type, exc, _tb = err
        text = f"{exc_type.__name__}: {exc}"
        return text[:300]

    def id_of(test):
        # Fixture failures (setUpClass, setUpModule) and loader failures are _ErrorHolder/_FailedTest
        # objects whose id() names the fixture; doctests use their own id().
        return test.id()

    class RecordingResult(unittest.TestResult):
        def startTest(self, test):
            super().startTest(test)
            # So that a hang or a crash names the test it happened in.
            record("start", id_of(test))

        def addSuccess(self, test):
            super().addSuccess(test)
            if not getattr(test, "_kaa_subtest_failed", False):
                record("pass", id_of(test))

        def addFailure(self, test, err):
            super().addFailure(test, err)
            record("fail", id_of(test), short_reason(err))

        def addError(self, test, err):
            super().addError(test, err)
            record("error", id_of(test), short_reason(err))

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            record("skip", id_of(test), str(reason)[:200])

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            record("xfail", id_of(test))

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            record("upass", id_of(test))

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                # The parent's addSuccess still follows; it must not record a pass as well.
                test._kaa_subtest_failed = True
                status = "fail" if issubclass(err[0], test.failureException) else "error"
                if issubclass(err[0], unittest.SkipTest):
                    return
                record(status, id_of(test), f"{subtest._subDescription()} {short_reason(err)}")

    def without_excluded(suite):
        if isinstance(suite, unittest.TestSuite):
            kept = unittest.TestSuite()
            for test in suite:
                if isinstance(test, unittest.TestSuite):
                    kept.addTest(without_excluded(test))
                elif test.id() in excluded:
                    record("skip", test.id(), "not run on Kaa (tests/regrtest/expectations.txt: hang)")
                else:
                    kept.addTest(test)
            return kept
        return suite

    def run_suite(suite):
        if excluded:
            suite = without_excluded(suite)
        result = RecordingResult()
        result.startTestRun()
        try:
            suite(result)
        finally:
            result.stopTestRun()

    # test_main() modules call support.run_unittest, which ends in _run_suite: both paths record here.
    support._run_suite = run_suite

    try:
        module = __import__(f"test.{name}", fromlist=["*"])
    except unittest.SkipTest as e:
        record("skip", f"test.{name}", f"module skipped: {e}"[:200])
        record("done", "")
        return
    except BaseException as e:
        record("error", f"test.{name}", f"import failed: {type(e).__name__}: {e}"[:300])
        record("done", "")
        return

    test_main = getattr(module, "test_main", None)
    try:
        if test_main is not None:
            test_main()
        else:
            loader = unittest.TestLoader()
            tests = loader.loadTestsFromModule(module)
            for error in loader.errors:
                record("error", f"test.{name}.<loader>", error.splitlines()[-1][:300])
            run_suite(tests)
    except unittest.SkipTest as e:
        record("skip", f"test.{name}", f"module skipped: {e}"[:200])
    except BaseException as e:
        if not isinstance(e, support.TestFailed):
            record("error", f"test.{name}.<run>", f"{type(e).__name__}: {e}"[:300])
    record("done", "")
    out.close()


if __name__ == "__main__":
    main()
    # Like regrtest's workers: leave without waiting for threads the tests may have left behind.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
