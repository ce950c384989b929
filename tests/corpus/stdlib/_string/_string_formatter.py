# _string: formatter_parser and formatter_field_name_split on valid and malformed format strings.
import _string, _typing, _opcode
for s in ['', 'abc', 'a{}b', '{0}{1!r:>{w}}', 'x{{y}}z', '{a.b[c]}', '{!s}', '{:}', 'end{', 'a}b', '{a{', '{0!}', '{0!rx}', '{0:{1}', 'lit{x}tail', '{}{}', '}}', '{{']:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['', 'a', '0', 'a.b[0][x].c', '12[3]', 'a[', 'a.', 'a[]', 'a[0]x', 'a..b']:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except Exception as e: print(repr(s), type(e).__name__, e)
try: _string.formatter_parser(1)
except Exception as e: print(type(e).__name__, e)
print(type(_string.formatter_parser('')).__name__, type(_string.formatter_field_name_split('')[1]).__name__)
