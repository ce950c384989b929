# html: escape/unescape (named, numeric, invalid references) and html.parser.HTMLParser (tags, attributes, data, entities, comments, declarations, CDATA content, errors tolerance).
import html
from html.parser import HTMLParser
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False))
print(html.unescape('&lt;p&gt; &amp;amp; &copy; &#169; &#xA9; &#x110000; &#0; &nbsp;| &notin; &notit; &ampx &unknown; &#65;&#x42; &#128;'))
class P(HTMLParser):
    def __init__(self): super().__init__(convert_charrefs=False); self.events = []
    def handle_starttag(self, t, a): self.events.append(('start', t, a))
    def handle_endtag(self, t): self.events.append(('end', t))
    def handle_startendtag(self, t, a): self.events.append(('startend', t, a))
    def handle_data(self, d): self.events.append(('data', d))
    def handle_entityref(self, n): self.events.append(('entity', n))
    def handle_charref(self, n): self.events.append(('charref', n))
    def handle_comment(self, d): self.events.append(('comment', d))
    def handle_decl(self, d): self.events.append(('decl', d))
    def handle_pi(self, d): self.events.append(('pi', d))
    def unknown_decl(self, d): self.events.append(('unknown', d))
doc = '''<!DOCTYPE html><html><head><title>T &amp; t</title><script>if (a < b && c > d) {}</script></head>
<body class="main" id=x data-flag><p>Para &copy; &#65; &#x42;<br/><img src='i.png' alt="a &quot;b&quot;"></p><!-- note --><?php echo 1 ?>
<![CDATA[raw]]><UL><LI>Item</Li></ul><a href=unquoted>link</a></body></html>'''
p = P(); p.feed(doc); p.close()
for e in p.events: print(e)
p2 = P(); p2.feed('<div><span>partial'); p2.feed(' text</span'); p2.feed('></div>'); p2.close(); print(p2.events)
class C(HTMLParser):
    def __init__(self): super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)
    def handle_starttag(self, t, a): self.out.append(f'<{t} {a}>')
c = C(); c.feed('<p title="&lt;x&gt;">a &amp; b &#9731; &bogus; &lt</p>'); c.close(); print(c.out, c.get_starttag_text())
c2 = C(); c2.feed('<p <b>weird</b> < notatag <3 </p> </ >'); c2.close(); print(c2.out)
print(html.entities.name2codepoint['eacute'] if hasattr(html, 'entities') else '', len(html.entities.html5) > 2000, html.entities.codepoint2name[0x3b1], html.entities.html5['amp;'])
