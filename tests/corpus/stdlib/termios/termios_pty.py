# termios on a pseudo-terminal pair: attributes, raw/cbreak modes (tty), window size, errors without a tty.
import os
import pty
import termios
import tty

master, slave = pty.openpty()
attrs = termios.tcgetattr(slave)
print(len(attrs), [type(x).__name__ for x in attrs], len(attrs[6]))
print(attrs[:6])
print(attrs[6][termios.VINTR], attrs[6][termios.VEOF], attrs[6][termios.VMIN], attrs[6][termios.VTIME])
print(bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO))

tty.setraw(slave)
raw = termios.tcgetattr(slave)
print(bool(raw[3] & termios.ICANON), bool(raw[3] & termios.ECHO), raw[6][termios.VMIN], raw[6][termios.VTIME])
termios.tcsetattr(slave, termios.TCSANOW, attrs)
print(termios.tcgetattr(slave) == attrs)
tty.setcbreak(slave, termios.TCSADRAIN)
cb = termios.tcgetattr(slave)
print(bool(cb[3] & termios.ICANON), bool(cb[3] & termios.ECHO), type(cb[6][termios.VMIN]).__name__)
new = list(attrs)
new[4] = new[5] = termios.B9600
termios.tcsetattr(slave, termios.TCSAFLUSH, new)
print(termios.tcgetattr(slave)[4:6] == [termios.B9600, termios.B9600])

print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
termios.tcsetwinsize(slave, [50, 132])
print(termios.tcgetwinsize(slave))
print(termios.tcdrain(slave), termios.tcflush(slave, termios.TCIOFLUSH), termios.tcflow(slave, termios.TCOON),
      termios.tcsendbreak(slave, 0))
with os.fdopen(os.dup(slave)) as f:
    print(len(termios.tcgetattr(f)))
r, w = os.pipe()
bad = [lambda: termios.tcgetattr(r), lambda: termios.tcgetattr(9999), lambda: termios.tcgetattr('x'),
       lambda: termios.tcgetattr(-1), lambda: termios.tcsetattr(slave, 0, [1, 2]),
       lambda: termios.tcsetattr(slave, 0, attrs[:6] + [[0] * 3]),
       lambda: termios.tcsetattr(slave, 0, attrs[:6] + [[1.5] * 32]), lambda: termios.tcsetwinsize(slave, (1,)),
       lambda: termios.tcsetwinsize(slave, 5), lambda: termios.tcsetwinsize(slave, (70000, 1)),
       lambda: termios.tcsetwinsize(r, (1, 1)), lambda: termios.tcflush(slave), lambda: termios.tcdrain(fd=slave), lambda: termios.tcgetattr(),
       lambda: termios.tcflush(slave, queue=1),
       lambda: termios.tcgetwinsize(r)]
for f in bad:
    try:
        print(f())
    except termios.error as e:
        print('error', e.args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(termios.error.__module__, termios.error.__mro__[1].__name__, termios.NCCS, termios.TIOCGWINSZ, termios.B38400)
print(len([n for n in dir(termios) if n.isupper()]))
for fd in (master, slave, r, w):
    os.close(fd)
