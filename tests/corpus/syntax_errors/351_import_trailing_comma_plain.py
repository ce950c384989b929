# plain import with a trailing comma
import a,
