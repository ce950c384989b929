#!/usr/bin/python3.11
"""Oracle for the string-literal unit tests (tests/Kaa.Syntax.Tests/Literals).

Usage: oracle_string_cases.py CASES.json [--from-files PATH...] [--snippets-from PATH...]

CASES.json is a JSON list of source snippets, each one expression made of adjacent string
literals. With --from-files, every run of adjacent STRING tokens found in the given files is added
as a case (wrapped in parentheses, comments and line breaks kept). With --snippets-from, every str
constant of the given files that itself looks like a string literal (as test_fstring.py feeds to
compile(), mostly invalid ones) is added. For each case prints one JSON
object per line: the snippet and `expected`: the `ast.dump(..., include_attributes=True)` of the
expression (mode 'eval'), or `SyntaxError: msg (lineno, offset, end_lineno, end_offset)`.
"""
import ast
import io
import json
import re
import sys
import tokenize
import warnings


def expected(src):
    try:
        tree = ast.parse(src, mode='eval')
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
    return ast.dump(tree.body, include_attributes=True)


def runs_in_file(path):
    """Maximal runs of adjacent STRING tokens (NL and comments between them do not break a run)."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
        src = data.decode(tokenize.detect_encoding(io.BytesIO(data).readline)[0])
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (SyntaxError, UnicodeDecodeError, tokenize.TokenError, IndentationError):
        return
    lines = io.StringIO(src).readlines()  # tokenize splits on "\n" only, not on what splitlines() splits on
    run = []
    for tok in toks + [None]:
        if tok is not None and tok.type == tokenize.STRING:
            run.append(tok)
            continue
        if tok is not None and tok.type in (tokenize.NL, tokenize.COMMENT) and run:
            continue
        if run:
            (sr, sc), (er, ec) = run[0].start, run[-1].end
            if sr == er:
                text = lines[sr - 1][sc:ec]
            else:
                text = lines[sr - 1][sc:] + ''.join(lines[sr:er - 1]) + lines[er - 1][:ec]
            yield '(' + text + ')'
            run = []


LITERAL_START = re.compile(r'\s*[rRbBuUfF]{0,2}[\'"]')


def snippets_in_file(path):
    with open(path, 'rb') as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 400:
            if LITERAL_START.match(node.value) and '\0' not in node.value:
                yield node.value


def main():
    warnings.simplefilter('ignore')
    args = sys.argv[1:]
    with open(args[0], encoding='utf-8') as f:
        cases = json.load(f)
    seen = set(cases)
    source = None
    for arg in args[1:]:
        if arg.startswith('--'):
            source = {'--from-files': runs_in_file, '--snippets-from': snippets_in_file}[arg]
            continue
        for case in source(arg):
            if case not in seen:
                seen.add(case)
                cases.append(case)
    out = sys.stdout
    for src in cases:
        out.write(json.dumps({'src': src, 'expected': expected(src)}, ensure_ascii=True))
        out.write('\n')


if __name__ == '__main__':
    main()
