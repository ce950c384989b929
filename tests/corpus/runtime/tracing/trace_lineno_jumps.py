# Assigning frame.f_lineno from a line trace function: allowed jumps and the ValueErrors of forbidden ones
import sys

base = sys._getframe().f_lineno

def make_jumper(func_name, from_line, to_line, results):
    done = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name != func_name:
            return tracer if event == 'call' else None
        if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == from_line and not done:
            done.append(1)
            try:
                frame.f_lineno = to_line + frame.f_code.co_firstlineno
                results.append(f"jumped {from_line}->{to_line}")
            except ValueError as e:
                results.append(f"{from_line}->{to_line} ! {type(e).__name__} {e}")
        return tracer
    return tracer

def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)

def backward(out):
    out.append(1)
    out.append(2)
    out.append(3)

def loop_body(out):
    for i in range(2):
        out.append(i)
    out.append('end')

def into_except(out):
    try:
        out.append(1)
    except ValueError:
        out.append(2)
    out.append(3)

def out_of_except(out):
    try:
        raise KeyError
    except KeyError:
        out.append('in handler')
        out.append(sys.exc_info()[0].__name__)
    out.append(str(sys.exc_info()[0]))

def out_of_with(out):
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit')
    with CM():
        out.append('body')
        out.append('body2')
    out.append('after')

# (function, line to jump from, line to jump to), lines counted from the def line
cases = [
    ('forward', forward, 1, 3),
    ('backward', backward, 3, 1),
    ('loop_body', loop_body, 2, 3),
    ('loop_body', loop_body, 3, 1),
    ('loop_body', loop_body, 1, 2),
    ('loop_body', loop_body, 3, 2),
    ('into_except', into_except, 2, 4),
    ('into_except', into_except, 2, 5),
    ('into_except', into_except, 5, 2),
    ('out_of_except', out_of_except, 4, 6),
    ('out_of_except', out_of_except, 2, 4),
    ('out_of_with', out_of_with, 5, 7),
    ('out_of_with', out_of_with, 7, 5),
    ('out_of_with', out_of_with, 6, 8),
    ('forward', forward, 1, 1000),
    ('forward', forward, 1, -5),
]
for name, func, frm, to in cases:
    results = []
    out = []
    sys.settrace(make_jumper(name, frm, to, results))
    try:
        func(out)
    except Exception as e:
        results.append(f"raised {type(e).__name__}: {e}")
    sys.settrace(None)
    print(name, frm, to, results, out)
