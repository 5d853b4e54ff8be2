# A tiny stack-based virtual machine with an assembler, labels, calls and error handling.
class VMError(Exception):
    pass
def assemble(source):
    program, labels = [], {}
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), args[0] if args else None))
    resolved = []
    for op, arg in program:
        if op in ("JMP", "JZ", "CALL"):
            if arg not in labels:
                raise VMError(f"unknown label {arg!r}")
            arg = labels[arg]
        elif arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        resolved.append((op, arg))
    return resolved
class VM:
    def __init__(self, program, max_steps=100000):
        self.program = program
        self.stack, self.calls, self.vars, self.output = [], [], {}, []
        self.pc = 0
        self.steps = 0
        self.max_steps = max_steps
    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc - 1}")
        return self.stack.pop()
    def run(self):
        binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
                  "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
                  "EQ": lambda a, b: int(a == b)}
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded")
            op, arg = self.program[self.pc]
            self.pc += 1
            if op == "PUSH":
                self.stack.append(arg)
            elif op in binops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"{op} failed: {e}") from e
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "LOAD":
                self.stack.append(self.vars.get(arg, 0))
            elif op == "STORE":
                self.vars[arg] = self.pop()
            elif op == "JMP":
                self.pc = arg
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = arg
            elif op == "CALL":
                self.calls.append(self.pc)
                self.pc = arg
            elif op == "RET":
                self.pc = self.calls.pop()
            elif op == "PRINT":
                self.output.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"bad opcode {op}")
        return self.output
FACTORIAL = """
    push 20
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square      ; subroutine
    print
    halt
square:
    dup
    mul
    ret
"""
prog = assemble(FACTORIAL)
print(len(prog), prog[:4])
vm = VM(prog)
print(vm.run(), vm.steps, vm.vars)
COUNT = "push 0\nstore i\ntop:\nload i\nprint\nload i\npush 1\nadd\ndup\nstore i\npush 5\nlt\njz end\njmp top\nend:\nhalt"
print(VM(assemble(COUNT)).run())
for name, src in [("underflow", "add"), ("divzero", "push 1\npush 0\ndiv"), ("loop", "top:\njmp top"),
                  ("badop", "frob"), ("label", "jmp nowhere")]:
    try:
        VM(assemble(src), max_steps=1000).run()
    except VMError as e:
        print(f"{name}: VMError: {e}", "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
