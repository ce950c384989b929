# More than 15 members: "and N more exceptions".
raise ExceptionGroup("many", [ValueError(0), ValueError(1), ValueError(2), ValueError(3), ValueError(4), ValueError(5), ValueError(6), ValueError(7), ValueError(8), ValueError(9), ValueError(10), ValueError(11), ValueError(12), ValueError(13), ValueError(14), ValueError(15), ValueError(16)])
