# N-queens by backtracking with sets (recursion, set add/remove, membership).
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    count = 0
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c); diag1.add(row + c); diag2.add(row - c)
            place(row + 1)
            cols.remove(c); diag1.remove(row + c); diag2.remove(row - c)
    place(0)
    return count
print([solve(n) for n in range(4, 12)])
