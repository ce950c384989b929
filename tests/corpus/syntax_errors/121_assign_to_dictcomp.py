# cannot assign to dict comprehension
{k: v for k, v in y} = 1
