import asyncio, socket

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: connection from', transport.get_extra_info('peername')[0])
    def data_received(self, data):
        self.transport.write(data[::-1])
    def eof_received(self):
        print('server: eof')
        return False
    def connection_lost(self, exc):
        print('server: lost', exc)
        server_lost.set_result(True)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = b''
    def data_received(self, data):
        self.received += data
        if len(self.received) >= 6:
            self.transport.close()
    def connection_made(self, transport):
        self.transport = transport
        transport.write(b'abc')
        transport.write(b'def')
    def connection_lost(self, exc):
        self.done.set_result(self.received)

class Datagram(asyncio.DatagramProtocol):
    def __init__(self, name, log):
        self.name, self.log = name, log
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.log.append((self.name, data))
        if self.name == 'server':
            self.transport.sendto(data.upper(), addr)

async def main():
    global server_lost
    loop = asyncio.get_running_loop()
    server_lost = loop.create_future()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, proto = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print('client got', await done)
    await server_lost
    server.close()
    await server.wait_closed()
    log = []
    st, sp = await loop.create_datagram_endpoint(lambda: Datagram('server', log), local_addr=('127.0.0.1', 0))
    ct, cp = await loop.create_datagram_endpoint(lambda: Datagram('client', log), remote_addr=st.get_extra_info('sockname'))
    ct.sendto(b'datagram')
    for _ in range(100):
        if len(log) == 2:
            break
        await asyncio.sleep(0.01)
    print(log)
    ct.close(); st.close()
    a, b = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=a)
    b.sendall(b'through a socketpair\n')
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    b.close()

asyncio.run(main())
