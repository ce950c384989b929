# An uncaught error raised while a module executes: the traceback shows no importlib frames.
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

print('before')
import imptest_bad
