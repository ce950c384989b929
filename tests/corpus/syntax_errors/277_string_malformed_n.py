# malformed \N character escape
x = '\N'
