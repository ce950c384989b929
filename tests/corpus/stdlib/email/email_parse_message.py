# email: parsing (message_from_string/bytes, compat32 vs default policy), headers (encoded words, defects), multipart walking, payload decoding, header module.
import email
from email import policy
from email.header import Header, decode_header, make_header
from email.parser import Parser, BytesParser, HeaderParser
raw = '''From: =?utf-8?q?J=C3=BCrgen?= <j@example.com>
To: a@example.com, b@example.com
Subject: =?iso-8859-1?b?SGVsbG8gV/ZybGQ=?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"
X-Custom: value
 continued

preamble text
--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gr=C3=BC=C3=9Fe, caf=C3=A9=
 end
--XYZ
Content-Type: application/octet-stream; name="f.bin"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="f.bin"

AAECAwQF
--XYZ--
epilogue
'''
m = email.message_from_string(raw)
print(type(m).__name__, m['Subject'], m['From'], repr(m['X-Custom']), m.get_content_type(), m.get_boundary(), m.is_multipart(), repr(m.preamble), repr(m.epilogue))
for part in m.walk(): print(part.get_content_type(), part.get_content_charset(), part.get_filename(), part.get('Content-Transfer-Encoding'), part.get_payload(decode=True) if not part.is_multipart() else None)
print(decode_header(m['Subject']), decode_header(m['From']), str(make_header(decode_header(m['Subject']))), m.keys(), m.get_all('to'), m.get_params())
m2 = email.message_from_string(raw, policy=policy.default)
print(type(m2).__name__, m2['Subject'], m2['From'].addresses[0].username, m2['from'].addresses[0].display_name, repr(str(m2['X-Custom'])), m2.get_body().get_content())
att = next(m2.iter_attachments()); print(att.get_filename(), att.get_content(), att.get_content_disposition())
mb = email.message_from_bytes(raw.encode()); print(mb['subject'], len(mb.get_payload()))
h = Header('Ünïcödé header value', 'utf-8'); print(h.encode(), str(h), Header('plain ascii').encode(), Header('x' * 100, header_name='Subject').encode())
hp = HeaderParser().parsestr('A: 1\nB: 2\n\nbody not parsed\n'); print(hp.items(), repr(hp.get_payload()))
bad = email.message_from_string('From: x\nContent-Type: multipart/mixed\n\nno boundary\n'); print([type(d).__name__ for d in bad.defects], bad.is_multipart())
bad2 = email.message_from_string('Header without colon\nFrom: y\n\nbody'); print([type(d).__name__ for d in bad2.defects], bad2.keys(), repr(bad2.get_payload()))
m3 = email.message_from_string('Content-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: 8bit\n\ncaf\xe9\n'); print(m3.get_payload(), m3.get_content_charset(), m3.get_param('charset'))
m3.replace_header('Content-Type', 'text/html'); m3.set_param('charset', 'utf-8'); del m3['Content-Transfer-Encoding']; m3['X-New'] = 'n'; print(m3.items())
print(BytesParser(policy=policy.default).parsebytes(b'Subject: bytes\n\nB\n')['subject'], Parser().parsestr('S: 1\n\nx').get_payload())
