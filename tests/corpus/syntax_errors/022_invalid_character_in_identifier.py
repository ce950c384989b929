# invalid character inside an identifier
abc¢def = 1
