# argparse: help text formatting (usage wrapping, groups, metavars, defaults, formatter classes, epilog) and subcommands (set_defaults, required, aliases, errors).
import argparse, io, contextlib, os
os.environ['COLUMNS'] = '70'
def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err): ns = parser.parse_args(argv)
        print('OK', sorted((k, v if not callable(v) else v.__name__) for k, v in vars(ns).items()))
    except SystemExit as e:
        print('EXIT', e.code); print(out.getvalue(), end=''); print(err.getvalue(), end='')
p = argparse.ArgumentParser(prog='vcs', description='A version control system with a long description that must wrap across lines nicely.',
                            epilog='See the manual for more.', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--repo', default='.', help='repository path')
p.add_argument('-q', '--quiet', action='store_true', help='say less')
grp = p.add_argument_group('network', 'Options for remote access.')
grp.add_argument('--timeout', type=float, default=3.5, metavar='SECS', help='timeout in seconds')
grp.add_argument('--retries', type=int, default=2, choices=range(5))
sub = p.add_subparsers(dest='cmd', title='commands', help='what to do', required=True)
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True); c.add_argument('paths', nargs='*', metavar='PATH'); c.set_defaults(func=len)
l = sub.add_parser('log', help='show history'); l.add_argument('-n', type=int, default=10); l.add_argument('--oneline', action=argparse.BooleanOptionalAction, default=False)
run(p, ['--help'])
run(p, ['commit', '--help'])
run(p, ['log', '-h'])
for argv in [['commit', '-m', 'msg', 'a', 'b'], ['ci', '-m', 'x'], ['log', '--no-oneline'], ['log', '--oneline', '-n', '3'], [], ['push'], ['commit'], ['--retries', '9', 'log'], ['--quiet', 'log', 'extra']]:
    print(argv); run(p, argv)
print(p.format_usage(), end='')
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter, description='keep\n   this   layout\n')
r.add_argument('x', help=argparse.SUPPRESS); r.add_argument('--long-option-name-that-is-long', dest='lo', metavar='VALUE_WITH_LONG_NAME', help='a very long help string that needs to be wrapped to fit in the available width of the terminal')
print(r.format_help())
m = argparse.ArgumentParser(prog='meta', formatter_class=argparse.MetavarTypeHelpFormatter, add_help=False); m.add_argument('n', type=int); m.add_argument('--f', type=float); print(m.format_help())
e = argparse.ArgumentParser(prog='err'); e.add_argument('--x', type=int)
try:
    with contextlib.redirect_stderr(io.StringIO()) as s: e.error('custom problem')
except SystemExit as ex: print(ex.code, repr(s.getvalue()))
print(repr(argparse.ArgumentParser(prog='z')), argparse.SUPPRESS, argparse.REMAINDER, argparse.ONE_OR_MORE)
