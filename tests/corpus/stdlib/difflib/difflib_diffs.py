# difflib: SequenceMatcher (ratio, opcodes, matching blocks, junk), unified/context/ndiff diffs, get_close_matches, restore, HtmlDiff shape.
import difflib
a = 'The quick brown fox jumps over the lazy dog'.split(); b = 'The quick red fox leaped over the lazy cat'.split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.real_quick_ratio(), sm.get_matching_blocks(), sm.get_opcodes(), sm.find_longest_match(0, len(a), 0, len(b)))
print(list(sm.get_grouped_opcodes(1)))
s2 = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;'); print(round(s2.ratio(), 3), s2.get_matching_blocks())
s3 = difflib.SequenceMatcher(None, 'abcd', 'bcde'); print(s3.ratio(), s3.get_opcodes()); s3.set_seqs('aaa', 'aab'); print(s3.ratio()); s3.set_seq1('xyz'); print(s3.ratio())
old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n']; new = ['one\n', 'TWO\n', 'three\n', 'four\n', 'five\n', 'six\n', 'eight\n', 'nine\n']
print(''.join(difflib.unified_diff(old, new, 'a.txt', 'b.txt', 'then', 'now', n=1)))
print(''.join(difflib.context_diff(old, new, 'a.txt', 'b.txt')))
nd = list(difflib.ndiff(['abcdefg\n', 'same\n'], ['abXdefh\n', 'same\n', 'added\n'])); print(''.join(nd)); print(''.join(difflib.restore(nd, 1)), ''.join(difflib.restore(nd, 2)))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff([], [])), list(difflib.ndiff(['x'], ['x'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'shell'], n=2, cutoff=0.5), difflib.get_close_matches('zzz', ['a']))
for bad in [lambda: difflib.get_close_matches('x', ['y'], n=0), lambda: difflib.get_close_matches('x', ['y'], cutoff=2)]:
    try: bad()
    except ValueError as e: print(type(e).__name__, e)
d = difflib.Differ(); print(list(d.compare(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'])))
print(difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
html = difflib.HtmlDiff(tabsize=4).make_table(['a', 'b'], ['a', 'c'], 'L', 'R'); print(html.count('<tr>'), 'diff_chg' in html, len(html) > 500)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'x\n'], [b'y\n'], b'f', b'g')))
big_a = [str(i % 7) for i in range(300)]; big_b = big_a[:150] + ['new'] + big_a[150:]; print(round(difflib.SequenceMatcher(None, big_a, big_b, autojunk=True).ratio(), 4), round(difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).ratio(), 4))
