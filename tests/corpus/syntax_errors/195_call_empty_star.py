# bare '*' in a call
f(*)
