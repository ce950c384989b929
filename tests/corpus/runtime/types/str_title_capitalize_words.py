# str.title/capitalize/swapcase on words with apostrophes, digits, underscores, mixed scripts.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ["hello world", "HELLO WORLD", "o'neil mc-donald", "3rd place", "snake_case_name", "x1y2z3", "éCOLE normale", "ΓΕΙΑ σου", "a", "", "  spaced  out ", "ßtraße", "ǉ ǈ Ǉ"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle())
