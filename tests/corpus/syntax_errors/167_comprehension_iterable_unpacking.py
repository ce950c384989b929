# iterable unpacking cannot be used in comprehension
y = [*a for a in b]
