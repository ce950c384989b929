# argparse: positionals, options, types, choices, nargs, defaults, actions (store_true, count, append, const), mutually exclusive groups, errors (exit status and message).
import argparse, sys, io, contextlib
def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err): ns = parser.parse_args(argv)
        print('OK', sorted(vars(ns).items()))
    except SystemExit as e:
        print('EXIT', e.code, repr(out.getvalue()), repr(err.getvalue()))
p = argparse.ArgumentParser(prog='tool', description='A tool.')
p.add_argument('src'); p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', '--num', type=int, default=1, help='count (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--flag', action='store_true'); p.add_argument('--no-x', dest='x', action='store_false')
p.add_argument('--mode', choices=['a', 'b'], default='a'); p.add_argument('--tag', action='append', default=[])
p.add_argument('--const', action='store_const', const=42); p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--rest', nargs='*'); p.add_argument('--ratio', type=float); p.add_argument('--ver', action='version', version='%(prog)s 1.0')
for argv in [['in'], ['in', 'o2', '-n', '5', '-vvv', '--flag'], ['in', '--tag', 'a', '--tag=b', '--mode', 'b', '--const', '--no-x'],
             ['in', '--pair', 'k', 'v', '--rest', '1', '2'], ['in', '-n5', '--ratio', '1e3'], ['--', '-dash'], [], ['in', '-n', 'x'],
             ['in', '--mode', 'c'], ['in', '--bogus'], ['a', 'b', 'c'], ['in', '--pair', 'k'], ['--ver'], ['in', '--nu', '3'], ['in', '--ratio', 'abc']]:
    print(argv); run(p, argv)
g = argparse.ArgumentParser(prog='ex', exit_on_error=True); m = g.add_mutually_exclusive_group(required=True); m.add_argument('--a', action='store_true'); m.add_argument('--b', action='store_true')
for argv in [['--a'], ['--a', '--b'], []]: run(g, argv)
ns, extra = p.parse_known_args(['in', '--unknown', 'z']); print(ns.src, extra)
q = argparse.ArgumentParser(prog='q', prefix_chars='+', allow_abbrev=False); q.add_argument('+x', type=int); run(q, ['+x', '3'])
def positive(s):
    v = int(s)
    if v <= 0: raise argparse.ArgumentTypeError(f'{s} is not positive')
    return v
r = argparse.ArgumentParser(prog='r'); r.add_argument('n', type=positive); r.add_argument('--opt', required=True); run(r, ['-3', '--opt', 'x']); run(r, ['3']); run(r, ['3', '--opt', 'o'])
try: p.add_argument('--num')
except argparse.ArgumentError as e: print(type(e).__name__, e)
try: argparse.ArgumentParser().add_argument('x', nargs=0)
except ValueError as e: print(type(e).__name__, e)
ns = argparse.Namespace(a=1, b='x'); print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns)
t = argparse.ArgumentParser(prog='t', fromfile_prefix_chars='@'); t.add_argument('items', nargs='+', type=int); run(t, ['1', '2', '3']); print(t.parse_intermixed_args(['4', '5']))
