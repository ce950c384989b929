# dedent to a column between two outer levels
class A:
    def f(self):
        pass
  x
