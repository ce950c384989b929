# '*a=1' in a call
f(*a=1)
