/*
 * assembler.cpp — turns an AsmUnit (instructions with label ids) into a
 * CodeObject.
 *
 * One flow analysis serves both the stack size and the exception table.  It
 * walks the instructions from index 0, following fall-through and every jump
 * edge with a worklist; each reachable instruction records the stack depth
 * before it and the handler stack active at it.  Handler stacks are nodes of
 * a parent-pointer tree (node = one SETUP_* instruction plus the stack it was
 * pushed on): SETUP_* pushes a node and adds an edge to its handler label at
 * the depth the exception arrives with; POP_BLOCK returns to the parent.
 * Because every instruction is processed once, the analysis is linear, and
 * two paths meeting at an instruction must agree on both depth and handler
 * stack (a disagreement is a code generator bug, reported as SystemError).
 *
 * This is CPython's scheme (label_exception_targets + stackdepth) on a flat
 * instruction list instead of basic blocks: the code generator may emit
 * POP_BLOCK on an early exit (break/return through a finally) and keep
 * emitting the rest of the protected body after it, because the state of the
 * code after an unconditional jump comes from the edges that reach it, not
 * from the text above it.
 *
 * Before the analysis, jumps to unconditional JUMPs are threaded to their
 * final target.  Emission drops pseudo-instructions, NOPs and unreachable
 * instructions, maps label ids to the final index of the first kept
 * instruction at or after the label, and builds the exception table as
 * runs of consecutive instructions with the same innermost handler (so
 * ranges never nest).  The
 * table depth of a handler is its entry depth minus one (the exception the
 * eval loop pushes); see opcodes.cpp for the SETUP_* entry depths.
 */
#include "compiler/assembler.h"

#include <algorithm>

#include "vm/code.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

AsmUnit::~AsmUnit() {
  for (Object* o : consts) decref(o);
  for (Object* o : names) decref(o);
  for (Object* o : localsplus) decref(o);
  xdecref(name);
  xdecref(qualname);
  xdecref(filename);
  xdecref(doc);
}

namespace {

bool is_terminator(Opcode op) {
  return op == Opcode::JUMP || op == Opcode::RETURN_VALUE || op == Opcode::RAISE_VARARGS ||
         op == Opcode::RERAISE;
}

bool is_setup(Opcode op) {
  return op == Opcode::SETUP_FINALLY || op == Opcode::SETUP_CLEANUP || op == Opcode::SETUP_WITH;
}

struct Flow {
  std::vector<int32_t> depth;  // before each instruction; -1: unreachable
  std::vector<int32_t> block;  // handler-stack node active at each instruction
  // Handler-stack nodes: {index of the SETUP_* instruction, parent node}.
  // Node 0 is the empty stack.
  std::vector<std::pair<int32_t, int32_t>> nodes{{-1, -1}};
  int32_t maxdepth = 0;
};

// Reports a code generator bug found by the analysis.
Object* internal_error(const AsmUnit& u, const char* what, size_t at) {
  std::string name = u.name ? std::string(str_view(u.name)) : std::string("?");
  return raise(&exc::SystemError, "compiler bug in '%s': %s at instruction %zu", name.c_str(),
               what, at);
}

int32_t label_target(const AsmUnit& u, uint32_t label) {
  return label < u.labels.size() ? u.labels[label] : -1;
}

// The flow analysis described at the top of the file.  False with
// SystemError set on an inconsistency.
bool analyse(const AsmUnit& u, Flow& f) {
  const size_t n = u.instrs.size();
  f.depth.assign(n, -1);
  f.block.assign(n, 0);
  std::vector<int32_t> work;
  const char* problem = nullptr;
  size_t where = 0;
  // Records that instruction `i` is reached with depth `d` under node `b`.
  auto reach = [&](int32_t i, int32_t d, int32_t b) {
    if (i < 0 || static_cast<size_t>(i) >= n) {
      problem = "jump to an unplaced label";
    } else if (f.depth[i] < 0) {
      f.depth[i] = d;
      f.block[i] = b;
      f.maxdepth = std::max(f.maxdepth, d);
      work.push_back(i);
    } else if (f.depth[i] != d) {
      problem = "inconsistent stack depth";
    } else if (f.block[i] != b) {
      problem = "inconsistent handler stack";
    }
    return problem == nullptr;
  };
  if (n == 0) {
    internal_error(u, "no instructions", 0);
    return false;
  }
  reach(0, 0, 0);
  while (!work.empty() && !problem) {
    size_t i = static_cast<size_t>(work.back());
    work.pop_back();
    int32_t d = f.depth[i];
    int32_t b = f.block[i];
    for (;;) {
      const Instr& in = u.instrs[i];
      where = i;
      if (is_setup(in.op)) {
        if (!reach(label_target(u, in.arg), d + opcode_stack_effect(in.op, in.arg, true), b)) break;
        f.nodes.emplace_back(static_cast<int32_t>(i), b);
        b = static_cast<int32_t>(f.nodes.size() - 1);
      } else if (in.op == Opcode::POP_BLOCK) {
        if (b == 0) {
          problem = "POP_BLOCK without a block";
          break;
        }
        b = f.nodes[b].second;
      } else if (opcode_operand(in.op) == OperandKind::Jump) {
        if (!reach(label_target(u, in.arg), d + opcode_stack_effect(in.op, in.arg, true), b)) break;
      }
      d += opcode_stack_effect(in.op, in.arg, false);
      if (d < 0) {
        problem = "stack underflow";
        break;
      }
      f.maxdepth = std::max(f.maxdepth, d);
      if (is_terminator(in.op)) break;
      if (++i == n) {
        problem = "falls off the end of the code";
        break;
      }
      if (f.depth[i] >= 0) {
        where = i;
        if (f.depth[i] != d) problem = "inconsistent stack depth";
        else if (f.block[i] != b) problem = "inconsistent handler stack";
        break;
      }
      f.depth[i] = d;
      f.block[i] = b;
    }
  }
  if (problem) {
    internal_error(u, problem, where);
    return false;
  }
  return true;
}

// Jump threading: a jump whose target is an unconditional JUMP goes to that
// JUMP's target instead (a few hops at most, which also stops cycles).  The
// handler stack and depth are the same at both ends of a JUMP, so the flow
// analysis sees the same states.
void thread_jumps(AsmUnit& u) {
  const size_t n = u.instrs.size();
  for (Instr& in : u.instrs) {
    if (opcode_operand(in.op) != OperandKind::Jump || is_setup(in.op)) continue;
    for (int hops = 0; hops < 4; hops++) {
      int32_t t = label_target(u, in.arg);
      if (t < 0) break;
      while (static_cast<size_t>(t) < n && u.instrs[t].op == Opcode::NOP) t++;
      if (static_cast<size_t>(t) >= n || u.instrs[t].op != Opcode::JUMP || u.instrs[t].arg == in.arg) break;
      in.arg = u.instrs[t].arg;
    }
  }
}

Object* tuple_of(const std::vector<Object*>& items) {
  Object* t = tuple_new(static_cast<intptr_t>(items.size()));
  if (!t) return nullptr;
  for (size_t i = 0; i < items.size(); i++) tuple_set(t, static_cast<intptr_t>(i), newref(items[i]));
  return t;
}

template <class T>
T* copy_array(const std::vector<T>& v) {
  if (v.empty()) return nullptr;
  T* p = static_cast<T*>(mem_alloc(sizeof(T) * v.size()));
  if (p) std::copy(v.begin(), v.end(), p);
  return p;
}

}  // namespace

CodeObject* assemble(AsmUnit& u) {
  thread_jumps(u);
  Flow f;
  if (!analyse(u, f)) return nullptr;
  const size_t n = u.instrs.size();

  // Final index of each instruction (of the next kept one for dropped ones).
  std::vector<int32_t> newpos(n + 1);
  int32_t count = 0;
  for (size_t i = 0; i < n; i++) {
    newpos[i] = count;
    Opcode op = u.instrs[i].op;
    if (f.depth[i] >= 0 && !opcode_is_pseudo(op) && op != Opcode::NOP) count++;
  }
  newpos[n] = count;
  if (count == 0) {
    internal_error(u, "no reachable instruction", 0);
    return nullptr;
  }

  std::vector<uint32_t> words;
  std::vector<ExceptionTableEntry> exctable;
  std::vector<LineTableEntry> lines;
  words.reserve(static_cast<size_t>(count));
  for (size_t i = 0; i < n; i++) {
    const Instr& in = u.instrs[i];
    if (f.depth[i] < 0 || opcode_is_pseudo(in.op) || in.op == Opcode::NOP) continue;
    uint32_t index = static_cast<uint32_t>(words.size());
    uint32_t arg = in.arg;
    if (opcode_operand(in.op) == OperandKind::Jump) arg = static_cast<uint32_t>(newpos[u.labels[arg]]);
    if (arg > kMaxOparg) {
      raise(&exc::SystemError, "code too large: argument %u of %s exceeds 2**24", arg,
            opcode_name(in.op));
      return nullptr;
    }
    words.push_back(encode(in.op, arg));

    int32_t b = f.block[i];
    if (b != 0) {
      int32_t setup = f.nodes[b].first;
      int32_t target = u.labels[u.instrs[setup].arg];
      uint32_t handler = static_cast<uint32_t>(newpos[target]);
      uint32_t depth = static_cast<uint32_t>(f.depth[target] - 1);
      ExceptionTableEntry* last = exctable.empty() ? nullptr : &exctable.back();
      if (last && last->end == index && last->handler == handler && last->depth == depth) {
        last->end = index + 1;
      } else {
        exctable.push_back(ExceptionTableEntry{index, index + 1, handler, depth});
      }
    }
    if (lines.empty() || lines.back().line != in.line) lines.push_back(LineTableEntry{index, in.line});
  }

  CodeObject* code = code_new();
  if (!code) return nullptr;
  code->ncode = static_cast<intptr_t>(words.size());
  code->code = copy_array(words);
  code->exctable = copy_array(exctable);
  code->nexctable = static_cast<int32_t>(exctable.size());
  code->linetable = copy_array(lines);
  code->nlinetable = static_cast<int32_t>(lines.size());
  bool any_cell_arg = std::any_of(u.cell2arg.begin(), u.cell2arg.end(), [](int32_t a) { return a >= 0; });
  code->cell2arg = any_cell_arg ? copy_array(u.cell2arg) : nullptr;
  code->consts = tuple_of(u.consts);
  code->names = tuple_of(u.names);
  code->localsplusnames = tuple_of(u.localsplus);
  code->nlocals = u.nlocals;
  code->ncells = u.ncells;
  code->nfrees = u.nfrees;
  code->argcount = u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->stacksize = f.maxdepth;
  code->flags = u.flags;
  code->firstlineno = u.firstlineno;
  code->name = newref(u.name);
  code->qualname = newref(u.qualname ? u.qualname : u.name);
  code->filename = newref(u.filename);
  code->doc = newref(u.doc ? u.doc : None);
  if (!code->code || (!exctable.empty() && !code->exctable) || !code->linetable ||
      (any_cell_arg && !code->cell2arg) || !code->consts || !code->names ||
      !code->localsplusnames) {
    decref(code);
    if (!error_occurred()) raise_no_memory();
    return nullptr;
  }
  return code;
}

}  // namespace frost
