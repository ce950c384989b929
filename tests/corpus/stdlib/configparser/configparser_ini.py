# configparser: reading strings/dicts, DEFAULT section, interpolation (basic, extended, none), typed getters, fallbacks, writing, errors with line numbers, options.
import configparser, io
text = '''
[DEFAULT]
base = /srv
debug = no

[paths]
home = %(base)s/home
logs : %(home)s/logs
multi = first line
   second line

[server]
port = 8080
ratio = 0.75
enabled = yes
# comment
; other comment
empty =
'''
cp = configparser.ConfigParser(); cp.read_string(text)
print(cp.sections(), cp.defaults(), cp.has_section('paths'), cp.has_option('paths', 'debug'), sorted(cp.options('server')))
print(cp.get('paths', 'logs'), repr(cp['paths']['multi']), cp.get('paths', 'logs', raw=True), cp.get('paths', 'home', vars={'base': '/opt'}))
print(cp.getint('server', 'port'), cp.getfloat('server', 'ratio'), cp.getboolean('server', 'enabled'), cp.getboolean('server', 'debug'), repr(cp['server']['empty']))
print(cp.get('server', 'missing', fallback='fb'), cp.getint('server', 'missing', fallback=1), cp['server'].get('port'), cp['server'].getint('port'), 'port' in cp['server'], len(cp['server']))
print(sorted(cp['server'].items()) if False else sorted(dict(cp['server']).items()), cp.items('paths', raw=True)[:2])
for bad in [lambda: cp.get('nosection', 'x'), lambda: cp.get('server', 'nokey'), lambda: cp.getint('server', 'ratio'), lambda: cp.getboolean('paths', 'home'), lambda: cp.add_section('paths'),
            lambda: cp.read_string('[a]\nx=1\n[a]\n'), lambda: cp.read_string('novalue\n'), lambda: cp.read_string('[s]\nk=1\nk=2\n'), lambda: cp.add_section('DEFAULT'),
            lambda: configparser.ConfigParser().read_string('[s]\nloop=%(loop)s\n') or 'no error yet', lambda: cp['nope']]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
loop = configparser.ConfigParser(); loop.read_string('[s]\na=%(b)s\nb=%(a)s\nbad=100%\n')
for opt in ['a', 'bad']:
    try: loop.get('s', opt)
    except configparser.Error as e: print(type(e).__name__, e)
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation()); ex.read_string('[a]\nx=1\ny=${x}2\n[b]\nz=${a:y}3\nlit=$$5\n'); print(ex['b']['z'], ex['b']['lit'])
raw = configparser.RawConfigParser(); raw.read_string('[r]\np=100%\n'); print(raw.get('r', 'p'))
cp.set('server', 'port', '9090'); cp['new'] = {'a': '1', 'b': 'two'}; cp.remove_option('server', 'empty'); cp.remove_section('paths')
out = io.StringIO(); cp.write(out); print(out.getvalue())
try: cp.set('server', 'port', 9090)
except TypeError as e: print(type(e).__name__, e)
d = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), comment_prefixes=('#',), inline_comment_prefixes=(';',)); d.read_string('[x]\nflag\nkey = v ; trailing\n'); print(dict(d['x']))
d2 = configparser.ConfigParser(); d2.optionxform = str; d2.read_dict({'Sec': {'CamelKey': 1, 'n': None if False else 2}}); print(d2.options('Sec'), d2['Sec']['CamelKey'])
print(configparser.ConfigParser(default_section='common', strict=False).default_section, configparser.BOOLEAN_STATES if hasattr(configparser, 'BOOLEAN_STATES') else sorted(configparser.ConfigParser.BOOLEAN_STATES))
