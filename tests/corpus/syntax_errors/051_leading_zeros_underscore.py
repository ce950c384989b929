# leading zeros with underscores
x = 00_7
