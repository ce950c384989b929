import selectors, socket

for cls in (selectors.DefaultSelector, selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    sel = cls()
    print(cls.__name__, type(sel).__name__)
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    key = sel.register(b, selectors.EVENT_READ, data='reader')
    print(key.fd == b.fileno(), key.events, key.data, key.fileobj is b)
    print(sel.select(0))
    a.send(b'ping')
    ready = sel.select(1)
    print([(k.data, ev) for k, ev in ready])
    print(b.recv(10))
    sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data='both')
    print(sorted((k.data, ev) for k, ev in sel.select(1)))
    print(sel.get_key(b).data, len(sel.get_map()), b in sel.get_map())
    try:
        sel.register(b, selectors.EVENT_READ)
    except KeyError as e:
        print('KeyError', 'already registered' in str(e))
    try:
        sel.register(a, 0)
    except ValueError as e:
        print('ValueError', e)
    sel.unregister(b)
    try:
        sel.get_key(b)
    except KeyError as e:
        print('KeyError', 'not registered' in str(e))
    try:
        sel.unregister(b)
    except KeyError as e:
        print('KeyError unregister', 'not registered' in str(e))
    a.close()
    sel.register(b, selectors.EVENT_READ)
    print([(ev) for k, ev in sel.select(1)], b.recv(10))
    sel.close()
    b.close()
    try:
        sel.get_map()
    except Exception as e:
        print(type(e).__name__)
    print(sel.get_map())
