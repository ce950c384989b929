# illegal target for annotation
f(): int
