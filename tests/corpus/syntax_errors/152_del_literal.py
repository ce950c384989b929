# cannot delete literal
del 1
