# Float arithmetic in a for loop: multiply-add, division, comparisons.
def run(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.999 + y / (i + 1.0)
        if x > 10.0:
            x -= 10.0
    return x
print(round(run(7_500_000), 9))
