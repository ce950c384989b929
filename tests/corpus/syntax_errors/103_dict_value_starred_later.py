# starred expression as a later dictionary value
d = {1: 2, **b, 3: *a}
