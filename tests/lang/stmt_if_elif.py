# if / elif / else chains, nested conditions, truthiness in conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"
print([classify(n) for n in (-5, 0, 4, 7, 200, 201)])
def grade(score):
    if score >= 90: return "A"
    elif score >= 80: return "B"
    elif score >= 70: return "C"
    else: return "F"
print("".join(grade(s) for s in [95, 85, 75, 65, 90, 80]))
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizzbuzz(20)))
for v in [[], [0], "", "x", 0.0, None, {}, {"a": 1}]:
    if v:
        print(repr(v), "is true")
    else:
        print(repr(v), "is false")
x = 5
if x:
    pass
else:
    print("unreachable")
if x > 3 and x < 10 or x == 100:
    print("in range")
if not (x == 4):
    print("not four")
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
print([y for y in [1900, 2000, 2004, 2023, 2024, 2100] if leap(y)])
