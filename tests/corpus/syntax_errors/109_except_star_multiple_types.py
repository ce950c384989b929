# unparenthesized exception tuple in except*
try:
    pass
except* ValueError, TypeError as e:
    pass
