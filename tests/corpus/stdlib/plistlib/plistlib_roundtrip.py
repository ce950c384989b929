# plistlib: XML plists (written and read back through expat), binary plists, and the errors of bad input.
import datetime
import plistlib

value = {
    'name': 'Kaa & <co>',
    'count': 42,
    'big': 2 ** 62,
    'negative': -7,
    'ratio': 0.25,
    'flag': True,
    'off': False,
    'when': datetime.datetime(2024, 2, 29, 12, 30, 5),
    'blob': b'\x00\x01binary\xff',
    'items': [1, 'two', [3.5, {'nested': 'yes'}], {}],
    'unicode': 'caf\u00e9 \u2603',
}
for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
    data = plistlib.dumps(value, fmt=fmt, sort_keys=True)
    back = plistlib.loads(data)
    print(fmt, len(data), back == value, sorted(back))
xml_data = plistlib.dumps(value)
print(xml_data.decode())
print(plistlib.loads(xml_data, fmt=plistlib.FMT_XML)['when'])
print(plistlib.dumps([1, 2], sort_keys=False).decode().splitlines()[3:])
print(plistlib.loads(plistlib.dumps({'u': plistlib.UID(5)}, fmt=plistlib.FMT_BINARY)))

bad_inputs = [
    b'<?xml version="1.0"?><plist><dict><key>a</key></dict></plist>',
    b'<?xml version="1.0"?><plist><integer>x</integer></plist>',
    b'<?xml version="1.0"?><plist><dict><string>no key</string></dict></plist>',
    b'<?xml version="1.0"?><plist><array>',
    b'not a plist at all',
    b'<?xml version="1.0"?><plist><unknown/></plist>',
]
for data in bad_inputs:
    try:
        print(plistlib.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
for v in [{1: 2}, object(), {'k': None}]:
    try:
        plistlib.dumps(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
