# cannot assign to comparison
a < b = 1
