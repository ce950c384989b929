# uncaught error raised in __init__ during instantiation: the class call line and the __init__ frame.
class Config:
    def __init__(self, values):
        self.port = int(values['port'])
Config({'port': 'eighty'})
