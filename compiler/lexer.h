/*
 * The tokenizer: UTF-8 source text in, a stream of Tokens out.
 *
 * It follows CPython 3.11's tokenizer (Parser/tokenizer.c): indentation is
 * measured at the start of each logical line (tabs advance to the next
 * multiple of 8, and a second measure with tabs of width 1 detects
 * inconsistent tabs, giving TabError); a deeper line emits one INDENT, a
 * shallower one as many DEDENTs as levels it closes; blank and comment-only
 * lines produce nothing; newlines inside (), [] and {} and after a
 * backslash are not tokens. A NEWLINE is emitted at the end of the input if
 * the last line had none, then the pending DEDENTs and ENDMARKER.
 * Brackets are matched here, so "unmatched ')'" and "'(' was never closed"
 * come from the lexer, and more than 200 open brackets is an error (this is
 * what bounds the parser's recursion on nested brackets).
 *
 * Strings are only delimited here (prefix, quotes, termination); the parser
 * decodes escapes and f-strings. Numbers are checked for CPython's
 * "invalid decimal literal" family of errors and passed on as text.
 *
 * The lexer runs on demand: the parser pulls tokens one at a time, so a
 * lexical error past the parser's first error is not reported, as in
 * CPython.
 */
#pragma once

#include <string_view>
#include <vector>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"
#include "compiler/token.h"

namespace frost {

class Lexer {
 public:
  // Lexes `source`, which must be normalised (see normalize_source) and
  // outlive the lexer. `arena` stores NFKC-normalised identifiers.
  Lexer(std::string_view source, ast::Arena& arena);

  // Lexes only source[begin, end) as the text between the braces of an
  // f-string replacement field: as if inside brackets (no INDENT/NEWLINE
  // processing), ending with NEWLINE and ENDMARKER. Positions are those of
  // the whole source; `lineno` and `line_start` describe the line holding
  // `begin`.
  Lexer(std::string_view source, ast::Arena& arena, size_t begin, size_t end,
        int lineno, size_t line_start);

  // Produces the next token. On a lexical error fills `err` (all but
  // filename and text) and returns false; the lexer must not be called
  // again after that.
  bool next(Token& tok, SyntaxErrorInfo& err);

  // Number of brackets open at the current point.
  int bracket_depth() const { return static_cast<int>(brackets_.size()); }

 private:
  struct Bracket {
    char ch;
    int lineno;
    int col;
  };

  std::string_view src_;
  ast::Arena& arena_;
  size_t pos_;
  size_t end_;
  int lineno_;
  size_t line_start_;
  bool expression_mode_ = false;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;  // a token was emitted on this logical line
  bool final_newline_done_ = false;  // expression mode: its NEWLINE was emitted
  int pending_dedents_ = 0;
  bool pending_indent_ = false;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;

  int col_of(size_t p) const { return static_cast<int>(p - line_start_); }
  char peek(size_t k = 0) const { return pos_ + k < end_ ? src_[pos_ + k] : '\0'; }
  bool at_end(size_t k = 0) const { return pos_ + k >= end_; }
  void newline_seen() { lineno_++; line_start_ = pos_; }

  bool indentation(SyntaxErrorInfo& err, bool& blank);
  bool lex_name_or_string(Token& tok, SyntaxErrorInfo& err);
  bool lex_string(Token& tok, SyntaxErrorInfo& err, size_t start);
  bool lex_number(Token& tok, SyntaxErrorInfo& err);
  bool lex_operator(Token& tok, SyntaxErrorInfo& err);
  bool eof_after_backslash(SyntaxErrorInfo& err);
  bool verify_end_of_number(SyntaxErrorInfo& err, const char* kind);
  void make(Token& tok, TokenKind kind, size_t start, int start_line, int start_col);
  bool fail(SyntaxErrorInfo& err, const char* type, std::string msg, int lineno,
            int offset, int end_offset);
};

// Normalises source text as CPython's tokenizer does before lexing: skips
// a UTF-8 BOM, turns "\r\n" and lone "\r" into "\n", and rejects NUL bytes
// and invalid UTF-8. Returns false with `err` filled on failure.
bool normalize_source(std::string_view source, std::string& out, SyntaxErrorInfo& err);

// Decodes one code point of UTF-8 at s[i] (which must be valid), advancing i.
uint32_t decode_utf8(std::string_view s, size_t& i);
// Appends the UTF-8 encoding of `cp` (surrogates encoded as 3 bytes).
void append_utf8(std::string& out, uint32_t cp);

}  // namespace frost
