# relative plain import
import .a
