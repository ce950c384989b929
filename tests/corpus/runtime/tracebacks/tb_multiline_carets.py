# Carets for an expression spanning lines highlight to the end of its first line.
def f(a,
      b):
    return (a +
            b)
f(1,
  None)
