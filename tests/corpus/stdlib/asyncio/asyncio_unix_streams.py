import asyncio, os, tempfile

async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(b'got ' + data)
    await writer.drain()
    writer.close()

async def main():
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'srv.sock')
    server = await asyncio.start_unix_server(handle, path)
    print(os.path.exists(path), server.sockets[0].family)
    async with server:
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b'unix stream')
        writer.write_eof()
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    await server.wait_closed()
    os.unlink(path)
    os.rmdir(d)

    # run_in_executor and to_thread hand blocking work to threads
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(loop.run_in_executor(None, sum, range(100)), asyncio.to_thread(sorted, [3, 1, 2]))
    print(r)
    q = asyncio.Queue()
    def blocking_put():
        loop.call_soon_threadsafe(q.put_nowait, 'from thread')
    await asyncio.to_thread(blocking_put)
    print(await q.get())
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, 'threadsafe'), loop)
    print(await asyncio.wrap_future(fut), fut.done())

asyncio.run(main())
