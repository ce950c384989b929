# str case mappings (full Unicode mappings, final sigma, title-casing) and the character predicates.
samples = [
    "", "hello world", "Hello World", "HELLO", "hELLO wORLD", "ǅungla", "ǆ", "Ǆ", "straße", "ﬁne ﬂow",
    "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.", "Σ", "aΣ", "aΣb", "a.Σ", "a'Σ'", "ΑΣ\u0345", "İstanbul", "ı", "ŉ", "ǰ",
    "ΐ", "ﬀ", "ß", "ẞ", "x\u0345", "123abc", "abc123DEF", "they're bill's friends", "o'neil", "ﬃ x",
    "\u01c5\u01c5", "\u1f80\u1f88", "ᾳ", "Ꭰꭰ", "𐐀𐐨", "𞤀𞤢", "a\U0001d400b", "\u2160\u2170", "\u24b6\u24d0",
    "ǈ ǉ ǈ", "\u0130", "mIxEd CaSe 123 ß", "\u00b5", "\u0149", "tab\tnew\nline", "\u00df\u00df",
]
for s in samples:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()))
    print("  ", s.islower(), s.isupper(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(),
          s.isdecimal(), s.isnumeric(), s.isspace(), s.isprintable(), s.isidentifier(), s.isascii())

pred = ["", " ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000", "\u200b", "abc", "ab c", "½", "²", "٣", "Ⅻ",
        "_x", "x_1", "1x", "a-b", "\u0300a", "a\u0300", "𝔘𝔫𝔦", "\x7f", "\xad", "\u00a0", "é", "ﬁ", "\U000e0001",
        "if", "None", "\uff21", "Ab", "AB", "aB", "A b", "A B", "1A", "A1", "\u01c5", "\u01c5a", "A\u01c5"]
for s in pred:
    print(ascii(s), [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
                     s.isprintable(), s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isascii()])

# Every code point's single-character mappings summarised by a checksum over a range.
total = 0
cp = -1
while cp < 0x2000:
    cp += 1
    c = chr(cp)
    total = (total * 31 + len(c.lower()) + 3 * len(c.upper()) + 7 * len(c.title()) + ord(c.lower()[0])
             + ord(c.upper()[-1]) + ord(c.casefold()[0])) % 1000000007
print("checksum", total)
for cp in (0x10400, 0x10428, 0x1e900, 0x1e922, 0x118a0, 0x16e40, 0xfb00, 0x1f80, 0x0390, 0x1fb3, 0x1fbc):
    c = chr(cp)
    print(cp, ascii(c.lower()), ascii(c.upper()), ascii(c.title()), ascii(c.casefold()), ascii(c.swapcase()))

for bad in (1, None):
    try:
        "x".lower(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
