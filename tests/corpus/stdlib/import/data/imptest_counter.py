import sys
count = getattr(sys, '_imptest_counter', 0) + 1
sys._imptest_counter = count
print('imptest_counter executes', count)
