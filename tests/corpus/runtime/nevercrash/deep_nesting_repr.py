# repr/str/== of very deeply nested containers raise RecursionError instead of crashing; moderately deep ones work.
def nest(n, make):
    v = []
    for _ in range(n):
        v = make(v)
    return v
for name, make in [('list', lambda v: [v]), ('tuple', lambda v: (v,)), ('dict', lambda v: {'k': v})]:
    shallow = nest(50, make)
    print(name, len(repr(shallow)))
    deep = nest(100000, make)
    for label, op in [('repr', repr), ('str', str), ('eq', lambda v: v == nest(100000, make))]:
        try:
            op(deep)
            print(name, label, 'ok')
        except RecursionError as e:
            print(name, label, 'RecursionError', e)
print('done')
