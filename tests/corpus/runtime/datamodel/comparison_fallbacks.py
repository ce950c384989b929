# comparison operator fallbacks: __le__ not derived from __lt__ and __eq__, reflected __ge__ used for <=, NotImplemented everywhere.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class L:
    def __lt__(self, o):
        log.append('L.lt')
        return True
class G:
    def __ge__(self, o):
        log.append('G.ge')
        return 'G.ge result'
    def __gt__(self, o):
        log.append('G.gt')
        return 'G.gt result'
print(L() < G(), log)
log.clear()
print(L() <= G(), log)
log.clear()
print(G() > L(), log)
log.clear()
t('le without defs', lambda: L() <= L())
print(L() > L() if False else 'skip', log)
class E:
    def __eq__(self, o):
        log.append('E.eq')
        return NotImplemented
log.clear()
e = E()
print(e == e, e == E(), e != E(), log)
