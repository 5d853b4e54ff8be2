/*
 * Tokens produced by the lexer and consumed by the parser.
 *
 * Keywords get their own kinds so the parser never compares strings; the
 * soft keywords of CPython (match, case, _) are plain names here.
 */
#pragma once

#include <cstdint>
#include <string_view>

namespace frost {

enum class TokenKind : uint8_t {
  EndMarker, Name, Number, String, Newline, Indent, Dedent,
  // delimiters and operators
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus,
  Star, Slash, VBar, Amper, Less, Greater, Equal, Dot, Percent, EqEqual,
  NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift,
  RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual,
  PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual,
  RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
  AtEqual, RArrow, Ellipsis, ColonEqual,
  // keywords
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak,
  KwClass, KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally,
  KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal,
  KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
};

// A name for messages and tests: "NAME", "NEWLINE", "'('", "'if'", ...
const char* token_kind_name(TokenKind k);

inline bool is_keyword(TokenKind k) { return k >= TokenKind::KwFalse; }

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  // Positions as CPython's tokenizer gives them: lines 1-based, columns
  // 0-based UTF-8 byte offsets. NEWLINE is zero-width at the '\n' (or at
  // the end of input); INDENT/DEDENT are zero-width at the first token of
  // their line.
  int lineno = 0;
  int col = 0;
  int end_lineno = 0;
  int end_col = 0;
  uint32_t start = 0;  // byte offsets into the (normalised) source
  uint32_t end = 0;
  int level = 0;       // brackets open after this token (CPython's tok->level)
  // The source text; for a non-ASCII identifier, its NFKC normal form
  // (owned by the lexer's caller-provided storage, see Lexer).
  std::string_view text;
};

}  // namespace frost
