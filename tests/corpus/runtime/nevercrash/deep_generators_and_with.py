# deep nesting of yield from chains and with statements hits RecursionError cleanly; moderate depths work.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
def chain(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from chain(n - 1)
print(next(chain(300)))
try:
    next(chain(100000))
except RecursionError as e:
    print('RecursionError', e)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def nested_with(n):
    if n == 0:
        return 'inside'
    with CM():
        return nested_with(n - 1)
print(nested_with(200))
try:
    nested_with(100000)
except RecursionError as e:
    print('RecursionError', e)
print('alive')
