# An uncaught ModuleNotFoundError from a nested import.
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

import imptest_pkg.mod_a
from imptest_pkg.sub import missing
