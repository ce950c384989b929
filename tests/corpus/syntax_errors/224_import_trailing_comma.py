# trailing comma not allowed without surrounding parentheses
from x import a, b,
