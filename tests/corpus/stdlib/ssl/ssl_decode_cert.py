# _ssl._test_decode_cert over the test suite's certificates (subject/issuer RDNs, serial, dates,
# subjectAltName kinds, OCSP/caIssuers/crlDistributionPoints, NUL bytes in names) and its errors.
import os
import pprint
import ssl
import test

CERTS = os.path.dirname(test.__file__)

for name in ['keycert.pem', 'nokia.pem', 'allsans.pem', 'idnsans.pem', 'nullbytecert.pem', 'keycert3.pem',
             'talos-2019-0758.pem', 'pycacert.pem', 'keycertecc.pem']:
    print('==', name)
    pprint.pprint(ssl._ssl._test_decode_cert(os.path.join(CERTS, name)))

for bad in [os.path.join(CERTS, 'nullcert.pem'), os.path.join(CERTS, 'badcert.pem'), '/nonexistent/cert.pem']:
    try:
        ssl._ssl._test_decode_cert(bad)
    except ssl.SSLError as e:
        print(type(e).__name__, e.args, getattr(e, 'library', '-'), getattr(e, 'reason', '-'))
for arg in [None, 42, 'a\0b']:
    try:
        ssl._ssl._test_decode_cert(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

pem = open(os.path.join(CERTS, 'keycert.pem')).read()
der = ssl.PEM_cert_to_DER_cert(pem[pem.index('-----BEGIN CERTIFICATE'):])
print(len(der), ssl.DER_cert_to_PEM_cert(der)[:64])
print(ssl._ssl.txt2obj('1.3.6.1.5.5.7.3.1'), ssl._ssl.txt2obj('serverAuth', name=True), ssl._ssl.nid2obj(13))
for call in [lambda: ssl._ssl.txt2obj('serverAuth'), lambda: ssl._ssl.nid2obj(-1), lambda: ssl._ssl.nid2obj(100000),
             lambda: ssl._ssl.txt2obj(1), lambda: ssl._ssl.txt2obj('a\0b')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
