# two commas in a call
f(a,,b)
