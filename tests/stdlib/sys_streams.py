# sys.stdout/stderr/stdin: the original streams, writing through them in
# order with print(), replacing sys.stdout, print(file=...) and flush.
import io
import sys

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.isatty())
print(type(sys.stdout).__name__, sys.stdout.buffer.mode)
print("print 1")
n = sys.stdout.write("write 2\n")
print("print 3", n)
sys.stdout.writelines(["lines 4\n", "lines 5\n"])
print("print 6", end="")
print(" continued", sep="", flush=True)
sys.stdout.flush()
sys.stdout.buffer.write(b"buffer 7\n")
sys.stdout.buffer.flush()
print("print 8")
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print("print 9", file=sys.stdout)

saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
print("captured", 1, 2)
print("more", end="|")
sys.stdout.write("direct")
sys.stdout = saved
print(repr(capture.getvalue()))

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
sys.stdout = c
print("a", "b", sep=",")
print("c", flush=True)
sys.stdout = saved
print(c.parts)

sys.stdout = None
print("silently dropped")
sys.stdout = saved
print("back", sys.stdout is sys.__stdout__)

def emit():
    for i in range(3):
        print("loop", i)
        sys.stdout.write("w%d\n" % i)
emit()
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print("end")
