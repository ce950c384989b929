# two unparenthesized generator expressions in a call
x = f(a for a in b, c for c in d)
