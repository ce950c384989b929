# malformed \N escape with an unclosed brace
x = '\N{LATIN'
