# non-printable ASCII control character
x = 1
