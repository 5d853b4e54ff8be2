# OSError subclasses from open(): errno, strerror, filename, str().
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(isinstance(e, OSError), e.args)
try:
    open("/nonexistent/y", "w")
except OSError as e:
    print(type(e).__name__, str(e))
try:
    open("/tmp", "r").read()
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, str(e))
except OSError as e:
    print("OSError", type(e).__name__)
def read_config(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return "<default config>"
print(read_config("/nonexistent/app.cfg"))
try:
    open("/tmp/frost_test_exc_file_errors.txt", "q")
except ValueError as e:
    print(type(e).__name__, e)
