import socket, os, tempfile

d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'dgram')
    s1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s1.bind(path)
    s2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s2.bind(os.path.join(d, 'client'))
    s2.sendto(b'unix dgram', path)
    data, addr = s1.recvfrom(100)
    print(data, os.path.basename(addr))
    s1.sendto(b'reply', addr)
    print(s2.recv(100))
    s2.connect(path)
    print(os.path.basename(s2.getpeername()))
    s2.send(b'connected')
    print(s1.recvmsg(100)[0])
    s1.close(); s2.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        socket.socket(socket.AF_UNIX).bind('x' * 200)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        socket.socket(socket.AF_UNIX).bind(123)
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    for f in os.listdir(d):
        os.unlink(os.path.join(d, f))
    os.rmdir(d)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
u.connect(u.getsockname())
u.send(b'to self')
print(u.recv(100))
msg = [b'a', b'bc', b'def']
print(u.sendmsg(msg), u.recvmsg(100, socket.CMSG_SPACE(4))[0])
buf1, buf2 = bytearray(3), bytearray(10)
u.send(b'scatter-gather')
n, anc, flags, addr = u.recvmsg_into([buf1, buf2])
print(n, bytes(buf1), bytes(buf2[:n - 3]), anc, flags, addr == u.getsockname())
u.setblocking(False)
try:
    u.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
print(u.recv_into(bytearray(5), 0, 0) if False else 'skip')
u.close()
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s6.bind(('::1', 0))
s6.sendto(b'v6', s6.getsockname())
data, addr = s6.recvfrom(10)
print(data, addr[0], len(addr), addr[2:])
try:
    s6.sendto(b'x', ('::1', 1, 0xfffff + 1))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    s6.sendto(b'x', ('::1',))
except TypeError as e:
    print(type(e).__name__, e)
s6.close()
print(socket.CMSG_LEN(0), socket.CMSG_SPACE(1), socket.CMSG_SPACE(8), socket.CMSG_LEN(8))
