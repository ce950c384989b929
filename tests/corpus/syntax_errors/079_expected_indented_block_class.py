# after class definition
class A:
pass
