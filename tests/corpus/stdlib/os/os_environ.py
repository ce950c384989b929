# os.environ (a mapping over posix.environ with putenv/unsetenv), getenv, environb, get_exec_path.
import os

os.environ["KAA_TEST_VAR"] = "value 1"
print(os.environ["KAA_TEST_VAR"], os.getenv("KAA_TEST_VAR"), os.environb[b"KAA_TEST_VAR"])
print("KAA_TEST_VAR" in os.environ, os.environ.get("KAA_NOPE"), os.getenv("KAA_NOPE", "dflt"))
os.environ.setdefault("KAA_TEST_VAR", "other")
print(os.environ["KAA_TEST_VAR"])
del os.environ["KAA_TEST_VAR"]
print("KAA_TEST_VAR" in os.environ)
try:
    os.environ["KAA_NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["KAA"] = 5
except TypeError as e:
    print("TypeError", e)
for bad in ["A=B"]:
    try:
        os.putenv(bad, "x")
    except ValueError as e:
        print("ValueError", e)
try:
    os.putenv("", "x")
except OSError as e:
    print("OSError", e)
try:
    os.putenv("A\0B", "x")
except ValueError as e:
    print("ValueError", e)
print(type(os.get_exec_path()).__name__, all(isinstance(p, str) for p in os.get_exec_path()))
print(os.fsencode("x\udcff"), os.fsdecode(b"x\xff") == "x\udcff", os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
try:
    os.fsencode("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(repr(os.environ)[:8], type(os.environ).__name__)
