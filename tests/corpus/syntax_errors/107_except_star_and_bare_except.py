# bare except after except*
try:
    pass
except* ValueError:
    pass
except:
    pass
