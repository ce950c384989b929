import asyncio, socket

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server).__name__, server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for msg in (b'hello\n', b'kaa streams\n'):
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.write(b'partial')
    writer.write_eof()
    print(await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())

    # a socketpair driven by the loop's low-level socket methods
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b'over the pair')
    print(await loop.sock_recv(b, 100))
    a.close(); b.close()

    try:
        await asyncio.open_connection('127.0.0.1', 1)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    rd = asyncio.StreamReader()
    rd.feed_data(b'line1\nline2\nrest')
    rd.feed_eof()
    print(await rd.readline(), await rd.readuntil(b'2'), await rd.readexactly(1), await rd.read())
    try:
        rd2 = asyncio.StreamReader(); rd2.feed_data(b'ab'); rd2.feed_eof()
        await rd2.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected)

asyncio.run(main())
