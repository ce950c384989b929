# invalid comprehension for target
y = [x for 1 in z]
