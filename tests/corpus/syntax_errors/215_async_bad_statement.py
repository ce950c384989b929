# async before an assignment
async x = 1
