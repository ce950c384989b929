# An uncaught KeyboardInterrupt from SIGINT: the traceback, atexit callbacks, then death by SIGINT (status 130 from a shell).
import atexit
import os
import signal

atexit.register(print, "atexit ran")
print("sending SIGINT", flush=True)
os.kill(os.getpid(), signal.SIGINT)
print("not reached")
