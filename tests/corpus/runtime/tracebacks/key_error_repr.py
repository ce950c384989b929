# uncaught KeyError: the message is the repr of the key (quotes, tuples).
config = {('a', 1): 'x'}
print(config[('a', 1)])
config[('b', 2)]
