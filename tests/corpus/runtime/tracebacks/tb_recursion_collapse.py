# Runaway recursion: repeated traceback entries collapse into "[Previous line repeated N more times]".
def rec(n):
    return rec(n + 1)
rec(0)
