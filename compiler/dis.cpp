/*
 * dis.cpp — the disassembler behind `frost --dis script.py`.
 *
 * The layout follows CPython 3.11's `dis.dis`: a blank line and the line
 * number where a new source line starts, `>>` before jump targets, the
 * instruction index (frost's jump targets are indices, not byte offsets),
 * the opcode name, the argument and a gloss in parentheses (the constant's
 * repr, the name, the jump target, the operator), then the exception table,
 * then the code objects among the constants, recursively.  Code objects are
 * shown as `<code object NAME, line N>` so that the output does not depend
 * on addresses.
 */
#include <cstdio>
#include <string>
#include <vector>

#include "compiler/compile.h"
#include "compiler/opcodes.h"
#include "vm/code.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

std::string code_label(const CodeObject* c) {
  return "<code object " + std::string(str_view(c->name)) + ", line " +
         std::to_string(c->firstlineno) + ">";
}

// repr(o), or a placeholder if repr itself fails (dis must not raise).
std::string repr_of(Object* o) {
  if (is_code(o)) return code_label(static_cast<CodeObject*>(o));
  Object* r = object_repr(o);
  if (!r) {
    error_clear();
    return "<unrepresentable>";
  }
  std::string s(str_view(r));
  decref(r);
  return s;
}

std::string name_at(Object* tuple, uint32_t i) {
  if (i >= static_cast<uint32_t>(tuple_size(tuple))) return "<bad index>";
  return std::string(str_view(tuple_get(tuple, i)));
}

const char* compare_symbol(uint32_t arg) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return arg < 6 ? kSymbols[arg] : "?";
}

std::string binop_gloss(uint32_t arg) {
  bool inplace = arg >= kInplaceOffset;
  uint32_t op = inplace ? arg - kInplaceOffset : arg;
  if (op >= static_cast<uint32_t>(BinOp::Count_)) return "?";
  std::string s = binop_symbol(static_cast<BinOp>(op));
  if (inplace) s += "=";
  return s;
}

std::string make_function_gloss(uint32_t arg) {
  static const char* const kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
  std::string s;
  for (int bit = 0; bit < 4; bit++) {
    if (!(arg & (1u << bit))) continue;
    if (!s.empty()) s += ", ";
    s += kFlags[bit];
  }
  return s;
}

std::string int_gloss(Opcode op, uint32_t arg) {
  switch (op) {
    case Opcode::IS_OP: return arg ? "is not" : "is";
    case Opcode::CONTAINS_OP: return arg ? "not in" : "in";
    case Opcode::MAKE_FUNCTION: return make_function_gloss(arg);
    case Opcode::FORMAT_VALUE: {
      static const char* const kConv[] = {"", "str", "repr", "ascii"};
      std::string s = kConv[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case Opcode::UNPACK_EX:
      return std::to_string(arg & 0xff) + " before, " + std::to_string(arg >> 8) + " after";
    default: return "";
  }
}

std::string gloss(const CodeObject* c, Opcode op, uint32_t arg) {
  switch (opcode_operand(op)) {
    case OperandKind::Const:
      if (arg >= static_cast<uint32_t>(tuple_size(c->consts))) return "<bad index>";
      return repr_of(tuple_get(c->consts, arg));
    case OperandKind::Name: return name_at(c->names, arg);
    case OperandKind::Local: return name_at(c->localsplusnames, arg);
    case OperandKind::Jump: return "to " + std::to_string(arg);
    case OperandKind::Cmp: return compare_symbol(arg);
    case OperandKind::BinOp: return binop_gloss(arg);
    case OperandKind::Int: return int_gloss(op, arg);
    default: return "";
  }
}

size_t digits(long v) { return std::to_string(v).size(); }

void pad_right(std::string& out, const std::string& s, size_t width) {
  out += s;
  if (s.size() < width) out.append(width - s.size(), ' ');
}

void pad_left(std::string& out, const std::string& s, size_t width) {
  if (s.size() < width) out.append(width - s.size(), ' ');
  out += s;
}

void disassemble_one(const CodeObject* c, std::string& out) {
  const intptr_t n = c->ncode;
  std::vector<bool> target(static_cast<size_t>(n), false);
  int maxline = 0;
  for (intptr_t i = 0; i < n; i++) {
    Opcode op = decode_op(c->code[i]);
    uint32_t arg = decode_arg(c->code[i]);
    if (opcode_operand(op) == OperandKind::Jump && arg < static_cast<uint32_t>(n)) target[arg] = true;
  }
  for (int32_t i = 0; i < c->nexctable; i++) {
    if (c->exctable[i].handler < static_cast<uint32_t>(n)) target[c->exctable[i].handler] = true;
  }
  for (int32_t i = 0; i < c->nlinetable; i++) maxline = std::max(maxline, c->linetable[i].line);
  const size_t line_width = std::max<size_t>(3, digits(maxline));
  const size_t index_width = std::max<size_t>(4, digits(n));

  int32_t next_line_entry = 0;
  for (intptr_t i = 0; i < n; i++) {
    Opcode op = decode_op(c->code[i]);
    uint32_t arg = decode_arg(c->code[i]);
    std::string line;
    bool starts_line = next_line_entry < c->nlinetable &&
                       c->linetable[next_line_entry].start == static_cast<uint32_t>(i);
    if (starts_line) {
      if (i > 0) out += "\n";
      pad_left(line, std::to_string(c->linetable[next_line_entry].line), line_width);
      next_line_entry++;
    } else {
      line.append(line_width, ' ');
    }
    line += "     ";
    line += target[i] ? ">> " : "   ";
    pad_left(line, std::to_string(i), index_width);
    line += ' ';
    if (opcode_operand(op) == OperandKind::None) {
      line += opcode_name(op);
    } else {
      pad_right(line, opcode_name(op), 20);
      line += ' ';
      pad_left(line, std::to_string(arg), 5);
      std::string g = gloss(c, op, arg);
      if (!g.empty()) line += " (" + g + ")";
    }
    out += line;
    out += '\n';
  }
  if (c->nexctable > 0) {
    out += "ExceptionTable:\n";
    for (int32_t i = 0; i < c->nexctable; i++) {
      const ExceptionTableEntry& e = c->exctable[i];
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 1) + " -> " +
             std::to_string(e.handler) + " [" + std::to_string(e.depth) + "]\n";
    }
  }
  for (intptr_t i = 0; i < tuple_size(c->consts); i++) {
    Object* k = tuple_get(c->consts, i);
    if (!is_code(k)) continue;
    const CodeObject* inner = static_cast<const CodeObject*>(k);
    out += "\nDisassembly of " + code_label(inner) + ":\n";
    disassemble_one(inner, out);
  }
}

}  // namespace

std::string disassemble(Object* code) {
  std::string out;
  if (!is_code(code)) return out;
  disassemble_one(static_cast<const CodeObject*>(code), out);
  return out;
}

}  // namespace frost
