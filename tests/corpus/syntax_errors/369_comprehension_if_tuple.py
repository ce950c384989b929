# tuple in a comprehension condition
x = [i for i in range(3) if i, 1]
