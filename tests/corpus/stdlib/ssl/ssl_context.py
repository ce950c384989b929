# _ssl._SSLContext settings and their errors, the SSLError hierarchy, and the module's constants.
import os
import ssl
import warnings
import test

CERTS = os.path.dirname(test.__file__)
warnings.simplefilter('ignore', DeprecationWarning)

print(ssl.SSLError.__mro__)
print(ssl.SSLCertVerificationError.__mro__, ssl.CertificateError is ssl.SSLCertVerificationError)
for cls in [ssl.SSLZeroReturnError, ssl.SSLWantReadError, ssl.SSLWantWriteError, ssl.SSLSyscallError, ssl.SSLEOFError]:
    print(cls.__name__, cls.__module__, cls.__bases__, cls.__doc__)
e = ssl.SSLError(1, 'message')
print(str(e), repr(e), e.errno, e.strerror, str(ssl.SSLError('a', 'b', 'c')), str(ssl.SSLError()))
print(ssl.PROTOCOL_TLS_CLIENT, ssl.OP_ALL, ssl.OP_NO_TLSv1_3, ssl.CERT_REQUIRED, ssl.VERIFY_X509_STRICT, ssl.HAS_TLSv1_3,
      ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_NPN, ssl._ssl._DEFAULT_CIPHERS, ssl.AlertDescription.ALERT_DESCRIPTION_UNKNOWN_CA)
print(ssl._ssl.err_codes_to_names[(20, 134)], ssl._ssl.err_names_to_codes['CERTIFICATE_VERIFY_FAILED'], ssl._ssl.lib_codes_to_names[20])
print(len(ssl._ssl.RAND_bytes(16)), ssl._ssl.RAND_status(), ssl._ssl.RAND_add(b'seed', 1.0), ssl._ssl.RAND_add('seed', 2))
for call in [lambda: ssl._ssl.RAND_bytes(-1), lambda: ssl._ssl.RAND_add(1, 1.0), lambda: ssl._ssl.RAND_add(b'x', 'y')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

for proto in [ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, ssl.PROTOCOL_TLS]:
    ctx = ssl.SSLContext(proto)
    print(ctx.protocol, ctx.verify_mode, ctx.check_hostname, ctx.options, ctx.verify_flags, ctx.minimum_version,
          ctx.maximum_version, ctx.post_handshake_auth, ctx.num_tickets, ctx.security_level, ctx.hostname_checks_common_name,
          ctx.keylog_filename, ctx.sni_callback, ctx._msg_callback)
    print(ctx.session_stats(), ctx.cert_store_stats(), ctx.get_ca_certs())

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
for attr, value in [('verify_mode', ssl.CERT_NONE), ('verify_mode', 7), ('verify_mode', 'x'), ('minimum_version', 0x999),
                    ('maximum_version', 1.5), ('num_tickets', 2), ('options', 'x'), ('sni_callback', print),
                    ('_msg_callback', 3), ('verify_flags', -1)]:
    try:
        setattr(ctx, attr, value)
        print(attr, 'set', getattr(ctx, attr))
    except Exception as e:
        print(attr, type(e).__name__, e)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_OPTIONAL
print(ctx.verify_mode, ctx.check_hostname)
ctx.check_hostname = True
ctx.verify_mode = ssl.CERT_NONE if False else ssl.CERT_REQUIRED
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
ctx.maximum_version = ssl.TLSVersion.TLSv1_3
ctx.options |= ssl.OP_NO_COMPRESSION
ctx.verify_flags = ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_TRUSTED_FIRST
ctx.hostname_checks_common_name = True
print(ctx.minimum_version, ctx.maximum_version, ctx.verify_flags, ctx.hostname_checks_common_name, ctx._host_flags)
ctx.set_ciphers('ECDHE+AESGCM')
print(sorted(c['name'] for c in ctx.get_ciphers())[:4])
print({k: v for k, v in ctx.get_ciphers()[0].items() if k != 'id'})
for call in [lambda: ctx.set_ciphers('NOTACIPHER'), lambda: ctx.set_ciphers(3), lambda: ctx.set_ecdh_curve('foo'),
             lambda: ctx.set_ecdh_curve(b'prime256v1'), lambda: ctx.load_verify_locations(),
             lambda: ctx.load_verify_locations(cadata='not a cert'), lambda: ctx.load_verify_locations(cadata=b'\x30\x03abc'),
             lambda: ctx.load_verify_locations(cadata=1), lambda: ctx.load_verify_locations(cadata='\xe9'),
             lambda: ctx.load_verify_locations(cafile=1), lambda: ctx.load_verify_locations('/nonexistent'),
             lambda: ctx.load_cert_chain('/nonexistent'), lambda: ctx.load_cert_chain(None),
             lambda: ctx.load_cert_chain(os.path.join(CERTS, 'badcert.pem')),
             lambda: ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password='wrong'),
             lambda: ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password=3),
             lambda: ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password=lambda: 1 / 0),
             lambda: ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password=lambda: 3),
             lambda: ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password=lambda: 'x' * 5000),
             lambda: ssl.SSLContext(99), lambda: ssl._ssl._SSLContext(), lambda: ctx.load_dh_params('/nonexistent'),
             lambda: ctx.load_verify_locations(capath=os.path.join(CERTS, 'capath'))]:
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'library', '-'), getattr(e, 'reason', '-'))

ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password='somepass')
ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password=b'somepass')
ctx.load_cert_chain(os.path.join(CERTS, 'keycert.passwd.pem'), password=lambda: bytearray(b'somepass'))
ctx.load_cert_chain(os.path.join(CERTS, 'ssl_cert.pem'), os.path.join(CERTS, 'ssl_key.pem'))
ctx.load_verify_locations(os.path.join(CERTS, 'pycacert.pem'))
pem = open(os.path.join(CERTS, 'keycert.pem')).read()
ctx.load_verify_locations(cadata=pem)
ctx.load_verify_locations(cadata=ssl.PEM_cert_to_DER_cert(pem[pem.index('-----BEGIN CERTIFICATE'):]))
print(ctx.cert_store_stats(), [c['subject'] for c in ctx.get_ca_certs()], len(ctx.get_ca_certs(True)[0]))
srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
srv.num_tickets = 3
srv.load_dh_params(os.path.join(CERTS, 'ffdh3072.pem'))
print(srv.num_tickets)
srv.set_alpn_protocols(['h2', 'http/1.1'])
for call in [lambda: srv.set_alpn_protocols(['x' * 256]), lambda: ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=True),
             lambda: srv.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO()), lambda: ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname=''),
             lambda: ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='a\0b'),
             lambda: ctx._wrap_bio(1, 2, False), lambda: ctx._wrap_socket(1, False)]:
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__, e)
