/*
 * Statements: CPython 3.11's `statements`, `simple_stmts` and
 * `compound_stmt` rules.
 *
 * An expression statement, an assignment, an augmented assignment and an
 * annotated assignment all start with an expression, so one function
 * parses the expression and decides by the token after it; targets are
 * then validated and switched to Store context (set_context). Blocks are
 * either an indented suite (NEWLINE INDENT statements DEDENT) or simple
 * statements on the header line; a missing indented block is CPython's
 * IndentationError "expected an indented block after ...".
 */
#include "compiler/parser_impl.h"

namespace frost::detail {

using namespace frost::ast;
using TK = TokenKind;

std::vector<Stmt*> Parser::statements_until(TokenKind end) {
  std::vector<Stmt*> out;
  while (!at(end)) statement(out);
  return out;
}

void Parser::statement(std::vector<Stmt*>& out) {
  switch (peek().kind) {
    case TK::KwIf: case TK::KwWhile: case TK::KwFor: case TK::KwTry: case TK::KwWith:
    case TK::KwDef: case TK::KwClass: case TK::At: case TK::KwAsync:
      out.push_back(compound_stmt());
      return;
    default:
      simple_stmts(out);
  }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (!accept(TK::Semi) || at(TK::Newline)) break;
  }
  expect(TK::Newline);
}

Stmt* Parser::simple_stmt() {
  const Token& t = peek();
  switch (t.kind) {
    case TK::KwPass: advance(); return fin<Pass>(Pos{t.lineno, t.col});
    case TK::KwBreak: advance(); return fin<Break>(Pos{t.lineno, t.col});
    case TK::KwContinue: advance(); return fin<Continue>(Pos{t.lineno, t.col});
    case TK::KwReturn: return return_stmt();
    case TK::KwRaise: return raise_stmt();
    case TK::KwGlobal: return global_or_nonlocal(true);
    case TK::KwNonlocal: return global_or_nonlocal(false);
    case TK::KwDel: return del_stmt();
    case TK::KwAssert: return assert_stmt();
    case TK::KwImport: return import_name();
    case TK::KwFrom: return import_from();
    default: return expression_or_assignment();
  }
}

namespace {

bool augassign_op(TK k, Operator& op) {
  switch (k) {
    case TK::PlusEqual: op = Operator::Add; return true;
    case TK::MinEqual: op = Operator::Sub; return true;
    case TK::StarEqual: op = Operator::Mult; return true;
    case TK::AtEqual: op = Operator::MatMult; return true;
    case TK::SlashEqual: op = Operator::Div; return true;
    case TK::PercentEqual: op = Operator::Mod; return true;
    case TK::AmperEqual: op = Operator::BitAnd; return true;
    case TK::VBarEqual: op = Operator::BitOr; return true;
    case TK::CircumflexEqual: op = Operator::BitXor; return true;
    case TK::LeftShiftEqual: op = Operator::LShift; return true;
    case TK::RightShiftEqual: op = Operator::RShift; return true;
    case TK::DoubleStarEqual: op = Operator::Pow; return true;
    case TK::DoubleSlashEqual: op = Operator::FloorDiv; return true;
    default: return false;
  }
}

// Whether `e` is something CPython's `bitwise_or` rule could have produced
// (for the "Maybe you meant '=='" hint, which applies only to those).
bool is_bitwise_or_level(const ExprNode* e) {
  switch (e->kind) {
    case Kind::Compare: case Kind::BoolOp: case Kind::IfExp: case Kind::Lambda:
    case Kind::Starred: case Kind::NamedExpr: case Kind::Yield: case Kind::YieldFrom:
      return false;
    case Kind::UnaryOp:
      return cast<UnaryOp>(e)->op != UnaryOpKind::Not;
    case Kind::Tuple:
      return false;
    default:
      return true;
  }
}

}  // namespace

Stmt* Parser::expression_or_assignment() {
  Pos start = here();
  bool parenthesized = at(TK::LPar);
  ExprNode* e = at(TK::KwYield) ? yield_expr() : star_expressions();

  if (at(TK::Colon)) {
    if (e->kind == Kind::Tuple) fail_node(e, "only single target (not tuple) can be annotated");
    if (e->kind == Kind::List) fail_node(e, "only single target (not list) can be annotated");
    if (e->kind != Kind::Name && e->kind != Kind::Attribute && e->kind != Kind::Subscript)
      fail_node(e, "illegal target for annotation");
    advance();
    ExprNode* annotation = expression();
    ExprNode* value = accept(TK::Equal) ? annotated_rhs() : nullptr;
    set_context(e, TargetKind::Store);
    auto* a = fin<AnnAssign>(start);
    a->target = e;
    a->annotation = annotation;
    a->value = value;
    a->simple = e->kind == Kind::Name && !parenthesized;
    return a;
  }

  if (at(TK::Equal)) {
    std::vector<ExprNode*> targets{e};
    ExprNode* value = nullptr;
    for (;;) {
      advance();
      value = annotated_rhs();
      if (!at(TK::Equal)) break;
      targets.push_back(value);
    }
    for (ExprNode* t : targets) {
      const ExprNode* bad = invalid_target(t, TargetKind::Store);
      if (bad == nullptr) continue;
      if (bad->kind == Kind::Yield || bad->kind == Kind::YieldFrom)
        fail_node(bad, "assignment to yield expression not possible");
      bool excluded = t->kind == Kind::List || t->kind == Kind::Tuple ||
                      t->kind == Kind::GeneratorExp ||
                      (t->kind == Kind::Constant &&
                       cast<Constant>(t)->value.type <= ConstantValue::Type::False);
      if (targets.size() == 1 && !excluded && is_bitwise_or_level(t) && is_bitwise_or_level(value))
        fail_node(t, std::string("cannot assign to ") + expr_name(t) +
                         " here. Maybe you meant '==' instead of '='?");
      fail_node(bad, std::string("cannot assign to ") + expr_name(bad));
    }
    for (ExprNode* t : targets) set_context(t, TargetKind::Store);
    auto* a = fin<Assign>(start);
    a->targets = seq(targets);
    a->value = value;
    return a;
  }

  Operator op;
  if (augassign_op(peek().kind, op)) {
    if (e->kind != Kind::Name && e->kind != Kind::Attribute && e->kind != Kind::Subscript)
      fail_node(e, std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment");
    advance();
    ExprNode* value = annotated_rhs();
    set_context(e, TargetKind::Store);
    auto* a = fin<AugAssign>(start);
    a->target = e;
    a->op = op;
    a->value = value;
    return a;
  }

  if (e->kind == Kind::Name && (cast<Name>(e)->id == "print" || cast<Name>(e)->id == "exec") &&
      starts_expression()) {
    // Python 2's print statement: CPython's invalid_legacy_expression.
    std::string_view id = cast<Name>(e)->id;
    size_t m = mark();
    ExprNode* rest = nullptr;
    if (speculate([&] { rest = star_expressions(); }))
      fail_nodes(e, rest, "Missing parentheses in call to '" + std::string(id) +
                              "'. Did you mean " + std::string(id) + "(...)?");
    reset(m);
  }
  auto* s = fin<Expr>(start);
  s->value = e;
  return s;
}

// CPython says "expected ':'" after the header of try, finally, else and
// def whatever follows, and after the others only at the end of the line.
void Parser::expect_colon(bool forced) {
  if (accept(TK::Colon)) return;
  if (forced || at(TK::Newline)) fail_at_last("expected ':'");
  fail_generic();
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
Seq<Stmt*> Parser::block(const char* what, int header_line) {
  DepthGuard guard(*this);
  std::vector<Stmt*> body;
  if (accept(TK::Newline)) {
    if (!at(TK::Indent)) {
      const Token& t = peek();
      error_at_eof_ = is_end_of_input(t);
      fail_token(t, std::string("expected an indented block after ") + what + " on line " +
                        std::to_string(header_line),
                 "IndentationError");
    }
    advance();
    body = statements_until(TK::Dedent);
    advance();
  } else {
    simple_stmts(body);
  }
  return seq(body);
}

Stmt* Parser::compound_stmt() {
  switch (peek().kind) {
    case TK::KwIf: return if_stmt(false);
    case TK::KwWhile: return while_stmt();
    case TK::KwFor: return for_stmt();
    case TK::KwTry: return try_stmt();
    case TK::KwWith: return with_stmt();
    case TK::KwDef: return function_def({}, here());
    case TK::KwClass: return class_def({}, here());
    case TK::At: return decorated();
    default: fail_token(peek(), "'async' is not supported");
  }
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]);
// an elif becomes a nested If in orelse, as in CPython.
Stmt* Parser::if_stmt(bool is_elif) {
  DepthGuard guard(*this);
  Pos start = here();
  advance();
  ExprNode* test = named_expression();
  expect_colon();
  Seq<Stmt*> body = block(is_elif ? "'elif' statement" : "'if' statement", start.line);
  Seq<Stmt*> orelse;
  if (at(TK::KwElif)) {
    std::vector<Stmt*> v{if_stmt(true)};
    orelse = seq(v);
  } else if (at(TK::KwElse)) {
    int line = peek().lineno;
    advance();
    expect_colon(true);
    orelse = block("'else' statement", line);
  }
  auto* s = fin<If>(start);
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

Stmt* Parser::while_stmt() {
  Pos start = here();
  advance();
  ExprNode* test = named_expression();
  expect_colon();
  Seq<Stmt*> body = block("'while' statement", start.line);
  Seq<Stmt*> orelse;
  if (at(TK::KwElse)) {
    int line = peek().lineno;
    advance();
    expect_colon(true);
    orelse = block("'else' statement", line);
  }
  auto* s = fin<While>(start);
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
Stmt* Parser::for_stmt() {
  Pos start = here();
  advance();
  ExprNode* target = star_targets();
  set_context(target, TargetKind::For);
  expect(TK::KwIn);
  ExprNode* iter = star_expressions();
  expect_colon();
  Seq<Stmt*> body = block("'for' statement", start.line);
  Seq<Stmt*> orelse;
  if (at(TK::KwElse)) {
    int line = peek().lineno;
    advance();
    expect_colon(true);
    orelse = block("'else' statement", line);
  }
  auto* s = fin<For>(start);
  s->target = target;
  s->iter = iter;
  s->body = body;
  s->orelse = orelse;
  return s;
}

// try_stmt: 'try' ':' block (except_block+ [else] [finally] | finally)
Stmt* Parser::try_stmt() {
  Pos start = here();
  advance();
  expect_colon(true);
  Seq<Stmt*> body = block("'try' statement", start.line);
  std::vector<ExceptHandler*> handlers;
  while (at(TK::KwExcept)) {
    Pos hstart = here();
    advance();
    if (at(TK::Star)) fail_token(peek(), "'except*' is not supported");
    ExprNode* type = nullptr;
    std::string_view name;
    if (!at(TK::Colon)) {
      type = expression();
      if (at(TK::Comma)) {
        size_t m = mark();
        ExprNode* last = type;
        while (accept(TK::Comma)) {
          if (!starts_expression()) break;
          last = expression();
        }
        if (at(TK::Colon) || at(TK::KwAs))
          fail_nodes(type, last, "multiple exception types must be parenthesized");
        reset(m);
      }
      if (accept(TK::KwAs)) name = expect(TK::Name).text;
    }
    expect_colon();
    Seq<Stmt*> hbody = block("'except' statement", hstart.line);
    auto* h = fin<ExceptHandler>(hstart);
    h->type = type;
    h->name = name;
    h->body = hbody;
    handlers.push_back(h);
  }
  Seq<Stmt*> orelse, finalbody;
  if (!handlers.empty() && at(TK::KwElse)) {
    int line = peek().lineno;
    advance();
    expect_colon(true);
    orelse = block("'else' statement", line);
  }
  if (at(TK::KwFinally)) {
    int line = peek().lineno;
    advance();
    expect_colon(true);
    finalbody = block("'finally' statement", line);
  }
  if (handlers.empty() && finalbody.empty()) fail_at_last("expected 'except' or 'finally' block");
  auto* s = fin<Try>(start);
  s->body = body;
  s->handlers = seq(handlers);
  s->orelse = orelse;
  s->finalbody = finalbody;
  return s;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
WithItem* Parser::with_item(bool in_parens) {
  ExprNode* ctx = expression();
  ExprNode* vars = nullptr;
  if (accept(TK::KwAs)) {
    vars = target_atom();
    if (!at(TK::Comma) && !at(TK::Colon) && !(in_parens && at(TK::RPar))) fail_generic();
    set_context(vars, TargetKind::Store);
  }
  auto* w = fin<WithItem>(ctx);
  w->context_expr = ctx;
  w->optional_vars = vars;
  return w;
}

// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block
//          | 'with' ','.with_item+ ':' block
Stmt* Parser::with_stmt() {
  Pos start = here();
  advance();
  std::vector<WithItem*> items;
  bool parenthesized = at(TK::LPar) && speculate([&] {
    advance();
    do {
      if (at(TK::RPar) && !items.empty()) break;
      items.push_back(with_item(true));
    } while (accept(TK::Comma));
    expect(TK::RPar);
    if (!at(TK::Colon)) fail_generic();
  });
  if (!parenthesized) {
    items.clear();
    do {
      items.push_back(with_item(false));
    } while (accept(TK::Comma));
  }
  expect_colon();
  Seq<Stmt*> body = block("'with' statement", start.line);
  auto* s = fin<With>(start);
  s->items = seq(items);
  s->body = body;
  return s;
}

Stmt* Parser::decorated() {
  std::vector<ExprNode*> decorators;
  while (accept(TK::At)) {
    decorators.push_back(named_expression());
    expect(TK::Newline);
  }
  if (at(TK::KwDef)) return function_def(decorators, here());
  if (at(TK::KwClass)) return class_def(decorators, here());
  if (at(TK::KwAsync)) fail_token(peek(), "'async' is not supported");
  fail_generic();
}

// function_def: decorators 'def' NAME '(' [params] ')' ['->' expression] ':' block
Stmt* Parser::function_def(std::vector<ExprNode*> decorators, Pos start) {
  advance();
  const Token& name = expect(TK::Name);
  if (!accept(TK::LPar)) fail_at_last("expected '('");
  Arguments* args = parameters(false);
  expect(TK::RPar);
  ExprNode* returns = accept(TK::RArrow) ? expression() : nullptr;
  expect_colon(true);
  Seq<Stmt*> body = block("function definition", start.line);
  auto* f = fin<FunctionDef>(start);
  f->name = name.text;
  f->args = args;
  f->body = body;
  f->decorator_list = seq(decorators);
  f->returns = returns;
  return f;
}

// class_def: decorators 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def(std::vector<ExprNode*> decorators, Pos start) {
  advance();
  const Token& name = expect(TK::Name);
  Seq<ExprNode*> bases;
  Seq<Keyword*> keywords;
  if (at(TK::LPar)) {
    // The argument list is a call's: reuse call() on a placeholder.
    auto* c = cast<Call>(call(make_name(name, ExprContext::Load), start));
    bases = c->args;
    keywords = c->keywords;
  }
  expect_colon();
  Seq<Stmt*> body = block("class definition", start.line);
  auto* c = fin<ClassDef>(start);
  c->name = name.text;
  c->bases = bases;
  c->keywords = keywords;
  c->body = body;
  c->decorator_list = seq(decorators);
  return c;
}

std::string_view Parser::dotted_name() {
  const Token& first = expect(TK::Name);
  if (!at(TK::Dot)) return first.text;
  std::string name(first.text);
  while (accept(TK::Dot)) {
    name += '.';
    name += expect(TK::Name).text;
  }
  return arena_.copy_string(name);
}

Alias* Parser::dotted_as_name() {
  Pos start = here();
  std::string_view name = dotted_name();
  std::string_view asname;
  if (accept(TK::KwAs)) asname = expect(TK::Name).text;
  auto* a = fin<Alias>(start);
  a->name = name;
  a->asname = asname;
  return a;
}

Stmt* Parser::import_name() {
  Pos start = here();
  advance();
  std::vector<Alias*> names;
  do {
    names.push_back(dotted_as_name());
  } while (accept(TK::Comma));
  auto* s = fin<Import>(start);
  s->names = seq(names);
  return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' targets
//            | 'from' ('.' | '...')+ 'import' targets
Stmt* Parser::import_from() {
  Pos start = here();
  advance();
  int level = 0;
  for (;;) {
    if (accept(TK::Dot)) level += 1;
    else if (accept(TK::Ellipsis)) level += 3;
    else break;
  }
  std::string_view module;
  if (level == 0 || !at(TK::KwImport)) module = dotted_name();
  expect(TK::KwImport);
  std::vector<Alias*> names;
  if (at(TK::Star)) {
    const Token& star = advance();
    auto* a = fin<Alias>(Pos{star.lineno, star.col});
    a->name = star.text;
    names.push_back(a);
  } else {
    bool parens = accept(TK::LPar);
    for (;;) {
      Pos astart = here();
      const Token& name = expect(TK::Name);
      std::string_view asname;
      if (accept(TK::KwAs)) asname = expect(TK::Name).text;
      auto* a = fin<Alias>(astart);
      a->name = name.text;
      a->asname = asname;
      names.push_back(a);
      if (!accept(TK::Comma)) break;
      if (parens && at(TK::RPar)) break;
      if (!parens && !at(TK::Name))
        fail_at_last("trailing comma not allowed without surrounding parentheses");
    }
    if (parens) expect(TK::RPar);
  }
  auto* s = fin<ImportFrom>(start);
  s->module = module;
  s->names = seq(names);
  s->level = level;
  return s;
}

Stmt* Parser::return_stmt() {
  Pos start = here();
  advance();
  ExprNode* value = (at(TK::Star) || starts_expression()) ? star_expressions() : nullptr;
  auto* s = fin<Return>(start);
  s->value = value;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt() {
  Pos start = here();
  advance();
  ExprNode* exc = nullptr;
  ExprNode* cause = nullptr;
  if (starts_expression()) {
    exc = expression();
    if (accept(TK::KwFrom)) cause = expression();
  }
  auto* s = fin<Raise>(start);
  s->exc = exc;
  s->cause = cause;
  return s;
}

Stmt* Parser::global_or_nonlocal(bool global) {
  Pos start = here();
  advance();
  std::vector<std::string_view> names;
  do {
    names.push_back(expect(TK::Name).text);
  } while (accept(TK::Comma));
  if (global) {
    auto* s = fin<Global>(start);
    s->names = seq(names);
    return s;
  }
  auto* s = fin<Nonlocal>(start);
  s->names = seq(names);
  return s;
}

// del_stmt: 'del' del_targets; any other expression is "cannot delete ...".
Stmt* Parser::del_stmt() {
  Pos start = here();
  advance();
  std::vector<ExprNode*> targets;
  do {
    if (!at(TK::Star) && !starts_expression()) break;
    targets.push_back(star_expression());
  } while (accept(TK::Comma));
  if (targets.empty()) fail_generic();
  for (ExprNode* t : targets) set_context(t, TargetKind::Del);
  auto* s = fin<Delete>(start);
  s->targets = seq(targets);
  return s;
}

Stmt* Parser::assert_stmt() {
  Pos start = here();
  advance();
  ExprNode* test = expression();
  ExprNode* msg = accept(TK::Comma) ? expression() : nullptr;
  auto* s = fin<Assert>(start);
  s->test = test;
  s->msg = msg;
  return s;
}

}  // namespace frost::detail
