# yield as a lambda body
lambda: yield
