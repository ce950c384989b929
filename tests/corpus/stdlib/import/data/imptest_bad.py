print('imptest_bad runs')
def helper():
    raise ValueError('raised while importing')
helper()
