# uncaught error raised inside a property getter: the getter frame and the access line with carets.
class Account:
    def __init__(self):
        self._balance = None
    @property
    def balance(self):
        return self._balance + 0
acct = Account()
print('created')
print(acct.balance)
