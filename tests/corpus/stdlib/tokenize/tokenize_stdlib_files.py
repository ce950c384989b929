# Stdlib sources through tokenize: token counts by type, untokenize round trips, the C tokenizer's count.
import _tokenize
import collections
import io
import os
import token
import tokenize

names = ['tokenize.py', 'textwrap.py', 'string.py', 'json/encoder.py', 'email/_header_value_parser.py']
base = os.path.dirname(os.__file__)
for name in names:
    with open(os.path.join(base, name), 'rb') as f:
        data = f.read()
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    counts = collections.Counter(token.tok_name[t.exact_type] for t in toks)
    print(name, len(toks), counts.most_common(6), toks[-1])
    print('  untokenize exact:', tokenize.untokenize(toks) == data)
    raw = list(_tokenize.TokenizerIter(data.decode('utf-8')))
    print('  c tokens:', len(raw), raw[0], raw[-1][:6])
