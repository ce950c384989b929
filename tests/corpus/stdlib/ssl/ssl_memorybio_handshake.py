# A TLS client and server as two SSLObjects over MemoryBIOs in one process: the handshake pumped by
# hand, the connection's queries (version, cipher, ALPN, peer certificate, chains, session, channel
# binding), data both ways, SNI and message callbacks, the non-blocking errors, and the close_notify.
import os
import ssl
import test

CERTS = os.path.dirname(test.__file__)
SIGNED = os.path.join(CERTS, 'keycert3.pem')      # localhost, signed by pycacert.pem
CA = os.path.join(CERTS, 'pycacert.pem')

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(SIGNED)
server_ctx.set_alpn_protocols(['h2', 'http/1.1'])
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(CA)
client_ctx.set_alpn_protocols(['http/1.1'])
seen = []
server_ctx.sni_callback = lambda sslobj, name, ctx: seen.append(('sni', name, ctx is server_ctx))
messages = []
client_ctx._msg_callback = lambda conn, direction, version, content_type, msg_type, data: messages.append(direction)


def pair(server_hostname='localhost', session=None, cctx=client_ctx):
    c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    client = cctx.wrap_bio(c_in, c_out, server_hostname=server_hostname, session=session)
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    return client, server, (c_in, c_out, s_in, s_out)


def pump(bios):
    c_in, c_out, s_in, s_out = bios
    moved = 0
    for src, dst in [(c_out, s_in), (s_out, c_in)]:
        data = src.read()
        moved += len(data)
        if data:
            dst.write(data)
    return moved


def handshake(client, server, bios):
    done = {client: False, server: False}
    for _ in range(20):
        for obj in (client, server):
            if not done[obj]:
                try:
                    obj.do_handshake()
                    done[obj] = True
                except ssl.SSLWantReadError:
                    pass
        if not pump(bios) and all(done.values()):
            return True
    return all(done.values())


client, server, bios = pair()
print(client.server_side, server.server_side, client.server_hostname, server.server_hostname)
print(client.version(), client.cipher(), client.getpeercert.__name__)
try:
    client.getpeercert()
except ValueError as e:
    print('ValueError', e)
try:
    client.read(10)
except ssl.SSLWantReadError as e:
    print(type(e).__name__, e.args, e.library, e.reason)
print(handshake(client, server, bios), seen)
print(client.version(), server.version(), client.cipher(), server.cipher()[0], client.selected_alpn_protocol(),
      server.selected_alpn_protocol(), client.compression())
print(client.getpeercert())
print(server.getpeercert(), len(client.getpeercert(True)), server.getpeercert(True))
print([c.get_info()['subject'] for c in client._sslobj.get_verified_chain()])
print([repr(c) for c in client._sslobj.get_unverified_chain()])
chain = client._sslobj.get_verified_chain()
print(chain[0] == client._sslobj.get_unverified_chain()[0], chain[0] == chain[1], hash(chain[0]) == hash(chain[0]))
print(chain[1].public_bytes()[:40], len(chain[1].public_bytes(ssl._ssl.ENCODING_DER)))
print(len(client.get_channel_binding()), client.get_channel_binding() == server.get_channel_binding())
print(client.write(b'hello server'), pump(bios) > 0, server.pending(), server.read(5), server.pending(), server.read())
print(server.write(b'x' * 20000), pump(bios) > 0, len(client.read(100000)), len(client.read(100000)))
buf = bytearray(8)
server.write(b'0123456789')
pump(bios)
print(client.read(4, buf), buf, client.read(100, buf), buf)
print('read' in messages, 'write' in messages)
try:
    client.get_channel_binding('tls-server-end-point')
except ValueError as e:
    print('ValueError', e)

session = client.session
print(type(session).__name__, session.has_ticket, session.timeout, session == client.session, session != client.session,
      client.session_reused, len(session.id))

# The close_notify in both directions.
try:
    client.unwrap()
except ssl.SSLWantReadError as e:
    print('client unwrap', type(e).__name__)
pump(bios)
try:
    print(server.read(10))
except ssl.SSLZeroReturnError as e:
    print(type(e).__name__, e)
server.unwrap()
pump(bios)
print(client.unwrap())
bios[2].write_eof()
print(bios[2].eof, bios[2].pending, bios[1].eof)

# A hostname the certificate does not name, and a client that trusts no CA.
client, server, bios = pair('example.org')
try:
    handshake(client, server, bios)
except ssl.SSLCertVerificationError as e:
    print(type(e).__name__, e.verify_code, e.verify_message, e.library, e.reason)
untrusting = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client, server, bios = pair(cctx=untrusting)
try:
    handshake(client, server, bios)
except ssl.SSLCertVerificationError as e:
    print(type(e).__name__, e)
# An SNI callback that refuses the name.
server_ctx.sni_callback = lambda sslobj, name, ctx: ssl.ALERT_DESCRIPTION_ACCESS_DENIED
client, server, bios = pair()
try:
    handshake(client, server, bios)
except ssl.SSLError as e:
    print(type(e).__name__, e.reason)
# EOF in the middle of a handshake.
client, server, bios = pair()
client.do_handshake() if False else None
try:
    client.do_handshake()
except ssl.SSLWantReadError:
    pass
bios[0].write_eof()
try:
    client.do_handshake()
except ssl.SSLError as e:
    print(type(e).__name__, e)
bio = ssl.MemoryBIO()
print(bio.write(b'abc'), bio.read(1), bio.read(-1), bio.read(), bio.pending, bio.eof)
bio.write_eof()
try:
    bio.write(b'x')
except ssl.SSLError as e:
    print(type(e).__name__, e)
