# The example `./kaa` runs when given nothing else.
def greet(name: str) -> str:
    return f"Hello, {name}!"

print(greet("Kaa"))
