# keyword and token: keyword lists (hard and soft), iskeyword/issoftkeyword, token constants and names, tok_name, EXACT_TOKEN_TYPES.
import keyword, token
print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print([w for w in ['if', 'match', 'case', '_', 'print', 'None', 'async', 'type', 'True'] if keyword.iskeyword(w)], [w for w in ['match', 'case', '_', 'type', 'if'] if keyword.issoftkeyword(w)])
print(token.NAME, token.NUMBER, token.OP, token.ENDMARKER, token.NEWLINE, token.N_TOKENS, token.NT_OFFSET, token.tok_name[token.NAME], token.tok_name[token.ERRORTOKEN], token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(sorted(token.EXACT_TOKEN_TYPES.items())[:12], len(token.EXACT_TOKEN_TYPES), token.EXACT_TOKEN_TYPES['**='] == token.DOUBLESTAREQUAL)
print(sorted(v for v in token.tok_name.values())[:15], token.COMMENT, token.NL, token.ENCODING, token.TYPE_COMMENT, token.SOFT_KEYWORD)
