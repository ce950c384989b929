# unittest: a TestCase suite (assertions passing and failing, errors, skips, expected failures, subTest, setUp/tearDown and class fixtures, assertRaises/Warns/Logs) run with a TextTestRunner into a buffer.
import unittest, io, warnings, logging, re
class Calc(unittest.TestCase):
    log = []
    @classmethod
    def setUpClass(cls): cls.log.append('setUpClass')
    @classmethod
    def tearDownClass(cls): cls.log.append('tearDownClass')
    def setUp(self): self.v = 10
    def tearDown(self): self.log.append(f'tearDown {self._testMethodName}')
    def test_add(self): self.assertEqual(self.v + 1, 11)
    def test_fail_eq(self): self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_dict(self): self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_fail_msg(self): self.assertTrue(0, 'custom message')
    def test_error(self): {}['missing']
    @unittest.skip('not today')
    def test_skipped(self): pass
    @unittest.expectedFailure
    def test_expected_failure(self): self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_unexpected_success(self): pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i): self.assertNotEqual(i, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm: 1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaisesRegex(ValueError, r'invalid literal', int, 'x')
        with self.assertWarns(DeprecationWarning): warnings.warn('old', DeprecationWarning)
        with self.assertLogs('t', level='INFO') as lc: logging.getLogger('t').info('logged %d', 5)
        self.assertEqual(lc.output, ['INFO:t:logged 5'])
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertCountEqual('abc', 'cab'); self.assertIsNone(None); self.assertIsInstance(1, int)
        self.assertRegex('hello', r'h.l'); self.assertGreater(2, 1); self.assertMultiLineEqual('a\n', 'a\n'); self.assertSequenceEqual((1,), [1])
    def test_fail_multiline(self): self.assertMultiLineEqual('line1\nline2\nline3\n', 'line1\nlineX\nline3\n')
    def test_fail_raises(self):
        with self.assertRaises(KeyError): pass
class Other(unittest.TestCase):
    def test_skip_inside(self): self.skipTest('skipped inside')
    def test_fail_almost(self): self.assertAlmostEqual(1.0, 1.1, places=3)
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Calc), loader.loadTestsFromTestCase(Other)])
print(suite.countTestCases(), loader.getTestCaseNames(Other))
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Ts', buf.getvalue()).replace(__file__, 'FILE')
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(Calc.log)
print([t.id() for t, _ in result.failures][:3], result.skipped[0][1])
