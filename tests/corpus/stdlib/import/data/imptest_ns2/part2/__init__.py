Y = 'regular inside namespace'
