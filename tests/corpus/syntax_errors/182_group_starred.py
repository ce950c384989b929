# cannot use starred expression here
x = (*a)
