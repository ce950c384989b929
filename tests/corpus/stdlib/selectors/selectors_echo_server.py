import selectors, socket

sel = selectors.DefaultSelector()
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, data=None)
clients = []
for i in range(3):
    c = socket.create_connection(srv.getsockname())
    clients.append(c)
log = []
accepted = 0
pending = {c: b'msg%d' % i for i, c in enumerate(clients)}
for c, m in pending.items():
    c.sendall(m)
while len(log) < 3:
    for key, mask in sel.select(timeout=5):
        if key.data is None:
            conn, addr = key.fileobj.accept()
            conn.setblocking(False)
            accepted += 1
            sel.register(conn, selectors.EVENT_READ, data='conn')
        else:
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data[::-1])
                log.append(data)
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
print(accepted, sorted(log))
print(sorted(c.recv(100) for c in clients))
for c in clients:
    c.close()
for key in list(sel.get_map().values()):
    sel.unregister(key.fileobj)
    key.fileobj.close()
sel.close()
print('closed')
