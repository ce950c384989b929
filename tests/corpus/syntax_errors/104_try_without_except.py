# try with neither except nor finally
try:
    pass
x = 1
