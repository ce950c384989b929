# str.encode with codecs and error handlers; bytes.decode round trips.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'héllo wörld €\U0001f600'
for enc in ['utf-8', 'utf8', 'UTF-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'cp1252']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        t(enc + ' ' + err, lambda: s.encode(enc, err))
t('default', lambda: s.encode())
t('kw', lambda: 'x'.encode(encoding='ascii', errors='strict'))
t('surrogate', lambda: '\ud800'.encode())
t('surrogatepass', lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
t('surrogateescape', lambda: b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
t('namereplace', lambda: 'é€'.encode('ascii', 'namereplace'))
t('bad handler', lambda: 'é'.encode('ascii', 'nope'))
t('round trip', lambda: s.encode('utf-16').decode('utf-16') == s)
t('decode errors', lambda: [b'\xe9t\xc3'.decode('utf-8', e) for e in ('replace', 'ignore', 'backslashreplace')])
t('decode strict', lambda: b'ab\xc3'.decode())
t('decode utf16 odd', lambda: b'a\x00b'.decode('utf-16-le'))
t('unicode escape', lambda: 'a\u00e9\n'.encode('unicode_escape'))
t('raw unicode escape', lambda: 'a\u00e9\u1234'.encode('raw_unicode_escape'))
t('decode unicode escape', lambda: b'a\\n\\u00e9'.decode('unicode_escape'))
