/*
 * The tokenizer (see lexer.h for the algorithm). Error messages, and the
 * columns they point at, are CPython 3.11's: for errors found by the
 * tokenizer itself CPython's offset is the number of characters before its
 * read cursor, which is what the `offset` arguments below reproduce.
 */
#include "compiler/lexer.h"

#include <cstring>
#include <string>

#include <utf8proc.h>

namespace frost {

namespace {

constexpr int kMaxBrackets = 200;  // CPython's MAXLEVEL
constexpr int kMaxIndent = 100;    // CPython's MAXINDENT
constexpr int kTabSize = 8;

struct KeywordEntry {
  const char* text;
  TokenKind kind;
};

const KeywordEntry kKeywords[] = {
    {"False", TokenKind::KwFalse}, {"None", TokenKind::KwNone},
    {"True", TokenKind::KwTrue}, {"and", TokenKind::KwAnd},
    {"as", TokenKind::KwAs}, {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync}, {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak}, {"class", TokenKind::KwClass},
    {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel}, {"elif", TokenKind::KwElif},
    {"else", TokenKind::KwElse}, {"except", TokenKind::KwExcept},
    {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom}, {"global", TokenKind::KwGlobal},
    {"if", TokenKind::KwIf}, {"import", TokenKind::KwImport},
    {"in", TokenKind::KwIn}, {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda}, {"nonlocal", TokenKind::KwNonlocal},
    {"not", TokenKind::KwNot}, {"or", TokenKind::KwOr},
    {"pass", TokenKind::KwPass}, {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry},
    {"while", TokenKind::KwWhile}, {"with", TokenKind::KwWith},
    {"yield", TokenKind::KwYield},
};

bool is_ascii_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ascii_ident_char(char c) { return is_ascii_ident_start(c) || (c >= '0' && c <= '9'); }
// CPython's is_potential_identifier_char: any non-ASCII byte may be part of
// an identifier until verification says otherwise.
bool is_potential_ident_start(char c) {
  return is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool is_potential_ident_char(char c) {
  return is_ascii_ident_char(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_xdigit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// XID_Start / XID_Continue, from the general category plus the
// Other_ID_Start / Other_ID_Continue code points.
bool is_xid_start(uint32_t cp) {
  if (cp == '_') return true;
  if (cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C)
    return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
      return true;
    default:
      return false;
  }
}
bool is_xid_continue(uint32_t cp) {
  if (is_xid_start(cp)) return true;
  if (cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA) return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return true;
    default:
      return false;
  }
}

bool is_printable_cp(uint32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return cp == ' ';
    default:
      return true;
  }
}

// Whether `name` is a string prefix (r, b, u, f and the combinations
// Python allows), so that a quote right after it starts a string.
bool is_string_prefix(std::string_view name) {
  if (name.empty() || name.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : name) {
    switch (c | 0x20) {
      case 'r': if (r) return false; r = true; break;
      case 'b': if (b) return false; b = true; break;
      case 'u': if (u) return false; u = true; break;
      case 'f': if (f) return false; f = true; break;
      default: return false;
    }
  }
  if (u && name.size() > 1) return false;
  if (b && f) return false;
  return true;
}

}  // namespace

uint32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
  if (i + len > s.size()) len = 1;
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

const char* token_kind_name(TokenKind k) {
  static const char* const names[] = {
      "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
      "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "','", "';'", "'+'", "'-'",
      "'*'", "'/'", "'|'", "'&'", "'<'", "'>'", "'='", "'.'", "'%'", "'=='",
      "'!='", "'<='", "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'", "'+='",
      "'-='", "'*='", "'/='", "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='",
      "'**='", "'//'", "'//='", "'@'", "'@='", "'->'", "'...'", "':='",
      "'False'", "'None'", "'True'", "'and'", "'as'", "'assert'", "'async'",
      "'await'", "'break'", "'class'", "'continue'", "'def'", "'del'", "'elif'",
      "'else'", "'except'", "'finally'", "'for'", "'from'", "'global'", "'if'",
      "'import'", "'in'", "'is'", "'lambda'", "'nonlocal'", "'not'", "'or'",
      "'pass'", "'raise'", "'return'", "'try'", "'while'", "'with'", "'yield'"};
  static_assert(sizeof(names) / sizeof(names[0]) == static_cast<size_t>(TokenKind::KwYield) + 1);
  return names[static_cast<int>(k)];
}

bool normalize_source(std::string_view source, std::string& out, SyntaxErrorInfo& err) {
  if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  out.clear();
  out.reserve(source.size() + 1);
  int lineno = 1;
  size_t i = 0;
  while (i < source.size()) {
    unsigned char c = source[i];
    if (c == '\r') {
      out += '\n';
      lineno++;
      i += (i + 1 < source.size() && source[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\n') lineno++;
    if (c == 0) {
      err = SyntaxErrorInfo{};
      err.msg = "source code cannot contain null bytes";
      err.lineno = err.end_lineno = lineno;
      err.offset = err.end_offset = 0;
      return false;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      i++;
      continue;
    }
    // Validate one multi-byte sequence: no overlongs, no surrogates, <= U+10FFFF.
    int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = len != 0 && i + len <= source.size();
    uint32_t cp = 0;
    if (ok) {
      cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (int k = 1; k < len; k++) {
        unsigned char cc = source[i + k];
        if ((cc & 0xC0) != 0x80) { ok = false; break; }
        cp = (cp << 6) | (cc & 0x3F);
      }
    }
    if (ok) {
      ok = !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) && !(len == 4 && cp < 0x10000) &&
           !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
    }
    if (!ok) {
      static const char hex[] = "0123456789abcdef";
      err = SyntaxErrorInfo{};
      err.msg = std::string("Non-UTF-8 code starting with '\\x") + hex[c >> 4] + hex[c & 15] +
                "' on line " + std::to_string(lineno) + ", but no encoding declared";
      err.lineno = err.end_lineno = lineno;
      err.offset = err.end_offset = 0;
      return false;
    }
    out.append(source.substr(i, len));
    i += len;
  }
  return true;
}

Lexer::Lexer(std::string_view source, ast::Arena& arena)
    : src_(source), arena_(arena), pos_(0), end_(source.size()), lineno_(1), line_start_(0) {}

Lexer::Lexer(std::string_view source, ast::Arena& arena, size_t begin, size_t end, int lineno,
             size_t line_start)
    : src_(source), arena_(arena), pos_(begin), end_(end), lineno_(lineno),
      line_start_(line_start), expression_mode_(true), at_line_start_(false) {}

bool Lexer::fail(SyntaxErrorInfo& err, const char* type, std::string msg, int lineno, int offset,
                 int end_offset) {
  err = SyntaxErrorInfo{};
  err.type = type;
  err.msg = std::move(msg);
  err.lineno = err.end_lineno = lineno;
  err.offset = offset;
  err.end_offset = end_offset;
  return false;
}

bool Lexer::eof_after_backslash(SyntaxErrorInfo& err) {
  fail(err, "SyntaxError", "unexpected EOF while parsing", lineno_, col_of(pos_) + 2, -1);
  err.incomplete = true;
  return false;
}

void Lexer::make(Token& tok, TokenKind kind, size_t start, int start_line, int start_col) {
  tok.kind = kind;
  tok.start = static_cast<uint32_t>(start);
  tok.end = static_cast<uint32_t>(pos_);
  tok.lineno = start_line;
  tok.col = start_col;
  tok.end_lineno = lineno_;
  tok.end_col = col_of(pos_);
  tok.text = src_.substr(start, pos_ - start);
  if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent)
    line_has_tokens_ = true;
}

// Measures the indentation at the start of a physical line and queues the
// INDENT/DEDENT tokens it implies. A blank or comment-only line sets
// `blank` and changes nothing, as does any line inside brackets.
bool Lexer::indentation(SyntaxErrorInfo& err, bool& blank) {
  int col = 0, altcol = 0, cont_line_col = 0;
  for (;;) {
    char c = peek();
    if (at_end()) break;
    if (c == ' ') {
      col++, altcol++;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      altcol++;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\' && peek(1) == '\n') {
      if (at_end(2)) return eof_after_backslash(err);
      // Indentation cannot be split over lines: the first backslash decides.
      cont_line_col = cont_line_col ? cont_line_col : col;
      pos_ += 2;
      newline_seen();
      continue;
    } else {
      break;
    }
    pos_++;
  }
  char c = peek();
  blank = !at_end() && (c == '#' || c == '\n');
  if (blank || !brackets_.empty()) return true;
  if (cont_line_col) col = altcol = cont_line_col;
  const char* tab_error = "inconsistent use of tabs and spaces in indentation";
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) return fail(err, "TabError", tab_error, lineno_, 1, 0);
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndent)
      return fail(err, "IndentationError", "too many levels of indentation", lineno_, 1, 0);
    if (altcol <= alt_indents_.back()) return fail(err, "TabError", tab_error, lineno_, 1, 0);
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    pending_indent_ = true;
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      pending_dedents_++;
    }
    if (col != indents_.back()) {
      size_t eol = src_.find('\n', pos_);
      int line_len = static_cast<int>((eol == std::string_view::npos ? src_.size() : eol) - line_start_);
      return fail(err, "IndentationError", "unindent does not match any outer indentation level",
                  lineno_, line_len + 1, -1);
    }
    if (altcol != alt_indents_.back()) return fail(err, "TabError", tab_error, lineno_, 1, 0);
  }
  return true;
}

bool Lexer::next(Token& tok, SyntaxErrorInfo& err) {
  for (;;) {
    if (pending_dedents_ > 0 || pending_indent_) {
      bool indent = pending_indent_;
      if (indent) pending_indent_ = false; else pending_dedents_--;
      make(tok, indent ? TokenKind::Indent : TokenKind::Dedent, pos_, lineno_, col_of(pos_));
      return true;
    }
    if (at_line_start_) {
      at_line_start_ = false;
      bool blank = false;
      if (!indentation(err, blank)) return false;
      if (blank) {
        // Skip the comment and the newline of a blank line entirely.
        while (!at_end() && peek() != '\n') pos_++;
        if (!at_end()) {
          pos_++;
          newline_seen();
        }
        at_line_start_ = true;
        continue;
      }
      if (pending_dedents_ > 0 || pending_indent_) continue;
    }
    // Skip spaces and comments.
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) pos_++;
    if (peek() == '#' && !at_end()) {
      while (!at_end() && peek() != '\n') pos_++;
    }
    size_t start = pos_;
    if (at_end()) {
      if (!brackets_.empty() && !expression_mode_) {
        const Bracket& b = brackets_.back();
        fail(err, "SyntaxError", std::string("'") + b.ch + "' was never closed", b.lineno,
             b.col + 1, 0);
        err.incomplete = true;
        return false;
      }
      if (line_has_tokens_ || (expression_mode_ && !final_newline_done_)) {
        make(tok, TokenKind::Newline, pos_, lineno_, col_of(pos_));
        line_has_tokens_ = false;
        final_newline_done_ = true;
        return true;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
        make(tok, TokenKind::Dedent, pos_, lineno_, col_of(pos_));
        return true;
      }
      make(tok, TokenKind::EndMarker, pos_, lineno_, col_of(pos_));
      line_has_tokens_ = false;
      return true;
    }
    char c = peek();
    if (c == '\n') {
      pos_++;
      if (!brackets_.empty() || expression_mode_) {
        newline_seen();
        continue;
      }
      make(tok, TokenKind::Newline, start, lineno_, col_of(start));
      tok.end = static_cast<uint32_t>(start);
      tok.end_col = tok.col;
      tok.text = src_.substr(start, 1);
      newline_seen();
      line_has_tokens_ = false;
      at_line_start_ = true;
      return true;
    }
    if (c == '\\') {
      if (peek(1) == '\n') {
        if (at_end(2)) return eof_after_backslash(err);
        pos_ += 2;
        newline_seen();
        continue;
      }
      if (at_end(1)) {
        fail(err, "SyntaxError", "unexpected EOF while parsing", lineno_, col_of(pos_) + 1,
             col_of(pos_) + 1);
        err.incomplete = true;
        return false;
      }
      return fail(err, "SyntaxError", "unexpected character after line continuation character",
                  lineno_, col_of(pos_) + 2, 0);
    }
    if (is_potential_ident_start(c)) return lex_name_or_string(tok, err);
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(tok, err);
    if (c == '"' || c == '\'') return lex_string(tok, err, start);
    return lex_operator(tok, err);
  }
}

bool Lexer::lex_name_or_string(Token& tok, SyntaxErrorInfo& err) {
  size_t start = pos_;
  int col = col_of(start);
  bool ascii = true;
  while (!at_end() && is_potential_ident_char(peek())) {
    if (static_cast<unsigned char>(peek()) >= 0x80) ascii = false;
    pos_++;
  }
  std::string_view name = src_.substr(start, pos_ - start);
  if (ascii && (peek() == '"' || peek() == '\'') && !at_end() && is_string_prefix(name))
    return lex_string(tok, err, start);
  if (!ascii) {
    // Verify the identifier, then NFKC-normalise it as CPython does.
    size_t i = 0;
    bool first = true;
    while (i < name.size()) {
      size_t at = i;
      uint32_t cp = decode_utf8(name, i);
      if (!(first ? is_xid_start(cp) : is_xid_continue(cp))) {
        int offset = col_of(start + at) + 1;
        char buf[64];
        if (!is_printable_cp(cp)) {
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
          return fail(err, "SyntaxError", buf, lineno_, offset, offset);
        }
        std::snprintf(buf, sizeof buf, "U+%04X", cp);
        return fail(err, "SyntaxError",
                    "invalid character '" + std::string(name.substr(at, i - at)) + "' (" + buf + ")",
                    lineno_, offset, offset);
      }
      first = false;
    }
    make(tok, TokenKind::Name, start, lineno_, col);
    utf8proc_uint8_t* norm = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(
        std::string(name).c_str()));
    if (norm != nullptr) {
      tok.text = arena_.copy_string(reinterpret_cast<const char*>(norm));
      std::free(norm);
    }
    return true;
  }
  make(tok, TokenKind::Name, start, lineno_, col);
  if (name.size() >= 2 && name.size() <= 8 && !(name[0] == '_')) {
    for (const KeywordEntry& k : kKeywords) {
      if (name == k.text) {
        tok.kind = k.kind;
        break;
      }
    }
  }
  return true;
}

bool Lexer::lex_string(Token& tok, SyntaxErrorInfo& err, size_t start) {
  int start_line = lineno_;
  size_t start_line_start = line_start_;
  int col = col_of(start);
  char quote = peek();
  bool triple = peek(1) == quote && peek(2) == quote;
  pos_ += triple ? 3 : 1;
  for (;;) {
    if (at_end() || (!triple && peek() == '\n')) {
      int detected = lineno_;
      lineno_ = start_line;
      line_start_ = start_line_start;
      fail(err, "SyntaxError",
           std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
               " (detected at line " + std::to_string(detected) + ")",
           start_line, col + 1, col + 1);
      err.incomplete = triple;
      return false;
    }
    char c = peek();
    if (c == '\\') {
      pos_++;
      if (at_end()) continue;
      if (peek() == '\n') {
        pos_++;
        newline_seen();
      } else {
        pos_++;
      }
      continue;
    }
    if (c == '\n') {
      pos_++;
      newline_seen();
      continue;
    }
    if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
      pos_ += triple ? 3 : 1;
      break;
    }
    pos_++;
  }
  make(tok, TokenKind::String, start, start_line, col);
  return true;
}

bool Lexer::verify_end_of_number(SyntaxErrorInfo& err, const char* kind) {
  char c = peek();
  if (at_end() || !is_potential_ident_char(c)) return true;
  // A keyword that may legally follow a number ("1if x else y") is fine.
  std::string_view rest = src_.substr(pos_, end_ - pos_);
  for (const char* kw : {"and", "else", "for", "if", "in", "is", "or", "not"}) {
    size_t n = std::strlen(kw);
    if (kw[0] == 'i' ? rest.size() >= 2 && rest[0] == 'i' && (rest[1] == 'f' || rest[1] == 'n' || rest[1] == 's')
                     : rest.substr(0, n) == kw)
      return true;
  }
  return fail(err, "SyntaxError", std::string("invalid ") + kind + " literal", lineno_,
              col_of(pos_), col_of(pos_));
}

bool Lexer::lex_number(Token& tok, SyntaxErrorInfo& err) {
  size_t start = pos_;
  int col = col_of(start);
  auto digits = [&](bool (*ok)(char), const char* kind) -> bool {
    // One or more digits, single underscores between them.
    for (;;) {
      if (!ok(peek()) || at_end()) {
        // CPython reports the offending character of radix literals.
        if (is_digit(peek()) && !at_end()) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", peek(), kind);
          return fail(err, "SyntaxError", buf, lineno_, col_of(pos_) + 1, col_of(pos_) + 1);
        }
        return fail(err, "SyntaxError", std::string("invalid ") + kind + " literal", lineno_,
                    col_of(pos_), col_of(pos_));
      }
      while (!at_end() && ok(peek())) pos_++;
      if (peek() != '_' || at_end()) return true;
      pos_++;
    }
  };
  auto decimal_tail = [&]() -> bool {
    for (;;) {
      while (!at_end() && is_digit(peek())) pos_++;
      if (peek() != '_' || at_end()) return true;
      pos_++;
      if (!is_digit(peek()) || at_end())
        return fail(err, "SyntaxError", "invalid decimal literal", lineno_, col_of(pos_),
                    col_of(pos_));
    }
  };
  char c = peek();
  if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                   peek(1) == 'b' || peek(1) == 'B')) {
    char r = static_cast<char>(peek(1) | 0x20);
    pos_ += 2;
    if (peek() == '_') pos_++;
    bool ok;
    const char* kind;
    if (r == 'x') {
      kind = "hexadecimal";
      ok = digits(is_xdigit, kind);
    } else if (r == 'o') {
      kind = "octal";
      ok = digits([](char d) { return d >= '0' && d <= '7'; }, kind);
    } else {
      kind = "binary";
      ok = digits([](char d) { return d == '0' || d == '1'; }, kind);
    }
    if (!ok) return false;
    if (r != 'x' && is_digit(peek()) && !at_end()) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", peek(), kind);
      return fail(err, "SyntaxError", buf, lineno_, col_of(pos_) + 1, col_of(pos_) + 1);
    }
    if (!verify_end_of_number(err, kind)) return false;
    make(tok, TokenKind::Number, start, lineno_, col);
    return true;
  }
  if (c != '.') {
    bool leading_zero = c == '0';
    if (!decimal_tail()) return false;
    std::string_view intpart = src_.substr(start, pos_ - start);
    bool nonzero = intpart.find_first_not_of("0_") != std::string_view::npos;
    char n = peek();
    if (leading_zero && nonzero && !(n == '.' || n == 'e' || n == 'E' || n == 'j' || n == 'J')) {
      size_t zeros_end = start;
      while (src_[zeros_end] == '0' || src_[zeros_end] == '_') zeros_end++;
      return fail(err, "SyntaxError",
                  "leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers",
                  lineno_, col + 1, col_of(zeros_end) + 1);
    }
  }
  if (peek() == '.' && !at_end()) {
    pos_++;
    if (is_digit(peek()) && !at_end() && !decimal_tail()) return false;
  }
  if ((peek() == 'e' || peek() == 'E') && !at_end()) {
    size_t e = pos_;
    pos_++;
    if (peek() == '+' || peek() == '-') {
      pos_++;
      if (!is_digit(peek()) || at_end())
        return fail(err, "SyntaxError", "invalid decimal literal", lineno_, col_of(pos_),
                    col_of(pos_));
    } else if (!is_digit(peek()) || at_end()) {
      pos_ = e;  // "1else": the number ends before the e
      if (!verify_end_of_number(err, "decimal")) return false;
      make(tok, TokenKind::Number, start, lineno_, col);
      return true;
    }
    if (!decimal_tail()) return false;
  }
  if ((peek() == 'j' || peek() == 'J') && !at_end()) pos_++;
  if (!verify_end_of_number(err, "decimal")) return false;
  make(tok, TokenKind::Number, start, lineno_, col);
  return true;
}

bool Lexer::lex_operator(Token& tok, SyntaxErrorInfo& err) {
  size_t start = pos_;
  int col = col_of(start);
  char c = peek(), c1 = peek(1), c2 = peek(2);
  if (at_end(1)) c1 = '\0';
  if (at_end(2)) c2 = '\0';
  TokenKind kind;
  int len = 2;
  // Three-character operators first, then two, then one.
  if (c == '*' && c1 == '*' && c2 == '=') { kind = TokenKind::DoubleStarEqual; len = 3; }
  else if (c == '/' && c1 == '/' && c2 == '=') { kind = TokenKind::DoubleSlashEqual; len = 3; }
  else if (c == '<' && c1 == '<' && c2 == '=') { kind = TokenKind::LeftShiftEqual; len = 3; }
  else if (c == '>' && c1 == '>' && c2 == '=') { kind = TokenKind::RightShiftEqual; len = 3; }
  else if (c == '.' && c1 == '.' && c2 == '.') { kind = TokenKind::Ellipsis; len = 3; }
  else if (c == '=' && c1 == '=') kind = TokenKind::EqEqual;
  else if (c == '!' && c1 == '=') kind = TokenKind::NotEqual;
  else if (c == '<' && c1 == '=') kind = TokenKind::LessEqual;
  else if (c == '>' && c1 == '=') kind = TokenKind::GreaterEqual;
  else if (c == '<' && c1 == '<') kind = TokenKind::LeftShift;
  else if (c == '>' && c1 == '>') kind = TokenKind::RightShift;
  else if (c == '*' && c1 == '*') kind = TokenKind::DoubleStar;
  else if (c == '/' && c1 == '/') kind = TokenKind::DoubleSlash;
  else if (c == '+' && c1 == '=') kind = TokenKind::PlusEqual;
  else if (c == '-' && c1 == '=') kind = TokenKind::MinEqual;
  else if (c == '*' && c1 == '=') kind = TokenKind::StarEqual;
  else if (c == '/' && c1 == '=') kind = TokenKind::SlashEqual;
  else if (c == '%' && c1 == '=') kind = TokenKind::PercentEqual;
  else if (c == '&' && c1 == '=') kind = TokenKind::AmperEqual;
  else if (c == '|' && c1 == '=') kind = TokenKind::VBarEqual;
  else if (c == '^' && c1 == '=') kind = TokenKind::CircumflexEqual;
  else if (c == '@' && c1 == '=') kind = TokenKind::AtEqual;
  else if (c == '-' && c1 == '>') kind = TokenKind::RArrow;
  else if (c == ':' && c1 == '=') kind = TokenKind::ColonEqual;
  else {
    len = 1;
    switch (c) {
      case '(': kind = TokenKind::LPar; break;
      case ')': kind = TokenKind::RPar; break;
      case '[': kind = TokenKind::LSqb; break;
      case ']': kind = TokenKind::RSqb; break;
      case '{': kind = TokenKind::LBrace; break;
      case '}': kind = TokenKind::RBrace; break;
      case ':': kind = TokenKind::Colon; break;
      case ',': kind = TokenKind::Comma; break;
      case ';': kind = TokenKind::Semi; break;
      case '+': kind = TokenKind::Plus; break;
      case '-': kind = TokenKind::Minus; break;
      case '*': kind = TokenKind::Star; break;
      case '/': kind = TokenKind::Slash; break;
      case '|': kind = TokenKind::VBar; break;
      case '&': kind = TokenKind::Amper; break;
      case '<': kind = TokenKind::Less; break;
      case '>': kind = TokenKind::Greater; break;
      case '=': kind = TokenKind::Equal; break;
      case '.': kind = TokenKind::Dot; break;
      case '%': kind = TokenKind::Percent; break;
      case '~': kind = TokenKind::Tilde; break;
      case '^': kind = TokenKind::Circumflex; break;
      case '@': kind = TokenKind::At; break;
      default: {
        unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", u);
          return fail(err, "SyntaxError", buf, lineno_, col + 1, col + 1);
        }
        return fail(err, "SyntaxError", "invalid syntax", lineno_, col + 1, col + 2);
      }
    }
  }
  pos_ += len;
  if (kind == TokenKind::LPar || kind == TokenKind::LSqb || kind == TokenKind::LBrace) {
    if (static_cast<int>(brackets_.size()) >= kMaxBrackets)
      return fail(err, "SyntaxError", "too many nested parentheses", lineno_, col + 1, col + 1);
    brackets_.push_back({c, lineno_, col});
  } else if (kind == TokenKind::RPar || kind == TokenKind::RSqb || kind == TokenKind::RBrace) {
    if (brackets_.empty())
      return fail(err, "SyntaxError", std::string("unmatched '") + c + "'", lineno_, col + 1, col + 1);
    Bracket open = brackets_.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (want != c) {
      std::string msg = std::string("closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + open.ch + "'";
      if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
      return fail(err, "SyntaxError", msg, lineno_, col + 1, col + 1);
    }
    brackets_.pop_back();
  }
  make(tok, kind, start, lineno_, col);
  return true;
}

}  // namespace frost
