/*
 * codegen_expr.cpp — expressions, assignment targets and conditional jumps.
 *
 * Every expression leaves exactly one value on the stack.  The sequences are
 * CPython 3.11's: chained comparisons keep the middle operand with
 * SWAP/COPY and short-circuit with JUMP_IF_FALSE_OR_POP; `and`/`or` return
 * an operand; calls are PUSH_NULL + callable + arguments + CALL, or
 * LOAD_METHOD + arguments + CALL for `obj.m(...)` (so no bound method is
 * made), or a tuple and a dict for CALL_FUNCTION_EX when there is a starred
 * or double-starred argument; displays past kStackUseGuideline items are
 * built incrementally; f-strings are FORMAT_VALUE + BUILD_STRING.
 *
 * Each expression's instructions carry its own first line (the line is
 * restored afterwards), so that an error in a multi-line expression is
 * reported at the line of the sub-expression that raised, as CPython does.
 */
#include "compiler/codegen.h"

#include "vm/code.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost::codegen {

using ast::cast;
using ast::isa;
using ast::Kind;

uint32_t Compiler::binop_arg(ast::Operator op) {
  BinOp b = BinOp::Add;
  switch (op) {
    case ast::Operator::Add: b = BinOp::Add; break;
    case ast::Operator::Sub: b = BinOp::Sub; break;
    case ast::Operator::Mult: b = BinOp::Mul; break;
    case ast::Operator::MatMult: b = BinOp::MatMul; break;
    case ast::Operator::Div: b = BinOp::TrueDiv; break;
    case ast::Operator::Mod: b = BinOp::Mod; break;
    case ast::Operator::Pow: b = BinOp::Pow; break;
    case ast::Operator::LShift: b = BinOp::LShift; break;
    case ast::Operator::RShift: b = BinOp::RShift; break;
    case ast::Operator::BitOr: b = BinOp::Or; break;
    case ast::Operator::BitXor: b = BinOp::Xor; break;
    case ast::Operator::BitAnd: b = BinOp::And; break;
    case ast::Operator::FloorDiv: b = BinOp::FloorDiv; break;
  }
  return static_cast<uint32_t>(b);
}

void Compiler::compare_op(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Is: emit(Opcode::IS_OP, 0); return;
    case ast::CmpOp::IsNot: emit(Opcode::IS_OP, 1); return;
    case ast::CmpOp::In: emit(Opcode::CONTAINS_OP, 0); return;
    case ast::CmpOp::NotIn: emit(Opcode::CONTAINS_OP, 1); return;
    case ast::CmpOp::Eq: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq)); return;
    case ast::CmpOp::NotEq: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne)); return;
    case ast::CmpOp::Lt: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt)); return;
    case ast::CmpOp::LtE: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le)); return;
    case ast::CmpOp::Gt: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt)); return;
    case ast::CmpOp::GtE: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge)); return;
  }
}

void Compiler::exprs(const ast::Seq<ast::ExprNode*>& es) {
  for (ast::ExprNode* e : es) expr(e);
}

namespace {

// The truth value of a constant, as bool() would compute it.
bool constant_truth(const ast::ConstantValue& v) {
  switch (v.type) {
    case ast::ConstantValue::Type::None:
    case ast::ConstantValue::Type::False: return false;
    case ast::ConstantValue::Type::True:
    case ast::ConstantValue::Type::Ellipsis: return true;
    case ast::ConstantValue::Type::Int: return v.int_value != 0;
    case ast::ConstantValue::Type::BigInt: return true;
    case ast::ConstantValue::Type::Float:
    case ast::ConstantValue::Type::Complex: return v.float_value != 0;
    case ast::ConstantValue::Type::Str:
    case ast::ConstantValue::Type::Bytes: return !v.str.empty();
  }
  return true;
}

bool is_none_constant(const ast::ExprNode* e) {
  return isa<ast::Constant>(e) && cast<ast::Constant>(e)->value.type == ast::ConstantValue::Type::None;
}

bool has_starred(const ast::Seq<ast::ExprNode*>& es) {
  for (const ast::ExprNode* e : es) {
    if (isa<ast::Starred>(e)) return true;
  }
  return false;
}

}  // namespace

void Compiler::jump_if(ast::ExprNode* e, uint32_t target, bool cond) {
  int32_t saved = u().line;
  u().line = e->lineno;
  switch (e->kind) {
    case Kind::Constant:
      if (constant_truth(cast<ast::Constant>(e)->value) == cond) emit(Opcode::JUMP, target);
      u().line = saved;
      return;
    case Kind::UnaryOp:
      if (cast<ast::UnaryOp>(e)->op == ast::UnaryOpKind::Not) {
        jump_if(cast<ast::UnaryOp>(e)->operand, target, !cond);
        u().line = saved;
        return;
      }
      break;
    case Kind::BoolOp: {
      ast::BoolOp* b = cast<ast::BoolOp>(e);
      bool cond2 = b->op == ast::BoolOpKind::Or;
      uint32_t next2 = cond2 != cond ? new_label() : target;
      for (size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], next2, cond2);
      jump_if(b->values.back(), target, cond);
      if (next2 != target) place(next2);
      u().line = saved;
      return;
    }
    case Kind::IfExp: {
      ast::IfExp* x = cast<ast::IfExp>(e);
      uint32_t end = new_label(), next2 = new_label();
      jump_if(x->test, next2, false);
      jump_if(x->body, target, cond);
      emit(Opcode::JUMP, end);
      place(next2);
      jump_if(x->orelse, target, cond);
      place(end);
      u().line = saved;
      return;
    }
    case Kind::Compare: {
      ast::Compare* c = cast<ast::Compare>(e);
      const size_t n = c->ops.size() - 1;
      if (n == 0 && (c->ops[0] == ast::CmpOp::Is || c->ops[0] == ast::CmpOp::IsNot) &&
          is_none_constant(c->comparators[0])) {
        // `x is None` / `x is not None`: POP_JUMP_IF_(NOT_)NONE.
        expr(c->left);
        bool jump_on_none = (c->ops[0] == ast::CmpOp::Is) == cond;
        u().line = e->lineno;
        emit(jump_on_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE, target);
        u().line = saved;
        return;
      }
      if (n > 0) {
        uint32_t cleanup = new_label(), end = new_label();
        expr(c->left);
        for (size_t i = 0; i < n; i++) {
          expr(c->comparators[i]);
          u().line = e->lineno;
          emit(Opcode::SWAP, 2);
          emit(Opcode::COPY, 2);
          compare_op(c->ops[i]);
          emit(Opcode::POP_JUMP_IF_FALSE, cleanup);
        }
        expr(c->comparators[n]);
        u().line = e->lineno;
        compare_op(c->ops[n]);
        emit(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
        emit(Opcode::JUMP, end);
        place(cleanup);
        emit(Opcode::POP_TOP);
        if (!cond) emit(Opcode::JUMP, target);
        place(end);
        u().line = saved;
        return;
      }
      break;
    }
    default: break;
  }
  expr(e);
  u().line = e->lineno;
  emit(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
  u().line = saved;
}

// ---- displays ------------------------------------------------------------------

void Compiler::starunpack(const ast::Seq<ast::ExprNode*>& elts, uint32_t pushed, Opcode build,
                          Opcode add, Opcode extend, bool tuple) {
  const uint32_t n = static_cast<uint32_t>(elts.size());
  // Three or more constants: one constant tuple, extended into the display.
  if (n > 2) {
    std::vector<Object*> items;
    for (const ast::ExprNode* e : elts) {
      if (!isa<ast::Constant>(e)) break;
      Object* k = constant_object(cast<ast::Constant>(e));
      if (!k) break;
      items.push_back(k);
    }
    if (items.size() == n) {
      Object* folded = tuple_new(n);
      if (!folded) {
        for (Object* o : items) decref(o);
        error_from_vm();
        return;
      }
      for (uint32_t i = 0; i < n; i++) tuple_set(folded, i, items[i]);
      if (add == Opcode::SET_ADD) {
        // A frozenset, as CPython: the new set is filled in the frozenset's
        // order, which decides the order the set prints in.  CPython's
        // constant merging rebuilds the frozenset from its own iteration
        // order, so do the same to get the same layout.
        Object* frozen = frozenset_new(folded);
        decref(folded);
        Object* items = frozen ? tuple_from_iterable(frozen) : nullptr;
        xdecref(frozen);
        frozen = items ? frozenset_new(items) : nullptr;
        xdecref(items);
        if (!frozen) {
          error_from_vm();
          return;
        }
        folded = frozen;
      }
      if (tuple && pushed == 0) {
        emit_const(folded);
      } else {
        emit(build, pushed);
        emit_const(folded);
        emit(extend, 1);
        if (tuple) emit(Opcode::LIST_TO_TUPLE);
      }
      return;
    }
    for (Object* o : items) decref(o);
  }
  const bool big = n + pushed > kStackUseGuideline;
  if (!has_starred(elts) && !big) {
    exprs(elts);
    emit(tuple ? Opcode::BUILD_TUPLE : build, n + pushed);
    return;
  }
  bool built = false;
  if (big) {
    emit(build, pushed);
    built = true;
  }
  for (uint32_t i = 0; i < n; i++) {
    ast::ExprNode* e = elts[i];
    if (isa<ast::Starred>(e)) {
      if (!built) {
        emit(build, i + pushed);
        built = true;
      }
      expr(cast<ast::Starred>(e)->value);
      emit(extend, 1);
    } else {
      expr(e);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(Opcode::LIST_TO_TUPLE);
}

namespace {

bool all_constant_keys(const ast::Seq<ast::ExprNode*>& keys, size_t begin, size_t end) {
  for (size_t i = begin; i < end; i++) {
    if (!keys[i] || !isa<ast::Constant>(keys[i])) return false;
  }
  return true;
}

}  // namespace

// The keys of a dict display built from items [begin, end) (none of them
// `**`): BUILD_CONST_KEY_MAP for constant keys, else BUILD_MAP, or MAP_ADD
// one by one when there are many.
void Compiler::dict_items(ast::Dict* d, size_t begin, size_t end) {
  const uint32_t n = static_cast<uint32_t>(end - begin);
  const bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big && all_constant_keys(d->keys, begin, end)) {
    Object* keys = tuple_new(n);
    if (!keys) {
      error_from_vm();
      return;
    }
    for (size_t i = begin; i < end; i++) {
      expr(d->values[i]);
      Object* k = constant_object(cast<ast::Constant>(d->keys[i]));
      tuple_set(keys, static_cast<intptr_t>(i - begin), k ? k : newref(None));
    }
    emit_const(keys);
    emit(Opcode::BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) emit(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    expr(d->keys[i]);
    expr(d->values[i]);
    if (big) emit(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, n);
}

void Compiler::dict_display(ast::Dict* d) {
  const size_t n = d->values.size();
  bool have_dict = false;
  size_t elements = 0;
  for (size_t i = 0; i < n; i++) {
    if (!d->keys[i]) {  // **mapping
      if (elements) {
        dict_items(d, i - elements, i);
        if (have_dict) emit(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(d->values[i]);
      emit(Opcode::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      dict_items(d, i - elements, i + 1);
      if (have_dict) emit(Opcode::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    dict_items(d, n - elements, n);
    if (have_dict) emit(Opcode::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Opcode::BUILD_MAP, 0);
}

// ---- calls --------------------------------------------------------------------------

void Compiler::kwnames(const ast::Seq<ast::Keyword*>& keywords, size_t begin, size_t end) {
  Object* names = tuple_new(static_cast<intptr_t>(end - begin));
  if (!names) {
    error_from_vm();
    return;
  }
  for (size_t i = begin; i < end; i++) {
    Object* s = make_str(keywords[i]->arg);
    tuple_set(names, static_cast<intptr_t>(i - begin), s ? s : newref(None));
  }
  emit(Opcode::KW_NAMES, add_const(names));
}

// A dict of the plain keyword arguments [begin, end), for CALL_FUNCTION_EX.
void Compiler::subkwargs(const ast::Seq<ast::Keyword*>& keywords, size_t begin, size_t end) {
  const uint32_t n = static_cast<uint32_t>(end - begin);
  const bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    for (size_t i = begin; i < end; i++) expr(keywords[i]->value);
    Object* keys = tuple_new(n);
    if (!keys) {
      error_from_vm();
      return;
    }
    for (size_t i = begin; i < end; i++) {
      Object* s = make_str(keywords[i]->arg);
      tuple_set(keys, static_cast<intptr_t>(i - begin), s ? s : newref(None));
    }
    emit_const(keys);
    emit(Opcode::BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) emit(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    emit_const_str(keywords[i]->arg);
    expr(keywords[i]->value);
    if (big) emit(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, n);
}

void Compiler::call_helper(uint32_t pushed, const ast::Seq<ast::ExprNode*>& args,
                           const ast::Seq<ast::Keyword*>& keywords) {
  const uint32_t nargs = static_cast<uint32_t>(args.size());
  const uint32_t nkw = static_cast<uint32_t>(keywords.size());
  int32_t line = u().line;
  bool ex_call = nargs + nkw * 2 > kStackUseGuideline || has_starred(args);
  for (const ast::Keyword* k : keywords) ex_call |= k->arg.empty();
  if (!ex_call) {
    exprs(args);
    for (const ast::Keyword* k : keywords) expr(k->value);
    u().line = line;
    if (nkw) kwnames(keywords, 0, nkw);
    emit(Opcode::CALL, pushed + nargs + nkw);
    return;
  }
  // Positional arguments as one tuple.
  if (pushed == 0 && nargs == 1 && isa<ast::Starred>(args[0])) {
    expr(cast<ast::Starred>(args[0])->value);
  } else {
    starunpack(args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }
  // Keyword arguments as one dict.
  if (nkw) {
    bool have_dict = false;
    size_t seen = 0;
    for (size_t i = 0; i < nkw; i++) {
      const ast::Keyword* k = keywords[i];
      if (!k->arg.empty()) {
        seen++;
        continue;
      }
      if (seen) {
        subkwargs(keywords, i - seen, i);
        if (have_dict) emit(Opcode::DICT_MERGE, 1);
        have_dict = true;
        seen = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(k->value);
      emit(Opcode::DICT_MERGE, 1);
    }
    if (seen) {
      subkwargs(keywords, nkw - seen, nkw);
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
    }
  }
  u().line = line;
  emit(Opcode::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

void Compiler::call(ast::Call* e) {
  // obj.meth(args): LOAD_METHOD + CALL, no bound method.
  if (isa<ast::Attribute>(e->func) && cast<ast::Attribute>(e->func)->ctx == ast::ExprContext::Load &&
      e->args.size() < kStackUseGuideline && !has_starred(e->args) &&
      e->args.size() + e->keywords.size() < kStackUseGuideline) {
    bool plain_keywords = true;
    for (const ast::Keyword* k : e->keywords) plain_keywords &= !k->arg.empty();
    if (plain_keywords) {
      ast::Attribute* a = cast<ast::Attribute>(e->func);
      expr(a->value);
      u().line = a->end_lineno;
      emit_name(Opcode::LOAD_METHOD, a->attr);
      exprs(e->args);
      for (const ast::Keyword* k : e->keywords) expr(k->value);
      u().line = e->lineno;
      if (!e->keywords.empty()) kwnames(e->keywords, 0, e->keywords.size());
      emit(Opcode::CALL, static_cast<uint32_t>(e->args.size() + e->keywords.size()));
      return;
    }
  }
  emit(Opcode::PUSH_NULL);
  expr(e->func);
  u().line = e->lineno;
  call_helper(0, e->args, e->keywords);
}

// ---- the expression visitor ---------------------------------------------------------

void Compiler::expr(ast::ExprNode* e) {
  if (failed_) return;
  int32_t saved = u().line;
  u().line = e->lineno;
  switch (e->kind) {
    case Kind::BoolOp: {
      ast::BoolOp* b = cast<ast::BoolOp>(e);
      uint32_t end = new_label();
      Opcode jump = b->op == ast::BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP
                                                  : Opcode::JUMP_IF_TRUE_OR_POP;
      for (size_t i = 0; i + 1 < b->values.size(); i++) {
        expr(b->values[i]);
        emit(jump, end);
      }
      expr(b->values.back());
      place(end);
      break;
    }
    case Kind::NamedExpr: {
      ast::NamedExpr* n = cast<ast::NamedExpr>(e);
      expr(n->value);
      emit(Opcode::COPY, 1);
      store(n->target);
      break;
    }
    case Kind::BinOp: {
      if (Object* k = fold(e)) {
        emit_const(k);
        break;
      }
      ast::BinOp* b = cast<ast::BinOp>(e);
      expr(b->left);
      expr(b->right);
      u().line = e->lineno;
      emit(Opcode::BINARY_OP, binop_arg(b->op));
      break;
    }
    case Kind::UnaryOp: {
      ast::UnaryOp* x = cast<ast::UnaryOp>(e);
      if (x->op != ast::UnaryOpKind::Not) {
        if (Object* k = fold(e)) {
          emit_const(k);
          break;
        }
      }
      expr(x->operand);
      u().line = e->lineno;
      switch (x->op) {
        case ast::UnaryOpKind::Invert: emit(Opcode::UNARY_INVERT); break;
        case ast::UnaryOpKind::Not: emit(Opcode::UNARY_NOT); break;
        case ast::UnaryOpKind::UAdd: emit(Opcode::UNARY_POSITIVE); break;
        case ast::UnaryOpKind::USub: emit(Opcode::UNARY_NEGATIVE); break;
      }
      break;
    }
    case Kind::Lambda: lambda(cast<ast::Lambda>(e)); break;
    case Kind::IfExp: {
      ast::IfExp* x = cast<ast::IfExp>(e);
      uint32_t next = new_label(), end = new_label();
      jump_if(x->test, next, false);
      expr(x->body);
      emit(Opcode::JUMP, end);
      place(next);
      expr(x->orelse);
      place(end);
      break;
    }
    case Kind::Dict: dict_display(cast<ast::Dict>(e)); break;
    case Kind::Set:
      starunpack(cast<ast::Set>(e)->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD,
                 Opcode::SET_UPDATE, false);
      break;
    case Kind::ListComp: {
      ast::ListComp* c = cast<ast::ListComp>(e);
      comprehension(e, "<listcomp>", c->generators, c->elt, nullptr);
      break;
    }
    case Kind::SetComp: {
      ast::SetComp* c = cast<ast::SetComp>(e);
      comprehension(e, "<setcomp>", c->generators, c->elt, nullptr);
      break;
    }
    case Kind::DictComp: {
      ast::DictComp* c = cast<ast::DictComp>(e);
      comprehension(e, "<dictcomp>", c->generators, c->key, c->value);
      break;
    }
    case Kind::GeneratorExp: {
      ast::GeneratorExp* c = cast<ast::GeneratorExp>(e);
      comprehension(e, "<genexpr>", c->generators, c->elt, nullptr);
      break;
    }
    case Kind::Yield: {
      if (!is_function_like(u().kind)) {
        error(e, "'yield' outside function");
        break;
      }
      u().a.flags |= kCodeGenerator;
      ast::Yield* y = cast<ast::Yield>(e);
      if (y->value) expr(y->value);
      else emit_none();
      u().line = e->lineno;
      emit(Opcode::YIELD_VALUE, 0);
      break;
    }
    case Kind::YieldFrom: {
      if (!is_function_like(u().kind)) {
        error(e, "'yield' outside function");
        break;
      }
      u().a.flags |= kCodeGenerator;
      expr(cast<ast::YieldFrom>(e)->value);
      u().line = e->lineno;
      yield_from();
      break;
    }
    case Kind::Compare: {
      ast::Compare* c = cast<ast::Compare>(e);
      const size_t n = c->ops.size() - 1;
      expr(c->left);
      if (n == 0) {
        expr(c->comparators[0]);
        u().line = e->lineno;
        compare_op(c->ops[0]);
        break;
      }
      uint32_t cleanup = new_label(), end = new_label();
      for (size_t i = 0; i < n; i++) {
        expr(c->comparators[i]);
        u().line = e->lineno;
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        compare_op(c->ops[i]);
        emit(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
      }
      expr(c->comparators[n]);
      u().line = e->lineno;
      compare_op(c->ops[n]);
      emit(Opcode::JUMP, end);
      place(cleanup);
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      place(end);
      break;
    }
    case Kind::Call: call(cast<ast::Call>(e)); break;
    case Kind::FormattedValue: {
      ast::FormattedValue* f = cast<ast::FormattedValue>(e);
      expr(f->value);
      uint32_t arg = 0;
      switch (f->conversion) {
        case 's': arg = 1; break;
        case 'r': arg = 2; break;
        case 'a': arg = 3; break;
        default: arg = 0; break;
      }
      if (f->format_spec) {
        expr(f->format_spec);
        arg |= 4;
      }
      u().line = e->lineno;
      emit(Opcode::FORMAT_VALUE, arg);
      break;
    }
    case Kind::JoinedStr: {
      const auto& values = cast<ast::JoinedStr>(e)->values;
      if (values.size() > kStackUseGuideline) {
        emit_const_str("");
        emit_name(Opcode::LOAD_METHOD, "join");
        emit(Opcode::BUILD_LIST, 0);
        for (ast::ExprNode* v : values) {
          expr(v);
          emit(Opcode::LIST_APPEND, 1);
        }
        emit(Opcode::CALL, 1);
      } else {
        exprs(values);
        if (values.size() != 1) emit(Opcode::BUILD_STRING, static_cast<uint32_t>(values.size()));
      }
      break;
    }
    case Kind::Constant: emit_const(constant_object(cast<ast::Constant>(e))); break;
    case Kind::Attribute: {
      ast::Attribute* a = cast<ast::Attribute>(e);
      expr(a->value);
      u().line = a->end_lineno;
      emit_name(Opcode::LOAD_ATTR, a->attr);
      break;
    }
    case Kind::Subscript: {
      ast::Subscript* s = cast<ast::Subscript>(e);
      expr(s->value);
      expr(s->slice);
      u().line = e->lineno;
      emit(Opcode::BINARY_SUBSCR);
      break;
    }
    case Kind::Starred: error(e, "can't use starred expression here"); break;
    case Kind::Name: nameop(cast<ast::Name>(e)->id, Ctx::Load); break;
    case Kind::List:
      starunpack(cast<ast::List>(e)->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                 Opcode::LIST_EXTEND, false);
      break;
    case Kind::Tuple: {
      if (Object* k = fold(e)) {
        emit_const(k);
        break;
      }
      starunpack(cast<ast::Tuple>(e)->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                 Opcode::LIST_EXTEND, true);
      break;
    }
    case Kind::Slice: {
      ast::Slice* s = cast<ast::Slice>(e);
      if (s->lower) expr(s->lower);
      else emit_none();
      if (s->upper) expr(s->upper);
      else emit_none();
      uint32_t n = 2;
      if (s->step) {
        expr(s->step);
        n = 3;
      }
      u().line = e->lineno;
      emit(Opcode::BUILD_SLICE, n);
      break;
    }
    default: error(e, "unsupported expression"); break;
  }
  u().line = saved;
}

// ---- assignment and deletion targets ------------------------------------------------

void Compiler::unpack(const ast::Seq<ast::ExprNode*>& elts, const ast::Node* at) {
  const size_t n = elts.size();
  size_t star = n;
  for (size_t i = 0; i < n; i++) {
    if (!isa<ast::Starred>(elts[i])) continue;
    if (star != n) {
      error(at, "multiple starred expressions in assignment");
      return;
    }
    star = i;
  }
  if (star == n) {
    emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
    return;
  }
  size_t after = n - star - 1;
  if (star >= (1u << 8) || after >= (1u << 16)) {
    error(at, "too many expressions in star-unpacking assignment");
    return;
  }
  emit(Opcode::UNPACK_EX, static_cast<uint32_t>(star | after << 8));
}

void Compiler::store(ast::ExprNode* t) {
  if (failed_) return;
  int32_t saved = u().line;
  u().line = t->lineno;
  switch (t->kind) {
    case Kind::Name: nameop(cast<ast::Name>(t)->id, Ctx::Store); break;
    case Kind::Attribute: {
      ast::Attribute* a = cast<ast::Attribute>(t);
      expr(a->value);
      u().line = a->end_lineno;
      emit_name(Opcode::STORE_ATTR, a->attr);
      break;
    }
    case Kind::Subscript: {
      ast::Subscript* s = cast<ast::Subscript>(t);
      expr(s->value);
      expr(s->slice);
      u().line = t->lineno;
      emit(Opcode::STORE_SUBSCR);
      break;
    }
    case Kind::Tuple:
    case Kind::List: {
      const auto& elts = isa<ast::Tuple>(t) ? cast<ast::Tuple>(t)->elts : cast<ast::List>(t)->elts;
      unpack(elts, t);
      for (ast::ExprNode* elt : elts) store(isa<ast::Starred>(elt) ? cast<ast::Starred>(elt)->value : elt);
      break;
    }
    case Kind::Starred: error(t, "starred assignment target must be in a list or tuple"); break;
    default: error(t, "cannot assign to expression"); break;
  }
  u().line = saved;
}

void Compiler::del(ast::ExprNode* t) {
  if (failed_) return;
  int32_t saved = u().line;
  u().line = t->lineno;
  switch (t->kind) {
    case Kind::Name: nameop(cast<ast::Name>(t)->id, Ctx::Del); break;
    case Kind::Attribute: {
      ast::Attribute* a = cast<ast::Attribute>(t);
      expr(a->value);
      u().line = a->end_lineno;
      emit_name(Opcode::DELETE_ATTR, a->attr);
      break;
    }
    case Kind::Subscript: {
      ast::Subscript* s = cast<ast::Subscript>(t);
      expr(s->value);
      expr(s->slice);
      u().line = t->lineno;
      emit(Opcode::DELETE_SUBSCR);
      break;
    }
    case Kind::Tuple:
      for (ast::ExprNode* elt : cast<ast::Tuple>(t)->elts) del(elt);
      break;
    case Kind::List:
      for (ast::ExprNode* elt : cast<ast::List>(t)->elts) del(elt);
      break;
    default: error(t, "cannot delete expression"); break;
  }
  u().line = saved;
}

}  // namespace frost::codegen
