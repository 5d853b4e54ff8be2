/*
 * Expressions: CPython 3.11's grammar from `star_expressions` down to
 * `atom`, one function per rule, plus call arguments, parameters (shared
 * by def and lambda), comprehension clauses, targets and number literals.
 *
 * Binary operators are parsed by loops building left-nested BinOps; `**`
 * is right-associative through factor(). Each loop level and each
 * recursive rule counts against the parser's depth limit (DepthGuard).
 * The "Perhaps you forgot a comma?" error is found where CPython's
 * invalid_expression rule finds it: an expression inside brackets directly
 * followed by another expression.
 */
#include <cerrno>
#include <cstdlib>

#include "compiler/parser_impl.h"

namespace frost::detail {

using namespace frost::ast;
using TK = TokenKind;

namespace {

bool is_soft_keyword(std::string_view s) { return s == "match" || s == "case" || s == "_"; }

// Decimal digits of the value of `digits` (no prefix, no underscores) in
// base `radix`: schoolbook conversion through base-1e9 limbs.
std::string big_to_decimal(std::string_view digits, int radix) {
  std::vector<uint32_t> limbs{0};  // little-endian, base 1e9
  for (char c : digits) {
    uint32_t d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    uint64_t carry = d;
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * radix + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

}  // namespace

bool Parser::starts_expression(int ahead) {
  switch (peek(ahead).kind) {
    case TK::Name: case TK::Number: case TK::String: case TK::LPar: case TK::LSqb:
    case TK::LBrace: case TK::Minus: case TK::Plus: case TK::Tilde: case TK::Ellipsis:
    case TK::KwNone: case TK::KwTrue: case TK::KwFalse: case TK::KwNot: case TK::KwLambda:
    case TK::KwAwait:
      return true;
    default:
      return false;
  }
}

ExprNode* Parser::make_name(const Token& t, ExprContext ctx) {
  auto* n = make_node<Name>(arena_, t.lineno, t.col, t.end_lineno, t.end_col);
  n->id = t.text;
  n->ctx = ctx;
  return n;
}

// star_expressions: star_expression (',' star_expression)* [',']
ExprNode* Parser::star_expressions() {
  Pos start = here();
  ExprNode* first = star_expression();
  if (!at(TK::Comma)) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TK::Comma)) {
    if (!at(TK::Star) && !starts_expression()) break;
    elts.push_back(star_expression());
  }
  auto* t = fin<Tuple>(start);
  t->elts = seq(elts);
  return t;
}

// star_expression: '*' bitwise_or | expression
ExprNode* Parser::star_expression() {
  if (at(TK::Star)) {
    Pos start = here();
    advance();
    ExprNode* v = bitwise_or();
    auto* s = fin<Starred>(start);
    s->value = v;
    return s;
  }
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
ExprNode* Parser::star_named_expression() {
  if (at(TK::Star)) return star_expression();
  return named_expression();
}

// expressions: expression (',' expression)* [','] (eval input)
ExprNode* Parser::expressions() {
  Pos start = here();
  ExprNode* first = expression();
  if (!at(TK::Comma)) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TK::Comma)) {
    if (!starts_expression()) break;
    elts.push_back(expression());
  }
  auto* t = fin<Tuple>(start);
  t->elts = seq(elts);
  return t;
}

// named_expression: NAME ':=' expression | expression !':='
ExprNode* Parser::named_expression() {
  if (at(TK::Name) && at(TK::ColonEqual, 1)) {
    const Token& name = advance();
    advance();
    ExprNode* target = make_name(name, ExprContext::Store);
    ExprNode* value = expression();
    auto* n = fin<NamedExpr>(target);
    n->target = target;
    n->value = value;
    return n;
  }
  ExprNode* e = expression();
  if (at(TK::ColonEqual)) {
    fail_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
  }
  if (at(TK::Equal) && !at(TK::Equal, 1)) {
    // CPython's invalid_named_expression: `if x = 1:` and friends.
    size_t m = mark();
    advance();
    ExprNode* rhs = nullptr;
    bool ok = speculate([&] { rhs = bitwise_or(); });
    if (ok && !at(TK::Equal) && !at(TK::ColonEqual)) {
      if (e->kind == Kind::Name)
        fail_nodes(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      bool excluded = e->kind == Kind::List || e->kind == Kind::Tuple ||
                      e->kind == Kind::GeneratorExp ||
                      (e->kind == Kind::Constant &&
                       cast<Constant>(e)->value.type <= ConstantValue::Type::False);
      if (!excluded && invalid_target(e, TargetKind::Store) != nullptr &&
          e->kind != Kind::Compare && e->kind != Kind::BoolOp && e->kind != Kind::IfExp &&
          e->kind != Kind::Lambda &&
          !(e->kind == Kind::UnaryOp && cast<UnaryOp>(e)->op == UnaryOpKind::Not))
        fail_node(e, std::string("cannot assign to ") + expr_name(e) +
                         " here. Maybe you meant '==' instead of '='?");
    }
    reset(m);
  }
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprNode* Parser::expression() {
  DepthGuard guard(*this);
  if (at(TK::KwLambda)) return lambdef();
  const Token& first = peek();
  Pos start{first.lineno, first.col};
  ExprNode* body = disjunction();
  if (at(TK::KwIf)) {
    advance();
    ExprNode* test = disjunction();
    if (!accept(TK::KwElse)) {
      if (at(TK::Colon)) fail_generic();
      fail_nodes(body, test, "expected 'else' after 'if' expression");
    }
    ExprNode* orelse = expression();
    auto* e = fin<IfExp>(start);
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return e;
  }
  // invalid_expression: an expression inside brackets followed directly
  // by another one (but not `name "string"`, a likely prefix typo).
  if (prev().level > 0 && starts_expression() &&
      !(first.kind == TK::Name && is_soft_keyword(first.text)) &&
      !(body->kind == Kind::Name && &first == &prev() && at(TK::String)) &&
      !(body->kind == Kind::Name && (cast<Name>(body)->id == "print" ||
                                     cast<Name>(body)->id == "exec"))) {
    check_forgot_comma(body);
  }
  return body;
}

void Parser::check_forgot_comma(ExprNode* first) {
  size_t m = mark();
  ExprNode* second = nullptr;
  if (speculate([&] { second = expression(); }))
    fail_nodes(first, second, "invalid syntax. Perhaps you forgot a comma?");
  reset(m);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprNode* Parser::yield_expr() {
  Pos start = here();
  expect(TK::KwYield);
  if (accept(TK::KwFrom)) {
    ExprNode* v = expression();
    auto* y = fin<YieldFrom>(start);
    y->value = v;
    return y;
  }
  ExprNode* v = nullptr;
  if (at(TK::Star) || starts_expression()) v = star_expressions();
  auto* y = fin<Yield>(start);
  y->value = v;
  return y;
}

ExprNode* Parser::disjunction() {
  Pos start = here();
  ExprNode* first = conjunction();
  if (!at(TK::KwOr)) return first;
  std::vector<ExprNode*> values{first};
  while (accept(TK::KwOr)) values.push_back(conjunction());
  auto* b = fin<BoolOp>(start);
  b->op = BoolOpKind::Or;
  b->values = seq(values);
  return b;
}

ExprNode* Parser::conjunction() {
  Pos start = here();
  ExprNode* first = inversion();
  if (!at(TK::KwAnd)) return first;
  std::vector<ExprNode*> values{first};
  while (accept(TK::KwAnd)) values.push_back(inversion());
  auto* b = fin<BoolOp>(start);
  b->op = BoolOpKind::And;
  b->values = seq(values);
  return b;
}

ExprNode* Parser::inversion() {
  if (!at(TK::KwNot)) return comparison();
  DepthGuard guard(*this);
  Pos start = here();
  advance();
  ExprNode* operand = inversion();
  auto* u = fin<UnaryOp>(start);
  u->op = UnaryOpKind::Not;
  u->operand = operand;
  return u;
}

ExprNode* Parser::comparison() {
  Pos start = here();
  ExprNode* left = bitwise_or();
  std::vector<CmpOp> ops;
  std::vector<ExprNode*> comparators;
  for (;;) {
    CmpOp op;
    switch (peek().kind) {
      case TK::EqEqual: op = CmpOp::Eq; break;
      case TK::NotEqual: op = CmpOp::NotEq; break;
      case TK::Less: op = CmpOp::Lt; break;
      case TK::LessEqual: op = CmpOp::LtE; break;
      case TK::Greater: op = CmpOp::Gt; break;
      case TK::GreaterEqual: op = CmpOp::GtE; break;
      case TK::KwIn: op = CmpOp::In; break;
      case TK::KwIs: op = at(TK::KwNot, 1) ? CmpOp::IsNot : CmpOp::Is; break;
      case TK::KwNot:
        if (!at(TK::KwIn, 1)) goto done;
        op = CmpOp::NotIn;
        break;
      default: goto done;
    }
    advance();
    if (op == CmpOp::IsNot || op == CmpOp::NotIn) advance();
    ops.push_back(op);
    comparators.push_back(bitwise_or());
  }
done:
  if (ops.empty()) return left;
  auto* c = fin<Compare>(start);
  c->left = left;
  c->ops = seq(ops);
  c->comparators = seq(comparators);
  return c;
}

namespace {

// The binary operator a token spells at one precedence level, if any.
bool binary_op(TK k, int level, Operator& op) {
  switch (level) {
    case 0: if (k == TK::VBar) { op = Operator::BitOr; return true; } return false;
    case 1: if (k == TK::Circumflex) { op = Operator::BitXor; return true; } return false;
    case 2: if (k == TK::Amper) { op = Operator::BitAnd; return true; } return false;
    case 3:
      if (k == TK::LeftShift) { op = Operator::LShift; return true; }
      if (k == TK::RightShift) { op = Operator::RShift; return true; }
      return false;
    case 4:
      if (k == TK::Plus) { op = Operator::Add; return true; }
      if (k == TK::Minus) { op = Operator::Sub; return true; }
      return false;
    default:
      switch (k) {
        case TK::Star: op = Operator::Mult; return true;
        case TK::Slash: op = Operator::Div; return true;
        case TK::DoubleSlash: op = Operator::FloorDiv; return true;
        case TK::Percent: op = Operator::Mod; return true;
        case TK::At: op = Operator::MatMult; return true;
        default: return false;
      }
  }
}

}  // namespace

// One left-associative level: operand (op operand)*.
#define FROST_BINARY_LEVEL(NAME, NEXT, LEVEL)        \
  ExprNode* Parser::NAME() {                         \
    Pos start = here();                              \
    ExprNode* left = NEXT();                         \
    Operator op;                                     \
    if (!binary_op(peek().kind, LEVEL, op)) return left; \
    DepthGuard guard(*this);                         \
    while (binary_op(peek().kind, LEVEL, op)) {      \
      advance();                                     \
      ExprNode* right = NEXT();                      \
      auto* b = fin<BinOp>(start);                   \
      b->left = left;                                \
      b->op = op;                                    \
      b->right = right;                              \
      left = b;                                      \
      guard.bump();                                  \
    }                                                \
    return left;                                     \
  }

FROST_BINARY_LEVEL(bitwise_or, bitwise_xor, 0)
FROST_BINARY_LEVEL(bitwise_xor, bitwise_and, 1)
FROST_BINARY_LEVEL(bitwise_and, shift_expr, 2)
FROST_BINARY_LEVEL(shift_expr, sum, 3)
FROST_BINARY_LEVEL(sum, term, 4)
FROST_BINARY_LEVEL(term, factor, 5)

#undef FROST_BINARY_LEVEL

// factor: ('+' | '-' | '~') factor | power
ExprNode* Parser::factor() {
  UnaryOpKind op;
  switch (peek().kind) {
    case TK::Plus: op = UnaryOpKind::UAdd; break;
    case TK::Minus: op = UnaryOpKind::USub; break;
    case TK::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  Pos start = here();
  advance();
  ExprNode* operand = factor();
  auto* u = fin<UnaryOp>(start);
  u->op = op;
  u->operand = operand;
  return u;
}

// power: primary '**' factor | primary
ExprNode* Parser::power() {
  if (at(TK::KwAwait)) fail_token(peek(), "'await' is not supported");
  Pos start = here();
  ExprNode* base = primary();
  if (!at(TK::DoubleStar)) return base;
  DepthGuard guard(*this);
  advance();
  ExprNode* exp = factor();
  auto* b = fin<BinOp>(start);
  b->left = base;
  b->op = Operator::Pow;
  b->right = exp;
  return b;
}

// primary: primary '.' NAME | primary '(' args ')' | primary '[' slices ']' | atom
ExprNode* Parser::primary() {
  Pos start = here();
  ExprNode* e = atom();
  if (!at(TK::Dot) && !at(TK::LPar) && !at(TK::LSqb)) return e;
  DepthGuard guard(*this);
  for (;;) {
    if (accept(TK::Dot)) {
      const Token& name = expect(TK::Name);
      auto* a = fin<Attribute>(start);
      a->value = e;
      a->attr = name.text;
      e = a;
    } else if (at(TK::LPar)) {
      e = call(e, start);
    } else if (at(TK::LSqb)) {
      advance();
      ExprNode* s = slices();
      expect(TK::RSqb);
      auto* sub = fin<Subscript>(start);
      sub->value = e;
      sub->slice = s;
      e = sub;
    } else {
      return e;
    }
    guard.bump();
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprNode* Parser::slices() {
  Pos start = here();
  ExprNode* first = slice();
  if (!at(TK::Comma) && first->kind != Kind::Starred) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TK::Comma)) {
    if (!at(TK::Star) && !at(TK::Colon) && !starts_expression()) break;
    elts.push_back(slice());
  }
  auto* t = fin<Tuple>(start);
  t->elts = seq(elts);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (and a starred_expression inside a tuple of slices)
ExprNode* Parser::slice() {
  Pos start = here();
  if (at(TK::Star)) {
    advance();
    ExprNode* v = expression();
    auto* s = fin<Starred>(start);
    s->value = v;
    return s;
  }
  ExprNode* lower = nullptr;
  if (!at(TK::Colon)) {
    lower = named_expression();
    if (!at(TK::Colon)) return lower;
  }
  advance();
  auto is_end = [&] { return at(TK::RSqb) || at(TK::Comma) || at(TK::Colon); };
  ExprNode* upper = is_end() ? nullptr : expression();
  ExprNode* step = nullptr;
  if (accept(TK::Colon)) step = (at(TK::RSqb) || at(TK::Comma)) ? nullptr : expression();
  auto* s = fin<Slice>(start);
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

// '(' [args] ')' after a primary, including a lone generator expression.
ExprNode* Parser::call(ExprNode* func, Pos start_of_func) {
  const Token& open = expect(TK::LPar);
  std::vector<ExprNode*> args;
  std::vector<Keyword*> keywords;
  bool seen_double_star = false;
  const Keyword* last_double_star = nullptr;
  while (!at(TK::RPar)) {
    Pos start = here();
    if (at(TK::Star)) {
      advance();
      ExprNode* v = expression();
      if (seen_double_star)
        fail_node(last_double_star, "iterable argument unpacking follows keyword argument unpacking");
      auto* s = fin<Starred>(start);
      s->value = v;
      args.push_back(s);
    } else if (at(TK::DoubleStar)) {
      advance();
      ExprNode* v = expression();
      auto* k = fin<Keyword>(start);
      k->value = v;
      keywords.push_back(k);
      seen_double_star = true;
      last_double_star = k;
    } else if (at(TK::Name) && at(TK::Equal, 1)) {
      const Token& name = advance();
      advance();
      ExprNode* v = expression();
      if (at(TK::KwFor)) {
        fail_range(name.lineno, name.col, prev().end_lineno, prev().end_col,
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      auto* k = fin<Keyword>(start);
      k->arg = name.text;
      k->value = v;
      keywords.push_back(k);
    } else if ((at(TK::KwTrue) || at(TK::KwFalse) || at(TK::KwNone)) && at(TK::Equal, 1)) {
      const Token& t = peek();
      const Token& eq = peek(1);
      fail_range(t.lineno, t.col, eq.end_lineno, eq.end_col,
                 "cannot assign to " + std::string(t.text));
    } else {
      ExprNode* e;
      if (at(TK::Name) && at(TK::ColonEqual, 1)) {
        e = named_expression();
      } else {
        e = expression();
        if (at(TK::Equal)) {
          const Token& eq = peek();
          fail_range(e->lineno, e->col_offset, eq.end_lineno, eq.end_col,
                     "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
      }
      if (at(TK::KwFor) || at(TK::KwAsync)) {
        std::vector<Comprehension*> gens = for_if_clauses();
        bool alone = args.empty() && keywords.empty() && at(TK::RPar);
        if (!alone) {
          fail_range(e->lineno, e->col_offset, gens.back()->end_lineno,
                     gens.back()->end_col_offset, "Generator expression must be parenthesized");
        }
        const Token& close = peek();
        auto* g = make_node<GeneratorExp>(arena_, open.lineno, open.col, close.end_lineno,
                                          close.end_col);
        g->elt = e;
        g->generators = seq(gens);
        e = g;
      }
      if (!keywords.empty()) {
        fail_at_last(seen_double_star ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument");
      }
      args.push_back(e);
    }
    if (!accept(TK::Comma)) break;
  }
  expect(TK::RPar);
  auto* c = fin<Call>(start_of_func);
  c->func = func;
  c->args = seq(args);
  c->keywords = seq(keywords);
  return c;
}

ExprNode* Parser::number(const Token& t) {
  std::string text;
  for (char c : t.text)
    if (c != '_') text += c;
  auto* c = make_node<Constant>(arena_, t.lineno, t.col, t.end_lineno, t.end_col);
  ConstantValue& v = c->value;
  char last = text.back();
  bool radix = text.size() > 1 && text[0] == '0' &&
               std::string_view("xXoObB").find(text[1]) != std::string_view::npos;
  if (!radix && (last == 'j' || last == 'J')) {
    text.pop_back();
    v.type = ConstantValue::Type::Complex;
    v.float_value = std::strtod(text.c_str(), nullptr);
    return c;
  }
  if (!radix && text.find_first_of(".eE") != std::string::npos) {
    v.type = ConstantValue::Type::Float;
    v.float_value = std::strtod(text.c_str(), nullptr);
    return c;
  }
  int base = 10;
  std::string_view digits = text;
  if (radix) {
    char r = static_cast<char>(text[1] | 0x20);
    base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
    digits.remove_prefix(2);
  }
  errno = 0;
  char* end = nullptr;
  std::string d(digits);
  unsigned long long u = std::strtoull(d.c_str(), &end, base);
  if (errno == 0 && u <= static_cast<unsigned long long>(INT64_MAX)) {
    v.type = ConstantValue::Type::Int;
    v.int_value = static_cast<int64_t>(u);
  } else {
    v.type = ConstantValue::Type::BigInt;
    size_t nz = digits.find_first_not_of('0');
    v.str = arena_.copy_string(big_to_decimal(digits.substr(nz), base));
  }
  return c;
}

ExprNode* Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case TK::Name:
      advance();
      return make_name(t, ExprContext::Load);
    case TK::KwTrue: case TK::KwFalse: case TK::KwNone: case TK::Ellipsis: {
      advance();
      auto* c = make_node<Constant>(arena_, t.lineno, t.col, t.end_lineno, t.end_col);
      c->value.type = t.kind == TK::KwTrue    ? ConstantValue::Type::True
                      : t.kind == TK::KwFalse ? ConstantValue::Type::False
                      : t.kind == TK::KwNone  ? ConstantValue::Type::None
                                              : ConstantValue::Type::Ellipsis;
      return c;
    }
    case TK::Number:
      advance();
      return number(t);
    case TK::String:
      return strings();
    case TK::LPar:
      return paren_atom();
    case TK::LSqb:
      return list_atom();
    case TK::LBrace:
      return brace_atom();
    case TK::KwAsync: case TK::KwAwait:
      fail_token(t, "'" + std::string(t.text) + "' is not supported");
    default:
      fail_generic();
  }
}

// tuple | group | genexp
ExprNode* Parser::paren_atom() {
  Pos start = here();
  advance();
  if (accept(TK::RPar)) {
    auto* t = fin<Tuple>(start);
    return t;
  }
  if (at(TK::KwYield)) {
    ExprNode* y = yield_expr();
    expect(TK::RPar);
    return y;
  }
  ExprNode* first = star_named_expression();
  if (at(TK::KwFor) || at(TK::KwAsync)) {
    if (first->kind == Kind::Starred)
      fail_node(first, "iterable unpacking cannot be used in comprehension");
    std::vector<Comprehension*> gens = for_if_clauses();
    expect(TK::RPar);
    auto* g = fin<GeneratorExp>(start);
    g->elt = first;
    g->generators = seq(gens);
    return g;
  }
  if (at(TK::Comma)) {
    std::vector<ExprNode*> elts{first};
    while (accept(TK::Comma)) {
      if (at(TK::RPar)) break;
      elts.push_back(star_named_expression());
    }
    expect(TK::RPar);
    auto* t = fin<Tuple>(start);
    t->elts = seq(elts);
    return t;
  }
  if (first->kind == Kind::Starred && at(TK::RPar))
    fail_node(first, "cannot use starred expression here");
  expect(TK::RPar);
  return first;
}

// list | listcomp
ExprNode* Parser::list_atom() {
  Pos start = here();
  advance();
  std::vector<ExprNode*> elts;
  if (!at(TK::RSqb)) {
    ExprNode* first = star_named_expression();
    if (at(TK::KwFor) || at(TK::KwAsync)) {
      if (first->kind == Kind::Starred)
        fail_node(first, "iterable unpacking cannot be used in comprehension");
      std::vector<Comprehension*> gens = for_if_clauses();
      expect(TK::RSqb);
      auto* c = fin<ListComp>(start);
      c->elt = first;
      c->generators = seq(gens);
      return c;
    }
    elts.push_back(first);
    while (accept(TK::Comma)) {
      if (at(TK::RSqb)) break;
      elts.push_back(star_named_expression());
    }
  }
  expect(TK::RSqb);
  auto* l = fin<List>(start);
  l->elts = seq(elts);
  return l;
}

// dict | set | dictcomp | setcomp
ExprNode* Parser::brace_atom() {
  Pos start = here();
  advance();
  if (accept(TK::RBrace)) return fin<Dict>(start);
  std::vector<ExprNode*> keys, values;
  auto kvpair = [&] {
    if (accept(TK::DoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(bitwise_or());
      return;
    }
    ExprNode* key = expression();
    if (!accept(TK::Colon))
      fail_range(key->lineno, key->end_col_offset - 1, key->end_lineno, -1,
                 "':' expected after dictionary key");
    keys.push_back(key);
    values.push_back(expression());
  };
  if (at(TK::DoubleStar)) {
    kvpair();
  } else {
    ExprNode* first = star_named_expression();
    if (at(TK::Colon) && first->kind != Kind::Starred) {
      advance();
      ExprNode* value = expression();
      if (at(TK::KwFor) || at(TK::KwAsync)) {
        std::vector<Comprehension*> gens = for_if_clauses();
        expect(TK::RBrace);
        auto* c = fin<DictComp>(start);
        c->key = first;
        c->value = value;
        c->generators = seq(gens);
        return c;
      }
      keys.push_back(first);
      values.push_back(value);
    } else {
      // A set display or comprehension.
      if (at(TK::KwFor) || at(TK::KwAsync)) {
        if (first->kind == Kind::Starred)
          fail_node(first, "iterable unpacking cannot be used in comprehension");
        std::vector<Comprehension*> gens = for_if_clauses();
        expect(TK::RBrace);
        auto* c = fin<SetComp>(start);
        c->elt = first;
        c->generators = seq(gens);
        return c;
      }
      std::vector<ExprNode*> elts{first};
      while (accept(TK::Comma)) {
        if (at(TK::RBrace)) break;
        elts.push_back(star_named_expression());
      }
      expect(TK::RBrace);
      auto* s = fin<Set>(start);
      s->elts = seq(elts);
      return s;
    }
  }
  if (at(TK::KwFor) && keys.size() == 1 && keys[0] == nullptr)
    fail_node(values[0], "dict unpacking cannot be used in dict comprehension");
  while (accept(TK::Comma)) {
    if (at(TK::RBrace)) break;
    kvpair();
  }
  expect(TK::RBrace);
  auto* d = fin<Dict>(start);
  d->keys = seq(keys);
  d->values = seq(values);
  return d;
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprNode* Parser::lambdef() {
  Pos start = here();
  advance();
  Arguments* args = parameters(true);
  expect(TK::Colon);
  ExprNode* body = expression();
  auto* l = fin<Lambda>(start);
  l->args = args;
  l->body = body;
  return l;
}

Arg* Parser::param(bool is_lambda, bool allow_star_annotation) {
  const Token& name = expect(TK::Name);
  ExprNode* annotation = nullptr;
  if (!is_lambda && accept(TK::Colon)) {
    annotation = allow_star_annotation && at(TK::Star) ? star_expression() : expression();
  }
  auto* a = fin<Arg>(Pos{name.lineno, name.col});
  a->arg = name.text;
  a->annotation = annotation;
  return a;
}

// The parameter list of a def (up to ')') or a lambda (up to ':'):
// [posonly '/'] [args] ['*' [vararg] kwonly] ['**' kwarg], with defaults.
Arguments* Parser::parameters(bool is_lambda) {
  TK end = is_lambda ? TK::Colon : TK::RPar;
  Pos start = here();
  std::vector<Arg*> posonly, args, kwonly;
  std::vector<ExprNode*> defaults, kw_defaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool seen_slash = false, seen_star = false, seen_default = false;
  const Token* bare_star = nullptr;
  while (!at(end)) {
    if (kwarg != nullptr) {
      const Token& t = peek();
      if (t.kind == TK::Name && kwarg != nullptr) {
        fail_token(t, "arguments cannot follow var-keyword argument");
      }
      fail_generic();
    }
    if (at(TK::Slash)) {
      const Token& slash = peek();
      if (seen_slash) fail_token(slash, "/ may appear only once");
      if (seen_star) fail_token(slash, "/ must be ahead of *");
      if (args.empty()) fail_token(slash, "at least one argument must precede /");
      advance();
      seen_slash = true;
      posonly.swap(args);
    } else if (at(TK::Star)) {
      const Token& star = peek();
      if (seen_star) fail_token(star, "* argument may appear only once");
      advance();
      seen_star = true;
      if (at(TK::Comma) || at(end)) {
        bare_star = &star;
      } else {
        vararg = param(is_lambda, true);
        if (at(TK::Equal)) fail_token(peek(), "var-positional argument cannot have default value");
      }
    } else if (at(TK::DoubleStar)) {
      advance();
      kwarg = param(is_lambda, false);
      if (at(TK::Equal)) fail_token(peek(), "var-keyword argument cannot have default value");
    } else {
      Arg* p = param(is_lambda, false);
      ExprNode* def = accept(TK::Equal) ? expression() : nullptr;
      if (seen_star) {
        kwonly.push_back(p);
        kw_defaults.push_back(def);
      } else {
        args.push_back(p);
        if (def != nullptr) {
          defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          fail_node(p, "non-default argument follows default argument");
        }
      }
    }
    if (!accept(TK::Comma)) break;
  }
  if (bare_star != nullptr && kwonly.empty()) fail_token(*bare_star, "named arguments must follow bare *");
  auto* a = fin<Arguments>(start);
  a->posonlyargs = seq(posonly);
  a->args = seq(args);
  a->vararg = vararg;
  a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults);
  a->kwarg = kwarg;
  a->defaults = seq(defaults);
  return a;
}

// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
std::vector<Comprehension*> Parser::for_if_clauses() {
  std::vector<Comprehension*> gens;
  while (at(TK::KwFor) || at(TK::KwAsync)) {
    if (at(TK::KwAsync)) fail_token(peek(), "'async' is not supported");
    Pos start = here();
    advance();
    ExprNode* target = star_targets();
    set_context(target, TargetKind::For);
    expect(TK::KwIn);
    ExprNode* iter = disjunction();
    std::vector<ExprNode*> ifs;
    while (accept(TK::KwIf)) ifs.push_back(disjunction());
    auto* c = fin<Comprehension>(start);
    c->target = target;
    c->iter = iter;
    c->ifs = seq(ifs);
    gens.push_back(c);
  }
  return gens;
}

// A target element: '*' target | target, parsed at the bitwise_or level so
// that `in` and `=` end it; set_context() validates it afterwards.
ExprNode* Parser::target_atom() {
  if (at(TK::Star)) {
    Pos start = here();
    advance();
    ExprNode* v = bitwise_or();
    auto* s = fin<Starred>(start);
    s->value = v;
    return s;
  }
  return bitwise_or();
}

// star_targets: star_target (',' star_target)* [',']
ExprNode* Parser::star_targets() {
  Pos start = here();
  ExprNode* first = target_atom();
  if (!at(TK::Comma)) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TK::Comma)) {
    if (!at(TK::Star) && !starts_expression()) break;
    elts.push_back(target_atom());
  }
  auto* t = fin<Tuple>(start);
  t->elts = seq(elts);
  return t;
}

// annotated_rhs: yield_expr | star_expressions
ExprNode* Parser::annotated_rhs() {
  return at(TK::KwYield) ? yield_expr() : star_expressions();
}

}  // namespace frost::detail
