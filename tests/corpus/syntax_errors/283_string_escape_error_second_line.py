# escape error in a triple-quoted string on a later line
x = '''abc
def \x4'''
