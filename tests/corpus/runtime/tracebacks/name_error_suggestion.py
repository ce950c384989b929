# NameError for a misspelled name: 3.11 adds the "Did you mean" suggestion in the traceback.
counter_value = 10
print(counter_valeu)
