# Mutual recursion, recursion with accumulators, and recursive data processing.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(301))
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        return tok
def evaluate(x, env):
    if isinstance(x, str):
        return env[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        return evaluate(args[1] if evaluate(args[0], env) else args[2], env)
    if op == "define":
        env[args[0]] = evaluate(args[1], env)
        return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, {**env, **dict(zip(params, vals))})
    fn = evaluate(op, env)
    return fn(*[evaluate(a, env) for a in args])
env = {"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b, "<": lambda a, b: a < b}
program = ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
           "(fact 20)",
           "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
           "(fib 15)",
           "(+ 1 2 3 (* 4 5))"]
for line in program:
    result = evaluate(parse(tokenize(line)), env)
    if result is not None:
        print(line, "=>", result)
def sum_digits(n, acc=0):
    return acc if n == 0 else sum_digits(n // 10, acc + n % 10)
print(sum_digits(987654321), sum_digits(2 ** 200))
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(15)], [hofstadter_m(n) for n in range(15)])
def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3, [4]]], []]), depth(5), depth([]))
