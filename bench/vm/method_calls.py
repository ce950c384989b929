# Method calls on instances (LOAD_METHOD/CALL), including an inherited method and a property.
class Counter:
    def __init__(self):
        self.value = 0
    def incr(self, by):
        self.value += by
        return self
    def get(self):
        return self.value
class Stepper(Counter):
    def step(self):
        return self.incr(2).get()
    @property
    def doubled(self):
        return self.value * 2
def run(n):
    s = Stepper()
    total = 0
    for i in range(n):
        s.incr(1)
        total += s.step() % 7
        total += s.doubled % 3
    return total, s.get()
print(run(1_500_000))
