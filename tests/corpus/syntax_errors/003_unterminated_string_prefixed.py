# unterminated string with rb prefix
x = rb'abc
