# never closed bracket after non-ASCII characters
x = ['ä', (
