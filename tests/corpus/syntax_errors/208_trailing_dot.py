# attribute access without a name
x = a.
