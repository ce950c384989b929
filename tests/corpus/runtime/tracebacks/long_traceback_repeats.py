# a traceback of mutual recursion: alternating frames are never identical in a row, so nothing is collapsed (all ~60 frames print).
import sys
sys.setrecursionlimit(60)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
