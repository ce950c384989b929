# doctest: running examples from docstrings (passing and failing, ELLIPSIS, NORMALIZE_WHITESPACE, exceptions, SKIP), DocTestParser, output of a failing run, summary counts.
import doctest, io, sys
def add(a, b):
    """Add numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(20)]   # doctest: +ELLIPSIS
    [0, 2, 4, ..., 38]
    >>> print(list(range(5)))   # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2,
     3, 4]
    >>> add(1, None)
    Traceback (most recent call last):
      ...
    TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
    >>> add(0, 0)   # doctest: +SKIP
    'never checked'
    """
    return a + b
def wrong():
    """
    >>> 1 + 1
    3
    >>> raise ValueError('x')
    >>> print('a\\nb')
    a
    c
    """
finder = doctest.DocTestFinder(); runner = doctest.DocTestRunner(verbose=False)
for t in finder.find(add, 'add', globs={'add': add}): print(t.name, len(t.examples), runner.run(t))
buf = io.StringIO(); r2 = doctest.DocTestRunner(verbose=False)
for t in finder.find(wrong, 'wrong', globs={}): print(r2.run(t, out=buf.write))
print(buf.getvalue().replace(__file__, 'FILE'))
print(r2.summarize(verbose=False) if False else '', runner.failures if hasattr(runner, 'failures') else '', runner.tries if hasattr(runner, 'tries') else '')
p = doctest.DocTestParser(); ex = p.get_examples('>>> x = 1\n>>> x + 1\n2\n... \n>>> for i in range(2):\n...     print(i)\n0\n1\n')
print([(e.source, e.want, e.lineno, e.indent) for e in ex])
t = p.get_doctest('>>> 6 * 7\n42\n', {}, 'inline', None, 0); print(doctest.DocTestRunner().run(t))
vbuf = io.StringIO(); doctest.DocTestRunner(verbose=True).run(p.get_doctest('>>> 2 ** 3\n8\n', {}, 'v', 'v.py', 0), out=vbuf.write); print(vbuf.getvalue())
print(doctest.OPTIONFLAGS_BY_NAME['ELLIPSIS'] == doctest.ELLIPSIS, doctest.script_from_examples('text\n>>> 1\n1\n'))
