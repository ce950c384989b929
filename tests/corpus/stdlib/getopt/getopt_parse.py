# getopt: short and long options with arguments, abbreviations, gnu_getopt interspersed arguments, '--' terminator, GetoptError messages and .opt.
import getopt
args = '-a -b val -cfoo --long --with-arg=x --with-arg y rest1 -z rest2'.split()
print(getopt.getopt(args, 'ab:c:z', ['long', 'with-arg=']))
print(getopt.gnu_getopt(args, 'ab:c:z', ['long', 'with-arg=']))
print(getopt.getopt(['--lo', '--wi=3'], '', ['long', 'with=']), getopt.getopt(['-ab', '--', '-c'], 'ab'), getopt.getopt([], 'a'), getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.getopt(['--opt='], '', ['opt=']), getopt.getopt(['--flag'], '', 'flag'), getopt.gnu_getopt(['-', '-a'], 'a'))
for a, s, l in [(['-x'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['long']), (['--long=v'], '', ['long']), (['--with-arg'], '', ['with-arg=']), (['--lo'], '', ['long', 'lonely'])]:
    try: print(getopt.getopt(a, s, l))
    except getopt.GetoptError as e: print(type(e).__name__, e, repr(e.opt), e.msg)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
