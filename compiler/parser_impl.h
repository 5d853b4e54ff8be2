/*
 * The parser's internals, shared by parser.cpp (tokens, errors, entry
 * points, assignment targets), parse_stmt.cpp (statements), parse_expr.cpp
 * (expressions) and parse_string.cpp (string literals and f-strings).
 *
 * Algorithm: hand-written recursive descent following CPython 3.11's PEG
 * grammar (Grammar/python.gram) rule by rule, with one token of lookahead
 * almost everywhere and a few bounded backtracking points (the
 * parenthesized `with` form). Assignment targets are parsed as expressions
 * and then checked and switched to Store/Del context, which is how
 * CPython's own error rules ("cannot assign to ...") see them.
 *
 * Errors: the first error fills `err_` and throws ParseAbort, which only
 * the entry points catch. A generic "invalid syntax" points at the
 * furthest token the parser has looked at, as CPython's does (its
 * `p->tokens[p->fill-1]`).
 *
 * Depth: every recursive rule that can nest without brackets (blocks,
 * expressions, `not`, unary operators, `**`, lambdas, conditional
 * expressions) holds a DepthGuard, and loops that build left-nested trees
 * (`a+b+c`, `a.b.c`, call chains) count each level too; past kMaxDepth the
 * parse fails with "too many nested expressions". Brackets are bounded by
 * the lexer (200). Together this bounds both the C stack and the depth of
 * the tree (ast::kMaxAstDepth).
 */
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "compiler/token.h"

namespace frost::detail {

struct ParseAbort {};

inline constexpr int kMaxDepth = ast::kMaxAstDepth;

// A source position (1-based line, 0-based byte column).
struct Pos {
  int line = 0;
  int col = 0;
};

// Which kind of target an expression is checked as.
enum class TargetKind { Store, Del, For };

class Parser {
 public:
  // A parser for a whole (normalised) source text.
  Parser(std::string_view source, ast::Arena& arena, SyntaxErrorInfo& err);
  // A sub-parser for the expression of an f-string replacement field,
  // source[begin, end); errors are reported with an "f-string: " prefix.
  Parser(Parser& parent, size_t begin, size_t end, int lineno, size_t line_start);

  ast::Mod* file();
  ast::Mod* eval_input();
  ast::Mod* interactive();
  // The f-string field: star_expressions then end of input.
  ast::ExprNode* fstring_field();

  // True when the last error came from reaching the end of the input.
  bool error_at_eof() const { return error_at_eof_; }

  // ---- tokens (parser.cpp)
  const Token& peek(int k = 0);
  bool at(TokenKind k, int ahead = 0) { return peek(ahead).kind == k; }
  const Token& advance();
  bool accept(TokenKind k);
  const Token& expect(TokenKind k);
  const Token& prev() const { return toks_[pos_ - 1]; }
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }
  Pos here() { const Token& t = peek(); return {t.lineno, t.col}; }

  // ---- node construction (parser.cpp)
  // Makes a node spanning from `start` to the end of the last significant
  // token consumed (NEWLINE/INDENT/DEDENT do not count, as in CPython).
  template <class T>
  T* fin(Pos start) {
    const Token& e = last_significant();
    return ast::make_node<T>(arena_, start.line, start.col, e.end_lineno, e.end_col);
  }
  template <class T>
  T* fin(const ast::Node* start) { return fin<T>(Pos{start->lineno, start->col_offset}); }
  template <class T>
  T* span(const ast::Node* a, const ast::Node* b) {
    return ast::make_node<T>(arena_, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset);
  }
  template <class T>
  ast::Seq<T> seq(const std::vector<T>& v) { return ast::make_seq(arena_, v); }
  const Token& last_significant() const;

  // ---- errors (parser.cpp)
  [[noreturn]] void fail_generic();
  [[noreturn]] void fail_at_last(const std::string& msg, const char* type = "SyntaxError");
  [[noreturn]] void fail_token(const Token& t, const std::string& msg, const char* type = "SyntaxError");
  [[noreturn]] void fail_range(int line, int col, int end_line, int end_col, const std::string& msg,
                               const char* type = "SyntaxError");
  [[noreturn]] void fail_node(const ast::Node* n, const std::string& msg) {
    fail_range(n->lineno, n->col_offset, n->end_lineno, n->end_col_offset, msg);
  }
  [[noreturn]] void fail_nodes(const ast::Node* a, const ast::Node* b, const std::string& msg) {
    fail_range(a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, msg);
  }
  [[noreturn]] void fail_too_deep();
  // The end of the input: ENDMARKER or one of the DEDENTs just before it.
  bool is_end_of_input(const Token& t) const;

  // Runs `f`; if it fails with an ordinary syntax error, restores the
  // token position and returns false. Lexical and depth errors propagate.
  template <class F>
  bool speculate(F&& f) {
    size_t m = pos_;
    int depth = depth_;
    try {
      f();
      return true;
    } catch (ParseAbort&) {
      if (fatal_) throw;
      pos_ = m;
      depth_ = depth;
      err_ = SyntaxErrorInfo{};
      error_at_eof_ = false;
      return false;
    }
  }

  struct DepthGuard {
    Parser& p;
    int bumps = 0;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxDepth) p.fail_too_deep();
    }
    // One more level of left-nested tree built by a loop in this rule.
    void bump() {
      bumps++;
      if (++p.depth_ > kMaxDepth) p.fail_too_deep();
    }
    ~DepthGuard() { p.depth_ -= 1 + bumps; }
  };

  // ---- targets (parser.cpp)
  // Checks that `e` can be assigned to (or deleted) and sets its context,
  // recursively for tuples, lists and starred items; raises CPython's
  // "cannot assign to ..." / "cannot delete ..." otherwise.
  void set_context(ast::ExprNode* e, TargetKind kind);
  // The first sub-expression of `e` that is not a valid target, or null.
  static const ast::ExprNode* invalid_target(const ast::ExprNode* e, TargetKind kind);
  // CPython's _PyPegen_get_expr_name: "literal", "function call", ...
  static const char* expr_name(const ast::ExprNode* e);

  // ---- statements (parse_stmt.cpp)
  std::vector<ast::Stmt*> statements_until(TokenKind end);
  void statement(std::vector<ast::Stmt*>& out);
  void simple_stmts(std::vector<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* expression_or_assignment();
  ast::Seq<ast::Stmt*> block(const char* what, int header_line);
  ast::Stmt* compound_stmt();
  ast::Stmt* if_stmt(bool is_elif);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt();
  ast::Stmt* try_stmt();
  ast::Stmt* with_stmt();
  ast::WithItem* with_item(bool in_parens);
  ast::Stmt* function_def(std::vector<ast::ExprNode*> decorators, Pos start);
  ast::Stmt* class_def(std::vector<ast::ExprNode*> decorators, Pos start);
  ast::Stmt* decorated();
  ast::Stmt* import_name();
  ast::Stmt* import_from();
  ast::Alias* dotted_as_name();
  std::string_view dotted_name();
  ast::Stmt* return_stmt();
  ast::Stmt* raise_stmt();
  ast::Stmt* global_or_nonlocal(bool global);
  ast::Stmt* del_stmt();
  ast::Stmt* assert_stmt();
  void expect_colon(bool forced = false);

  // ---- expressions (parse_expr.cpp)
  ast::ExprNode* star_expressions();
  ast::ExprNode* star_expression();
  ast::ExprNode* star_named_expression();
  ast::ExprNode* named_expression();
  ast::ExprNode* expression();
  ast::ExprNode* expressions();
  ast::ExprNode* yield_expr();
  ast::ExprNode* disjunction();
  ast::ExprNode* conjunction();
  ast::ExprNode* inversion();
  ast::ExprNode* comparison();
  ast::ExprNode* bitwise_or();
  ast::ExprNode* bitwise_xor();
  ast::ExprNode* bitwise_and();
  ast::ExprNode* shift_expr();
  ast::ExprNode* sum();
  ast::ExprNode* term();
  ast::ExprNode* factor();
  ast::ExprNode* power();
  ast::ExprNode* primary();
  ast::ExprNode* atom();
  ast::ExprNode* paren_atom();
  ast::ExprNode* list_atom();
  ast::ExprNode* brace_atom();
  ast::ExprNode* slices();
  ast::ExprNode* slice();
  ast::ExprNode* call(ast::ExprNode* func, Pos start_of_func);
  ast::ExprNode* lambdef();
  ast::Arguments* parameters(bool is_lambda);
  ast::Arg* param(bool is_lambda, bool allow_star_annotation);
  std::vector<ast::Comprehension*> for_if_clauses();
  ast::ExprNode* star_targets();
  ast::ExprNode* target_atom();
  ast::ExprNode* annotated_rhs();
  ast::ExprNode* make_name(const Token& t, ast::ExprContext ctx);
  ast::ExprNode* number(const Token& t);
  void check_forgot_comma(ast::ExprNode* first);
  bool starts_expression(int ahead = 0);

  // ---- strings (parse_string.cpp)
  ast::ExprNode* strings();

  ast::Arena& arena_;
  std::string_view src_;
  SyntaxErrorInfo& err_;
  int depth_ = 0;
  bool fatal_ = false;          // the pending error must not be backtracked over
  bool error_at_eof_ = false;

 private:
  Lexer lexer_;
  std::deque<Token> toks_;   // a deque: references stay valid as it grows
  size_t pos_ = 0;
  bool fstring_mode_ = false;  // a sub-parser for an f-string field

  // After a parser error, CPython tokenizes the rest of the input and
  // reports a lexical error found there instead.
  void prefer_later_lexical_error();
  friend ast::Mod* frost::parse(std::string_view, std::string_view, ParseMode, ast::Arena&,
                                SyntaxErrorInfo&);
};

}  // namespace frost::detail
