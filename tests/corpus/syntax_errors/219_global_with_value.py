# global with assignment
global x = 1
