# Local trace functions: what 'call' returns, f_trace set by hand, f_trace_lines, errors in the tracer, settrace inside
import sys

log = []
base = sys._getframe().f_lineno

def lines_only(frame, event, arg):
    log.append(f"  local {frame.f_code.co_name} {event} {frame.f_lineno - base}")
    return lines_only

def global_tracer(frame, event, arg):
    name = frame.f_code.co_name
    log.append(f"global {name} {event} {frame.f_lineno - base}")
    if name == 'untraced':
        return None
    if name == 'no_lines':
        frame.f_trace_lines = False
        return lines_only
    return lines_only

def traced(x):
    y = x * 2
    return y

def untraced(x):
    y = x * 3
    return y

def no_lines(x):
    y = x + 1
    if y:
        raise_and_catch()
    return y

def raise_and_catch():
    try:
        {}['a']
    except KeyError:
        pass

sys.settrace(global_tracer)
traced(1)
untraced(1)
no_lines(1)
print(sys.gettrace() is global_tracer)
sys.settrace(None)
for line in log:
    print(line)

# A trace function that raises: the error propagates and tracing is switched off.
log.clear()
def failing(frame, event, arg):
    log.append(f"failing {event} {frame.f_code.co_name}")
    if event == 'line':
        raise RuntimeError('tracer failed')
    return failing

def victim():
    a = 1
    b = 2
    return a + b

sys.settrace(failing)
try:
    victim()
except RuntimeError as e:
    log.append(f"caught {type(e).__name__}: {e}")
log.append(f"after: gettrace is None: {sys.gettrace() is None}")
sys.settrace(None)
for line in log:
    print(line)

# f_trace set on a running frame by hand (as pdb's set_trace does), then settrace.
log.clear()
def manual():
    frame = sys._getframe()
    frame.f_trace = lines_only
    sys.settrace(global_tracer)
    x = 1
    for i in range(2):
        x += i
    sys.settrace(None)
    return x
manual()
for line in log:
    print(line)

# Frame attributes.
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
for attr, value in (('f_trace_lines', 1), ('f_trace_opcodes', None)):
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print(attr, type(e).__name__, e)
f.f_trace_opcodes = True
print(f.f_trace_opcodes)
f.f_trace_opcodes = False
try:
    f.f_lineno = 5
except ValueError as e:
    print('f_lineno', type(e).__name__, e)
try:
    del f.f_lineno
except AttributeError as e:
    print('del f_lineno', type(e).__name__, e)

# The tracer itself is not traced, and exceptions inside it do not show.
log.clear()
def helper_inside():
    return 1
def tracer_calls_python(frame, event, arg):
    if event == 'call':
        helper_inside()
        log.append(f"call {frame.f_code.co_name}")
    return None
def outer():
    return helper_inside()
sys.settrace(tracer_calls_python)
outer()
sys.settrace(None)
print(log)
