# missing ':' in lambda
f = lambda x x
