# contextlib: contextmanager (exceptions in and out, reuse error), ExitStack (callbacks, enter_context, pop_all, exception suppression order), suppress, redirect_stdout/stderr, closing, nullcontext, chdir, ContextDecorator.
import contextlib, io, os, tempfile
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, ContextDecorator
@contextmanager
def tag(name):
    print(f'<{name}>')
    try: yield name.upper()
    except ValueError as e: print('handled', e)
    finally: print(f'</{name}>')
with tag('a') as t: print('body', t)
with tag('b'): raise ValueError('inside')
try:
    with tag('c'): raise KeyError('k')
except KeyError as e: print('propagated', repr(e))
@contextmanager
def bad_no_yield():
    if False: yield
try:
    with bad_no_yield(): pass
except RuntimeError as e: print(type(e).__name__, e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields(): pass
except RuntimeError as e: print(type(e).__name__, e)
cm = tag('once')
with cm: pass
try:
    with cm: pass
except (RuntimeError, AttributeError) as e: print(type(e).__name__, e)
@tag('deco')
def decorated(): print('in decorated')
decorated() if False else None
with ExitStack() as stack:
    for i in range(3): stack.callback(print, 'callback', i)
    stack.enter_context(tag('inner'))
    print('stack body')
def raiser(): raise IndexError('from callback')
try:
    with ExitStack() as st:
        st.callback(print, 'last callback runs')
        st.callback(raiser)
        st.push(lambda *exc: print('push sees', exc[0].__name__ if exc[0] else None) or False)
        raise TypeError('original')
except IndexError as e: print('final', repr(e), repr(e.__context__))
with ExitStack() as st:
    st.push(lambda *exc: True)
    raise ValueError('suppressed by exit stack')
print('after suppressed')
with ExitStack() as st:
    st.callback(print, 'moved'); moved = st.pop_all()
print('before close'); moved.close()
with suppress(ZeroDivisionError, KeyError): 1 / 0
with suppress(): pass
try:
    with suppress(KeyError): [][1]
except IndexError as e: print(type(e).__name__, e)
buf = io.StringIO()
with redirect_stdout(buf): print('captured'); print('again')
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb): import sys; sys.stderr.write('err text')
print(repr(eb.getvalue()))
class Res:
    def close(self): print('closed Res')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(42) as v: print(v)
with nullcontext() as v: print(v)
with tempfile.TemporaryDirectory() as d:
    before = os.getcwd()
    with contextlib.chdir(d): print(os.getcwd() == os.path.realpath(d) or os.getcwd() == d)
    print(os.getcwd() == before)
class timed(ContextDecorator):
    def __enter__(self): print('enter timed'); return self
    def __exit__(self, *exc): print('exit timed', exc[0]); return False
@timed()
def work(x): print('work', x); return x * 2
print(work(4))
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with CM() as c: print(type(c).__name__)
print(issubclass(io.StringIO, contextlib.AbstractContextManager), isinstance(nullcontext(), contextlib.AbstractContextManager))
try:
    with ExitStack() as st: st.enter_context(object())
except TypeError as e: print(type(e).__name__, e)
