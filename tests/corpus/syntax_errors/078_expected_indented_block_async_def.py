# after async function definition
async def f():
return 1
