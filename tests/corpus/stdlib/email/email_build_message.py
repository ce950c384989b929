# email: building messages (EmailMessage with policy, headers, set_content text/html/bytes, attachments, multipart/alternative), serialising with as_string/as_bytes.
from email.message import EmailMessage
from email import policy, utils
from email.headerregistry import Address
import email
msg = EmailMessage()
msg['Subject'] = 'Greetings – ünïcode subject that is long enough to need folding when serialised'
msg['From'] = Address('Ann Example', 'ann', 'example.com')
msg['To'] = 'bob@example.org, "Carl, Jr." <carl@example.net>'
msg['Date'] = utils.format_datetime(utils.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500'))
msg['Message-ID'] = '<fixed@id>'
msg.set_content('Hello Bob,\nthis is plain text.\n')
msg.add_alternative('<p>Hello <b>Bob</b></p>', subtype='html')
msg.add_attachment(b'\x00\x01binary' * 10, maintype='application', subtype='octet-stream', filename='data.bin')
msg.add_attachment('col1,col2\n1,2\n', subtype='csv', filename='t.csv')
print(msg.get_content_type(), msg.is_multipart(), len(msg.get_payload()), [p.get_content_type() for p in msg.walk()])
print(msg['to'].addresses, msg['from'].addresses[0].display_name, msg['from'].addresses[0].domain, msg['subject'])
s = msg.as_string()
import re
s = re.sub(r'===============\d+==', 'BOUNDARY', s)
print(s)
print(len(msg.as_bytes()) > 500, msg.get_body(('plain',)).get_content(), msg.get_body(('html', 'plain')).get_content_type(), [a.get_filename() for a in msg.iter_attachments()])
simple = EmailMessage(); simple['To'] = 'x@y.z'; simple.set_content('Ünicode body', cte='quoted-printable'); print(simple.as_string())
b = EmailMessage(); b.set_content(b'raw', maintype='image', subtype='png', cte='base64', disposition='inline', filename='i.png'); print(b.as_string())
try: msg['Bad'] = 'line\nbreak'
except ValueError as e: print(type(e).__name__, e)
try: EmailMessage().set_content(1)
except (TypeError, KeyError) as e: print(type(e).__name__, e)
print(utils.formataddr(('Name Ü', 'n@example.com')), utils.parseaddr('"Q" <q@e.com>'), utils.getaddresses(['a@b.c, "D E" <d@e.f>']), utils.quote('a"b'), utils.unquote('"x"'))
print(utils.format_datetime(utils.parsedate_to_datetime('Tue, 01 Jan 2030 00:00:00 +0000')), utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'), utils.formatdate(0, usegmt=True))
print(utils.encode_rfc2231('ünï', 'utf-8'), utils.collapse_rfc2231_value(("utf-8", '', 'x%C3%BC')), policy.default.max_line_length, policy.SMTP.linesep == '\r\n')
