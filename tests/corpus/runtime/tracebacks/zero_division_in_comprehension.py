# uncaught ZeroDivisionError inside a dict comprehension: the <dictcomp> frame with carets.
values = {'a': 2, 'b': 0}
inverse = {k: 1 / v for k, v in values.items()}
