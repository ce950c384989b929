# sys.path[0] for a script: its directory, added after site ran (so only once, and site's own imports
# never searched it). Also run with -m by SysPathTests (then it is the current directory).
import sys
print(repr(sys.path[0]), sys.path.count(sys.path[0]))
print(sys.path[1:] == [p for p in sys.path[1:] if p != ""])
