# json: documents nested far beyond the recursion limit raise RecursionError
# (never crash), in both directions; moderately deep ones work.
import json
import sys

for doc in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000, '[{"a":' * 50000]:
    try:
        json.loads(doc)
        print('decoded')
    except RecursionError as e:
        print('RecursionError:', e)

x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError:', e)
try:
    json.dumps(x, indent=1)
except RecursionError as e:
    print('RecursionError')
d = {}
for i in range(100000):
    d = {'k': d}
try:
    json.dumps(d)
except RecursionError as e:
    print('RecursionError:', e)

ok = '[' * 200 + '1' + ']' * 200
print(json.dumps(json.loads(ok)) == ok)
deep = 0
for i in range(300):
    deep = {'n': deep}
print(len(json.dumps(deep)), json.loads(json.dumps(deep)) == deep)
print(sys.getrecursionlimit())
