# uncaught KeyboardInterrupt: traceback and exit status.
def work():
    raise KeyboardInterrupt
print('working')
work()
