# sys.flags: every field for a plain run (python3.11 PROGRAM.py).
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(sys.flags)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.utf8_mode, sys.flags.int_max_str_digits, len(sys.flags))
