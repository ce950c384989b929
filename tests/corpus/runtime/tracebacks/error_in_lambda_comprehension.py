# exception inside a lambda called from a list comprehension: <lambda> and <listcomp> frames.
inverse = lambda x: 1 / x
values = [inverse(v) for v in [1, 2, 0, 4]]
