# Perhaps you forgot a comma? in a call
f(a b)
