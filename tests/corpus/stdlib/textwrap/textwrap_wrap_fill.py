# textwrap: wrap/fill options, shorten, dedent/indent, TextWrapper attributes and edge cases.
import textwrap
text = ('The quick brown fox jumps over the lazy dog. Supercalifragilisticexpialidocious is a long word; '
        'hyphenated-words-break-here and   multiple   spaces\tand tabs.')
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 40, max_lines=2, placeholder=' [...]'))
print(textwrap.wrap('a\tb\tc', 10, expand_tabs=True, tabsize=4), textwrap.wrap('  lead  trail  ', 20, drop_whitespace=False), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(textwrap.wrap('Hello.  World. Mr. Smith!', 40, fix_sentence_endings=True), textwrap.wrap('x' * 25, 10), textwrap.fill('one two\nthree four', 9, replace_whitespace=False))
print(repr(textwrap.shorten('Hello  world! This is a test', width=12)), repr(textwrap.shorten('Hello world', 11)), repr(textwrap.shorten('abc def ghi', 8, placeholder='..')))
print(repr(textwrap.dedent('''\
    def f():
        return 1
      # odd
    ''')), repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('  x\n\n  y\n   ')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=15, initial_indent='>>', subsequent_indent='..')
print(w.wrap('alpha beta gamma delta epsilon zeta'), w.width, w.break_long_words)
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 3, initial_indent='xxxx', max_lines=1),
            lambda: textwrap.shorten('abc', 2, placeholder='xxxx')]:
    try: print(bad())
    except ValueError as e: print(type(e).__name__, e)
print(textwrap.wrap('日本語のテキスト 😀 emoji wrap test', 8), textwrap.wrap('a-b-c-d-e-f', 4))
