# traceback: TracebackException (from_exception, format, stack, exc_type, __cause__/__context__, exception groups, capture_locals), StackSummary, FrameSummary, print_exception to a file.
import traceback, io
def fail(n):
    data = {'n': n, 'items': [1, 2]}
    return data['items'][n]
try: fail(5)
except IndexError as e: te = traceback.TracebackException.from_exception(e, capture_locals=True)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name, sorted(te.stack[-1].locals), te.stack[-1].locals['n'])
print(''.join(traceback.TracebackException.from_exception(te and IndexError('rebuilt')).format()) if False else '', ''.join(te.format()).count('Traceback'))
print(list(te.format_exception_only()), te == traceback.TracebackException.from_exception(te.__class__ and IndexError('x')) if False else '')
try:
    try: int('x')
    except ValueError as v: raise KeyError('k') from v
except KeyError as k: te2 = traceback.TracebackException.from_exception(k)
print(te2.__cause__.exc_type.__name__, te2.__context__.exc_type.__name__ if te2.__context__ else None, te2.__suppress_context__)
print(''.join(te2.format(chain=True)))
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [KeyError('k1')])])
try: raise eg
except ExceptionGroup as g: print(''.join(traceback.format_exception(g)))
tg = traceback.TracebackException.from_exception(eg); print(len(tg.exceptions), [x.exc_type.__name__ for x in tg.exceptions])
ss = traceback.StackSummary.from_list([('f.py', 10, 'func', 'x = 1'), ('g.py', 20, 'gunc', None)]); print(ss.format())
fs = traceback.FrameSummary('file.py', 3, 'name', line='  code()  ', locals={'a': 1}); print(fs.line, fs.lineno, fs.locals, fs == ('file.py', 3, 'name', 'code()'), list(fs), len(fs))
buf = io.StringIO()
try: None.attr
except AttributeError as e: traceback.print_exception(e, file=buf); traceback.print_exception(type(e), e, None, file=buf)
print(buf.getvalue())
def deep(n): return deep(n - 1) if n else [].pop()
try: deep(10)
except IndexError as e: print(''.join(traceback.format_exception(e, limit=3)).count('deep'), ''.join(traceback.format_tb(e.__traceback__, limit=-2)).count('line'))
print(traceback.TracebackException(ValueError, ValueError('direct'), None).format_exception_only().__next__())
