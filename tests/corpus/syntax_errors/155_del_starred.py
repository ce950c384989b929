# cannot delete starred
del *a, b
