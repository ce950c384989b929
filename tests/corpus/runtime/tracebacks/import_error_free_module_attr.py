# uncaught AttributeError on the sys module (module attribute message with the module name).
import sys
print(sys.maxsize > 0)
sys.not_a_real_attribute
