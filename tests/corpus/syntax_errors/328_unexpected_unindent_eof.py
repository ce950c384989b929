# decorator at the end of an indented block at end of file
class A:
    x = 1
    @d

