# re: the tests of CPython's test_re marked @cpython_only (the regression runner skips them on Kaa), run
# here anyway: the re.DEBUG dumps of atomic groups and possessive repeats, the _sre case helpers, MAXREPEAT
# overflow, and that Pattern/Match/SRE_Scanner cannot be instantiated or changed.
import unittest
import test.support

test.support.cpython_only = lambda f: f   # before test_re is imported: its decorators are applied then
test.support.check_impl_detail = lambda **kw: True
import test.test_re as test_re

NAMES = [
    'DebugTests.test_atomic_group', 'DebugTests.test_debug_flag', 'DebugTests.test_possesive_repeat',
    'DebugTests.test_possesive_repeat_one', 'ImplementationTest.test_disallow_instantiation',
    'ImplementationTest.test_immutable', 'ReTests.test_case_helpers',
    'ReTests.test_repeat_minmax_overflow_maxrepeat',
]
for name in NAMES:
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromName(name, test_re).run(result)
    problems = [str(t) + ': ' + tb.strip().splitlines()[-1] for t, tb in result.failures + result.errors]
    print(name, 'ran', result.testsRun, 'skipped', len(result.skipped), 'ok' if result.wasSuccessful() else problems)
