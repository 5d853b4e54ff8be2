/*
 * codegen_func.cpp — the constructs that make nested code objects:
 * functions, lambdas, classes, comprehensions and generator expressions,
 * plus `yield from`.
 *
 * A function is compiled in its own unit; the enclosing code then evaluates
 * its defaults, keyword-only defaults and annotations, loads the cells it
 * closes over (LOAD_CLOSURE + BUILD_TUPLE), and makes it with MAKE_FUNCTION.
 * Decorators are evaluated first and applied afterwards with `CALL 0` on
 * [decorator, function] — CALL's [method, self] form, so decorator(function)
 * needs no PUSH_NULL (as CPython 3.11).
 *
 * A class body is a function called by __build_class__(func, name, *bases,
 * **keywords): it stores __module__ and __qualname__, runs the body, and
 * returns the __class__ cell (also stored as __classcell__) when a method
 * uses super() or __class__, else None.
 *
 * A comprehension is a function of one argument `.0`, the iterator of its
 * outermost `for`, which is evaluated in the enclosing scope; it is called
 * with `CALL 0` on [function, iterator] as well.
 */
#include "compiler/codegen.h"

#include "vm/code.h"
#include "vm/errors.h"

namespace frost::codegen {

using ast::cast;
using ast::isa;
using ast::Kind;

namespace {

const ast::Constant* function_docstring(const ast::Seq<ast::Stmt*>& body) {
  if (body.empty() || !isa<ast::Expr>(body[0])) return nullptr;
  const ast::ExprNode* v = cast<ast::Expr>(body[0])->value;
  if (!isa<ast::Constant>(v)) return nullptr;
  const ast::Constant* c = cast<ast::Constant>(v);
  return c->value.type == ast::ConstantValue::Type::Str ? c : nullptr;
}

}  // namespace

uint32_t Compiler::function_prologue(ast::Arguments* args, ast::ExprNode* returns) {
  uint32_t flags = 0;
  if (!args->defaults.empty()) {
    exprs(args->defaults);
    emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
    flags |= 1;
  }
  uint32_t nkwdefaults = 0;
  for (size_t i = 0; i < args->kwonlyargs.size(); i++) {
    ast::ExprNode* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (!d) continue;
    emit_const_str(mangle(args->kwonlyargs[i]->arg));
    expr(d);
    nkwdefaults++;
  }
  if (nkwdefaults) {
    emit(Opcode::BUILD_MAP, nkwdefaults);
    flags |= 2;
  }
  // Annotations: a dict {name: value} (what function.__annotations__
  // holds), in CPython 3.11's order (positional, then positional-only,
  // *args, keyword-only, **kwargs, return).
  uint32_t nann = 0;
  auto annotate = [&](const ast::Arg* a) {
    if (!a || !a->annotation) return;
    emit_const_str(mangle(a->arg));
    expr(a->annotation);
    nann++;
  };
  for (const ast::Arg* a : args->args) annotate(a);
  for (const ast::Arg* a : args->posonlyargs) annotate(a);
  annotate(args->vararg);
  for (const ast::Arg* a : args->kwonlyargs) annotate(a);
  annotate(args->kwarg);
  if (returns) {
    emit_const_str("return");
    expr(returns);
    nann++;
  }
  if (nann) {
    emit(Opcode::BUILD_MAP, nann);
    flags |= 4;
  }
  return flags;
}

void Compiler::function_def(ast::FunctionDef* s) {
  for (ast::ExprNode* d : s->decorator_list) expr(d);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  set_line(s);
  uint32_t flags = function_prologue(s->args, s->returns);

  enter_unit(ScopeKind::Function, s, s->name, firstlineno);
  size_t first = 0;
  if (const ast::Constant* doc = function_docstring(s->body)) {
    u().a.doc = constant_object(doc);
    first = 1;
  }
  for (size_t i = first; i < s->body.size(); i++) stmt(s->body[i]);
  emit_none();
  emit(Opcode::RETURN_VALUE);
  Object* code = leave_unit();

  set_line(s);
  make_closure(code, flags);
  for (size_t i = 0; i < s->decorator_list.size(); i++) emit(Opcode::CALL, 0);
  nameop(s->name, Ctx::Store);
}

void Compiler::lambda(ast::Lambda* e) {
  uint32_t flags = function_prologue(e->args, nullptr);
  enter_unit(ScopeKind::Lambda, e, "<lambda>", e->lineno);
  expr(e->body);
  emit(Opcode::RETURN_VALUE);
  Object* code = leave_unit();
  u().line = e->lineno;
  make_closure(code, flags);
}

void Compiler::class_def(ast::ClassDef* s) {
  for (ast::ExprNode* d : s->decorator_list) expr(d);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;

  enter_unit(ScopeKind::Class, s, s->name, firstlineno);
  u().line = s->lineno;
  nameop("__name__", Ctx::Load);
  nameop("__module__", Ctx::Store);
  emit_const_str(u().qualname);
  nameop("__qualname__", Ctx::Store);
  body(s->body);
  int32_t cell = u().scope && u().scope->needs_class_closure ? closure_index("__class__") : -1;
  if (cell >= 0) {
    emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(cell));
    emit(Opcode::COPY, 1);
    nameop("__classcell__", Ctx::Store);
  } else {
    emit_none();
  }
  emit(Opcode::RETURN_VALUE);
  Object* code = leave_unit();

  set_line(s);
  emit(Opcode::PUSH_NULL);
  emit(Opcode::LOAD_BUILD_CLASS);
  make_closure(code, 0);
  emit_const_str(s->name);
  call_helper(2, s->bases, s->keywords);
  for (size_t i = 0; i < s->decorator_list.size(); i++) emit(Opcode::CALL, 0);
  nameop(s->name, Ctx::Store);
}

void Compiler::comprehension(ast::ExprNode* e, const char* name,
                             const ast::Seq<ast::Comprehension*>& gens, ast::ExprNode* elt,
                             ast::ExprNode* val) {
  enter_unit(ScopeKind::Comprehension, e, name, e->lineno);
  switch (e->kind) {
    case Kind::ListComp: emit(Opcode::BUILD_LIST, 0); break;
    case Kind::SetComp: emit(Opcode::BUILD_SET, 0); break;
    case Kind::DictComp: emit(Opcode::BUILD_MAP, 0); break;
    default: break;
  }
  comprehension_generator(gens, 0, 0, elt, val, e->kind);
  u().line = e->lineno;
  if (e->kind == Kind::GeneratorExp) emit_none();
  emit(Opcode::RETURN_VALUE);
  Object* code = leave_unit();

  u().line = e->lineno;
  make_closure(code, 0);
  expr(gens[0]->iter);
  u().line = e->lineno;
  emit(Opcode::GET_ITER);
  emit(Opcode::CALL, 0);
}

// One `for` of a comprehension and, recursively, the ones after it; the
// innermost adds the element to the collection `depth + 1` below TOS (the
// iterators of the enclosing `for`s lie between) or yields it.
void Compiler::comprehension_generator(const ast::Seq<ast::Comprehension*>& gens, size_t index,
                                       uint32_t depth, ast::ExprNode* elt, ast::ExprNode* val,
                                       Kind kind) {
  ast::Comprehension* gen = gens[index];
  uint32_t start = new_label(), if_cleanup = new_label(), anchor = new_label();
  u().line = gen->iter->lineno;
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);  // .0, the outermost iterator
  } else {
    expr(gen->iter);
    emit(Opcode::GET_ITER);
  }
  depth++;
  place(start);
  emit(Opcode::FOR_ITER, anchor);
  store(gen->target);
  for (ast::ExprNode* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < gens.size()) {
    comprehension_generator(gens, index + 1, depth, elt, val, kind);
  } else {
    switch (kind) {
      case Kind::GeneratorExp:
        expr(elt);
        u().line = elt->lineno;
        emit(Opcode::YIELD_VALUE, 0);
        emit(Opcode::POP_TOP);
        break;
      case Kind::ListComp:
        expr(elt);
        emit(Opcode::LIST_APPEND, depth + 1);
        break;
      case Kind::SetComp:
        expr(elt);
        emit(Opcode::SET_ADD, depth + 1);
        break;
      default:  // DictComp: the key is evaluated before the value
        expr(elt);
        expr(val);
        emit(Opcode::MAP_ADD, depth + 1);
        break;
    }
  }
  place(if_cleanup);
  emit(Opcode::JUMP, start);
  place(anchor);
}

void Compiler::yield_from() {
  uint32_t send = new_label(), exit = new_label();
  emit(Opcode::GET_YIELD_FROM_ITER);
  emit_none();
  place(send);
  emit(Opcode::SEND, exit);       // [iter, v] -> [iter, yielded] | [result]
  emit(Opcode::YIELD_VALUE, 1);   // the sent value replaces the yielded one
  emit(Opcode::JUMP, send);
  place(exit);
}

}  // namespace frost::codegen
