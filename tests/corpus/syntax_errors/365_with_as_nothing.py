# with ... as followed by nothing
with a as b, c as
