"""Prints, for each path, the MD5 of the pure-Python tokenize module's tokens for the file (or the error
it raised), then the MD5 of the C tokenizer's raw tokens (`_tokenize.TokenizerIter` over the decoded text), so that Kaa's run and the oracle's can be compared line by line (tools/tokenize_compare.sh).
With -v prints the tokens themselves. Paths as arguments, or @FILE listing them."""
import _tokenize
import hashlib
import sys
import tokenize


def paths(args):
    for arg in args:
        if arg.startswith('@'):
            with open(arg[1:], encoding='utf-8') as f:
                yield from (line.strip() for line in f if line.strip())
        else:
            yield arg


def main(args):
    verbose = args[:1] == ['-v']
    if verbose:
        args = args[1:]
    for path in paths(args):
        try:
            with open(path, 'rb') as f:
                tokens = [repr(t) for t in tokenize.tokenize(f.readline)]
        except Exception as e:
            print(path, 'error', type(e).__name__, e)
            continue
        if verbose:
            print('\n'.join(tokens))
            continue
        text = '\n'.join(tokens)
        try:
            with open(path, 'rb') as f:
                encoding = tokenize.detect_encoding(f.readline)[0]
            with open(path, encoding=encoding) as f:
                raw = '\n'.join(repr(t) for t in _tokenize.TokenizerIter(f.read()))
        except Exception as e:
            raw = f'{type(e).__name__}: {e}'
        print(path, len(tokens), hashlib.md5(text.encode('utf-8', 'surrogatepass')).hexdigest(),
              hashlib.md5(raw.encode('utf-8', 'surrogatepass')).hexdigest())


if __name__ == '__main__':
    main(sys.argv[1:])
