# cannot use double starred expression here
x = (**a)
