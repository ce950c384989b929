# sys's runtime introspection: breakpointhook, _current_frames/_current_exceptions, call_tracing,
# coroutine origin tracking (cr_origin), dlopen flags and the CPython-internal names.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.breakpointhook))
print(sys.breakpointhook.__doc__)
frames = sys._current_frames()
print(type(frames).__name__, len(frames), all(type(k) is int for k in frames))
me = sys._getframe()
print([f is me for f in frames.values()], [f.f_code.co_name for f in frames.values()])
print(list(sys._current_exceptions().values()))
try:
    raise KeyError('k')
except KeyError:
    info = list(sys._current_exceptions().values())[0]
    print(info[0].__name__, repr(info[1]), type(info[2]).__name__)
print(sys._current_frames().keys() == sys._current_exceptions().keys())
t('call_tracing', lambda: sys.call_tracing(divmod, (7, 2)))
t('call_tracing list', lambda: sys.call_tracing(divmod, [7, 2]))
t('call_tracing arity', lambda: sys.call_tracing(divmod))
t('call_tracing raises', lambda: sys.call_tracing(divmod, (1, 0)))
print(sys.get_coroutine_origin_tracking_depth())
async def coro():
    return 1
def make():
    return coro()
c = make()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = make()
print([(name, line) for _, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(depth=1)
c = make()
print([(name, line) for _, line, name in c.cr_origin], c.cr_origin[0][0] == __file__)
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print(c.cr_origin)
c.close()
t('origin negative', lambda: sys.set_coroutine_origin_tracking_depth(-1))
t('origin str', lambda: sys.set_coroutine_origin_tracking_depth('1'))
t('origin float', lambda: sys.set_coroutine_origin_tracking_depth(1.0))
t('origin missing', lambda: sys.set_coroutine_origin_tracking_depth())
print(sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
sys.setdlopenflags(2)
t('dlopen str', lambda: sys.setdlopenflags('x'))
t('dlopen big', lambda: sys.setdlopenflags(2**40))
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() >= 0)
t('allocatedblocks arg', lambda: sys.getallocatedblocks(1))
print(sys._clear_type_cache(), repr(sys._framework), sys._git[0], type(sys._getquickenedcount()).__name__)
print(sys.is_finalizing(), sys.getprofile())
def prof(frame, event, arg):
    pass
sys.setprofile(prof)
print(sys.getprofile() is prof)
sys.setprofile(None)
print(sys.getprofile())
print(sys.unraisablehook is sys.__unraisablehook__)
