# http: HTTPStatus members (values, phrases, descriptions), HTTPMethod-free 3.11 API, http.cookies SimpleCookie parsing/output, http.client.responses, http.cookiejar date helpers.
import http, http.client, http.cookies
from http import HTTPStatus
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(418).phrase, HTTPStatus.NOT_FOUND.description, int(HTTPStatus.CREATED), HTTPStatus['IM_A_TEAPOT'].value, len(HTTPStatus))
print([s.value for s in HTTPStatus][:10], HTTPStatus.OK == 200, HTTPStatus(301).name, f'{HTTPStatus.OK}', str(HTTPStatus.OK))
try: HTTPStatus(999)
except ValueError as e: print(type(e).__name__, e)
print(http.client.responses[404], http.client.responses[200], http.client.HTTP_PORT, http.client.HTTPS_PORT, http.client.NOT_FOUND)
c = http.cookies.SimpleCookie(); c.load('session=abc123; theme="dark blue"; Path=/; HttpOnly')
print(sorted(c.keys()), c['session'].value, c['theme'].value, c['theme']['path'], c['theme']['httponly'])
c2 = http.cookies.SimpleCookie(); c2['id'] = 'x y;z'; c2['id']['max-age'] = 3600; c2['id']['secure'] = True; c2['id']['samesite'] = 'Lax'; c2['plain'] = 'v'
print(c2.output()); print(c2.output(header='Cookie:', sep='; ')); print(c2['id'].OutputString(), repr(c2['plain']), c2.js_output().count('document.cookie'))
try: c2['bad'] = 'v'; c2['bad']['nonsense'] = 1
except http.cookies.CookieError as e: print(type(e).__name__, e)
m = http.cookies.Morsel(); m.set('k', 'v', 'v'); print(m.key, m.value, m.coded_value, m == m.copy())
print(http.cookies._quote('a"b\\c'), http.cookies._unquote('"a\\"b"'))
import http.cookiejar as cj
print(cj.http2time('Wed, 09 Feb 1994 22:23:32 GMT'), cj.iso2time('1994-02-09 22:23:32Z'), cj.time2isoz(0), cj.time2netscape(0))
