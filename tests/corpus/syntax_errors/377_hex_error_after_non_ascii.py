# number error after non-ASCII characters
s = 'ä'; x = 0x
