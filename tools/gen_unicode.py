#!/usr/bin/python3.11
"""Generate the Unicode 14.0 database Kaa uses (CPython 3.11's version) from the oracle itself.

Writes three zlib-compressed tables under src/Kaa.Syntax/Text/Data/, which the Kaa.Syntax project
embeds and src/Kaa.Syntax/Text/UnicodeDatabase*.cs reads lazily:

  ucd14_props.bin  per code point: general category, bidirectional class, combining class, East
                   Asian width, mirrored, decimal/digit/numeric values and the str predicates
                   (isprintable, isidentifier start/continue, isalpha, ...), as a two-level table;
  ucd14_names.bin  character names (\\N{...}, unicodedata.name/lookup), name aliases, and the data
                   for the algorithmic names (CJK unified ideographs, Hangul syllables);
  ucd14_norm.bin   decomposition mappings and the canonical composition pairs (NFC/NFKC);
  ucd14_case.bin   full case mappings (str.lower/upper/title/casefold) and the Cased and
                   Case_Ignorable properties (final sigma in lower(), word starts in title()).

Everything comes from /usr/bin/python3.11's unicodedata and str methods (Unicode 14.0), except the
lists of name aliases and named sequences, which unicodedata cannot enumerate: they are read from
the system's NameAliases.txt and NamedSequences.txt and filtered to the entries the oracle's
unicodedata.lookup resolves to the same text.
Run it again only if the oracle changes; the output is committed.
"""
import os
import struct
import sys
import unicodedata
import zlib

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'Kaa.Syntax', 'Text', 'Data')
ALIASES_FILE = '/usr/share/unicode/NameAliases.txt'
SEQUENCES_FILE = '/usr/share/unicode/NamedSequences.txt'
MAX = 0x110000
SHIFT = 7  # two-level table: block of 128 code points

# Flag bits; keep in sync with UnicodeDatabase.Flag in src/Kaa.Syntax/Text/UnicodeDatabase.cs.
FLAGS = ['printable', 'xid_start', 'xid_continue', 'alpha', 'decimal', 'digit', 'numeric', 'space',
         'lower', 'upper', 'title', 'linebreak', 'mirrored']


class Writer:
    def __init__(self):
        self.parts = []

    def u8(self, v): self.parts.append(struct.pack('<B', v))
    def i8(self, v): self.parts.append(struct.pack('<b', v))
    def u16(self, v): self.parts.append(struct.pack('<H', v))
    def u32(self, v): self.parts.append(struct.pack('<I', v))
    def f64(self, v): self.parts.append(struct.pack('<d', v))

    def varint(self, v):
        assert v >= 0
        while True:
            b = v & 0x7F
            v >>= 7
            if v:
                self.parts.append(bytes([b | 0x80]))
            else:
                self.parts.append(bytes([b]))
                return

    def text(self, s):
        data = s.encode('ascii')
        self.varint(len(data))
        self.parts.append(data)

    def texts(self, items):
        self.varint(len(items))
        for s in items:
            self.text(s)

    def save(self, name):
        raw = b''.join(self.parts)
        packed = zlib.compress(raw, 9)
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(packed)
        print(f'{name}: {len(raw)} bytes raw, {len(packed)} compressed', file=sys.stderr)


def flags_of(ch):
    bits = {
        'printable': ch.isprintable(),
        'xid_start': ch.isidentifier() and ch != '_',
        'xid_continue': ('a' + ch).isidentifier(),
        'alpha': ch.isalpha(),
        'decimal': ch.isdecimal(),
        'digit': ch.isdigit(),
        'numeric': ch.isnumeric(),
        'space': ch.isspace(),
        'lower': ch.islower(),
        'upper': ch.isupper(),
        'title': ch.istitle(),
        'linebreak': len(('a' + ch + 'b').splitlines()) == 2,
        'mirrored': unicodedata.mirrored(ch) == 1,
    }
    value = 0
    for i, name in enumerate(FLAGS):
        if bits[name]:
            value |= 1 << i
    return value


def gen_props():
    categories, bidis, widths, numerics = [], [], [], []

    def index(table, value):
        if value not in table:
            table.append(value)
        return table.index(value)

    # Python's own sort order makes the lists deterministic; fix the common values first.
    index(categories, 'Cn')
    index(bidis, '')
    index(widths, 'N')
    index(numerics, -1.0)  # "no numeric value"
    records, record_ids, per_cp = [], {}, []
    for cp in range(MAX):
        ch = chr(cp)
        rec = (index(categories, unicodedata.category(ch)),
               index(bidis, unicodedata.bidirectional(ch)),
               unicodedata.combining(ch),
               index(widths, unicodedata.east_asian_width(ch)),
               flags_of(ch),
               unicodedata.decimal(ch, -1),
               unicodedata.digit(ch, -1),
               index(numerics, unicodedata.numeric(ch, -1.0)))
        rid = record_ids.get(rec)
        if rid is None:
            rid = record_ids[rec] = len(records)
            records.append(rec)
        per_cp.append(rid)
    blocks, block_ids, block_index = [], {}, []
    for start in range(0, MAX, 1 << SHIFT):
        block = tuple(per_cp[start:start + (1 << SHIFT)])
        bid = block_ids.get(block)
        if bid is None:
            bid = block_ids[block] = len(blocks)
            blocks.append(block)
        block_index.append(bid)

    w = Writer()
    w.texts(FLAGS)
    w.texts(categories)
    w.texts(bidis)
    w.texts(widths)
    w.varint(len(numerics))
    for v in numerics:
        w.f64(v)
    w.varint(len(records))
    for cat, bidi, comb, width, flags, dec, dig, num in records:
        w.u8(cat); w.u8(bidi); w.u8(comb); w.u8(width); w.u16(flags); w.i8(dec); w.i8(dig); w.u16(num)
    w.varint(SHIFT)
    w.varint(len(block_index))
    for b in block_index:
        w.u16(b)
    w.varint(len(blocks))
    for block in blocks:
        for rid in block:
            w.u16(rid)
    w.save('ucd14_props.bin')


CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'
HANGUL_PREFIX = 'HANGUL SYLLABLE '
S_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 19, 21, 28


def gen_names():
    explicit = []          # (cp, name) stored one by one
    numbered = []          # [start, end, prefix]: names PREFIX-%04X, looked up case-insensitively
    cjk_ranges = []        # [start, end]: CJK UNIFIED IDEOGRAPH-%X (case-sensitive lookup)
    for cp in range(MAX):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name == f'{CJK_PREFIX}{cp:04X}':
            if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
                cjk_ranges[-1][1] = cp
            else:
                cjk_ranges.append([cp, cp])
            continue
        if S_BASE <= cp < S_BASE + L_COUNT * V_COUNT * T_COUNT:
            continue  # algorithmic Hangul syllable
        head, sep, tail = name.rpartition('-')
        if sep and tail == f'{cp:04X}':
            if numbered and numbered[-1][2] == head + '-' and numbered[-1][1] == cp - 1:
                numbered[-1][1] = cp
            else:
                numbered.append([cp, cp, head + '-'])
            continue
        explicit.append((cp, name))
    # Short runs are cheaper as explicit names than as ranges; keeping them explicit is also simpler.
    for start, end, prefix in [r for r in numbered if r[1] - r[0] < 4]:
        explicit.extend((cp, f'{prefix}{cp:04X}') for cp in range(start, end + 1))
    numbered = [r for r in numbered if r[1] - r[0] >= 4]
    explicit.sort()

    # Hangul jamo short names, read back from the oracle's syllable names.
    def syllable(i):
        return unicodedata.name(chr(S_BASE + i))[len(HANGUL_PREFIX):]
    leads = [syllable(l * V_COUNT * T_COUNT)[:-1] for l in range(L_COUNT)]          # L + 'A'
    vowels = [syllable(v * T_COUNT)[len(leads[0]):] for v in range(V_COUNT)]          # 'G' + V
    trails = [syllable(t)[len(leads[0]) + len(vowels[0]):] for t in range(T_COUNT)]   # 'GA' + T
    for i in range(0, L_COUNT * V_COUNT * T_COUNT, 97):
        l, rest = divmod(i, V_COUNT * T_COUNT)
        v, t = divmod(rest, T_COUNT)
        assert HANGUL_PREFIX + leads[l] + vowels[v] + trails[t] == unicodedata.name(chr(S_BASE + i))

    aliases = []
    with open(ALIASES_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            cp_hex, alias, _kind = line.split(';')
            cp = int(cp_hex, 16)
            try:
                if unicodedata.lookup(alias) == chr(cp):
                    aliases.append((cp, alias))
            except KeyError:
                pass  # an alias newer than Unicode 14.0

    sequences = []
    with open(SEQUENCES_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            name, seq = line.split(';')
            text = ''.join(chr(int(x, 16)) for x in seq.split())
            try:
                if unicodedata.lookup(name) == text:
                    sequences.append((name, [ord(c) for c in text]))
            except KeyError:
                pass  # a sequence newer than Unicode 14.0

    w = Writer()
    w.varint(len(explicit))
    prev = 0
    for cp, name in explicit:
        w.varint(cp - prev)
        prev = cp
        w.text(name)
    w.varint(len(numbered))
    for start, end, prefix in numbered:
        w.varint(start); w.varint(end); w.text(prefix)
    w.varint(len(cjk_ranges))
    for start, end in cjk_ranges:
        w.varint(start); w.varint(end)
    w.texts(leads)
    w.texts(vowels)
    w.texts(trails)
    w.varint(len(aliases))
    for cp, alias in aliases:
        w.varint(cp)
        w.text(alias)
    w.varint(len(sequences))
    for name, cps in sequences:
        w.text(name)
        w.varint(len(cps))
        for cp in cps:
            w.varint(cp)
    w.save('ucd14_names.bin')


def gen_norm():
    tags = ['']
    decomps = []
    pairs = []
    for cp in range(MAX):
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = parts[0] if parts[0].startswith('<') else ''
        mapping = [int(x, 16) for x in (parts[1:] if tag else parts)]
        if tag not in tags:
            tags.append(tag)
        decomps.append((cp, tags.index(tag), mapping))
        # A canonical pair composes back unless the character is a composition exclusion.
        if not tag and len(mapping) == 2 and unicodedata.combining(chr(mapping[0])) == 0:
            if unicodedata.normalize('NFC', chr(mapping[0]) + chr(mapping[1])) == chr(cp):
                pairs.append((mapping[0], mapping[1], cp))
    w = Writer()
    w.texts(tags)
    w.varint(len(decomps))
    prev = 0
    for cp, tag, mapping in decomps:
        w.varint(cp - prev)
        prev = cp
        w.varint(tag)
        w.varint(len(mapping))
        for m in mapping:
            w.varint(m)
    w.varint(len(pairs))
    for a, b, c in pairs:
        w.varint(a); w.varint(b); w.varint(c)
    w.save('ucd14_norm.bin')


def is_cased(ch):
    # title() lowers the character after a cased one, and title-cases it after any other.
    return (ch + 'a').title()[-1] == 'a'


def is_case_ignorable(ch, cased):
    # lower() maps a capital sigma to final sigma when a cased character precedes it, skipping
    # case-ignorable ones. After 'A': final when ch is cased or ignorable. At the start: final when
    # ch is cased and not ignorable.
    if cased:
        return (ch + '\u03a3').lower()[-1] != '\u03c2'
    return ('A' + ch + '\u03a3').lower()[-1] == '\u03c2'


def gen_case():
    """Every code point with a case mapping other than itself or a Cased/Case_Ignorable property:
    cp delta, flags (1 cased, 2 case-ignorable), then lower, upper, title, casefold, each as a
    code-point count (0: the character itself) and the code points."""
    entries = []
    for cp in range(MAX):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000:
            maps = [ch, ch, ch, ch]
        else:
            # One character alone: lower() of a lone capital sigma is the plain small sigma.
            maps = [ch.lower(), ch.upper(), ch.title(), ch.casefold()]
        cased = is_cased(ch)
        flags = (1 if cased else 0) | (2 if is_case_ignorable(ch, cased) else 0)
        if flags or any(m != ch for m in maps):
            entries.append((cp, flags, maps))
    w = Writer()
    w.varint(len(entries))
    previous = 0
    for cp, flags, maps in entries:
        w.varint(cp - previous)
        previous = cp
        w.u8(flags)
        for m in maps:
            if m == chr(cp):
                w.varint(0)
                continue
            w.varint(len(m))
            for c in m:
                w.varint(ord(c))
    w.save('ucd14_case.bin')


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_names()
    gen_norm()
    gen_props()
    gen_case()


if __name__ == '__main__':
    main()
