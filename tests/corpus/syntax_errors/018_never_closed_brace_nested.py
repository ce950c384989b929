# innermost of several unclosed brackets is reported
x = {'a': [1, (2,
