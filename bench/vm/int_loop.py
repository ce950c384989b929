# Integer arithmetic in a tight while loop (LOAD_FAST/BINARY_OP/COMPARE_OP on small ints).
def run(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total
print(run(6_500_000))
