class A:
    x = 1
    def m(self):
        return __class__

class B(A, metaclass=type):
    def m(self):
        return super().m()
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        pass

class C:
    y: int = 2
    z: str
