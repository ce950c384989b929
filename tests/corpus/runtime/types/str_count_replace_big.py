# str methods on longer texts: count/replace/find/split results on generated text, checked by sizes and samples.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

text = ' '.join('word%d' % (i % 37) for i in range(2000))
print(len(text), text.count('word1'), text.count('word1 '), text.find('word36'), text.rfind('word0'), len(text.split()), len(text.split('word')))
r = text.replace('word', 'w')
print(len(r), r[:40], r.count('w'), text.replace(' ', '', 100)[:60])
print(text.upper()[:30], text.title()[:30], text.swapcase()[-20:], text.center(len(text) + 4, '|')[:6])
print(sorted(set(text.split()))[:5], max(text.split(), key=len), text.index('word5 word6'))
lines = '\n'.join(text[i:i + 60] for i in range(0, 600, 60))
print(len(lines.splitlines()), lines.splitlines()[3], lines.expandtabs().count('\n'))
print(('ab' * 5000).replace('ba', 'X').count('X'), ('a' * 10000).find('a' * 5000, 10), ('abc' * 3000).rpartition('cab')[0][-6:])
