#!/usr/bin/python3.11
"""Oracle for the number-literal unit tests (tests/Kaa.Syntax.Tests/Literals).

Usage: oracle_number_cases.py CASES.json [--from-files PATH...]

CASES.json is a JSON list of NUMBER token texts. With --from-files, every distinct NUMBER token of
the given files is added. Prints one JSON object per line: the literal and `expected`, which is
`TYPE REPR` of the value CPython compiles it to (int, float or complex), or `SyntaxError: msg (lineno, offset, end_lineno, end_offset)`.
"""
import ast
import io
import json
import sys
import tokenize


def numbers_in_file(path):
    try:
        with open(path, 'rb') as f:
            for tok in tokenize.tokenize(f.readline):
                if tok.type == tokenize.NUMBER:
                    yield tok.string
    except (SyntaxError, UnicodeDecodeError, tokenize.TokenError):
        return


def main():
    args = sys.argv[1:]
    with open(args[0], encoding='utf-8') as f:
        cases = json.load(f)
    if len(args) > 1 and args[1] == '--from-files':
        seen = set(cases)
        for path in args[2:]:
            for text in numbers_in_file(path):
                if text not in seen:
                    seen.add(text)
                    cases.append(text)
    for text in cases:
        try:
            value = ast.parse(text, mode='eval').body.value
            sys.set_int_max_str_digits(0)  # the repr of a 4300-digit value is itself over the limit
            expected = f'{type(value).__name__} {value!r}'
            sys.set_int_max_str_digits(4300)  # compile() obeys CPython's default limit
        except SyntaxError as e:
            expected = f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
        sys.stdout.write(json.dumps({'src': text, 'expected': expected}) + '\n')


if __name__ == '__main__':
    main()
