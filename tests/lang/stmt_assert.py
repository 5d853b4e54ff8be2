# assert with and without a message; AssertionError is catchable.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(3))
try:
    check_positive(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], ["payload", 1]
except AssertionError as e:
    print(e.args[0])
assert True
assert 1, "never shown"
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message not evaluated when true:", calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
print(isinstance(AssertionError(), Exception))
def validate(record):
    try:
        assert "id" in record, "missing id"
        assert isinstance(record["id"], int), "id must be int"
        return "ok"
    except AssertionError as e:
        return f"invalid: {e}"
for r in [{"id": 1}, {}, {"id": "x"}]:
    print(validate(r))
