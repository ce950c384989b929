# carets for a chained call where an attribute lookup on the result of the previous call fails.
class Q:
    def first(self):
        return self
    def second(self):
        return None
Q().first().second().third()
