# operator without a right operand
x = 1 +
