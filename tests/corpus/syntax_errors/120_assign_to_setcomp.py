# cannot assign to set comprehension
{x for x in y} = 1
