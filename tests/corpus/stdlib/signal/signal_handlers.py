# signal: Python handlers for signals sent to ourselves, SIG_IGN/SIG_DFL, getsignal, errors, itimers.
import os
import signal
import time

seen = []
def handler(signum, frame):
    seen.append(signum)
    print("handler", signal.Signals(signum).name, type(frame).__name__)

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1),
      signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal")
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(1)
print("sleep interrupted, handler ran:", seen.count(signal.SIGALRM))
print(signal.getitimer(signal.ITIMER_REAL))
signal.alarm(0)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
def failing(signum, frame):
    raise ValueError("from handler %d" % signum)
signal.signal(signal.SIGUSR2, failing)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print("ValueError", e)
print(signal.signal(signal.SIGUSR2, signal.SIG_DFL))
for args in [(99, signal.SIG_DFL), (0, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGUSR1, 5), (signal.SIGUSR1, "x")]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for f, a in [(signal.getsignal, (99,)), (signal.strsignal, (99,)), (signal.raise_signal, (0,)), (signal.siginterrupt, (99, 1)),
             (signal.default_int_handler, ()), (signal.setitimer, (99, 1)), (signal.pthread_sigmask, (5, []))]:
    try:
        print(f(*a))
    except BaseException as e:
        print(f.__name__, type(e).__name__, e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV), signal.strsignal(64))
print(len(signal.valid_signals()), signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []), signal.sigpending())
print(signal.Signals.SIGINT, signal.Handlers.SIG_IGN, repr(signal.SIG_DFL), signal.ItimerError.__name__)
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(r if os.get_blocking(r) else 99)
except (ValueError, OSError) as e:
    print(type(e).__name__)
