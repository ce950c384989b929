#!/usr/bin/python3.11
"""Generates the mapping tables of Kaa's CJK codecs (src/Kaa.Runtime/Modules/Cjk/Tables/*.bin) by probing the
oracle's own codecs: every 1-, 2- and 3-byte sequence a decoder accepts, every code point an encoder maps, the
code point pairs the JIS X 0213 / HKSCS encoders combine, the GB18030 four-byte ranges, the EUC-KR make-up
sequences and, for the ISO-2022 codecs, what each designated character set decodes and which designation and
code each character is encoded with. Nothing is read from CPython's sources.

Run with the oracle:  /usr/bin/python3.11 tools/gen_cjk_tables.py

File format (raw deflate of a stream of unsigned LEB128 varints; "zz" marks a zigzag-coded signed delta):
  header: version, name of the base table ('' for none; this table's entries override the base's)
  STATELESS codec (kind 1):
    256 lead entries: kind (0 none/base, 1 single: cp, 2 immediate error: length, 3 needs N bytes: N)
    decode entries: count, then per entry: zz key delta (key = bytes big-endian), tag
        (0 unmapped, 1 one code point: zz delta, 2 pair: cp, cp, 3 error of a length: length)
    encode entries: count, then per entry: cp delta, byte count (0 = unmapped), zz delta of the code
    pair entries: count, then per entry: cp1, cp2, byte count, code
    extras by codec (gb18030 ranges, euc_kr make-up indexes)
  ISO-2022 charset (kind 2): width, entries as the decode entries above (keys are the 7-bit bytes)
  ISO-2022 codec (kind 3): designations (mark, plane, width, charset table name), G2 tables,
    encode entries: cp delta, mark (0 = unmapped), zz code delta; pair entries: cp1, cp2, mark, code
"""
import codecs
import os
import sys
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'Kaa.Runtime', 'Modules', 'Cjk', 'Tables')
VERSION = 1

# codec -> base codec whose tables it shares (its own file holds only the differences)
STATELESS = {
    'gbk': None, 'gb2312': 'gbk', 'gb18030': 'gbk',
    'big5': None, 'cp950': 'big5', 'big5hkscs': 'big5',
    'cp949': None, 'euc_kr': 'cp949', 'johab': None,
    'euc_jp': None, 'euc_jis_2004': 'euc_jp', 'euc_jisx0213': 'euc_jis_2004',
    'shift_jis': None, 'cp932': 'shift_jis', 'shift_jis_2004': 'shift_jis', 'shift_jisx0213': 'shift_jis_2004',
}
ISO2022 = {
    'iso2022_jp': None, 'iso2022_jp_1': 'iso2022_jp', 'iso2022_jp_2': 'iso2022_jp_1',
    'iso2022_jp_ext': 'iso2022_jp_1', 'iso2022_jp_2004': None, 'iso2022_jp_3': 'iso2022_jp_2004',
    'iso2022_kr': None,
}
# The designations of each ISO-2022 codec in the order its encoder tries them: (final byte, double-byte,
# plane). The tables behind them are probed below.
DESIGNATIONS = {
    'iso2022_kr': [('C', True, 1)],
    'iso2022_jp': [('B', True, 0), ('J', False, 0), ('@', True, 0)],
    'iso2022_jp_1': [('B', True, 0), ('D', True, 0), ('J', False, 0), ('@', True, 0)],
    'iso2022_jp_2': [('B', True, 0), ('D', True, 0), ('C', True, 0), ('A', True, 0), ('J', False, 0),
                     ('@', True, 0), ('A', False, 2), ('F', False, 2)],
    'iso2022_jp_2004': [('Q', True, 0), ('B', True, 0), ('Q', True, 0), ('P', True, 0)],
    'iso2022_jp_3': [('O', True, 0), ('B', True, 0), ('O', True, 0), ('P', True, 0)],
    'iso2022_jp_ext': [('B', True, 0), ('D', True, 0), ('J', False, 0), ('I', False, 0), ('@', True, 0)],
}

MAX_CP = 0x30000  # above plane 2 only gb18030 maps anything (algorithmically)


class Writer:
    def __init__(self):
        self.out = bytearray()

    def u(self, v):
        assert v >= 0, v
        while True:
            b = v & 0x7F
            v >>= 7
            if v:
                self.out.append(b | 0x80)
            else:
                self.out.append(b)
                return

    def z(self, v):
        self.u((v << 1) if v >= 0 else ((-v << 1) - 1))

    def s(self, text):
        data = text.encode('ascii')
        self.u(len(data))
        self.out += data


def try_decode(dec, data):
    try:
        return dec(data)[0], None
    except UnicodeDecodeError as e:
        return None, e


def try_encode(enc, text):
    try:
        return enc(text)[0], None
    except UnicodeEncodeError as e:
        return None, e


def probe_stateless(name):
    info = codecs.lookup(name)
    dec, enc = info.decode, info.encode
    leads = {}      # lead -> ('single', cp) | ('error', n) | ('need', n)
    entries = {}    # key -> ('cp', cp) | ('pair', a, b) | ('error', n)
    extras = {}
    for c in range(256):
        s, e = try_decode(dec, bytes([c]))
        if s is not None:
            assert len(s) == 1, (name, c)
            leads[c] = ('single', ord(s))
            continue
        if e.reason != 'incomplete multibyte sequence':
            leads[c] = ('error', e.end - e.start)
            continue
        need = 2
        for c2 in range(256):
            data = bytes([c, c2])
            s, e = try_decode(dec, data)
            if e is not None and e.reason == 'incomplete multibyte sequence':
                need = 3
                break
        if need == 3 and name in ('gb18030', 'euc_kr'):
            need = 2   # the four- and eight-byte forms are handled by code (see extras)
        leads[c] = ('need', need)
        if need == 2:
            for c2 in range(256):
                data = bytes([c, c2])
                s, e = try_decode(dec, data)
                key = c << 8 | c2
                if s is not None:
                    entries[key] = ('cp', ord(s)) if len(s) == 1 else ('pair', ord(s[0]), ord(s[1]))
                elif e.reason == 'incomplete multibyte sequence':
                    assert name in ('gb18030', 'euc_kr'), (name, data)
                elif e.end - e.start != 1:
                    entries[key] = ('error', e.end - e.start)
        else:
            for c2 in range(256):
                for c3 in range(256):
                    data = bytes([c, c2, c3])
                    s, e = try_decode(dec, data)
                    key = c << 16 | c2 << 8 | c3
                    if s is not None:
                        entries[key] = ('cp', ord(s)) if len(s) == 1 else ('pair', ord(s[0]), ord(s[1]))
                    else:
                        assert e.reason != 'incomplete multibyte sequence', (name, data)
                        if e.end - e.start != 1:
                            entries[key] = ('error', e.end - e.start)
    encmap = {}
    top = 0x10000 if name == 'gb18030' else MAX_CP
    for cp in range(top):
        b, e = try_encode(enc, chr(cp))
        if b is not None:
            if name == 'gb18030' and len(b) == 4:
                continue   # the four-byte BMP ranges (extras)
            encmap[cp] = b
        else:
            assert e.start == 0 and e.end == 1, (name, cp)
    if name != 'gb18030':
        # nothing above plane 2 encodes (checked in bulk)
        rest = ''.join(chr(cp) for cp in range(MAX_CP, 0x110000))
        assert enc(rest, 'ignore')[0] == b'', name
    # pairs the encoder combines: the decoder's two-code-point results that encode as one code
    pairs = {}
    for key, v in entries.items():
        if v[0] == 'pair':
            b, e = try_encode(enc, chr(v[1]) + chr(v[2]))
            if b is not None and b != encmap.get(v[1], b'') + encmap.get(v[2], b''):
                pairs[(v[1], v[2])] = b
    starters = probe_starters(name) if any(v[0] == 'pair' for v in entries.values()) else []
    if name == 'gb18030':
        extras['ranges'] = gb18030_ranges(dec, enc)
    if name == 'euc_kr':
        extras['makeup'] = euc_kr_makeup(dec)
    return leads, entries, encmap, (pairs, starters), extras


def probe_starters(name):
    """The characters an incremental encoder holds back, waiting for one that may combine with them."""
    inc = codecs.getincrementalencoder(name)('ignore')
    starters = []
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        inc.reset()
        if inc.encode(chr(cp)) == b'' and inc.getstate() & 0xFF:
            starters.append(cp)
    return starters


def gb18030_ranges(dec, enc):
    """The four-byte BMP sequences as pieces (first linear index, first code point) of a piecewise linear map."""
    pieces = []
    prev = None
    for lseq in range(39420):
        c1, r = divmod(lseq, 12600)
        c2, r = divmod(r, 1260)
        c3, c4 = divmod(r, 10)
        data = bytes([c1 + 0x81, c2 + 0x30, c3 + 0x81, c4 + 0x30])
        s = dec(data)[0]
        cp = ord(s)
        if prev is None or cp != prev + 1:
            pieces.append((lseq, cp))
        prev = cp
    # every BMP character the two-byte map lacks encodes through the pieces
    for lseq, cp in pieces:
        c1, r = divmod(lseq, 12600)
        c2, r = divmod(r, 1260)
        c3, c4 = divmod(r, 10)
        assert enc(chr(cp))[0] == bytes([c1 + 0x81, c2 + 0x30, c3 + 0x81, c4 + 0x30])
    return pieces


def euc_kr_makeup(dec):
    """Index of each byte as initial, medial and final jamo in the KS X 1001:1998 Annex 3 make-up sequences."""
    cho, jung, jong = {}, {}, {}
    for b in range(256):
        s, _ = try_decode(dec, bytes([0xA4, 0xD4, 0xA4, b, 0xA4, 0xBF, 0xA4, 0xD4]))
        if s is not None:
            cho[b] = (ord(s) - 0xAC00) // 588
        s, _ = try_decode(dec, bytes([0xA4, 0xD4, 0xA4, 0xA1, 0xA4, b, 0xA4, 0xD4]))
        if s is not None:
            jung[b] = (ord(s) - 0xAC00) // 28 % 21
        s, _ = try_decode(dec, bytes([0xA4, 0xD4, 0xA4, 0xA1, 0xA4, 0xBF, 0xA4, b]))
        if s is not None:
            jong[b] = (ord(s) - 0xAC00) % 28
    return cho, jung, jong


def code_of(b):
    return int.from_bytes(b, 'big')


def write_decode_entries(w, entries, base_entries):
    diff = {}
    for k, v in entries.items():
        if base_entries.get(k) != v:
            diff[k] = v
    for k in base_entries:
        if k not in entries:
            diff[k] = ('none',)
    w.u(len(diff))
    prev_key, prev_cp = 0, 0
    for k in sorted(diff):
        v = diff[k]
        w.z(k - prev_key)
        prev_key = k
        if v[0] == 'none':
            w.u(0)
        elif v[0] == 'cp':
            w.u(1)
            w.z(v[1] - prev_cp)
            prev_cp = v[1]
        elif v[0] == 'pair':
            w.u(2)
            w.u(v[1])
            w.u(v[2])
        else:
            w.u(3)
            w.u(v[1])


def inverse_stateless(leads, entries):
    """The encode map a table without a base starts from: the decoder's one-code-point results inverted, the
    first sequence in byte order winning (single bytes, then two-, then three-byte sequences)."""
    inv = {}
    for c in range(256):
        if leads[c][0] == 'single' and leads[c][1] >= 0x80:
            inv.setdefault(leads[c][1], bytes([c]))
    for k in sorted(entries):
        v = entries[k]
        if v[0] == 'cp':
            inv.setdefault(v[1], k.to_bytes(2 if k < 0x10000 else 3, 'big'))
    return inv


def write_stateless(name, base, probed, cache):
    leads, entries, encmap, pairs, extras = probed
    w = Writer()
    w.u(VERSION)
    w.u(1)
    w.s(base or '')
    b_leads, b_entries, b_encmap, b_pairs, _ = cache[base] if base else ({}, {}, {}, {}, {})
    if not base:
        b_encmap = inverse_stateless(leads, entries)
    for c in range(256):
        kind = leads[c]
        if kind[0] == 'single':
            w.u(1)
            w.u(kind[1])
        elif kind[0] == 'error':
            w.u(2)
            w.u(kind[1])
        else:
            w.u(3)
            w.u(kind[1])
    write_decode_entries(w, entries, b_entries)
    diff = {cp: b for cp, b in encmap.items() if b_encmap.get(cp) != b}
    for cp in b_encmap:
        if cp not in encmap:
            diff[cp] = b''
    w.u(len(diff))
    prev_cp, prev_code = 0, 0
    for cp in sorted(diff):
        b = diff[cp]
        w.u(cp - prev_cp)
        prev_cp = cp
        w.u(len(b))
        if len(b) > 4:
            w.u(code_of(b))   # eight-byte make-up sequences: outside the deltas
        elif b:
            w.z(code_of(b) - prev_code)
            prev_code = code_of(b)
    pairs, starters = pairs
    w.u(len(pairs))
    for (a, b2), b in sorted(pairs.items()):
        w.u(a)
        w.u(b2)
        w.u(len(b))
        w.u(code_of(b))
    w.u(len(starters))
    for a in starters:
        w.u(a)
    if 'ranges' in extras:
        w.u(1)
        w.u(len(extras['ranges']))
        for lseq, cp in extras['ranges']:
            w.u(lseq)
            w.u(cp)
    elif 'makeup' in extras:
        w.u(2)
        for table in extras['makeup']:
            w.u(len(table))
            for b, i in sorted(table.items()):
                w.u(b)
                w.u(i)
    else:
        w.u(0)
    return w.out


# ---- ISO-2022 ----

def esc_for(final, dbcs, plane):
    if plane == 2:
        return b'\x1b.' + final.encode()
    if plane == 1:
        return (b'\x1b$)' if dbcs else b'\x1b)') + final.encode()
    if not dbcs:
        return b'\x1b(' + final.encode()
    if final in 'B@':
        return b'\x1b$' + final.encode()
    return b'\x1b$(' + final.encode()


def probe_charset(name, final, dbcs, plane):
    """What the codec's decoder gives for each code of one designated character set."""
    dec = codecs.lookup(name).decode
    prefix = esc_for(final, dbcs, plane) + (b'\x0e' if plane == 1 else b'')
    entries = {}
    if plane == 2:
        for b in range(256):
            s, e = try_decode(dec, prefix + b'\x1bN' + bytes([b]))
            if s is not None:
                entries[b] = ('cp', ord(s))
        return entries
    for c1 in range(0x20, 0x80):
        if dbcs:
            for c2 in range(256):
                s, e = try_decode(dec, prefix + bytes([c1, c2]))
                if s is not None:
                    entries[c1 << 8 | c2] = ('cp', ord(s)) if len(s) == 1 else ('pair', ord(s[0]), ord(s[1]))
                else:
                    assert e.end - e.start == 2, (name, final, c1, c2, e)
        else:
            s, e = try_decode(dec, prefix + bytes([c1]))
            if s is not None:
                assert len(s) == 1
                entries[c1] = ('cp', ord(s))
    return entries


def parse_iso2022_output(b):
    """(final byte, code) of one encoded character: the last designation escape, then the code bytes."""
    mark = None
    i = 0
    code = b''
    while i < len(b):
        if b[i] == 0x1B:
            j = i + 1
            while not (0x40 <= b[j] <= 0x5A):
                j += 1
            seq = b[i:j + 1]
            i = j + 1
            if seq != b'\x1b(B':
                mark = (seq[-1:].decode(), b'$' in seq)
        elif b[i] in (0x0E, 0x0F):
            i += 1
        else:
            code += b[i:i + 1]
            i += 1
    return mark, code


def probe_iso2022_encoder(name):
    enc = codecs.lookup(name).encode
    dec = codecs.lookup(name).decode
    encmap = {}
    for cp in range(0x80, MAX_CP):
        b, e = try_encode(enc, chr(cp))
        if b is None:
            assert e.end - e.start == 1
            continue
        mark, code = parse_iso2022_output(b)
        encmap[cp] = (mark, code_of(code), len(code))
    rest = ''.join(chr(cp) for cp in range(MAX_CP, 0x110000))
    assert enc(rest, 'ignore')[0] == b''
    return encmap


def probe_iso2022_pairs(name, charsets):
    enc = codecs.lookup(name).encode
    pairs = {}
    for entries in charsets:
        for key, v in entries.items():
            if v[0] == 'pair':
                b, e = try_encode(enc, chr(v[1]) + chr(v[2]))
                if b is not None:
                    mark, code = parse_iso2022_output(b)
                    if len(code) == 2:
                        pairs[(v[1], v[2])] = (mark, code_of(code))
    has_pairs = any(v[0] == 'pair' for entries in charsets for v in entries.values())
    return pairs, (probe_starters(name) if has_pairs else [])


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.bin'):
            os.remove(os.path.join(OUT, f))
    sizes = {}
    cache = {}
    for name, base in STATELESS.items():
        probed = probe_stateless(name)
        cache[name] = probed
        data = write_stateless(name, base, probed, cache)
        sizes[name] = save(name, data)
    charset_files = {}
    for name, base in ISO2022.items():
        desigs = []
        charsets = []
        for final, dbcs, plane in DESIGNATIONS[name]:
            entries = probe_charset(name, final, dbcs, plane)
            charsets.append(entries)
            w = Writer()
            w.u(VERSION)
            w.u(2)
            w.s('')
            w.u(2 if dbcs else 1)
            write_decode_entries(w, entries, {})
            blob = bytes(w.out)
            table = charset_files.get(blob)
            if table is None:
                table = 'iso2022_set%d' % len(charset_files)
                charset_files[blob] = table
                sizes[table] = save(table, blob)
            desigs.append((final, dbcs, plane, table))
        encmap = probe_iso2022_encoder(name)
        pairs, starters = probe_iso2022_pairs(name, charsets)
        cache[name] = encmap
        w = Writer()
        w.u(VERSION)
        w.u(3)
        w.s(base or '')
        w.u(len(desigs))
        for final, dbcs, plane, table in desigs:
            w.u(ord(final))
            w.u(2 if dbcs else 1)
            w.u(plane)
            w.s(table)
        b_enc = cache[base] if base else inverse_iso2022(desigs, charsets)
        diff = {cp: v for cp, v in encmap.items() if b_enc.get(cp) != v}
        for cp in b_enc:
            if cp not in encmap:
                diff[cp] = None
        w.u(len(diff))
        prev_cp, prev_code = 0, 0
        for cp in sorted(diff):
            v = diff[cp]
            w.u(cp - prev_cp)
            prev_cp = cp
            if v is None:
                w.u(0)
                continue
            (final, dbcs), code, n = v
            w.u(mark_index(desigs, final, dbcs) + 1)
            w.z(code - prev_code)
            prev_code = code
        w.u(len(pairs))
        for (a, b2), ((final, dbcs), code) in sorted(pairs.items()):
            w.u(a)
            w.u(b2)
            w.u(mark_index(desigs, final, dbcs))
            w.u(code)
        w.u(len(starters))
        for a in starters:
            w.u(a)
        sizes[name] = save(name, w.out)
    total = sum(sizes.values())
    for k, v in sizes.items():
        print(f'{k:20} {v:8}')
    print(f'{"total":20} {total:8}')


def inverse_iso2022(desigs, charsets):
    """As inverse_stateless for an ISO-2022 codec: its G0/G1 sets in designation order, codes ascending."""
    inv = {}
    for (final, dbcs, plane, table), entries in zip(desigs, charsets):
        if plane == 2:
            continue
        for k in sorted(entries):
            v = entries[k]
            if v[0] == 'cp' and v[1] >= 0x80:
                inv.setdefault(v[1], ((final, dbcs), k, 2 if dbcs else 1))
    return inv


def mark_index(desigs, final, dbcs):
    for i, (f, d, plane, table) in enumerate(desigs):
        if f == final and d == dbcs:
            return i
    raise KeyError((final, dbcs))


def save(name, data):
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = co.compress(bytes(data)) + co.flush()
    with open(os.path.join(OUT, name + '.bin'), 'wb') as f:
        f.write(packed)
    return len(packed)


if __name__ == '__main__':
    main()
