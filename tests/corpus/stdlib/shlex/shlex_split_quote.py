# shlex: split (quotes, escapes, comments, posix/non-posix), quote/join round trips, the shlex lexer (punctuation_chars, wordchars, whitespace_split, errors).
import shlex
for s in ['a b  c', 'echo "hello world" \'single q\'', r'escaped\ space and \"quote\"', 'a"b"c', "it's", 'cmd # comment here', '', '  ', 'x="a b" y=c', r'"nested \"dq\" inside"', "'back\\slash'", 'ünïcödé "ok"']:
    try: print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e: print(repr(s), type(e).__name__, e)
print(shlex.split('a "b c" d', posix=False), shlex.split("a 'b c' d", posix=False))
for s in ['simple', 'has space', "it's", '', 'a"b', '$HOME', 'safe-chars_./+:@%=,', 'tab\there', 'é']:
    q = shlex.quote(s); print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(['ls', '-l', 'my file', "o'neil"]), shlex.split(shlex.join(['a b', 'c'])))
lx = shlex.shlex('a && b || c; d > out.txt 2>&1', punctuation_chars=True); print(list(lx))
lx = shlex.shlex('key=value, other = "quoted val"', posix=True); lx.whitespace_split = False; lx.wordchars += '.'; print(list(lx))
lx = shlex.shlex('one two three', posix=True); print(lx.get_token(), lx.get_token()); lx.push_token('pushed'); print(lx.get_token(), lx.get_token(), repr(lx.get_token()), lx.lineno)
lx = shlex.shlex('a "unterminated', posix=True)
try: print(list(lx))
except ValueError as e: print(type(e).__name__, e)
lx = shlex.shlex('line1\nline2 word', posix=True, punctuation_chars=False); lx.whitespace_split = True; toks = []
while (t := lx.get_token()) != lx.eof: toks.append((t, lx.lineno))
print(toks, lx.eof, shlex.shlex().eof, repr(shlex.shlex(posix=False).eof))
try: shlex.split(None)
except ValueError as e: print(type(e).__name__, e)
