# zero-width space U+200B
x​ = 1
