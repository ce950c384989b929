# an uncaught ValueError raised at module level: traceback text and exit status 1.
print('before')
raise ValueError('plain failure')
