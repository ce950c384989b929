# string: Template (substitute, safe_substitute, custom delimiters/idpattern, errors, get_identifiers) and Formatter (parse, custom conversions).
import string
from string import Template, Formatter
t = Template('$who likes ${what}; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann'}, what='tea'), t.safe_substitute(who='bo'), t.template)
for bad in [lambda: t.substitute(who='x'), lambda: Template('$').substitute(), lambda: Template('${bad').substitute(), lambda: Template('$1').substitute(),
            lambda: t.substitute({}, {}), lambda: Template('x $y z\nline2 $').substitute(y=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(Template('$a ${b} $$ $c').get_identifiers(), Template('$a $').is_valid(), Template('$a').is_valid(), Template('$ok $').safe_substitute(ok=1))
class Pct(Template):
    delimiter = '%'
    idpattern = r'[a-z]+_[a-z]+'
print(Pct('%first_name %x %%').safe_substitute(first_name='A'))
class Braces(Template):
    pattern = r'\{\{(?:(?P<escaped>\{)|(?P<named>\w+)|(?P<braced>\w+)|(?P<invalid>))\}\}'
print(Braces('Hi {{name}}!').substitute(name='Z'))
f = Formatter()
print(list(f.parse('a{0}b{name!r:>{w}}c{{d}}{}')), f.format('{0}-{x:^5}-{0!r}', 'q', x='m'), f.vformat('{a[0]}{b.real}', (), {'a': [7], 'b': 3}))
class Up(Formatter):
    def convert_field(self, value, conversion):
        return str(value).upper() if conversion == 'u' else super().convert_field(value, conversion)
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f'<{key}>') if isinstance(key, str) else super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return super().format_field(value, spec).replace(' ', '_')
print(Up().format('{a!u} {missing} {0:>4}', 'z', a='hi'))
for bad in [lambda: f.format('{0}{}', 1, 2), lambda: f.format('{}{0}', 1), lambda: f.format('{0!x}', 1), lambda: f.format('{', 1), lambda: f.format('{:{:{}}}', 1, 2, 3), lambda: f.format('{1}', 0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('  hello   wORLD  again '), string.capwords('a-b-c', '-'))
