# AttributeError with a close match: 3.11 suggests the attribute name.
class Settings:
    def __init__(self):
        self.timeout = 5
s = Settings()
print(s.timeuot)
