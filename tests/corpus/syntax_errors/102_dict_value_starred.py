# starred expression as a dictionary value
d = {1: *a}
