# inconsistent tabs and spaces
def f():
	if x:
        pass
