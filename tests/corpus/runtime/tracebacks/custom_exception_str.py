# uncaught custom exception whose __str__ is custom; and one whose __str__ raises.
class Pretty(Exception):
    def __str__(self):
        return 'pretty message with data ' + repr(self.args)
raise Pretty(1, 'two')
