# colorsys: round trips between RGB and YIQ/HLS/HSV over a grid of colours, edge cases (grey, black, white, out-of-range inputs), values rounded for display.
import colorsys
def r(t): return tuple(round(x, 6) for x in t)
for rgb in [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (1, 1, 0), (0.25, 0.75, 1.0)]:
    yiq, hls, hsv = colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb)
    print(rgb, r(yiq), r(hls), r(hsv), r(colorsys.yiq_to_rgb(*yiq)), r(colorsys.hls_to_rgb(*hls)), r(colorsys.hsv_to_rgb(*hsv)))
print(r(colorsys.hsv_to_rgb(1.0, 1, 1)), r(colorsys.hsv_to_rgb(-0.25, 1, 1)), r(colorsys.hls_to_rgb(0.5, 0.5, 0)), r(colorsys.hls_to_rgb(2 / 3, 0.75, 1)), r(colorsys.yiq_to_rgb(1, 1, 1)), r(colorsys.rgb_to_hsv(2, 1, 0)))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
try: colorsys.rgb_to_hsv('a', 0, 0)
except TypeError as e: print(type(e).__name__, e)
