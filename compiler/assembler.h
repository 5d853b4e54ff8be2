/*
 * assembler.h — from the code generator's instruction list to a CodeObject.
 *
 * The code generator (compiler/codegen*.cpp) appends `Instr`s to an
 * `AsmUnit`: jump arguments (including those of the SETUP_* pseudo-
 * instructions) are label ids, resolved here.  Everything else about the
 * code object (constants, names, locals, flags) is collected in the same
 * unit and handed over when the unit is assembled.
 */
#pragma once

#include <cstdint>
#include <vector>

#include "compiler/opcodes.h"
#include "vm/object.h"

namespace frost {

struct CodeObject;

struct Instr {
  Opcode op;
  uint32_t arg;  // a label id for jumps and SETUP_*
  int32_t line;
};

// One code object under construction.  The Object* members and the objects
// in the vectors are owned references; the unit releases them when it is
// destroyed (assemble() takes new references of its own).
struct AsmUnit {
  std::vector<Instr> instrs;
  std::vector<int32_t> labels;  // label id -> index in instrs where it was placed, -1 until then

  std::vector<Object*> consts;
  std::vector<Object*> names;       // interned strs
  std::vector<Object*> localsplus;  // interned strs: locals (params first), cells, frees
  std::vector<int32_t> cell2arg;    // per cell; empty when no cell is a parameter
  int32_t nlocals = 0, ncells = 0, nfrees = 0;
  int32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int32_t firstlineno = 1;
  Object* name = nullptr;
  Object* qualname = nullptr;
  Object* filename = nullptr;
  Object* doc = nullptr;  // null: None

  AsmUnit() = default;
  AsmUnit(const AsmUnit&) = delete;
  AsmUnit& operator=(const AsmUnit&) = delete;
  ~AsmUnit();

  uint32_t new_label() {
    labels.push_back(-1);
    return static_cast<uint32_t>(labels.size() - 1);
  }
  void place(uint32_t label) { labels[label] = static_cast<int32_t>(instrs.size()); }
  void emit(Opcode op, uint32_t arg, int32_t line) { instrs.push_back(Instr{op, arg, line}); }
};

// Builds the code object: jumps to JUMPs are threaded; a flow analysis over the instructions computes the
// stack depth at each reachable one (and so `stacksize`) and the handler
// stack set up by SETUP_* / POP_BLOCK (and so the exception table);
// pseudo-instructions, NOPs and unreachable code are dropped, labels become
// instruction indices, and the line table is the runs of equal lines.
// Returns a new reference, or null with SystemError (an inconsistent stack,
// an argument past kMaxOparg) or MemoryError set.
CodeObject* assemble(AsmUnit& unit);

}  // namespace frost
