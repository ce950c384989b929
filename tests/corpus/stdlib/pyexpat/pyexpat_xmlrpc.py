# xmlrpc.client's ExpatParser: marshalled calls and responses read back, faults, and malformed payloads.
import datetime
import xmlrpc.client as xc

payload = xc.dumps(({'a': 1, 'b': [1.5, 'two', True], 'when': xc.DateTime(datetime.datetime(2020, 1, 2, 3, 4, 5))},
                    b'bytes\x00here', 'text & <esc>', -12, None), 'do.thing', allow_none=True)
print(payload)
params, method = xc.loads(payload, use_datetime=True, use_builtin_types=True)
print(method, params)
params, method = xc.loads(payload)
print(method, [type(p).__name__ for p in params], params[1].data, params[0]['when'].value)

response = xc.dumps(({'ok': True, 'items': list(range(5))},), methodresponse=True)
print(xc.loads(response))

fault = xc.dumps(xc.Fault(4, 'Too many parameters'), methodresponse=True)
print(fault)
try:
    xc.loads(fault)
except xc.Fault as f:
    print('Fault', f.faultCode, f.faultString, repr(f))

parser, unmarshaller = xc.getparser()
print(type(parser).__name__, type(unmarshaller).__name__)
for piece in ['<?xml version="1.0"?><methodResponse><params><param>',
              '<value><array><data><value><i4>7</i4></value>', '<value><double>2.5</double></value></data></array></value>',
              '</param></params></methodResponse>']:
    parser.feed(piece)
parser.close()
print(unmarshaller.close(), unmarshaller.getmethodname())

for bad in ['<methodResponse><params><param><value><i4>x</i4></value></param></params></methodResponse>',
            '<methodResponse><params>', '<bogus/>', 'not xml',
            '<methodResponse><params><param><value><nil/></value></param></params></methodResponse>']:
    try:
        print(xc.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
