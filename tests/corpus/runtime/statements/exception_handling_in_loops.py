# exceptions inside loops: continue/break from except blocks, else/finally interplay, retry loops with counters.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

results = []
for v in ['1', 'x', '3', None, '5']:
    try:
        n = int(v)
    except ValueError:
        results.append('bad ' + v)
        continue
    except TypeError:
        results.append('stop at None')
        break
    else:
        results.append(n * 10)
    finally:
        results.append('|')
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry %d' % attempts)
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('failed:', e)
def gen_errors():
    for i in range(4):
        try:
            yield 10 // (i - 2)
        except ZeroDivisionError:
            yield 'div by zero at %d' % i
print(list(gen_errors()))
