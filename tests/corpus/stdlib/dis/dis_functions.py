# dis: disassembly of small functions (loops, comprehensions, try/except, closures, f-strings), get_instructions fields, code_info, stack_effect, Bytecode, findlinestarts.
import dis, io, re
def unaddr(s): return re.sub(r' at 0x[0-9a-f]+', ' at 0x?', s)
def loop(n):
    total = 0
    for i in range(n):
        if i % 2: total += i
        else: continue
    return total
def closure(x):
    def inner(y): return x + y
    return inner
def handler(d):
    try: return d['k']
    except KeyError as e: return str(e)
    finally: d.clear()
def fmt(a, b): return f'{a!r:>{b}} {b:.2f}'
def comp(xs): return [x * 2 for x in xs if x], {k: v for k, v in xs}
for f in [loop, closure, handler, fmt, comp, lambda: (yield)]:
    out = io.StringIO(); dis.dis(f, file=out); print(unaddr(out.getvalue()))
print([(i.opname, i.arg, i.argrepr, i.is_jump_target) for i in dis.get_instructions(loop)][:12])
ins = list(dis.get_instructions(closure))[2]; print(ins._fields, ins.opcode == dis.opmap[ins.opname])
print(unaddr(dis.code_info(handler)))
print(dis.stack_effect(dis.opmap['POP_TOP']), dis.stack_effect(dis.opmap['BUILD_LIST'], 3), dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.stack_effect(dis.opmap['CALL'], 2))
bc = dis.Bytecode(fmt); print(bc.first_line == fmt.__code__.co_firstlineno, len(list(bc)) > 5, bc.info().splitlines()[0])
print(list(dis.findlinestarts(loop.__code__))[:4] if False else len(list(dis.findlinestarts(loop.__code__))) > 3, dis.findlabels(loop.__code__.co_code)[:3])
out = io.StringIO(); dis.dis('a = [i ** 2 for i in range(3)]', file=out); print(unaddr(out.getvalue()))
print(dis.opname[100], dis.hasconst[:3], dis.HAVE_ARGUMENT, dis.cmp_op, 'CALL' in dis.opmap, len(dis.COMPILER_FLAG_NAMES))
try: dis.stack_effect(dis.opmap['LOAD_CONST'])
except ValueError as e: print(type(e).__name__, e)
