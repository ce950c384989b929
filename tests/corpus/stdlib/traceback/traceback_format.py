# traceback: format_exc/print_exc, format_exception (chained: cause, context, suppressed), format_exception_only, extract_tb/extract_stack FrameSummary fields, walk_tb, format_list, limits.
import traceback, sys, io
def inner(x): return 1 / x
def middle(x): return inner(x)
def outer(x):
    try: return middle(x)
    except ZeroDivisionError as e: raise ValueError('wrapped') from e
try: outer(0)
except ValueError: text = traceback.format_exc()
print(text)
try:
    try: {}['k']
    except KeyError: raise TypeError('during handling')
except TypeError as e: print(''.join(traceback.format_exception(e)))
try:
    try: [][0]
    except IndexError: raise RuntimeError('no context') from None
except RuntimeError as e: print(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
try: outer(0)
except ValueError as e:
    print(''.join(traceback.format_exception(e, limit=1)), ''.join(traceback.format_exception(e, chain=False)))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb): print(fs.name, fs.lineno, fs.line, fs.filename.endswith('traceback_format.py'), repr(fs)[:30])
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)], traceback.format_list(traceback.extract_tb(tb))[0].splitlines()[1])
print(traceback.format_exception_only(ValueError, ValueError('msg')), traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(SyntaxError('bad', ('f.py', 3, 5, 'x = = 1\n', 3, 6))))
class Custom(Exception):
    def __str__(self): return 'custom str'
print(traceback.format_exception_only(Custom()), traceback.format_exception_only(Exception()), traceback.format_exception_only(Exception('a', 'b')))
def f(): return traceback.extract_stack(limit=2)
st = f(); print([(s.name, s.line) for s in st], len(traceback.format_stack(limit=1)))
buf = io.StringIO()
try: middle(0)
except ZeroDivisionError: traceback.print_exc(file=buf, limit=-1)
print(buf.getvalue())
e = ValueError('note me'); e.add_note('a note'); e.add_note('second')
print(traceback.format_exception_only(e))
try: exec('x = (1,\n  2 +)\n')
except SyntaxError as e: print(''.join(traceback.format_exception_only(e)))
old = sys.stderr; sys.stderr = io.StringIO()
try: 1 / 0
except ZeroDivisionError: traceback.print_exc(); captured = sys.stderr.getvalue()
sys.stderr = old; print(captured.splitlines()[-1], captured.count('File'))
def recurse(n): return recurse(n + 1) if n < 60 else 1 / 0
try: recurse(0)
except ZeroDivisionError: lines = traceback.format_exc().splitlines(); print(len(lines), lines[-6:])
