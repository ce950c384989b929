# unterminated string after a non-ASCII string
x = 'ä' 'abc
