# infinite recursion at the default limit raises RecursionError (caught), and the interpreter keeps working afterwards.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
print('still alive')
