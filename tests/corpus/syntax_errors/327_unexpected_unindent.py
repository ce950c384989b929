# decorator followed by a dedent
if a:
    @d
x
