match = 1
case = 2
_ = 3
print(match, case, _)
type = int
