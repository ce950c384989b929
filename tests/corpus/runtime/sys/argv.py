# sys.argv: the script path as given on the command line (no extra arguments in the corpus run), and its type.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(sys.argv, type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('argv.py'))
sys.argv.append('mutable')
print(sys.argv[1:])
print(sys.orig_argv[-1].endswith('argv.py') if hasattr(sys, 'orig_argv') else 'no orig_argv')
