# assignment to yield in a chain
x = yield = 1
