# Perhaps you forgot a comma? between CJK strings
x = ('日本' '語' 名前)
