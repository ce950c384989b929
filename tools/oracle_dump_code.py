#!/usr/bin/python3.11
"""The oracle side of `kaa --dump-code`: CPython 3.11's code objects, field by field.

Run under PYTHONHASHSEED=0 (frozenset constants print in hash order). For each path prints
`==> PATH`, then the module's code object and, depth-first in co_consts order, every nested one:

    code QUALNAME name=NAME firstlineno=N argcount=A posonlyargcount=P kwonlyargcount=K nlocals=L stacksize=S flags=0xF
      code=HEX
      consts=[...]
      names=(...) varnames=(...) freevars=(...) cellvars=(...)
      exceptiontable=HEX
      linetable=HEX

or, when compilation fails, the error as oracle_dump_ast.py prints it.
"""
import sys
import types


def paths(args):
    for arg in args:
        if arg.startswith('@'):
            with open(arg[1:], encoding='utf-8') as f:
                yield from (line.rstrip('\n') for line in f if line.strip())
        else:
            yield arg


def render(const):
    if isinstance(const, types.CodeType):
        return f'<code {const.co_qualname}>'
    if type(const) is tuple:
        items = [render(c) for c in const]
        return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    return repr(const)


def dump(code, out):
    out.append(f'code {code.co_qualname} name={code.co_name} firstlineno={code.co_firstlineno} '
               f'argcount={code.co_argcount} posonlyargcount={code.co_posonlyargcount} '
               f'kwonlyargcount={code.co_kwonlyargcount} nlocals={code.co_nlocals} '
               f'stacksize={code.co_stacksize} flags={hex(code.co_flags)}')
    out.append(f'  code={code.co_code.hex()}')
    out.append(f'  consts=[{", ".join(render(c) for c in code.co_consts)}]')
    out.append(f'  names={code.co_names!r} varnames={code.co_varnames!r} '
               f'freevars={code.co_freevars!r} cellvars={code.co_cellvars!r}')
    out.append(f'  exceptiontable={code.co_exceptiontable.hex()}')
    out.append(f'  linetable={code.co_linetable.hex()}')
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            dump(const, out)


def describe(path):
    try:
        with open(path, 'rb') as f:
            source = f.read()
        code = compile(source, path, 'exec', dont_inherit=True)
        out = []
        dump(code, out)
        return '\n'.join(out)
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def main():
    sys.setrecursionlimit(10000)
    for path in paths(sys.argv[1:]):
        text = describe(path)
        sys.stdout.write(f'==> {path}\n')
        sys.stdout.write(text.encode('utf-8', 'backslashreplace').decode('utf-8'))
        sys.stdout.write('\n')


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')
    main()
