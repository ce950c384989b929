# expression cannot contain assignment
f(a.b=1)
