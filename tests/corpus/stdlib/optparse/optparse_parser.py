# optparse: OptionParser with types, defaults, callbacks, choices, option groups, help output (fixed width), errors (exit status and stderr), parse of positional args.
import optparse, io, contextlib, os
os.environ['COLUMNS'] = '70'
def cb(option, opt_str, value, parser): parser.values.seen = getattr(parser.values, 'seen', []) + [opt_str]
p = optparse.OptionParser(usage='%prog [options] files', prog='tool', version='%prog 2.0', description='Does things with files and is described at length here.')
p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print status messages")
p.add_option('-n', type='int', default=3, help='count [default: %default]'); p.add_option('--ratio', type='float')
p.add_option('--mode', type='choice', choices=['a', 'b'], default='a'); p.add_option('-t', '--tag', action='append', default=[])
p.add_option('-c', action='callback', callback=cb); p.add_option('-v', action='count', dest='verbosity')
g = optparse.OptionGroup(p, 'Dangerous Options', 'Caution: use at your own risk.'); g.add_option('-g', action='store_true', help='Group option.'); p.add_option_group(g)
for argv in [[], ['-f', 'out.txt', '-q', 'a', 'b'], ['-n', '7', '--ratio=0.5', '--mode', 'b', '-t', 'x', '-tx2', '-c', '-vv', '-g'], ['--file=x', '--', '-n']]:
    opts, rest = p.parse_args(argv); print(sorted((k, v) for k, v in vars(opts).items()), rest)
for argv in [['-n', 'x'], ['--mode', 'z'], ['--nope'], ['-f'], ['--help'], ['--version'], ['--ratio', 'q']]:
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err): p.parse_args(argv)
    except SystemExit as e: print(argv, 'EXIT', e.code); print(out.getvalue() + err.getvalue())
for bad in [lambda: p.add_option('-f'), lambda: p.add_option('--x', type='nonsense'), lambda: p.add_option('x'), lambda: p.add_option('-y', action='bogus')]:
    try: bad()
    except (optparse.OptionError, optparse.OptionConflictError, TypeError) as e: print(type(e).__name__, e)
print(p.get_usage(), p.get_option('-f').dest, p.has_option('--quiet'), p.defaults['n'], p.get_default_values().n)
v = optparse.Values({'a': 1}); v.ensure_value('b', []).append(2); print(v, v.a, v.b)
