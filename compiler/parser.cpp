/*
 * The parser's token buffer, error reporting, assignment-target checks and
 * entry points (see parser_impl.h for the overall algorithm).
 *
 * Error locations follow CPython's three conventions: errors at a known
 * node or token (RAISE_SYNTAX_ERROR_KNOWN_LOCATION: offset = column + 1),
 * errors at the furthest token fetched (RAISE_SYNTAX_ERROR), and the
 * generic "invalid syntax", which also turns an unexpected INDENT into
 * IndentationError "unexpected indent".
 */
#include "compiler/parser_impl.h"

#include <new>

namespace frost {

namespace detail {

Parser::Parser(std::string_view source, ast::Arena& arena, SyntaxErrorInfo& err)
    : arena_(arena), src_(source), err_(err), lexer_(source, arena) {}

Parser::Parser(Parser& parent, size_t begin, size_t end, int lineno, size_t line_start)
    : arena_(parent.arena_), src_(parent.src_), err_(parent.err_), depth_(parent.depth_),
      lexer_(parent.src_, parent.arena_, begin, end, lineno, line_start), fstring_mode_(true) {}

const Token& Parser::peek(int k) {
  while (toks_.size() <= pos_ + k) {
    if (!toks_.empty() && toks_.back().kind == TokenKind::EndMarker) return toks_.back();
    Token t;
    if (!lexer_.next(t, err_)) {
      fatal_ = true;
      error_at_eof_ = err_.incomplete;
      if (fstring_mode_) err_.msg = "f-string: " + err_.msg;
      throw ParseAbort{};
    }
    t.level = lexer_.bracket_depth() + (fstring_mode_ ? 1 : 0);
    toks_.push_back(t);
  }
  return toks_[pos_ + k];
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (t.kind != TokenKind::EndMarker) pos_++;
  return t;
}

bool Parser::accept(TokenKind k) {
  if (!at(k)) return false;
  advance();
  return true;
}

const Token& Parser::expect(TokenKind k) {
  if (!at(k)) fail_generic();
  return advance();
}

const Token& Parser::last_significant() const {
  size_t i = pos_;
  while (i > 0) {
    const Token& t = toks_[i - 1];
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent &&
        t.kind != TokenKind::Dedent && t.kind != TokenKind::EndMarker)
      return t;
    i--;
  }
  return toks_.front();
}

void Parser::fail_range(int line, int col, int end_line, int end_col, const std::string& msg,
                        const char* type) {
  err_ = SyntaxErrorInfo{};
  err_.type = type;
  err_.msg = fstring_mode_ ? "f-string: " + msg : msg;
  err_.lineno = line;
  err_.offset = col + 1;
  err_.end_lineno = end_line;
  err_.end_offset = end_col + 1;
  throw ParseAbort{};
}

void Parser::fail_token(const Token& t, const std::string& msg, const char* type) {
  fail_range(t.lineno, t.col, t.end_lineno, t.end_col, msg, type);
}

bool Parser::is_end_of_input(const Token& t) const {
  return t.kind == TokenKind::EndMarker || (t.kind == TokenKind::Dedent && t.start >= src_.size());
}

void Parser::fail_at_last(const std::string& msg, const char* type) {
  const Token& t = toks_.back();
  error_at_eof_ = is_end_of_input(t);
  fail_range(t.lineno, t.col, t.end_lineno, t.end_col, msg, type);
}

void Parser::fail_generic() {
  const Token& t = toks_.back();
  if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
    error_at_eof_ = is_end_of_input(t);
    err_ = SyntaxErrorInfo{};
    err_.type = "IndentationError";
    err_.msg = t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent";
    err_.lineno = err_.end_lineno = t.lineno;
    err_.offset = t.col;
    err_.end_offset = -1;
    throw ParseAbort{};
  }
  error_at_eof_ = is_end_of_input(t);
  err_ = SyntaxErrorInfo{};
  err_.msg = fstring_mode_ ? "f-string: invalid syntax" : "invalid syntax";
  err_.lineno = t.lineno;
  err_.offset = t.col + 1;
  err_.end_lineno = t.end_lineno;
  err_.end_offset = t.end_col + 1;
  throw ParseAbort{};
}

void Parser::fail_too_deep() {
  fatal_ = true;
  const Token& t = toks_.empty() ? peek() : toks_.back();
  err_ = SyntaxErrorInfo{};
  err_.msg = "too many nested expressions";
  err_.lineno = err_.end_lineno = t.lineno;
  err_.offset = err_.end_offset = t.col + 1;
  throw ParseAbort{};
}

void Parser::prefer_later_lexical_error() {
  SyntaxErrorInfo saved = err_;
  bool saved_eof = error_at_eof_;
  int current_line = toks_.back().lineno;
  try {
    while (toks_.back().kind != TokenKind::EndMarker) {
      pos_ = toks_.size();
      peek();
    }
  } catch (ParseAbort&) {
    // A bracket left open at the end replaces the error only if the error
    // is on a later line than the bracket.
    bool unclosed = err_.incomplete && err_.msg.ends_with("was never closed");
    if (!unclosed || current_line > err_.lineno) return;
  }
  err_ = saved;
  error_at_eof_ = saved_eof;
}

const char* Parser::expr_name(const ast::ExprNode* e) {
  using ast::Kind;
  switch (e->kind) {
    case Kind::Attribute: return "attribute";
    case Kind::Subscript: return "subscript";
    case Kind::Starred: return "starred";
    case Kind::Name: return "name";
    case Kind::List: return "list";
    case Kind::Tuple: return "tuple";
    case Kind::Lambda: return "lambda";
    case Kind::Call: return "function call";
    case Kind::BoolOp: case Kind::BinOp: case Kind::UnaryOp: return "expression";
    case Kind::GeneratorExp: return "generator expression";
    case Kind::Yield: case Kind::YieldFrom: return "yield expression";
    case Kind::ListComp: return "list comprehension";
    case Kind::SetComp: return "set comprehension";
    case Kind::DictComp: return "dict comprehension";
    case Kind::Dict: return "dict literal";
    case Kind::Set: return "set display";
    case Kind::JoinedStr: case Kind::FormattedValue: return "f-string expression";
    case Kind::Constant: {
      using T = ast::ConstantValue::Type;
      switch (ast::cast<ast::Constant>(e)->value.type) {
        case T::None: return "None";
        case T::True: return "True";
        case T::False: return "False";
        case T::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case Kind::Compare: return "comparison";
    case Kind::IfExp: return "conditional expression";
    case Kind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

const ast::ExprNode* Parser::invalid_target(const ast::ExprNode* e, TargetKind kind) {
  using ast::Kind;
  switch (e->kind) {
    case Kind::Name: case Kind::Attribute: case Kind::Subscript:
      return nullptr;
    case Kind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(ast::cast<ast::Starred>(e)->value, kind);
    case Kind::Tuple: case Kind::List: {
      const auto& elts = e->kind == Kind::Tuple ? ast::cast<ast::Tuple>(e)->elts
                                                : ast::cast<ast::List>(e)->elts;
      for (ast::ExprNode* x : elts)
        if (const ast::ExprNode* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    }
    case Kind::Compare: {
      // `for a in b` reaches here as the comparison `a in b` in some error
      // paths; look at the left side as CPython does.
      auto* c = ast::cast<ast::Compare>(e);
      if (kind == TargetKind::For)
        return c->ops[0] == ast::CmpOp::In ? invalid_target(c->left, kind) : nullptr;
      return e;
    }
    default:
      return e;
  }
}

void Parser::set_context(ast::ExprNode* e, TargetKind kind) {
  if (const ast::ExprNode* bad = invalid_target(e, kind)) {
    fail_node(bad, std::string(kind == TargetKind::Del ? "cannot delete " : "cannot assign to ") +
                       expr_name(bad));
  }
  ast::ExprContext ctx = kind == TargetKind::Del ? ast::ExprContext::Del : ast::ExprContext::Store;
  using ast::Kind;
  switch (e->kind) {
    case Kind::Name: ast::cast<ast::Name>(e)->ctx = ctx; break;
    case Kind::Attribute: ast::cast<ast::Attribute>(e)->ctx = ctx; break;
    case Kind::Subscript: ast::cast<ast::Subscript>(e)->ctx = ctx; break;
    case Kind::Starred: {
      auto* s = ast::cast<ast::Starred>(e);
      s->ctx = ctx;
      set_context(s->value, kind);
      break;
    }
    case Kind::Tuple: {
      auto* t = ast::cast<ast::Tuple>(e);
      t->ctx = ctx;
      for (ast::ExprNode* x : t->elts) set_context(x, kind);
      break;
    }
    case Kind::List: {
      auto* l = ast::cast<ast::List>(e);
      l->ctx = ctx;
      for (ast::ExprNode* x : l->elts) set_context(x, kind);
      break;
    }
    default:
      break;
  }
}

ast::Mod* Parser::file() {
  std::vector<ast::Stmt*> body = statements_until(TokenKind::EndMarker);
  auto* m = ast::make_node<ast::Module>(arena_, 0, 0, 0, 0);
  m->body = seq(body);
  return m;
}

ast::Mod* Parser::eval_input() {
  ast::ExprNode* e = expressions();
  while (accept(TokenKind::Newline)) {}
  if (!at(TokenKind::EndMarker)) fail_generic();
  auto* m = ast::make_node<ast::Expression>(arena_, 0, 0, 0, 0);
  m->body = e;
  return m;
}

ast::Mod* Parser::interactive() {
  std::vector<ast::Stmt*> body;
  if (!accept(TokenKind::Newline) && !at(TokenKind::EndMarker)) {
    statement(body);
    accept(TokenKind::Newline);
    if (!at(TokenKind::EndMarker)) {
      const Token& t = peek();
      fail_range(t.lineno, t.col, t.end_lineno, t.end_col,
                 "multiple statements found while compiling a single statement");
    }
  }
  auto* m = ast::make_node<ast::Interactive>(arena_, 0, 0, 0, 0);
  m->body = seq(body);
  return m;
}

ast::ExprNode* Parser::fstring_field() {
  // The field is compiled as if parenthesized, as CPython 3.11 does.
  ast::ExprNode* e;
  if (at(TokenKind::KwYield)) {
    e = yield_expr();
  } else {
    Pos start = here();
    e = star_named_expression();
    if (at(TokenKind::Comma)) {
      std::vector<ast::ExprNode*> elts{e};
      while (accept(TokenKind::Comma)) {
        if (!at(TokenKind::Star) && !starts_expression()) break;
        elts.push_back(star_named_expression());
      }
      auto* t = fin<ast::Tuple>(start);
      t->elts = seq(elts);
      e = t;
    } else if (e->kind == ast::Kind::Starred) {
      fail_node(e, "cannot use starred expression here");
    }
  }
  accept(TokenKind::Newline);
  if (!at(TokenKind::EndMarker)) fail_generic();
  return e;
}

}  // namespace detail

namespace {

void fill_text(std::string_view src, SyntaxErrorInfo& err) {
  if (err.lineno <= 0) return;
  size_t start = 0;
  for (int line = 1; line < err.lineno; line++) {
    size_t nl = src.find('\n', start);
    if (nl == std::string_view::npos) return;
    start = nl + 1;
  }
  size_t nl = src.find('\n', start);
  err.text = std::string(src.substr(start, nl == std::string_view::npos ? std::string_view::npos
                                                                          : nl + 1 - start));
}

}  // namespace

ast::Mod* parse(std::string_view source, std::string_view filename, ParseMode mode,
                ast::Arena& arena, SyntaxErrorInfo& err) {
  err = SyntaxErrorInfo{};
  std::string normalized;
  if (!normalize_source(source, normalized, err)) {
    err.filename = std::string(filename);
    return nullptr;
  }
  try {
    // The tree's identifiers point into the source: keep it in the arena.
    std::string_view src = arena.copy_string(normalized);
    detail::Parser p(src, arena, err);
    try {
      switch (mode) {
        case ParseMode::Exec: return p.file();
        case ParseMode::Eval: return p.eval_input();
        case ParseMode::Single: return p.interactive();
      }
    } catch (detail::ParseAbort&) {
      if (!p.fatal_) p.prefer_later_lexical_error();
      err.incomplete = err.incomplete || p.error_at_eof_;
      err.filename = std::string(filename);
      fill_text(src, err);
    }
  } catch (std::bad_alloc&) {
    err = SyntaxErrorInfo{};
    err.msg = "out of memory while parsing";
    err.filename = std::string(filename);
  }
  return nullptr;
}

bool parse_is_incomplete(std::string_view source) {
  ast::Arena arena;
  SyntaxErrorInfo err;
  ast::Mod* m = parse(source, "<stdin>", ParseMode::Single, arena, err);
  if (m == nullptr) return err.incomplete;
  auto* inter = ast::cast<ast::Interactive>(m);
  if (inter->body.empty()) return false;
  using ast::Kind;
  Kind k = inter->body.back()->kind;
  bool compound = k == Kind::FunctionDef || k == Kind::ClassDef || k == Kind::If ||
                  k == Kind::While || k == Kind::For || k == Kind::Try || k == Kind::With;
  if (!compound) return false;
  // A compound statement ends with an empty line: the input's last line
  // (before its final "\n") must be blank.
  std::string_view s = source;
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  size_t nl = s.rfind('\n');
  std::string_view last = nl == std::string_view::npos ? s : s.substr(nl + 1);
  return last.find_first_not_of(" \t\f\r") != std::string_view::npos;
}

}  // namespace frost
