/*
 * codegen_stmt.cpp — statements: assignments, control flow, exception
 * handling, `with`, imports, and the frame blocks that `break`, `continue`
 * and `return` unwind.
 *
 * Each construct is CPython 3.11's sequence (Python/compile.c), with three
 * systematic differences: no lasti is pushed for handlers (so CPython's
 * `COPY 3; POP_EXCEPT; RERAISE 1` cleanup is `COPY 2; POP_EXCEPT; RERAISE`
 * here), jumps are plain JUMPs in both directions, and the exception table
 * comes from the SETUP_* / POP_BLOCK pseudo-instructions by the assembler's
 * flow analysis.  Early exits (break/continue/return inside try/finally or
 * with) emit POP_BLOCK and the finally body / the __exit__ call inline, then
 * jump; the code after them stays under the handler because the assembler
 * follows control flow, not text.
 */
#include "compiler/codegen.h"

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/tuple.h"

namespace frost::codegen {

using ast::cast;
using ast::isa;
using ast::Kind;

namespace {

// The docstring of a body: its first statement when that is a str constant.
const ast::Constant* docstring_of(const ast::Seq<ast::Stmt*>& body) {
  if (body.empty() || !isa<ast::Expr>(body[0])) return nullptr;
  const ast::ExprNode* v = cast<ast::Expr>(body[0])->value;
  if (!isa<ast::Constant>(v)) return nullptr;
  const ast::Constant* c = cast<ast::Constant>(v);
  return c->value.type == ast::ConstantValue::Type::Str ? c : nullptr;
}

bool is_loop(FBlockKind k) { return k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop; }

}  // namespace

bool Compiler::find_annotations(const ast::Seq<ast::Stmt*>& ss) {
  for (const ast::Stmt* s : ss) {
    switch (s->kind) {
      case Kind::AnnAssign: return true;
      case Kind::For: {
        const ast::For* f = cast<ast::For>(s);
        if (find_annotations(f->body) || find_annotations(f->orelse)) return true;
        break;
      }
      case Kind::While: {
        const ast::While* w = cast<ast::While>(s);
        if (find_annotations(w->body) || find_annotations(w->orelse)) return true;
        break;
      }
      case Kind::If: {
        const ast::If* i = cast<ast::If>(s);
        if (find_annotations(i->body) || find_annotations(i->orelse)) return true;
        break;
      }
      case Kind::With:
        if (find_annotations(cast<ast::With>(s)->body)) return true;
        break;
      case Kind::Try: {
        const ast::Try* t = cast<ast::Try>(s);
        if (find_annotations(t->body) || find_annotations(t->orelse) ||
            find_annotations(t->finalbody)) {
          return true;
        }
        for (const ast::ExceptHandler* h : t->handlers) {
          if (find_annotations(h->body)) return true;
        }
        break;
      }
      default: break;
    }
  }
  return false;
}

// A module or class body: SETUP_ANNOTATIONS if any annotated assignment,
// the docstring stored as __doc__ (and kept as the code's doc), then the
// statements.
void Compiler::body(const ast::Seq<ast::Stmt*>& ss) {
  if (!ss.empty()) u().line = ss[0]->lineno;
  if (find_annotations(ss)) emit(Opcode::SETUP_ANNOTATIONS);
  size_t i = 0;
  if (const ast::Constant* doc = docstring_of(ss)) {
    set_line(ss[0]);
    Object* s = constant_object(doc);
    if (s) u().a.doc = newref(s);
    emit_const(s);
    nameop("__doc__", Ctx::Store);
    i = 1;
  }
  for (; i < ss.size(); i++) stmt(ss[i]);
}

void Compiler::stmts(const ast::Seq<ast::Stmt*>& ss) {
  for (ast::Stmt* s : ss) stmt(s);
}

void Compiler::stmt(ast::Stmt* s) {
  if (failed_) return;
  set_line(s);
  switch (s->kind) {
    case Kind::FunctionDef: function_def(cast<ast::FunctionDef>(s)); break;
    case Kind::ClassDef: class_def(cast<ast::ClassDef>(s)); break;
    case Kind::Return: return_stmt(cast<ast::Return>(s)); break;
    case Kind::Delete:
      for (ast::ExprNode* t : cast<ast::Delete>(s)->targets) del(t);
      break;
    case Kind::Assign: assign(cast<ast::Assign>(s)); break;
    case Kind::AugAssign: aug_assign(cast<ast::AugAssign>(s)); break;
    case Kind::AnnAssign: ann_assign(cast<ast::AnnAssign>(s)); break;
    case Kind::For: for_stmt(cast<ast::For>(s)); break;
    case Kind::While: while_stmt(cast<ast::While>(s)); break;
    case Kind::If: if_stmt(cast<ast::If>(s)); break;
    case Kind::With: with_stmt(cast<ast::With>(s), 0); break;
    case Kind::Raise: {
      ast::Raise* r = cast<ast::Raise>(s);
      uint32_t n = 0;
      if (r->exc) {
        expr(r->exc);
        n = 1;
        if (r->cause) {
          expr(r->cause);
          n = 2;
        }
      }
      set_line(s);
      emit(Opcode::RAISE_VARARGS, n);
      break;
    }
    case Kind::Try: {
      ast::Try* t = cast<ast::Try>(s);
      if (!t->finalbody.empty()) try_finally(t);
      else try_except(t);
      break;
    }
    case Kind::Assert: assert_stmt(cast<ast::Assert>(s)); break;
    case Kind::Import: import_stmt(cast<ast::Import>(s)); break;
    case Kind::ImportFrom: import_from(cast<ast::ImportFrom>(s)); break;
    case Kind::Global:
    case Kind::Nonlocal:
    case Kind::Pass: break;
    case Kind::Expr: {
      ast::ExprNode* v = cast<ast::Expr>(s)->value;
      if (interactive_ && units_.size() == 1) {
        expr(v);
        emit(Opcode::PRINT_EXPR);
      } else if (!isa<ast::Constant>(v)) {
        expr(v);
        emit(Opcode::POP_TOP);
      }
      break;
    }
    case Kind::Break: {
      FBlock loop{FBlockKind::WhileLoop};
      if (!unwind_fblock_stack(false, true, &loop)) {
        error(s, "'break' outside loop");
        break;
      }
      unwind_fblock(loop, false);
      set_line(s);
      emit(Opcode::JUMP, loop.exit);
      break;
    }
    case Kind::Continue: {
      FBlock loop{FBlockKind::WhileLoop};
      if (!unwind_fblock_stack(false, true, &loop)) {
        error(s, "'continue' not properly in loop");
        break;
      }
      set_line(s);
      emit(Opcode::JUMP, loop.head);
      break;
    }
    default: error(s, "unsupported statement"); break;
  }
}

// ---- frame blocks -------------------------------------------------------------

void Compiler::call_exit_with_nones() {
  emit_none();
  emit_none();
  emit_none();
  emit(Opcode::CALL, 2);
}

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler: return;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the iterator
      return;
    case FBlockKind::TryExcept: emit(Opcode::POP_BLOCK); return;
    case FBlockKind::FinallyTry: {
      int32_t line = u().line;
      emit(Opcode::POP_BLOCK);
      if (preserve_tos && !push_fblock(b.node, FBlock{FBlockKind::PopValue})) {
        return;
      }
      stmts(*b.finalbody);
      if (preserve_tos) pop_fblock();
      u().line = line;
      return;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the exception
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_BLOCK);
      emit(Opcode::POP_EXCEPT);
      return;
    case FBlockKind::With: {
      int32_t line = u().line;
      set_line(b.node);
      emit(Opcode::POP_BLOCK);
      if (preserve_tos) emit(Opcode::SWAP, 2);
      call_exit_with_nones();
      emit(Opcode::POP_TOP);
      u().line = line;
      return;
    }
    case FBlockKind::HandlerCleanup:
      if (!b.name.empty()) emit(Opcode::POP_BLOCK);
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_BLOCK);
      emit(Opcode::POP_EXCEPT);
      if (!b.name.empty()) {
        emit_none();
        nameop(b.name, Ctx::Store);
        nameop(b.name, Ctx::Del);
      }
      return;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      return;
  }
}

bool Compiler::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop, FBlock* loop) {
  if (u().fblocks.empty()) return false;
  FBlock top = u().fblocks.back();
  if (stop_at_loop && is_loop(top.kind)) {
    *loop = top;
    return true;
  }
  u().fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  bool found = unwind_fblock_stack(preserve_tos, stop_at_loop, loop);
  u().fblocks.push_back(top);
  return found;
}

// ---- simple statements -------------------------------------------------------------

void Compiler::return_stmt(ast::Return* s) {
  if (!is_function_like(u().kind)) {
    error(s, "'return' outside function");
    return;
  }
  bool preserve_tos = s->value && !isa<ast::Constant>(s->value);
  if (preserve_tos) expr(s->value);
  unwind_fblock_stack(preserve_tos, false, nullptr);
  set_line(s);
  if (!s->value) emit_none();
  else if (!preserve_tos) emit_const(constant_object(cast<ast::Constant>(s->value)));
  emit(Opcode::RETURN_VALUE);
}

void Compiler::assign(ast::Assign* s) {
  const auto& targets = s->targets;
  // `a, b = b, a`: evaluate the values and swap them into place instead of
  // building and unpacking a tuple (CPython's peephole does the same).
  if (targets.size() == 1 && isa<ast::Tuple>(s->value) &&
      (isa<ast::Tuple>(targets[0]) || isa<ast::List>(targets[0]))) {
    const auto& values = cast<ast::Tuple>(s->value)->elts;
    const auto& elts = isa<ast::Tuple>(targets[0]) ? cast<ast::Tuple>(targets[0])->elts
                                                   : cast<ast::List>(targets[0])->elts;
    bool starred = false;
    for (const ast::ExprNode* e : values) starred |= isa<ast::Starred>(e);
    for (const ast::ExprNode* e : elts) starred |= isa<ast::Starred>(e);
    if (!starred && values.size() == elts.size() && (values.size() == 2 || values.size() == 3)) {
      exprs(values);
      emit(Opcode::SWAP, static_cast<uint32_t>(values.size()));
      for (ast::ExprNode* t : elts) store(t);
      return;
    }
  }
  expr(s->value);
  for (size_t i = 0; i < targets.size(); i++) {
    if (i + 1 < targets.size()) emit(Opcode::COPY, 1);
    store(targets[i]);
  }
}

// `target op= value`: the container and key are evaluated once and kept on
// the stack (COPY) for the store.
void Compiler::aug_assign(ast::AugAssign* s) {
  ast::ExprNode* t = s->target;
  set_line(t);
  switch (t->kind) {
    case Kind::Attribute: {
      ast::Attribute* a = cast<ast::Attribute>(t);
      expr(a->value);
      emit(Opcode::COPY, 1);
      emit_name(Opcode::LOAD_ATTR, a->attr);
      break;
    }
    case Kind::Subscript: {
      ast::Subscript* sub = cast<ast::Subscript>(t);
      expr(sub->value);
      expr(sub->slice);
      emit(Opcode::COPY, 2);
      emit(Opcode::COPY, 2);
      emit(Opcode::BINARY_SUBSCR);
      break;
    }
    case Kind::Name: nameop(cast<ast::Name>(t)->id, Ctx::Load); break;
    default: error(t, "illegal expression for augmented assignment"); return;
  }
  set_line(s);
  expr(s->value);
  emit(Opcode::BINARY_OP, binop_arg(s->op) + kInplaceOffset);
  set_line(t);
  switch (t->kind) {
    case Kind::Attribute:
      emit(Opcode::SWAP, 2);
      emit_name(Opcode::STORE_ATTR, cast<ast::Attribute>(t)->attr);
      break;
    case Kind::Subscript:
      emit(Opcode::SWAP, 3);
      emit(Opcode::SWAP, 2);
      emit(Opcode::STORE_SUBSCR);
      break;
    default: nameop(cast<ast::Name>(t)->id, Ctx::Store); break;
  }
}

// `target: annotation [= value]`.  In a module or class body the annotation
// of a simple name is evaluated and stored in __annotations__; other
// annotations there are evaluated and dropped; in functions they are not
// evaluated at all (as CPython).
void Compiler::ann_assign(ast::AnnAssign* s) {
  ast::ExprNode* t = s->target;
  if (s->value) {
    expr(s->value);
    store(t);
  }
  bool module_or_class = u().kind == ScopeKind::Module || u().kind == ScopeKind::Class;
  switch (t->kind) {
    case Kind::Name:
      if (s->simple && module_or_class) {
        set_line(s);
        expr(s->annotation);
        emit_name(Opcode::LOAD_NAME, "__annotations__");
        emit_const_str(mangle(cast<ast::Name>(t)->id));
        emit(Opcode::STORE_SUBSCR);
      }
      return;
    case Kind::Attribute:
      if (!s->value) {
        expr(cast<ast::Attribute>(t)->value);
        emit(Opcode::POP_TOP);
      }
      break;
    case Kind::Subscript:
      if (!s->value) {
        expr(cast<ast::Subscript>(t)->value);
        emit(Opcode::POP_TOP);
        expr(cast<ast::Subscript>(t)->slice);
        emit(Opcode::POP_TOP);
      }
      break;
    default: break;
  }
  if (module_or_class) {
    expr(s->annotation);
    emit(Opcode::POP_TOP);
  }
}

void Compiler::assert_stmt(ast::Assert* s) {
  uint32_t end = new_label();
  jump_if(s->test, end, true);
  set_line(s);
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    // [AssertionError, msg] called as [method, self]: AssertionError(msg).
    expr(s->msg);
    emit(Opcode::CALL, 0);
  }
  emit(Opcode::RAISE_VARARGS, 1);
  place(end);
}

// ---- loops and conditionals ---------------------------------------------------------

void Compiler::for_stmt(ast::For* s) {
  uint32_t start = new_label(), cleanup = new_label(), end = new_label();
  expr(s->iter);
  set_line(s);
  emit(Opcode::GET_ITER);
  if (!push_fblock(s, FBlock{FBlockKind::ForLoop, start, end})) return;
  place(start);
  emit(Opcode::FOR_ITER, cleanup);
  store(s->target);
  stmts(s->body);
  set_line(s);
  emit(Opcode::JUMP, start);
  place(cleanup);
  pop_fblock();
  stmts(s->orelse);
  place(end);
}

// As CPython 3.11, the test is compiled twice: at the top (skipping the
// loop) and at the bottom (jumping back to the body), so that an iteration
// costs no unconditional jump.  `continue` jumps to the top test.
void Compiler::while_stmt(ast::While* s) {
  uint32_t loop = new_label(), body = new_label(), anchor = new_label(), end = new_label();
  place(loop);
  jump_if(s->test, anchor, false);
  place(body);
  if (!push_fblock(s, FBlock{FBlockKind::WhileLoop, loop, end})) return;
  stmts(s->body);
  set_line(s);
  jump_if(s->test, body, true);
  pop_fblock();
  place(anchor);
  stmts(s->orelse);
  place(end);
}

void Compiler::if_stmt(ast::If* s) {
  uint32_t end = new_label();
  uint32_t next = s->orelse.empty() ? end : new_label();
  jump_if(s->test, next, false);
  stmts(s->body);
  if (!s->orelse.empty()) {
    emit(Opcode::JUMP, end);
    place(next);
    stmts(s->orelse);
  }
  place(end);
}

// ---- with and try ------------------------------------------------------------------

// `with a as x, b as y: BODY` is `with a as x: with b as y: BODY`.
void Compiler::with_stmt(ast::With* s, size_t pos) {
  ast::WithItem* item = s->items[pos];
  uint32_t final = new_label(), exit = new_label(), cleanup = new_label(), suppress = new_label();
  expr(item->context_expr);
  set_line(s);
  emit(Opcode::BEFORE_WITH);  // [exit, enter_result]
  emit(Opcode::SETUP_WITH, final);
  FBlock b{FBlockKind::With};
  b.node = s;
  if (!push_fblock(s, b)) return;
  if (item->optional_vars) store(item->optional_vars);
  else emit(Opcode::POP_TOP);
  if (pos + 1 == s->items.size()) stmts(s->body);
  else with_stmt(s, pos + 1);
  emit(Opcode::POP_BLOCK);
  pop_fblock();
  // Normal exit: exit(None, None, None).
  set_line(s);
  call_exit_with_nones();
  emit(Opcode::POP_TOP);
  emit(Opcode::JUMP, exit);
  // Exceptional exit: [exit, exc].
  place(final);
  emit(Opcode::SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);      // [exit, prev, exc]
  emit(Opcode::WITH_EXCEPT_START);  // [exit, prev, exc, result]
  emit(Opcode::POP_JUMP_IF_TRUE, suppress);
  emit(Opcode::RERAISE);
  place(cleanup);  // [exit, prev, exc2]
  emit(Opcode::COPY, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  place(suppress);  // [exit, prev, exc]
  emit(Opcode::POP_TOP);
  emit(Opcode::POP_BLOCK);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);
  place(exit);
}

void Compiler::try_finally(ast::Try* s) {
  uint32_t end = new_label(), exit = new_label(), cleanup = new_label();
  emit(Opcode::SETUP_FINALLY, end);
  FBlock b{FBlockKind::FinallyTry};
  b.finalbody = &s->finalbody;
  b.node = s;
  if (!push_fblock(s, b)) return;
  if (!s->handlers.empty()) try_except(s);
  else stmts(s->body);
  emit(Opcode::POP_BLOCK);
  pop_fblock();
  stmts(s->finalbody);
  emit(Opcode::JUMP, exit);
  // The finally body on the exceptional path: [prev, exc].
  place(end);
  emit(Opcode::SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  if (!push_fblock(s, FBlock{FBlockKind::FinallyEnd})) return;
  stmts(s->finalbody);
  pop_fblock();
  emit(Opcode::RERAISE);
  place(cleanup);
  emit(Opcode::COPY, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  place(exit);
}

void Compiler::try_except(ast::Try* s) {
  uint32_t except = new_label(), end = new_label(), cleanup = new_label();
  emit(Opcode::SETUP_FINALLY, except);
  if (!push_fblock(s, FBlock{FBlockKind::TryExcept})) return;
  stmts(s->body);
  pop_fblock();
  emit(Opcode::POP_BLOCK);
  stmts(s->orelse);
  emit(Opcode::JUMP, end);

  place(except);  // [exc]
  emit(Opcode::SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);  // [prev, exc]
  if (!push_fblock(s, FBlock{FBlockKind::ExceptionHandler})) return;
  const size_t n = s->handlers.size();
  for (size_t i = 0; i < n; i++) {
    ast::ExceptHandler* h = s->handlers[i];
    set_line(h);
    if (!h->type && i + 1 < n) {
      error(h, "default 'except:' must be last");
      return;
    }
    uint32_t next = new_label();
    if (h->type) {
      expr(h->type);
      set_line(h);
      emit(Opcode::CHECK_EXC_MATCH);
      emit(Opcode::POP_JUMP_IF_FALSE, next);
    }
    if (!h->name.empty()) {
      // try: BODY finally: name = None; del name
      uint32_t cleanup_end = new_label();
      nameop(h->name, Ctx::Store);  // [prev]
      emit(Opcode::SETUP_CLEANUP, cleanup_end);
      FBlock hb{FBlockKind::HandlerCleanup};
      hb.name = h->name;
      if (!push_fblock(h, hb)) return;
      stmts(h->body);
      pop_fblock();
      emit(Opcode::POP_BLOCK);
      emit(Opcode::POP_BLOCK);
      emit(Opcode::POP_EXCEPT);
      emit_none();
      nameop(h->name, Ctx::Store);
      nameop(h->name, Ctx::Del);
      emit(Opcode::JUMP, end);
      place(cleanup_end);  // [prev, exc2]
      emit_none();
      nameop(h->name, Ctx::Store);
      nameop(h->name, Ctx::Del);
      emit(Opcode::RERAISE);
    } else {
      emit(Opcode::POP_TOP);  // [prev]
      if (!push_fblock(h, FBlock{FBlockKind::HandlerCleanup})) return;
      stmts(h->body);
      pop_fblock();
      emit(Opcode::POP_BLOCK);
      emit(Opcode::POP_EXCEPT);
      emit(Opcode::JUMP, end);
    }
    place(next);
  }
  pop_fblock();
  emit(Opcode::RERAISE);  // no clause matched: [prev, exc]
  place(cleanup);         // [prev, exc2]
  emit(Opcode::COPY, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  place(end);
}

// ---- imports ---------------------------------------------------------------------------

// `import a.b.c` binds `a` to the top package; `import a.b.c as d` walks
// down with IMPORT_FROM and binds the innermost module.
void Compiler::import_stmt(ast::Import* s) {
  for (ast::Alias* alias : s->names) {
    set_line(alias);
    emit_const(int_from_i64(0));
    emit_none();
    emit(Opcode::IMPORT_NAME, name_arg(alias->name));
    std::string_view name = alias->name;
    size_t dot = name.find('.');
    if (alias->asname.empty()) {
      nameop(name.substr(0, dot), Ctx::Store);
      continue;
    }
    if (dot == std::string_view::npos) {
      nameop(alias->asname, Ctx::Store);
      continue;
    }
    for (;;) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      emit(Opcode::IMPORT_FROM, name_arg(name.substr(pos, dot == std::string_view::npos ? dot : dot - pos)));
      if (dot == std::string_view::npos) break;
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
    }
    nameop(alias->asname, Ctx::Store);
    emit(Opcode::POP_TOP);
  }
}

void Compiler::import_from(ast::ImportFrom* s) {
  emit_const(int_from_i64(s->level));
  Object* fromlist = tuple_new(static_cast<intptr_t>(s->names.size()));
  if (!fromlist) {
    error_from_vm();
    return;
  }
  for (size_t i = 0; i < s->names.size(); i++) {
    Object* n = make_str(s->names[i]->name);
    tuple_set(fromlist, static_cast<intptr_t>(i), n ? n : newref(None));
  }
  emit_const(fromlist);
  emit(Opcode::IMPORT_NAME, name_arg(s->module));
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    if (u().kind != ScopeKind::Module) {
      error(s, "import * only allowed at module level");
      return;
    }
    emit(Opcode::IMPORT_STAR);
    return;
  }
  for (ast::Alias* alias : s->names) {
    set_line(alias);
    emit(Opcode::IMPORT_FROM, name_arg(alias->name));
    nameop(alias->asname.empty() ? alias->name : alias->asname, Ctx::Store);
  }
  emit(Opcode::POP_TOP);
}

}  // namespace frost::codegen
