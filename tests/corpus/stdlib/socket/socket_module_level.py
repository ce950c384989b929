import socket, re

def mask(s):
    return re.sub(r'fd=\d+', 'fd=N', re.sub(r"\('127\.0\.0\.1', \d+\)", "('127.0.0.1', PORT)", s))

print(socket.AF_INET, repr(socket.AF_INET), socket.SOCK_STREAM, repr(socket.SOCK_DGRAM))
print(type(socket.AF_UNIX).__name__, type(socket.SOCK_STREAM).__name__, socket.MsgFlag.MSG_PEEK, socket.AddressInfo.AI_PASSIVE)
with socket.socket() as s:
    print(s.family, s.type, s.proto, s.gettimeout())
    print(mask(repr(s)))
    s.bind(('127.0.0.1', 0))
    print(mask(repr(s)))
    d = s.dup()
    print(d.getsockname() == s.getsockname(), d.family, d.fileno() != s.fileno())
    d.close()
    f = socket.fromfd(s.fileno(), s.family, s.type)
    print(f.getsockname() == s.getsockname()); f.close()
    print(s.get_inheritable())
    s.set_inheritable(True); print(s.get_inheritable()); s.set_inheritable(False)
print(mask(repr(s)))
try:
    import pickle; pickle.dumps(socket.socket())
except TypeError as e:
    print(type(e).__name__, e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3.5)
with socket.socket() as s:
    print(s.gettimeout(), s.getblocking())
socket.setdefaulttimeout(None)
with socket.socket(type=socket.SOCK_DGRAM | socket.SOCK_NONBLOCK) as s:
    print(s.type, s.gettimeout(), s.getblocking())
info = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
print(info)
print(socket.getaddrinfo('::1', 'http', socket.AF_INET6, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST))
try:
    socket.getaddrinfo('127.0.0.1', 'no-such-service')
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e.strerror)
print(socket.getfqdn('127.0.0.1') != '', socket.gethostbyname('127.0.0.1'))
print(socket.getnameinfo(('127.0.0.1', 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.inet_aton('10.1.2.3'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET6, '2001:db8::1'), socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '2001:db8:0:0:0:0:0:1')))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(0x01020304) == 0x04030201)
print(issubclass(socket.timeout, OSError), socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
srv = socket.create_server(('127.0.0.1', 0))
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.type)
c = socket.create_connection(srv.getsockname(), timeout=5)
conn, addr = srv.accept()
print(c.gettimeout(), conn.gettimeout(), addr == c.getsockname())
w = c.makefile('wb'); r = conn.makefile('rb')
w.write(b'line one\nline two\n'); w.flush()
print(r.readline(), r.readline())
w.close(); r.close()
print(c.recv_into(bytearray(0)))
conn.sendall(b'peek')
print(c.recv(4, socket.MSG_PEEK), c.recv(4))
c.settimeout(0.01)
try:
    c.recv(1)
except socket.timeout as e:
    print('timeout:', e)
for x in (c, conn, srv): x.close()
print(socket.has_dualstack_ipv6() in (True, False), socket.has_ipv6)
print(sorted(n for n in ('AF_INET', 'SO_REUSEADDR', 'TCP_NODELAY', 'IPPROTO_TCP', 'SOMAXCONN') if hasattr(socket, n)))
print(socket.SOMAXCONN, socket.TCP_NODELAY, socket.IPPROTO_TCP, socket.SO_REUSEADDR, socket.SOL_SOCKET)
a, b = socket.socketpair()
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 65536, len(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
try:
    a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 2000)
except OSError as e:
    print(e)
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close(); b.close()
