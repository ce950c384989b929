# sys.exit() and raise SystemExit(None): status 0, nothing on stderr (a non-zero exit comes from the finally-less path).
import sys
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code)
print('then raising SystemExit(True)')
raise SystemExit(True)
