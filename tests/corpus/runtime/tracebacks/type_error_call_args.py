# uncaught TypeError from calling a function with a missing argument: the message names the function.
def connect(host, port, *, timeout):
    return host, port, timeout
connect('localhost', 80)
