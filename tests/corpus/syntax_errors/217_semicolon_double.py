# two semicolons
x = 1;; y = 2
