# time.strptime (the pure-Python _strptime over time and _locale).
import time

print(time.strptime("2024-02-29 13:45:01", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("30 Nov 00", "%d %b %y"))
print(time.strptime("Tuesday 12 March 1985", "%A %d %B %Y")[:8])
print(time.strptime("12:34 PM", "%I:%M %p").tm_hour)
print(time.strptime("1970", "%Y") == time.struct_time((1970, 1, 1, 0, 0, 0, 3, 1, -1)))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Y %m")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print("TypeError", e)
