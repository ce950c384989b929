# after class definition with keyword arguments
class A(B, metaclass=M):
pass
