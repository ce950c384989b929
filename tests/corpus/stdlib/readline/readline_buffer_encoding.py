# readline without a terminal: the line buffer (insert_text, redisplay), word delimiters and history items with
# undecodable bytes (surrogateescape), the locale codec's encoding error, init files.
import readline
readline.insert_text('abc'); print(repr(readline.get_line_buffer()))
readline.redisplay()
print()
print(readline.get_completion_type(), readline.get_begidx())
readline.set_completer_delims('')
print(repr(readline.get_completer_delims()))
readline.set_completer_delims(' \udcff')
print(repr(readline.get_completer_delims()))
readline.add_history('\udcff\xe9')
print(repr(readline.get_history_item(readline.get_current_history_length())))
try: readline.add_history('\ud800')
except Exception as e: print(type(e).__name__, e)
readline.read_init_file('/dev/null')
try: readline.read_init_file('/nonexistent/inputrc')
except Exception as e: print(type(e).__name__, e)
