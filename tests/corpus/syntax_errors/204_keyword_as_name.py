# keyword used as a variable
class = 1
