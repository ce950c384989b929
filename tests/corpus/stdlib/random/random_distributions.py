# random: every distribution of random.py with a fixed seed (exact values).
import random

random.seed(2024)
print([random.gauss(0, 1) for _ in range(4)])
print([random.normalvariate(10, 2) for _ in range(4)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.vonmisesvariate(1.0, 2.0) for _ in range(3)], random.vonmisesvariate(1.0, 1e-7))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)], random.triangular(), random.triangular(5, 5))
print([random.uniform(-1, 1) for _ in range(3)])
print([random.randrange(10**30) for _ in range(2)], random.randrange(-10, 10, 3))
print(random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else 'no binomialvariate')
for t in [lambda: random.gammavariate(-1, 1), lambda: random.expovariate(0)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
