# expression cannot contain assignment (call)
f(x, g()=1)
