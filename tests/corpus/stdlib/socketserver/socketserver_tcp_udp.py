import socketserver, socket, threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(b'udp:' + data)

with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Upper) as srv:
    print(type(srv).__name__, srv.socket.type, srv.address_family)
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    with socket.create_connection(srv.server_address) as c:
        f = c.makefile('rwb')
        for msg in (b'one\n', b'two words\n'):
            f.write(msg); f.flush()
            print(f.readline())
        f.close()
    srv.shutdown()
    t.join()
print('tcp done')

with socketserver.UDPServer(('127.0.0.1', 0), Echo) as srv:
    t = threading.Thread(target=srv.handle_request)
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.sendto(b'hello', srv.server_address)
        data, addr = c.recvfrom(100)
        print(data, addr == srv.server_address)
    t.join()
print('udp done')

class Plain(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(100)[::-1])
srv = socketserver.TCPServer(('127.0.0.1', 0), Plain)
t = threading.Thread(target=srv.handle_request); t.start()
c = socket.create_connection(srv.server_address)
c.sendall(b'abcdef')
print(c.recv(100))
c.close(); t.join(); srv.server_close()
print(srv.socket.fileno())
