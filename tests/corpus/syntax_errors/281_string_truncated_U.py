# truncated \UXXXXXXXX escape
x = '\U1234'
