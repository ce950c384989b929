# except* without a type
try:
    pass
except*:
    pass
