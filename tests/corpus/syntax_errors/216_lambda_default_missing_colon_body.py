# lambda without body
f = lambda x:
