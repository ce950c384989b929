# _opcode.stack_effect: with and without oparg, jump True/False/None, and its errors.
import _opcode
import sys
ops = {'POP_TOP': 1, 'LOAD_CONST': 100, 'FOR_ITER': 93, 'CALL': 171, 'BUILD_LIST': 103, 'NOP': 9, 'CACHE': 0, 'RETURN_VALUE': 83, 'JUMP_IF_TRUE_OR_POP': 112}
for name, op in ops.items():
    for a in [(op,), (op, 2)]:
        for j in (None, True, False):
            try: print(name, a, j, _opcode.stack_effect(*a, jump=j))
            except Exception as e: print(name, a, j, type(e).__name__, e)
try: _opcode.stack_effect(1, jump='x')
except Exception as e: print(type(e).__name__, e)
try: _opcode.stack_effect(255, 0)
except Exception as e: print(type(e).__name__, e)
print(_opcode.get_specialization_stats())
