# after function definition
def f():
return 1
