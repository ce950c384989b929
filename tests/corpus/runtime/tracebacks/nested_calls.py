# an uncaught exception three calls deep: one frame line per call with source lines.
def level3(x):
    return x / 0
def level2(x):
    return level3(x) + 1
def level1():
    return level2(10)
print('start')
level1()
