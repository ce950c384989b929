"""Writes tests/Kaa.Runtime.Tests/Modules/Sre/sre_cases.py: engine cases for Kaa's _sre.

Run with the oracle (/usr/bin/python3.11). For each (pattern, flags, subjects) it compiles the pattern
with CPython's own re._parser/re._compiler and stores the resulting code list, group count and tables
as literals, followed by a driver that hands them to _sre.compile() and prints, for each subject, what
match, fullmatch, search and a scanner over the whole subject find (spans, lastindex). The generated
program imports only _sre, so it runs on Kaa before the import system exists; the unit test runs it
on Kaa and on the oracle and compares the outputs line by line.

Patterns come from CPython's test/re_tests.py (the ones that compile) plus cases for 3.11's atomic
groups and possessive repeats, case-insensitive matching (ASCII, Unicode, locale), bytes and astral text.
"""
import os
import re
import sys
from re import _compiler, _parser

sys.path.insert(0, '/usr/lib/python3.11')
from test import re_tests  # noqa: E402

EXTRA = [
    # (pattern, flags, subjects)
    (r'(?>a+)b', 0, ['aaab', 'aaa', 'xaab']),
    (r'(?>a|ab)c', 0, ['abc', 'ac']),
    (r'a++b', 0, ['aaab', 'aaa']),
    (r'a*+a', 0, ['aaaa']),
    (r'(?:ab)++c', 0, ['ababc', 'abab', 'abc']),
    (r'(?:ab)*+', 0, ['ababx']),
    (r'(a|b)?+c', 0, ['ac', 'bc', 'c']),
    (r'x{2,3}+x', 0, ['xxxx', 'xxx']),
    (r'(?:a|bc){1,3}+d', 0, ['abcad', 'bcbcbcd', 'ad']),
    (r'(?i)straße', 0, ['STRASSE', 'Straße', 'STRAẞE']),
    (r'(?i)[k]', 0, ['K', 'k', '\u212a']),
    (r'(?i)\u0130', 0, ['i', 'I', '\u0130', 'i\u0307']),
    (r'(?i)[a-z]+', 0, ['HeLLo \u212a', 'ſ']),
    (r'(?i)[^a-z]+', 0, ['HeLLo 123']),
    (r'(?ai)[a-z]+', 0, ['HeLLo \u212a']),
    (r'(?i)(a)\1', 0, ['aA', 'Aa', 'ab']),
    (r'(?ia)(a)\1', 0, ['aA']),
    (r'(?i)\xe9', 0, ['\xc9', '\xe9']),
    (rb'(?i)ab[c-e]', 0, [b'ABD', b'aBe', b'abf']),
    (rb'(?L)(?i)ab[c-e]\w+\b', 0, [b'ABDxy z', b'aBe']),
    (rb'(?L)(?i)(ab)\1', 0, [b'abAB']),
    (rb'\w+', 0, [b'hello world \xe9\xe9']),
    (rb'[\x80-\xff]+', 0, [b'abc\x80\xfe\xffdef']),
    (r'\w+', 0, ['h\xe9llo w\u00f6rld \u0663\u0664', 'abc_123']),
    (r'(?a)\w+', 0, ['h\xe9llo']),
    (r'\d+', 0, ['abc \u0663\u0664 12']),
    (r'(?a)\d+', 0, ['abc \u0663\u0664 12']),
    (r'\s+', 0, ['a \t\n\x1c\x85\u2028b']),
    (r'(?a)\s+', 0, ['a \t\n\x1c\x85b']),
    (r'\bfoo\b', 0, ['foo', 'afoo', 'foo bar', ' foo.']),
    (r'\Bo\B', 0, ['foo', 'o']),
    (r'(?a)\b\w+\b', 0, ['\xe9t\xe9 ab']),
    (r'^abc$', re.M, ['x\nabc\ny', 'abc\n', 'abc']),
    (r'abc$', 0, ['abc\n', 'abc\n\n', 'abc']),
    (r'\Aabc\Z', 0, ['abc', 'abc\n']),
    (r'.+', 0, ['ab\ncd']),
    (r'.+', re.S, ['ab\ncd']),
    (r'(?<=ab)c', 0, ['abc', 'xbc']),
    (r'(?<!ab)c', 0, ['abc', 'xbc']),
    (r'(?=(a+))a*b\1', 0, ['baaabac']),
    (r'(?!a)\w', 0, ['aab']),
    (r'(a)|b', 0, ['b', 'a']),
    (r'(?P<x>a)(?(x)b|c)', 0, ['ab', 'ac']),
    (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'b']),
    (r'(a*)*', 0, ['aaa', 'b']),
    (r'(a*)+', 0, ['aaa', 'b']),
    (r'(a|)*b', 0, ['aab']),
    (r'(?:a*?)*?b', 0, ['aab']),
    (r'(a+?)(a*)', 0, ['aaaa']),
    (r'(a{2,4}?)(a*)', 0, ['aaaaa']),
    (r'(?:(a)|(b))*', 0, ['abab']),
    (r'(a)(?:(b)|c)*', 0, ['abcb', 'acbc']),
    (r'((a)|b)+', 0, ['ab']),
    (r'(\w+)\s+\1', 0, ['hello hello world', 'ab abc']),
    (r'x*', 0, ['', 'axxb']),
    (r'', 0, ['', 'abc']),
    (r'\U0001f600+', 0, ['a\U0001f600\U0001f600b']),
    (r'[\U0001f600-\U0001f64f]', 0, ['x\U0001f601']),
    (r'.', 0, ['\U0001f600']),
    (r'[\u0100-\uffff]+', 0, ['abc\u0101\u4e00\uffffz']),
    (r'[^\u0100-\u0200]+', 0, ['\u0150ab\u0180']),
    (r'[a-c\u4e00-\u4e10\U00010000-\U00010010]+', 0, ['\U00010005b\u4e05zz']),
    (r'(?i)[\u0400-\u04ff]+', 0, ['\u0410\u0430\u042f']),
    (r'a.c', 0, ['abc\u1234a\nc']),
    (r'(?s)a.*?c', 0, ['a\nbc c']),
    (r'(?x) a b # comment', 0, ['ab']),
    (r'(ab|a)(bc|c)', 0, ['abc']),
    (r'(?:x|y|z|abc|abd|abe)+', 0, ['xyabdzabe']),
    (r'hello world', 0, ['say hello world!', 'hello worl']),
    (r'abcabd', 0, ['abcabcabd']),
    (r'aaab', 0, ['aaaaab']),
    (r'[ab]cd', 0, ['xxbcd']),
    (r'\d{3}-\d{4}', 0, ['call 555-1234 now']),
    (r'(\d+)-(\d+)', 0, ['12-34 56-78']),
    (r'(?:\w+@\w+\.com)', 0, ['mail me at joe@example.com']),
    (r'a{3,}', 0, ['aaaaaa', 'aa']),
    (r'a{,2}b', 0, ['aaab']),
    (r'(?:a{2}){2}', 0, ['aaaaa']),
    # gh-106052: a possessive repeat's failed last iteration leaves neither position nor marks behind.
    (r'(?:.(?!D))++', 0, ['ABCDE']),
    (r'(?:.(?!D))*+', 0, ['ABCDE']),
    (r'(?:.(?!D))?+', 0, ['CDE']),
    (r'(?:.(?!D)){1,3}+', 0, ['ABCDE']),
    (r'(?:ab?c)++', 0, ['aca']),
    (r'(?:ab?c)*+', 0, ['aca']),
    (r'(?:ab?c)?+', 0, ['a']),
    (r'(?:ab?c){1,3}+', 0, ['aca']),
    (r'(?:(a)b?(c))++', 0, ['acaca', 'aca']),
    (r'(?:(a)|b(x)?)*+c', 0, ['abxabc', 'abac']),
    # The engine's fast paths: first-item skipping, vectorised prefix/set/literal scans, the backward
    # literal scan and tail calls of REPEAT_ONE, the last BRANCH alternative run in place.
    (r'(\w+)\s+(\w+)', 0, ['  hello   world  ', '\u03b1\u03b2 \u03b3', 'x']),
    (r'\b[A-Z]{2,}\b', 0, ['the QUICK brown FOX', 'A B', '\xc9T\xc9 OK']),
    (r'[^abc]+', 0, ['abc\u03b1\u03b2xyz', 'aaa', '\U0001f600ab']),
    (rb'[^abc]+', 0, [b'abc\xff\x80xyz']),
    (rb'[a-c]{2}', 0, [b'xxabyycc']),
    (r'(?a)[^\d\s]+', 0, ['12 \u0663ab 3']),
    (r'(?i)[a-z]+x', 0, ['12 ABX', '\u212ax']),
    (r'\d+', 0, ['\U0001f600 12 \u0663']),
    (r'abcab', 0, ['abcabcab', 'xabcaabcab']),
    (r'\U0001f600x', 0, ['a\U0001f600\U0001f600x']),
    (rb'\xe9\xe9x', 0, [b'\xe9\xe9\xe9x']),
    (r'\xe9\xe9x', 0, ['\xe9\xe9\xe9x']),
    (r'\u0100\u0101', 0, ['\u0100\u0100\u0101']),
    (r'.*(P)(y)', 0, ['xPyPyz', 'PPP', 'Py']),
    (r'a*(b)', 0, ['aaab', 'aaa', 'b']),
    (r'(?:x.*(y)z)+', 0, ['xayzxbyzq', 'xyz']),
    (r'(a.*)(b)', 0, ['aabab', 'ab']),
    (r'(a(b).*)c', 0, ['abxcxc', 'abx']),
    (r'(?:(a)|(b)|(c))+d', 0, ['abcd', 'cbad', 'abc']),
    (r'(?:(a)|b)*?c', 0, ['ababc', 'bbc']),
    (r'(?:a|b|(c))*', 0, ['abcab']),
    (r'x*y*z*P', 0, ['xxyyP', 'xzP', 'xyz']),
    (r'[ab]*?b', 0, ['aab']),
    (r'(?:ab|a)*c', 0, ['ababac']),
    (r'a{2,}(b)', 0, ['aaab', 'ab']),
    (r'.{3}(x)', 0, ['abcx', 'abx']),
    (r'(?m)^\w+$', 0, ['ab\ncd\n']),
    (r'[xyz]', 0, ['\U0001f600y']),
]

def codes(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | p.state.flags), [int(x) for x in code], p.state.groups - 1, dict(groupindex), tuple(indexgroup))

def main():
    cases = []
    seen = set()
    for t in re_tests.tests:
        if len(t) < 3:
            continue
        pattern, subject = t[0], t[1]
        if t[2] == re_tests.SYNTAX_ERROR:
            continue
        for flags in (0, re.I):
            key = (pattern, subject, flags)
            if key in seen:
                continue
            seen.add(key)
            try:
                compiled = codes(pattern, flags)
            except Exception:
                continue
            cases.append((pattern, compiled, [subject]))
    for pattern, flags, subjects in EXTRA:
        cases.append((pattern, codes(pattern, flags), subjects))
    out = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Kaa.Runtime.Tests', 'Modules', 'Sre', 'sre_cases.py')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Generated by tools/oracle_sre_cases.py from the oracle; do not edit.\n')
        f.write('import _sre\n\nCASES = [\n')
        for pattern, (flags, code, groups, gi, ig), subjects in cases:
            subjects = [(x, ascii(x), len(x)) for x in subjects]
            f.write(f'    ({pattern!r}, {flags}, {code!r}, {groups}, {gi!r}, {ig!r}, {subjects!r}),\n')
        f.write(']\n')
        f.write(DRIVER)
    print(f'{len(cases)} cases written to {os.path.normpath(out)}')

DRIVER = '''

def show(m):
    if m is None:
        return 'None'
    return '%r %r %r' % (m.regs, m.lastindex, m.lastgroup)

def run():
    for n, (pattern, flags, code, groups, gi, ig, subjects) in enumerate(CASES):
        try:
            p = _sre.compile(pattern, flags, code, groups, gi, ig)
        except Exception as e:
            print(n, 'compile', type(e).__name__, e)
            continue
        # Each subject comes with its ascii() and len() from the oracle, so that the driver needs
        # nothing of bytes but the engine.
        for s, label, length in subjects:
            try:
                found = []
                sc = p.scanner(s)
                while len(found) < 50:
                    m = sc.search()
                    if m is None:
                        break
                    found.append(m.span())
                print(n, label, show(p.match(s)), show(p.fullmatch(s)), show(p.search(s)),
                      show(p.search(s, 1)), show(p.match(s, 1, length - 1)), found)
            except Exception as e:
                print(n, label, 'error', type(e).__name__, e)

run()
'''

if __name__ == '__main__':
    main()
