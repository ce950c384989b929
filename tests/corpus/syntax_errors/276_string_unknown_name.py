# unknown Unicode character name
x = '\N{NO SUCH CHARACTER NAME}'
