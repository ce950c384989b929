# traceback for a call spread over several lines (only the first line is shown, no carets for the span).
def combine(a, b, c):
    return a + b + c
result = combine(
    1,
    'two',
    3,
)
