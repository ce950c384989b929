# unicodedata (Unicode 14.0.0): properties, names and lookup (aliases, named sequences, Hangul, CJK),
# numeric values, normalization, and the ucd_3_2_0 view; errors.
import unicodedata as u

chars = 'aZ5\u00bd\u0221\u00e9\u0301\u00aa\u2163\u0660\u4e00\uac00\ud7a3\u1100\u200b\u0627(\u2028\ufb01\u3000\u00a0\U0001f600\U00020000\U0001d7d8\u0f33\U00010107'
for c in chars:
    print(hex(ord(c)), u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
    print('  3.2:', u.ucd_3_2_0.name(c, None), u.ucd_3_2_0.category(c), u.ucd_3_2_0.bidirectional(c), u.ucd_3_2_0.east_asian_width(c),
          u.ucd_3_2_0.numeric(c, None), u.ucd_3_2_0.decomposition(c), u.ucd_3_2_0.mirrored(c))
counts = {}
for cp in range(0, 0x110000, 7):
    cat = u.category(chr(cp))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
names = 0
for cp in range(0, 0x30000, 3):
    if u.name(chr(cp), None):
        names += 1
print(names)
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00', 'LATIN CAPITAL LETTER GHA',
          'LATIN SMALL LETTER R WITH TILDE', 'BYZANTINE MUSICAL SYMBOL FHTORA SKLIRON CHROMA VASIS', 'EM DASH', 'SPACE', 'NULL', 'BOM']:
    try:
        r = u.lookup(n)
        print(n, [hex(ord(ch)) for ch in r])
    except KeyError as e:
        print(n, 'KeyError', e)
    try:
        print('  3.2', [hex(ord(ch)) for ch in u.ucd_3_2_0.lookup(n)])
    except KeyError as e:
        print('  3.2 KeyError', e)
texts = ['\u00e9', 'e\u0301', '\ufb01', '\u1e9b\u0323', '\uac00', '\u1100\u1161\u11a8', 'Å', '\u212b', '\u2126ohm', 'x\u0323\u0307', '\U0001d400A']
for t in texts:
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        r = u.normalize(form, t)
        print(form, [hex(ord(ch)) for ch in r], u.is_normalized(form, t), u.ucd_3_2_0.normalize(form, t) == r)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__, type(u.ucd_3_2_0).__module__)
tests = ['u.name("ab")', 'u.name(5)', 'u.name("\\x00")', 'u.name("\\x00", 7)', 'u.lookup("NOPE")', 'u.lookup("a" * 300)',
         'u.decimal("x")', 'u.digit("x")', 'u.numeric("x")', 'u.decimal("x", None)', 'u.normalize("NFX", "a")',
         'u.normalize("NFC", 5)', 'u.normalize(5, "a")', 'u.category("")', 'u.category(1)', 'u.category()', 'u.name()',
         'u.normalize("NFC")', 'u.UCD()', 'u.ucd_3_2_0.category()', 'u.lookup(b"SPACE")', 'u.ucd_3_2_0.decimal("\\u0221")']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
