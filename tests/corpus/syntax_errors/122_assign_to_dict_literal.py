# cannot assign to dict literal
{1: 2} = x
