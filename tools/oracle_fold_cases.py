#!/usr/bin/python3.11
"""Oracle for the AST optimiser's constant folding and for CPython's hashing and set order.

Prints one line per case, tab-separated:

    fold<TAB>EXPR<TAB>folded REPR | kept        -- does compile(EXPR, mode='eval') fold it to one constant?
    hash<TAB>EXPR<TAB>HASH                       -- hash(eval(EXPR))
    set<TAB>EXPR<TAB>REPR                        -- repr of the frozenset constant `x in {...}` compiles to

Run under PYTHONHASHSEED=0. The cases are generated here, so nothing expected is typed by hand.
"""
import itertools
import warnings
import sys

INTS = [0, 1, -1, 2, 3, -3, 7, 64, 127, 128, -129, 2**31, 2**53 + 1, 2**62, -2**63, 2**64 + 1,
        10**30, -(10**30), 3**80, 2**127, 2**128]
FLOATS = ['0.0', '(-0.0)', '1.5', '(-2.5)', '0.1', '1e308', '1e-310', '1e999', '(-1e999)', '(1e999-1e999)',
          '3.0', '(-8.0)', '0.5']
COMPLEXES = ['3j', '(1+2j)', '(-0.5j)', '(1e308+1e308j)', '0j']
OTHERS = ['True', 'False', "'ab'", "''", "'\\xe9\\u20ac\\U0001f600'", "b'xy'", "b''", '(1, 2)', '()',
          'None', '...', "'%s'", "('a', 1.5)", "'\\ud800'"]

BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
UNOPS = ['-', '+', '~', 'not ']


def operands():
    return [repr(i) if i >= 0 else f'({i})' for i in INTS] + FLOATS + COMPLEXES + OTHERS


def fold(expr, optimize=-1):
    try:
        code = compile(expr, '<fold>', 'eval', dont_inherit=True, optimize=optimize)
    except Exception as e:  # a constant operation CPython rejects at compile time
        return f'error {type(e).__name__}'
    ops = [op for op in code.co_code[::2]]
    # RESUME, LOAD_CONST, RETURN_VALUE: the whole expression folded into one constant.
    import dis
    names = [dis.opname[op] for op in ops if dis.opname[op] != 'CACHE']
    if names == ['RESUME', 'LOAD_CONST', 'RETURN_VALUE']:
        return 'folded ' + repr(code.co_consts[code.co_code[3]])
    return 'kept'


def cases():
    ops = operands()
    for a, b in itertools.product(ops, ops):
        for op in BINOPS:
            yield 'fold', f'{a} {op} {b}'
    for a in ops:
        for op in UNOPS:
            yield 'fold', f'{op}{a}'
    # Sequence repetition limits and nested complexity.
    for n in [0, 1, 2, 16, 17, 255, 256, 257, 1024, 4096, 4097, -1, 10**30]:
        for seq in ["'a'", "'ab'", "b'a'", '(1,)', '(1, 2)', '((1, 2), 3)', "''", '()']:
            yield 'fold', f'{seq} * {n}'
            yield 'fold', f'{n} * {seq}'
    # Subscripts.
    for seq in ["'abc'", "'\\xe9\\u20ac\\U0001f600x'", "b'abc'", '(1, 2, 3)', "'\\ud800a'"]:
        for i in ['0', '1', '2', '3', '-1', '-4', 'True', '1.0', '2**70', 'None']:
            yield 'fold', f'{seq}[{i}]'
    # %-formatting into f-strings is not a constant: checked by the code-object corpus.
    values = ['0', '1', '-1', '2**61 - 1', '2**61', '-2**61 + 1', '2**64', '-1267650600228229401496703205376', '1.5', '-0.0', '0.0',
              '1e300', '1e-300', '1e999', '-1e999', '3j', '1+2j', '-1.5-0j', 'True', 'False', "''", "'a'",
              "'abc'", "'\\xe9'", "'\\u20ac'", "'\\U0001f600'", "'abcdefghi'", "b''", "b'abc'", '()', '(1,)',
              '(1, 2)', "((1, 'a'), (2.5, b'x'))", 'None', '...', "'\\ud800'"]
    for v in values:
        yield 'hash', v
    names = ['a', 'b', 'c', 'x', 'y', 'self', 'cls', 'value', 'key', 'i', 'j', 'k', 'n', 'name', 'data',
             'result', 'args', 'kwargs', '__class__', 'obj', 'item', 'func', 'path', 'line', 'text', 'error']
    for size in [1, 2, 3, 4, 5, 6, 8, 10, 13, 20, 26]:
        yield 'set', '{' + ', '.join(repr(n) for n in names[:size]) + '}'
        yield 'set', '{' + ', '.join(repr(n) for n in reversed(names[-size:])) + '}'
    for size in [3, 5, 9, 17, 40]:
        yield 'set', '{' + ', '.join(str(i * 8) for i in range(size)) + '}'
        yield 'set', '{' + ', '.join(str(i * 7919 % 1000) for i in range(size)) + '}'
    yield 'set', "{1, 1.0, True, 2, 2.0, (1, 2), 'a', b'a', 3j, -1, -2}"
    yield 'set', "{0, 0.0, False, -0.0, '', b'', ()}"
    yield 'set', "{None, ..., 1, 'x'}"
    # The -O level: __debug__ is a constant of the optimisation level.
    for expr in ['__debug__', 'not __debug__', '(__debug__, 1)', '-__debug__']:
        yield 'opt0', expr
        yield 'opt1', expr
    # The optimiser's recursion limit (1000 x 3 with the default recursion limit).
    for n in [100, 2000, 3100, 5000]:
        yield 'fold', '-' * n + '1'


def set_const(expr):
    code = compile(f'x in {expr}', '<set>', 'eval', dont_inherit=True)
    return repr(code.co_consts[-1])


def main():
    warnings.simplefilter("ignore")  # SyntaxWarnings about constant subscripts
    out = []
    for kind, expr in cases():
        if kind == 'fold':
            result = fold(expr)
        elif kind in ('opt0', 'opt1'):
            result = fold(expr, optimize=int(kind[-1]))
        elif kind == 'hash':
            result = str(hash(eval(expr)))
        else:
            result = set_const(expr)
        out.append(f'{kind}\t{expr}\t{result}')
    sys.stdout.write('\n'.join(out) + '\n')


main()
