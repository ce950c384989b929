# iterable unpacking in a generator expression
y = (*a for a in b)
