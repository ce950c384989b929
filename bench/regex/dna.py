# In the style of pyperformance's regex_dna (the benchmarks game's regex-redux): count the matches of
# the DNA variant patterns in a generated sequence, then expand the IUB codes with sub().
import re

def fasta(n, seed=42):
    # A deterministic sequence over acgt with line breaks every 60 characters (a linear congruential
    # generator, as the benchmark's fasta input generator uses).
    alphabet = 'acgt'
    weights = [0.3, 0.2, 0.2, 0.3]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    last = seed
    lines = []
    line = []
    for _ in range(n):
        last = (last * 3877 + 29573) % 139968
        r = last / 139968
        for i, c in enumerate(cumulative):
            if r < c:
                line.append(alphabet[i])
                break
        if len(line) == 60:
            lines.append(''.join(line))
            line = []
    lines.append(''.join(line))
    return '>ONE Homo sapiens alu\n' + '\n'.join(lines) + '\n'

VARIANTS = (
    'agggtaaa|tttaccct',
    '[cgt]gggtaaa|tttaccc[acg]',
    'a[act]ggtaaa|tttacc[agt]t',
    'ag[act]gtaaa|tttac[agt]ct',
    'agg[act]taaa|ttta[agt]cct',
    'aggg[acg]aaa|ttt[cgt]ccct',
    'agggt[cgt]aa|tt[acg]accct',
    'agggta[cgt]a|t[acg]taccct',
    'agggtaa[cgt]|[acg]ttaccct',
)

SUBST = (
    ('tHa[Nt]', '<4>'), ('aND|caN|Ha[DS]|WaS', '<3>'), ('a[NSt]|BY', '<2>'),
    ('<[^>]*>', '|'), (r'\|[^|][^|]*\|', '-'),
)

def run(seq):
    ilen = len(seq)
    seq = re.sub('>.*\n|\n', '', seq)
    clen = len(seq)
    for v in VARIANTS:
        print(v, len(re.findall(v, seq)))
    s = seq.replace('a', 'tHa', 200)
    for f, r in SUBST:
        s = re.sub(f, r, s)
    print(ilen, clen, len(s))

run(fasta(400_000))
