/*
 * opcodes.cpp — the tables derived from the X-macro list in opcodes.h:
 * opcode names (for `--dis`), operand kinds, and stack effects.
 *
 * The fall-through stack effect of an opcode is its column in the list; the
 * opcodes marked `V` compute theirs from the argument here, and the jumping
 * opcodes whose jump path differs (FOR_ITER, SEND, JUMP_IF_*_OR_POP, the
 * SETUP_* pseudo-instructions) are special-cased below.  The assembler's
 * depth analysis (compiler/assembler.cpp) is the only consumer of effects.
 *
 * The SETUP_* jump effects encode the handler's entry depth relative to the
 * depth at the SETUP: SETUP_FINALLY and SETUP_CLEANUP push the exception on
 * the stack as it is (+1); SETUP_WITH is emitted with [exit, enter_result] on
 * the stack and its handler sees [exit, exc] (0).  The exception-table depth
 * is always the handler's entry depth minus one.
 */
#include "compiler/opcodes.h"

#include <bit>
#include <cstddef>

namespace frost {

namespace {

struct OpInfo {
  const char* name;
  int effect;
  OperandKind operand;
};

constexpr OpInfo kOpInfo[] = {
#define FROST_OPCODE_INFO(name, effect, operand) {#name, effect, OperandKind::operand},
    FROST_OPCODES(FROST_OPCODE_INFO)
#undef FROST_OPCODE_INFO
};

static_assert(sizeof(kOpInfo) / sizeof(kOpInfo[0]) == static_cast<size_t>(Opcode::Count_));
static_assert(static_cast<size_t>(Opcode::Count_) <= 256, "opcodes fit in 8 bits");

}  // namespace

const char* opcode_name(Opcode op) {
  return op < Opcode::Count_ ? kOpInfo[static_cast<size_t>(op)].name : "<invalid>";
}

OperandKind opcode_operand(Opcode op) {
  return op < Opcode::Count_ ? kOpInfo[static_cast<size_t>(op)].operand : OperandKind::None;
}

bool opcode_is_pseudo(Opcode op) {
  return op == Opcode::SETUP_FINALLY || op == Opcode::SETUP_CLEANUP ||
         op == Opcode::SETUP_WITH || op == Opcode::POP_BLOCK;
}

int opcode_stack_effect(Opcode op, uint32_t arg, bool jump) {
  switch (op) {
    // Jumps whose jump path differs from the fall-through.
    case Opcode::FOR_ITER: return jump ? -1 : 1;
    case Opcode::SEND: return jump ? -1 : 0;
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Opcode::SETUP_FINALLY:
    case Opcode::SETUP_CLEANUP: return jump ? 1 : 0;
    case Opcode::SETUP_WITH: return 0;
    // Effects that depend on the argument.
    case Opcode::BUILD_SLICE: return 1 - static_cast<int>(arg);
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING: return 1 - static_cast<int>(arg);
    case Opcode::BUILD_MAP: return 1 - 2 * static_cast<int>(arg);
    case Opcode::BUILD_CONST_KEY_MAP: return -static_cast<int>(arg);
    case Opcode::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Opcode::UNPACK_SEQUENCE: return static_cast<int>(arg) - 1;
    case Opcode::UNPACK_EX: return static_cast<int>((arg & 0xff) + (arg >> 8));
    case Opcode::CALL: return -static_cast<int>(arg) - 1;
    case Opcode::CALL_FUNCTION_EX: return -2 - static_cast<int>(arg & 1);
    case Opcode::MAKE_FUNCTION: return -std::popcount(arg & 0xfu);
    case Opcode::RAISE_VARARGS: return -static_cast<int>(arg);
    default: break;
  }
  return kOpInfo[static_cast<size_t>(op)].effect;
}

}  // namespace frost
