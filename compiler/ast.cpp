/*
 * The AST's arena and the names of node kinds and operators.
 *
 * The arena is a list of 64 KiB blocks bumped from the front; a request
 * larger than a quarter block gets a block of its own so that the tail of
 * the current block is not wasted. Nothing is ever freed before the arena.
 */
#include "compiler/ast.h"

#include <cstdlib>

namespace frost::ast {

Arena::~Arena() {
  for (char* b : blocks_) std::free(b);
}

void* Arena::allocate(size_t size, size_t align) {
  if (size == 0) size = 1;
  total_ += size;
  size_t pad = (align - (reinterpret_cast<uintptr_t>(cur_) & (align - 1))) & (align - 1);
  if (cur_ != nullptr && pad + size <= left_) {
    char* p = cur_ + pad;
    cur_ += pad + size;
    left_ -= pad + size;
    return p;
  }
  if (size > kBlockSize / 4) {
    // Large: own block, keep bumping the current one.
    char* b = static_cast<char*>(std::malloc(size + align));
    if (b == nullptr) throw std::bad_alloc();
    blocks_.push_back(b);
    uintptr_t p = (reinterpret_cast<uintptr_t>(b) + align - 1) & ~(uintptr_t)(align - 1);
    return reinterpret_cast<void*>(p);
  }
  char* b = static_cast<char*>(std::malloc(kBlockSize));
  if (b == nullptr) throw std::bad_alloc();
  blocks_.push_back(b);
  cur_ = b;
  left_ = kBlockSize;
  pad = (align - (reinterpret_cast<uintptr_t>(cur_) & (align - 1))) & (align - 1);
  char* p = cur_ + pad;
  cur_ += pad + size;
  left_ -= pad + size;
  return p;
}

std::string_view Arena::copy_string(std::string_view s) {
  if (s.empty()) return std::string_view("", 0);
  char* p = static_cast<char*>(allocate(s.size(), 1));
  std::memcpy(p, s.data(), s.size());
  return std::string_view(p, s.size());
}

const char* name_of(ExprContext v) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(v)];
}

const char* name_of(BoolOpKind v) { return v == BoolOpKind::And ? "And" : "Or"; }

const char* name_of(Operator v) {
  static const char* const names[] = {"Add", "Sub", "Mult", "MatMult", "Div",
                                      "Mod", "Pow", "LShift", "RShift", "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(v)];
}

const char* name_of(UnaryOpKind v) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(v)];
}

const char* name_of(CmpOp v) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                      "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(v)];
}

const char* name_of(Kind k) {
  static const char* const names[] = {
      "Module", "Interactive", "Expression",
      "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
      "AnnAssign", "For", "While", "If", "With", "Raise", "Try", "Assert",
      "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
      "Continue",
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
      "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Yield",
      "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr",
      "Constant", "Attribute", "Subscript", "Starred", "Name", "List",
      "Tuple", "Slice",
      "comprehension", "ExceptHandler", "arguments", "arg", "keyword",
      "alias", "withitem"};
  static_assert(sizeof(names) / sizeof(names[0]) == static_cast<size_t>(Kind::WithItem) + 1);
  return names[static_cast<int>(k)];
}

}  // namespace frost::ast
