import http.client, http.server, threading, json

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass
    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404, 'Nope')
            return
        body = json.dumps({'path': self.path, 'ua': self.headers.get('User-Agent', '')[:6]}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header('X-Len', str(n))
        self.end_headers()
        self.wfile.write(data.upper())

srv = http.server.HTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
host, port = srv.server_address
conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request('GET', '/hello?x=1')
r = conn.getresponse()
print(r.status, r.reason, r.getheader('Content-Type'), r.version)
print(json.loads(r.read()))
conn.request('GET', '/missing')
r = conn.getresponse()
print(r.status, r.reason, r.read()[:15])
conn.close()
conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request('POST', '/echo', body=b'posted data', headers={'Content-Type': 'text/plain'})
r = conn.getresponse()
print(r.status, r.reason, r.getheader('X-Len'), r.read(), r.closed)
conn.close()
import urllib.request
with urllib.request.urlopen('http://%s:%d/via-urllib' % (host, port), timeout=10) as resp:
    print(resp.status, json.loads(resp.read())['path'])
try:
    urllib.request.urlopen('http://%s:%d/missing' % (host, port), timeout=10)
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, e.reason)
srv.shutdown(); t.join(); srv.server_close()
try:
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    c.request('GET', '/')
except ConnectionRefusedError as e:
    print(type(e).__name__)
