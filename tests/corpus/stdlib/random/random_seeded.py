# random: seeded sequences from int, str, bytes and float seeds; getstate/setstate; Random instances.
import random

for seed in [0, 1, 42, -7, 2**64 + 3, 'hello', b'bytes', bytearray(b'ba'), 3.25, '']:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)], random.getrandbits(80), random.randrange(1000))
random.seed(42)
print(random.random(), random.randint(1, 6), random.choice('abcdef'), random.uniform(1, 2))
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)], state[0], len(state[1]))
r = random.Random(12345)
print(r.random(), r.randrange(0, 100, 7), r.randint(-5, 5), r.getrandbits(33), r.randbytes(10))
print(r.choices(range(10), k=5), r.choices('abc', weights=[1, 5, 10], k=6), r.choices('xy', cum_weights=[1, 2], k=4))
print(r.sample(range(100), 5), r.sample(['a', 'b', 'c', 'd'], k=2, counts=[1, 2, 3, 4]))
items = list(range(20))
r.shuffle(items)
print(items)
r.seed('abc', version=1)
print(r.random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.random(), m.randrange(10), m.choice([1, 2, 3]))
for t in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.choice([]),
          lambda: random.sample([1, 2], 3), lambda: random.seed([1]), lambda: random.randint(1.5, 2),
          lambda: random.getrandbits(-1), lambda: random.Random().setstate(5)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
