/*
 * codegen.cpp — the code generator's frame: the entry points
 * (compile_source, compile_ast), the unit stack, error recording, names and
 * their scopes (the adapter over the symbol table), constants and constant
 * folding.  The visitors live in codegen_stmt.cpp, codegen_expr.cpp and
 * codegen_func.cpp; compiler/codegen.h describes the whole.
 *
 * Locals layout of a unit (vm/code.h): the parameters in CPython's order
 * (positional-only, positional, keyword-only, *args, **kwargs), then the
 * other local names of the scope in the symbol table's order, then the cell
 * variables sorted by name, then the free variables sorted by name (CPython
 * sorts both, so closures are built in the same order on both sides).  All
 * are known from the symbol table before the body is compiled, so every
 * LOAD_FAST/LOAD_DEREF gets its final index at once.
 *
 * Constants are deduplicated by a key built from the object's type and
 * value (so 0, 0.0, -0.0, False and '0' stay distinct, and equal tuples
 * share one object); code objects are keyed by identity.
 */
#include "compiler/codegen.h"

#include <algorithm>
#include <cstring>

#include "compiler/compile.h"
#include "compiler/parser.h"
#include "vm/code.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost::codegen {

Compiler::~Compiler() {
  for (Unit* unit : units_) delete unit;
  xdecref(filename_obj_);
  xdecref(pending_exc_);
}

// ---- errors ---------------------------------------------------------------

std::string_view source_line(std::string_view source, int lineno) {
  size_t pos = 0;
  for (int line = 1; line < lineno; line++) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t nl = source.find('\n', pos);
  return source.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos + 1);
}

void Compiler::error(const ast::Node* node, const char* msg) {
  if (failed_) return;
  failed_ = true;
  std::string text(source_line(source_, node->lineno));
  std::string filename(filename_);
  raise_syntax_error("SyntaxError", msg, filename.c_str(), node->lineno, node->col_offset + 1,
                     text.c_str(), node->end_lineno, node->end_col_offset + 1);
  pending_exc_ = error_fetch();
}

void Compiler::error_from_vm() {
  if (failed_) {
    error_clear();
    return;
  }
  failed_ = true;
  pending_exc_ = error_fetch();
}

// ---- the symbol table ---------------------------------------------------------

SymbolScope Compiler::scope_of(const Unit& unit, std::string_view mangled) const {
  return unit.scope ? unit.scope->scope_of(mangled) : SymbolScope::GlobalImplicit;
}

// Fills the localsplus names of a unit from its scope: varnames, then
// cellvars, then freevars, with the index maps nameop uses.
void Compiler::init_locals(Unit& unit) {
  AsmUnit& a = unit.a;
  const Scope* scope = unit.scope;
  if (!scope) return;
  auto add = [&](std::unordered_map<std::string, uint32_t>& map, const std::string& name) {
    map.emplace(name, static_cast<uint32_t>(map.size()));
    Object* s = make_str(name);
    a.localsplus.push_back(s ? s : newref(None));
  };
  if (is_function_like(unit.kind)) {
    for (const std::string& v : scope->varnames) add(unit.local_index, v);
  }
  bool any_cell_arg = false;
  for (const std::string& c : scope->cellvars) {
    add(unit.cell_index, c);
    int32_t param = -1;
    for (size_t i = 0; i < scope->params.size(); i++) {
      if (scope->params[i] == c) param = static_cast<int32_t>(i);
    }
    any_cell_arg |= param >= 0;
    a.cell2arg.push_back(param);
  }
  if (!any_cell_arg) a.cell2arg.clear();
  for (const std::string& f : scope->freevars) add(unit.free_index, f);
  a.nlocals = static_cast<int32_t>(unit.local_index.size());
  a.ncells = static_cast<int32_t>(unit.cell_index.size());
  a.nfrees = static_cast<int32_t>(unit.free_index.size());
}

// ---- units -------------------------------------------------------------------

void Compiler::set_qualname(Unit& unit, std::string_view name) {
  if (units_.empty()) {
    unit.qualname = std::string(name);
    return;
  }
  const Unit& parent = *units_.back();
  bool force_global = false;
  if (unit.kind == ScopeKind::Function || unit.kind == ScopeKind::Class) {
    if (scope_of(parent, mangle(name)) == SymbolScope::GlobalExplicit) force_global = true;
  }
  if (force_global || parent.kind == ScopeKind::Module) {
    unit.qualname = std::string(name);
  } else if (parent.kind == ScopeKind::Function || parent.kind == ScopeKind::Lambda) {
    unit.qualname = parent.qualname + ".<locals>." + std::string(name);
  } else {
    unit.qualname = parent.qualname + "." + std::string(name);
  }
}

void Compiler::enter_unit(ScopeKind kind, const ast::Node* node, std::string_view name,
                          int firstlineno) {
  Unit* unit = new Unit;
  unit->kind = kind;
  unit->scope = st_.scope_for(node);
  unit->line = firstlineno;
  if (!units_.empty()) unit->private_name = units_.back()->private_name;
  set_qualname(*unit, name);
  if (kind == ScopeKind::Class) unit->private_name = name;

  AsmUnit& a = unit->a;
  a.firstlineno = firstlineno;
  a.name = make_str(name);
  a.qualname = make_str(unit->qualname);
  a.filename = newref(filename_obj_);
  if (const Scope* scope = unit->scope; scope && is_function_like(kind)) {
    a.flags |= kCodeOptimized | kCodeNewLocals;
    a.argcount = scope->argcount;
    a.posonlyargcount = scope->posonlyargcount;
    a.kwonlyargcount = scope->kwonlyargcount;
    if (scope->has_varargs) a.flags |= kCodeVarargs;
    if (scope->has_varkeywords) a.flags |= kCodeVarkeywords;
    if (scope->is_generator) a.flags |= kCodeGenerator;
    if (scope->is_nested) a.flags |= kCodeNested;
  }
  units_.push_back(unit);
  init_locals(*unit);
  if (a.ncells == 0 && a.nfrees == 0) a.flags |= kCodeNoFree;
}

Object* Compiler::leave_unit() {
  Unit* unit = units_.back();
  Object* code = nullptr;
  if (!failed_) {
    code = assemble(unit->a);
    if (!code) error_from_vm();
  }
  units_.pop_back();
  delete unit;
  return code;
}

int32_t Compiler::closure_index(std::string_view name) {
  const Unit& unit = u();
  std::string key(name);
  auto c = unit.cell_index.find(key);
  if (c != unit.cell_index.end()) return unit.a.nlocals + static_cast<int32_t>(c->second);
  auto f = unit.free_index.find(key);
  if (f != unit.free_index.end()) {
    return unit.a.nlocals + unit.a.ncells + static_cast<int32_t>(f->second);
  }
  return -1;
}

void Compiler::make_closure(Object* code, uint32_t flags) {
  if (!code) {
    emit_none();
    return;
  }
  CodeObject* co = static_cast<CodeObject*>(code);
  if (co->nfrees > 0) {
    for (int32_t i = co->nlocals + co->ncells; i < code_nlocalsplus(co); i++) {
      std::string_view name = str_view(tuple_get(co->localsplusnames, i));
      int32_t index = closure_index(name);
      if (index < 0) {
        raise(&exc::SystemError, "compiler bug: no cell for free variable '%.*s'",
              static_cast<int>(name.size()), name.data());
        error_from_vm();
        index = 0;
      }
      emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(index));
    }
    emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(co->nfrees));
    flags |= 8;
  }
  emit_const(code);
  emit(Opcode::MAKE_FUNCTION, flags);
}

bool Compiler::push_fblock(const ast::Node* at, FBlock b) {
  if (u().fblocks.size() >= kMaxBlocks) {
    error(at, "too many statically nested blocks");
    return false;
  }
  u().fblocks.push_back(b);
  return true;
}

// ---- names -------------------------------------------------------------------

std::string Compiler::mangle(std::string_view name) const {
  return frost::mangle(units_.empty() ? std::string_view() : units_.back()->private_name, name);
}

uint32_t Compiler::name_arg(std::string_view name) {
  std::string key = mangle(name);
  Unit& unit = u();
  auto it = unit.name_index.find(key);
  if (it != unit.name_index.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(unit.a.names.size());
  Object* s = make_str(key);
  unit.a.names.push_back(s ? s : newref(None));
  unit.name_index.emplace(std::move(key), index);
  return index;
}

void Compiler::nameop(std::string_view name, Ctx ctx) {
  std::string mangled = mangle(name);
  Unit& unit = u();
  if (ctx == Ctx::Load && mangled == "__debug__") {
    emit_const(newref(True));
    return;
  }
  enum { kName, kFast, kGlobal, kDeref } optype = kName;
  switch (scope_of(unit, mangled)) {
    case SymbolScope::Free:
    case SymbolScope::Cell: optype = kDeref; break;
    case SymbolScope::Local:
      if (is_function_like(unit.kind)) optype = kFast;
      break;
    case SymbolScope::GlobalImplicit:
      if (is_function_like(unit.kind)) optype = kGlobal;
      break;
    case SymbolScope::GlobalExplicit: optype = kGlobal; break;
  }
  static const Opcode kOps[4][3] = {
      {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME},
      {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST},
      {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL},
      {Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF},
  };
  Opcode op = kOps[optype][static_cast<int>(ctx)];
  switch (optype) {
    case kName:
    case kGlobal: emit(op, name_arg(mangled)); return;
    case kFast: {
      auto it = unit.local_index.find(mangled);
      if (it == unit.local_index.end()) {
        // The symbol table did not list the name as a local: treat it as a
        // name looked up at run time rather than miscompiling.
        emit(kOps[kGlobal][static_cast<int>(ctx)], name_arg(mangled));
        return;
      }
      emit(op, it->second);
      return;
    }
    case kDeref: {
      if (ctx == Ctx::Load && unit.kind == ScopeKind::Class) op = Opcode::LOAD_CLASSDEREF;
      int32_t index = closure_index(mangled);
      if (index < 0) {
        emit(kOps[kName][static_cast<int>(ctx)], name_arg(mangled));
        return;
      }
      emit(op, static_cast<uint32_t>(index));
      return;
    }
  }
}

// ---- constants -------------------------------------------------------------------

namespace {

// Appends the dedup key of a constant; false for objects keyed by identity.
bool const_key(Object* o, std::string& key) {
  if (o == None) key += 'N';
  else if (o == True) key += 'T';
  else if (o == False) key += 'F';
  else if (o == Ellipsis) key += 'E';
  else if (is_exact_int(o)) {
    key += 'i';
    key += int_is_small(o) ? std::to_string(int_small_value(o)) : int_to_decimal(o);
    key += ';';
  } else if (type_of(o) == &FloatType) {
    double d = float_value(o);
    key += 'f';
    key.append(reinterpret_cast<const char*>(&d), sizeof d);
  } else if (is_exact_str(o) || type_of(o) == &BytesType) {
    key += is_exact_str(o) ? 's' : 'b';
    std::string_view v = is_exact_str(o) ? str_view(o) : bytes_view(o);
    key += std::to_string(v.size());
    key += ':';
    key += v;
  } else if (is_exact_tuple(o)) {
    key += 't';
    key += std::to_string(tuple_size(o));
    key += '(';
    for (intptr_t i = 0; i < tuple_size(o); i++) {
      if (!const_key(tuple_get(o, i), key)) return false;
    }
    key += ')';
  } else {
    return false;
  }
  return true;
}

bool is_identifier_like(std::string_view s) {
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      return false;
    }
  }
  return true;
}

}  // namespace

uint32_t Compiler::add_const(Object* o) {
  if (!o) {
    error_from_vm();
    o = newref(None);
  }
  Unit& unit = u();
  std::string key;
  if (!const_key(o, key)) {
    key = "p";
    uintptr_t p = reinterpret_cast<uintptr_t>(o);
    key.append(reinterpret_cast<const char*>(&p), sizeof p);
  }
  auto it = unit.const_index.find(key);
  if (it != unit.const_index.end()) {
    decref(o);
    return it->second;
  }
  uint32_t index = static_cast<uint32_t>(unit.a.consts.size());
  unit.a.consts.push_back(o);
  unit.const_index.emplace(std::move(key), index);
  return index;
}

void Compiler::emit_none() { emit_const(newref(None)); }

void Compiler::emit_const_str(std::string_view s) { emit_const(make_str(s)); }

Object* Compiler::make_str(std::string_view s) {
  Object* o = is_identifier_like(s) ? str_intern(s) : str_from(s);
  if (!o) {
    error_from_vm();
    return nullptr;
  }
  return o;
}

Object* Compiler::constant_object(const ast::Constant* c) {
  const ast::ConstantValue& v = c->value;
  Object* o = nullptr;
  switch (v.type) {
    case ast::ConstantValue::Type::None: return newref(None);
    case ast::ConstantValue::Type::True: return newref(True);
    case ast::ConstantValue::Type::False: return newref(False);
    case ast::ConstantValue::Type::Ellipsis: return newref(Ellipsis);
    case ast::ConstantValue::Type::Int: o = int_from_i64(v.int_value); break;
    case ast::ConstantValue::Type::BigInt: o = int_from_string(v.str.data(), v.str.size(), 10); break;
    case ast::ConstantValue::Type::Float: o = float_from_double(v.float_value); break;
    case ast::ConstantValue::Type::Complex:
      error(c, "complex numbers are not supported");
      return nullptr;
    case ast::ConstantValue::Type::Str:
      o = make_str(v.str);
      if (!o) return nullptr;
      break;
    case ast::ConstantValue::Type::Bytes: o = bytes_from(v.str.data(), v.str.size()); break;
  }
  if (!o) error_from_vm();
  return o;
}

namespace {

// Bits of |v| for a small int.
int bit_length(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int n = 0;
  while (m) {
    n++;
    m >>= 1;
  }
  return n;
}

// CPython's limits on folded results (Python/ast_opt.c), so that `2**10**8`
// or `'x' * 10**9` is computed at run time rather than at compile time.
constexpr int kMaxIntBits = 128;
constexpr intptr_t kMaxStrSize = 4096;

bool is_number(Object* o) { return is_exact_int(o) || o == True || o == False || type_of(o) == &FloatType; }

// May `a op b` be folded?  Only small results are.
bool foldable_binop(Object* a, Object* b, BinOp op) {
  if (is_number(a) && is_number(b)) {
    bool ints = is_exact_int(a) && is_exact_int(b);
    if (!ints) return true;
    if (!int_is_small(a) || !int_is_small(b)) return false;
    int64_t x = int_small_value(a), y = int_small_value(b);
    switch (op) {
      case BinOp::Pow: return y >= 0 && y <= kMaxIntBits && bit_length(x) * y <= kMaxIntBits;
      case BinOp::LShift: return y >= 0 && y <= kMaxIntBits && bit_length(x) + y <= kMaxIntBits;
      default: return true;
    }
  }
  if (is_exact_str(a) && is_exact_str(b) && op == BinOp::Add) {
    return str_size(a) + str_size(b) <= kMaxStrSize;
  }
  if (is_exact_str(a) && is_exact_int(b) && op == BinOp::Mul && int_is_small(b)) {
    int64_t n = int_small_value(b);
    return n <= 0 || (str_size(a) <= kMaxStrSize && n <= kMaxStrSize / std::max<intptr_t>(1, str_size(a)));
  }
  return false;
}

}  // namespace

Object* Compiler::fold(const ast::ExprNode* e) {
  return fold_depth(e, 4);
}

Object* Compiler::fold_depth(const ast::ExprNode* e, int budget) {
  if (budget <= 0 || failed_) return nullptr;
  switch (e->kind) {
    case ast::Kind::Constant: return constant_object(ast::cast<ast::Constant>(e));
    case ast::Kind::UnaryOp: {
      const ast::UnaryOp* u = ast::cast<ast::UnaryOp>(e);
      if (u->op == ast::UnaryOpKind::Not) return nullptr;
      Object* v = fold_depth(u->operand, budget - 1);
      if (!v) return nullptr;
      Object* r = nullptr;
      if (is_number(v)) {
        UnaryOp op = u->op == ast::UnaryOpKind::USub   ? UnaryOp::Neg
                     : u->op == ast::UnaryOpKind::UAdd ? UnaryOp::Pos
                                                       : UnaryOp::Invert;
        if (!(op == UnaryOp::Invert && type_of(v) == &FloatType)) {
          r = unary_op(v, op);
          if (!r) error_clear();
        }
      }
      decref(v);
      return r;
    }
    case ast::Kind::BinOp: {
      const ast::BinOp* b = ast::cast<ast::BinOp>(e);
      if (b->op == ast::Operator::MatMult) return nullptr;
      Object* l = fold_depth(b->left, budget - 1);
      if (!l) return nullptr;
      Object* r = fold_depth(b->right, budget - 1);
      if (!r) {
        decref(l);
        return nullptr;
      }
      BinOp op = static_cast<BinOp>(binop_arg(b->op));
      Object* res = nullptr;
      if (foldable_binop(l, r, op)) {
        res = binary_op(l, r, op);
        if (!res) error_clear();  // 1/0 and friends raise at run time
      }
      decref(l);
      decref(r);
      return res;
    }
    case ast::Kind::Tuple: {
      const ast::Tuple* t = ast::cast<ast::Tuple>(e);
      if (t->ctx != ast::ExprContext::Load) return nullptr;
      std::vector<Object*> items;
      items.reserve(t->elts.size());
      for (const ast::ExprNode* elt : t->elts) {
        Object* v = elt->kind == ast::Kind::Starred ? nullptr : fold_depth(elt, budget - 1);
        if (!v) {
          for (Object* o : items) decref(o);
          return nullptr;
        }
        items.push_back(v);
      }
      Object* tuple = tuple_new(static_cast<intptr_t>(items.size()));
      if (!tuple) {
        for (Object* o : items) decref(o);
        error_from_vm();
        return nullptr;
      }
      for (size_t i = 0; i < items.size(); i++) tuple_set(tuple, static_cast<intptr_t>(i), items[i]);
      return tuple;
    }
    default: return nullptr;
  }
}

// ---- the module ---------------------------------------------------------------------

Object* Compiler::compile_mod(ast::Mod* mod) {
  filename_obj_ = str_from(filename_);
  if (!filename_obj_) return nullptr;
  enter_unit(ScopeKind::Module, mod, "<module>", 1);
  switch (mod->kind) {
    case ast::Kind::Module: {
      const auto& ss = ast::cast<ast::Module>(mod)->body;
      if (!ss.empty()) u().line = ss[0]->lineno;
      body(ss);
      emit_none();
      emit(Opcode::RETURN_VALUE);
      break;
    }
    case ast::Kind::Interactive: {
      const auto& ss = ast::cast<ast::Interactive>(mod)->body;
      if (!ss.empty()) u().line = ss[0]->lineno;
      if (find_annotations(ss)) emit(Opcode::SETUP_ANNOTATIONS);
      stmts(ss);
      emit_none();
      emit(Opcode::RETURN_VALUE);
      break;
    }
    case ast::Kind::Expression: {
      ast::ExprNode* e = ast::cast<ast::Expression>(mod)->body;
      u().line = e->lineno;
      expr(e);
      emit(Opcode::RETURN_VALUE);
      break;
    }
    default: break;
  }
  Object* code = leave_unit();
  if (failed_) {
    xdecref(code);
    error_restore(pending_exc_);
    pending_exc_ = nullptr;
    return nullptr;
  }
  return code;
}

}  // namespace frost::codegen

namespace frost {

namespace {

Object* raise_info(const SyntaxErrorInfo& err) {
  return raise_syntax_error(err.type.c_str(), err.msg.c_str(), err.filename.c_str(), err.lineno,
                            err.offset, err.text.c_str(), err.end_lineno, err.end_offset);
}

}  // namespace

Object* compile_ast(ast::Mod* tree, std::string_view source, std::string_view filename,
                    CompileMode mode) {
  SymbolTable st;
  SyntaxErrorInfo err;
  if (!build_symtable(tree, filename, st, err)) {
    if (err.text.empty()) {
      err.text = std::string(codegen::source_line(source, err.lineno));
    }
    return raise_info(err);
  }
  codegen::Compiler c(source, filename, st, mode == CompileMode::Single);
  return c.compile_mod(tree);
}

Object* compile_source(std::string_view source, std::string_view filename, CompileMode mode) {
  ast::Arena arena;
  SyntaxErrorInfo err;
  ParseMode pm = mode == CompileMode::Exec   ? ParseMode::Exec
                 : mode == CompileMode::Eval ? ParseMode::Eval
                                             : ParseMode::Single;
  ast::Mod* tree = parse(source, filename, pm, arena, err);
  if (!tree) return raise_info(err);
  return compile_ast(tree, source, filename, mode);
}

}  // namespace frost
