# zoneinfo: TZif files built in memory (versions 1, 2 and 3, no transitions, only DST types) and the
# POSIX TZ strings of their footers: Mm.w.d, Jn and n rules, transition times, quoted names, negative
# DST, and the errors of malformed strings.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(version, transitions, types, footer):
    """transitions: [(utc seconds, type index)]; types: [(utcoff, isdst, abbr)]."""
    abbrs = b''
    index = []
    for _, _, name in types:
        index.append(len(abbrs))
        abbrs += name.encode() + b'\0'
    def block(fmt):
        head = b'TZif' + version + bytes(15) + struct.pack('>6l', 0, 0, 0, len(transitions), len(types), len(abbrs))
        body = b''.join(struct.pack('>' + fmt, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b''.join(struct.pack('>lbB', off, dst, idx) for (off, dst, _), idx in zip(types, index))
        return head + body + abbrs
    data = block('l')
    if version != b'\0':
        data += block('q') + b'\n' + footer + b'\n'
    return data


def show(label, zone, moments):
    out = []
    for m in moments:
        for fold in (0, 1):
            d = m.replace(tzinfo=zone, fold=fold)
            out.append(f'{d.utcoffset()}/{d.dst()}/{d.tzname()}')
    utc = [(m.replace(tzinfo=timezone.utc).astimezone(zone)) for m in moments]
    print(label, ' '.join(out))
    print('   ', ' '.join(f'{u:%Y-%m-%d %H:%M}f{u.fold}' for u in utc))


moments = [datetime(1960, 1, 1), datetime(2030, 1, 15), datetime(2030, 3, 10, 2, 30), datetime(2030, 3, 31, 1, 30),
           datetime(2030, 6, 1), datetime(2030, 10, 27, 1, 30), datetime(2030, 11, 3, 1, 30), datetime(2032, 2, 29, 3),
           datetime(2032, 3, 1, 1, 59), datetime(2032, 12, 31, 23, 59)]
types = [(-18000, 0, 'EST'), (-14400, 1, 'EDT')]
trans = [(-100000000, 1), (-90000000, 0)]
footers = [b'EST5EDT,M3.2.0,M11.1.0', b'EST5EDT,M3.2.0/2,M11.1.0/2:00:00', b'<-05>5<-04>,M3.2.0,M11.1.0',
           b'CET-1CEST,M3.5.0,M10.5.0/3', b'IST-1GMT0,M10.5.0,M3.5.0/1', b'AAA3BBB,J60/0,J300/1:30',
           b'AAA3BBB,59/0,299/25', b'AAA3BBB2,0/0,J365/25', b'NZST-12NZDT,M9.5.0,M4.1.0/3', b'EST5', b'<+0330>-3:30',
           b'XXX+01:30:15YYY+00:30,M1.1.1/-1,M12.5.6/+23:59:59', b'UTC0', b'AAA4BBB,J1,J365']
for version in (b'2', b'3'):
    for footer in footers:
        show(version.decode() + ' ' + footer.decode(), ZoneInfo.from_file(io.BytesIO(tzif(version, trans, types, footer))), moments)
show('v1', ZoneInfo.from_file(io.BytesIO(tzif(b'\0', trans, types, b''))), moments)
show('v1 none', ZoneInfo.from_file(io.BytesIO(tzif(b'\0', [], [(3600, 0, 'ABC')], b''))), moments)
show('v2 dst only', ZoneInfo.from_file(io.BytesIO(tzif(b'2', [(0, 0)], [(7200, 1, 'DDD')], b''))), moments)
show('v2 empty footer', ZoneInfo.from_file(io.BytesIO(tzif(b'2', trans, types, b''))), moments)
print(ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(3600, 0, 'ABC')], b'ABC-1'))).utcoffset(None))
print(ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(3600, 0, 'ABC')], b'ABC-1DEF,M3.2.0,M11.1.0'))).utcoffset(None))

bad = [b'E', b'EST', b'EST5EDT', b'EST5EDT,M3.2.0', b'EST5EDT,M13.2.0,M11.1.0', b'EST5EDT,M3.6.0,M11.1.0',
       b'EST5EDT,M3.2.7,M11.1.0', b'EST5EDT,J0,J365', b'EST5EDT,366,0', b'EST5EDT,M3.2.0,M11.1.0x', b'EST25',
       b'EST5EDT4:3', b'<EST!>5', b'<EST5', b'5EST', b'EST5EDT,M3.2.0/xx,M11.1.0', b'EST5EDT;M3.2.0,M11.1.0',
       b'EST5:EDT,M3.2.0,M11.1.0', b'EST+', b'EST5EDT,Mx.2.0,M11.1.0']
for footer in bad:
    try:
        ZoneInfo.from_file(io.BytesIO(tzif(b'2', trans, types, footer)))
        print(footer, 'ok')
    except ValueError as e:
        print(footer, type(e).__name__, e)
for data in [tzif(b'2', [(0, 5)], types, b'EST5'), tzif(b'2', [], [], b'')]:
    try:
        ZoneInfo.from_file(io.BytesIO(data))
    except ValueError as e:
        print(type(e).__name__, e)
