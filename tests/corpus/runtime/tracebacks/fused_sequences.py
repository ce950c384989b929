# Errors and tracebacks inside the instruction sequences the VM runs fused (LOAD_FAST with a local or
# constant into BINARY_OP, BINARY_SUBSCR, COMPARE_OP and a jump, LOAD_ATTR, LOAD_METHOD, STORE_ATTR;
# BINARY_OP and FOR_ITER into STORE_FAST): the failing instruction, its line and carets, handlers.
import sys


def show(fn, *args):
    try:
        print(fn.__name__, fn(*args))
    except Exception as e:
        # Where each frame of the traceback stood: line and instruction offset.
        tb = e.__traceback__.tb_next
        where = []
        while tb is not None:
            where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti))
            tb = tb.tb_next
        print(fn.__name__, type(e).__name__, e, where)


def binop_const(a):
    r = a + 1
    return r


def binop_fast(a, b):
    total = a * b
    return total


def binop_unbound(flag):
    if flag:
        x = 1
    return x - 1


def binop_second_unbound(a, flag):
    if flag:
        y = 2
    return a // y


def subscr_const(seq):
    return seq[3]


def subscr_fast(seq, k):
    return seq[k] + seq[k - 1]


def compare_const(n):
    if n < 2:
        return 'small'
    return 'big'


def compare_fast(a, b):
    if a <= b:
        return 'le'
    return 'gt'


def for_store(items):
    out = []
    for item in items:
        out.append(item * 2)
    return out


def binop_store(a, b):
    c = a % b
    c += 1
    return c


class Box:
    __slots__ = ('value',)


class Plain:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def attr_load(o):
    return o.v


def attr_method(o):
    return o.get()


def attr_store(o, v):
    o.value = v
    return o.value


def attr_store_unbound(o, flag):
    if flag:
        v = 1
    o.value = v
    return o.value


def handled(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        r = ('handled', str(e))
    return r


def loop_jumps(n):
    i = 0
    total = 0
    while i < n:
        if i % 3 == 0:
            total += i
        i += 1
    return total


show(binop_const, 1)
show(binop_const, 'x')
show(binop_fast, 3, 4)
show(binop_fast, [1], 'a')
show(binop_unbound, True)
show(binop_unbound, False)
show(binop_second_unbound, 7, True)
show(binop_second_unbound, 7, False)
show(subscr_const, [1, 2, 3, 4])
show(subscr_const, [1, 2])
show(subscr_fast, {1: 'a', 0: 'b'}, 1)
show(subscr_fast, {1: 'a'}, 1)
show(compare_const, 1)
show(compare_const, 5)
show(compare_const, 'x')
show(compare_fast, 1, 2)
show(compare_fast, 1, None)
show(for_store, [1, 2, 3])
show(for_store, 5)
show(for_store, [1, None])
show(binop_store, 7, 3)
show(binop_store, 7, 0)
show(attr_load, Plain(4))
show(attr_load, 4)
show(attr_method, Plain(5))
show(attr_method, object())
show(attr_store, Box(), 6)
show(attr_store, object(), 6)
show(attr_store_unbound, Box(), True)
show(attr_store_unbound, Box(), False)
show(handled, 1, 0)
show(handled, 1, 2)
show(loop_jumps, 20)

# Uncaught at the end: the traceback with its carets.
binop_fast([1], 'a')
