/*
 * re_parse.cpp — Python regular-expression syntax translated into RE2 syntax,
 * and replacement templates.
 *
 * The parser is a port of CPython 3.11's re/_parser.py (same grammar, same
 * error messages and positions): it builds a small tree, which an emitter
 * then writes out in RE2 syntax.  Writing the RE2 text ourselves, rather than
 * handing RE2 the Python text, is what makes the semantics Python's:
 *
 *  - `\d \w \s` (and their negations, inside or outside classes) are Unicode
 *    for str patterns, as in Python; RE2's are ASCII.  Every class becomes an
 *    explicit list of code-point ranges (categories from the tables generated
 *    from CPython in re_unicode_tables.inc), so set algebra such as `[^\W\d]`
 *    is exact.  Because Unicode classes make RE2 programs large and slow to
 *    build, two programs are emitted: one whose categories are ASCII (exact for
 *    ASCII subjects, which are the common case) and one with the Unicode
 *    tables, compiled only when a non-ASCII str is searched.
 *  - `^`/`$`/`\A`/`\Z`/`.` are written with explicit RE2 flags for the mode in
 *    force (MULTILINE, DOTALL scoped by `(?m:...)` groups); `\Z` is RE2's
 *    `\z`.  A non-MULTILINE `$` is written `(?-m:$)` and `eos_dollar` tells
 *    the search (re_pattern.cpp) that it must also match before a final
 *    newline.
 *  - `{,n}` is `{0,n}`; group names are kept here (RE2 sees unnamed groups),
 *    so any Python identifier is a valid name.
 *  - VERBOSE whitespace and comments never reach RE2.
 *
 * Constructs that need backtracking — backreferences, lookaround, conditional
 * groups, possessive quantifiers, atomic groups — and repeat counts above
 * RE2's limit of 1000 are parsed (so that a malformed pattern gets CPython's
 * own message) and then rejected with re.error naming the construct.
 *
 * Errors: the parser never throws; the first error is recorded and every loop
 * stops once one is set.
 */
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "stdlib/re_internal.h"
#include "vm/errors.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/unicode.h"

namespace frost {

namespace {

struct CodeRange {
  uint32_t lo, hi;
};
#include "stdlib/re_unicode_tables.inc"

constexpr uint32_t kMaxRepeat = 4294967295u;  // CPython's MAXREPEAT
constexpr uint32_t kRe2MaxRepeat = 1000;      // RE2's limit on a counted repeat
constexpr int kMaxNesting = 400;              // nested groups (C stack of parser and RE2)
constexpr const char* kLinear = " is not supported by frost's re (RE2): patterns must run in linear time";

constexpr CodeRange kAsciiDigit[] = {{'0', '9'}};
constexpr CodeRange kAsciiWord[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
constexpr CodeRange kAsciiSpace[] = {{'\t', '\r'}, {' ', ' '}};

enum class Cat : uint8_t { Digit, NotDigit, Space, NotSpace, Word, NotWord };
enum class At : uint8_t { Beginning, BeginningString, End, EndString, Boundary, NonBoundary };
enum class Op : uint8_t { Literal, Any, In, Branch, Group, Repeat, At, Empty };

struct ClassItem {
  enum Kind : uint8_t { Lit, Range, Category } kind;
  uint32_t lo = 0, hi = 0;
  Cat cat = Cat::Digit;
};

struct Node;
using Seq = std::vector<Node>;

struct Node {
  Op op;
  uint32_t cp = 0;                // Literal
  bool negate = false;            // In
  std::vector<ClassItem> items;   // In
  std::vector<Seq> subs;          // Branch: the alternatives; Group, Repeat: subs[0] is the body
  int group = -1;                 // Group: the capture number, -1 for none
  int64_t add_flags = 0, del_flags = 0;   // Group
  uint32_t min = 0, max = 0;      // Repeat
  bool lazy = false;              // Repeat
  At at = At::Beginning;          // At
  int64_t flags = 0;              // Literal/In/Any/At: the flags in force where it was parsed
  explicit Node(Op o) : op(o) {}
};

// A token: one character or a backslash escape ("\\" + c).
struct Tok {
  bool none = true;
  bool esc = false;
  uint32_t c = 0;
  size_t len() const { return none ? 0 : esc ? 2 : 1; }
  bool is(uint32_t ch) const { return !none && !esc && c == ch; }
};

bool is_digit(const Tok& t) { return !t.none && !t.esc && t.c >= '0' && t.c <= '9'; }
bool is_octdigit(const Tok& t) { return !t.none && !t.esc && t.c >= '0' && t.c <= '7'; }
bool is_hexdigit(const Tok& t) {
  return !t.none && !t.esc &&
         ((t.c >= '0' && t.c <= '9') || (t.c >= 'a' && t.c <= 'f') || (t.c >= 'A' && t.c <= 'F'));
}
bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

void append_utf8(std::string& out, uint32_t c) {
  char buf[4];
  out.append(buf, static_cast<size_t>(unicode::utf8_encode(c, buf)));
}

std::string tok_text(const Tok& t) {
  std::string s;
  if (t.none) return s;
  if (t.esc) s.push_back('\\');
  append_utf8(s, t.c);
  return s;
}

std::string cps_text(const std::vector<uint32_t>& v) {
  std::string s;
  for (uint32_t c : v) append_utf8(s, c);
  return s;
}

// repr() of a str given as UTF-8, for "%r" in messages.
std::string py_repr(const std::string& utf8) {
  std::string out;
  str_repr_append(out, utf8);
  return out;
}

bool is_identifier(const std::vector<uint32_t>& name) {
  if (name.empty() || !unicode::is_id_start(name[0])) return false;
  for (size_t i = 1; i < name.size(); i++)
    if (!unicode::is_id_continue(name[i])) return false;
  return true;
}

// The tokenizer and parser state of _parser.py, with error recording in place
// of exceptions.
class Parser {
 public:
  Parser(const std::vector<uint32_t>& src, bool istext) : s_(src), istext_(istext) { advance(); }

  bool failed() const { return failed_; }

  // ---- Tokenizer -------------------------------------------------------------

  void advance() {
    size_t i = index_;
    if (i >= s_.size()) {
      next_ = Tok{};
      return;
    }
    uint32_t ch = s_[i];
    if (ch == '\\') {
      ++i;
      if (i >= s_.size()) {
        fail_at("bad escape (end of pattern)", static_cast<intptr_t>(s_.size()) - 1);
        next_ = Tok{};
        index_ = s_.size();
        return;
      }
      next_ = Tok{false, true, s_[i]};
    } else {
      next_ = Tok{false, false, ch};
    }
    index_ = i + 1;
  }
  bool match(uint32_t ch) {
    if (next_.is(ch)) {
      advance();
      return true;
    }
    return false;
  }
  Tok get() {
    Tok t = next_;
    advance();
    return t;
  }
  intptr_t tell() const { return static_cast<intptr_t>(index_ - next_.len()); }
  void seek(size_t i) {
    index_ = i;
    advance();
  }
  void fail_at(const std::string& msg, intptr_t pos) {
    if (failed_) return;
    failed_ = true;
    error_ = msg;
    error_pos_ = pos;
  }
  void fail(const std::string& msg, intptr_t offset = 0) { fail_at(msg, tell() - offset); }
  // Records the first construct RE2 cannot run; reported only if the whole
  // pattern is otherwise valid.
  void unsupported(const std::string& what, intptr_t pos) {
    if (unsupported_.empty()) {
      unsupported_ = what;
      unsupported_pos_ = pos;
    }
  }

  // Appends hex/oct digits (plain characters) while `pred` holds, at most n.
  std::vector<uint32_t> getwhile(int n, bool (*pred)(const Tok&)) {
    std::vector<uint32_t> r;
    for (int k = 0; k < n && pred(next_); k++) r.push_back(get().c);
    return r;
  }
  // getuntil(terminator, name): the characters up to `terminator`.
  bool getuntil(uint32_t terminator, const char* name, std::vector<uint32_t>* result) {
    result->clear();
    for (;;) {
      Tok c = next_;
      advance();
      if (failed_) return false;
      if (c.none) {
        if (result->empty()) fail(std::string("missing ") + name);
        else fail(std::string("missing ") + static_cast<char>(terminator) + ", unterminated name",
                  static_cast<intptr_t>(result->size()));
        return false;
      }
      if (c.is(terminator)) {
        if (result->empty()) {
          fail(std::string("missing ") + name, 1);
          return false;
        }
        return true;
      }
      if (c.esc) result->push_back('\\');
      result->push_back(c.c);
    }
  }
  bool checkgroupname(const std::vector<uint32_t>& name, intptr_t offset) {
    if (!is_identifier(name)) {
      fail("bad character in group name " + py_repr(cps_text(name)), static_cast<intptr_t>(name.size()) + offset);
      return false;
    }
    return true;
  }

  // ---- State -------------------------------------------------------------------

  int groups() const { return static_cast<int>(group_names_.size()); }
  int opengroup(const std::vector<uint32_t>* name) {
    int gid = groups();
    group_names_.emplace_back(name ? cps_text(*name) : std::string());
    group_closed_.push_back(false);
    close_order_.push_back(0);
    if (name) {
      auto it = groupdict_.find(group_names_.back());
      if (it != groupdict_.end()) {
        char buf[96];
        snprintf(buf, sizeof buf, " as group %d; was group %d", gid, it->second);
        fail("redefinition of group name " + py_repr(group_names_.back()) + buf,
             static_cast<intptr_t>(name->size()) + 1);
        return -1;
      }
      groupdict_[group_names_.back()] = gid;
    }
    return gid;
  }
  void closegroup(int gid) {
    group_closed_[static_cast<size_t>(gid)] = true;
    close_order_[static_cast<size_t>(gid)] = ++close_counter_;
  }
  bool checkgroup(int gid) const { return gid < groups() && group_closed_[static_cast<size_t>(gid)]; }

  // ---- escapes ---------------------------------------------------------------------

  // A class escape or expression escape that names a code point; true if
  // `esc` was one of those, with *cp set.
  bool code_escape(const Tok& esc, std::vector<uint32_t>* text, uint32_t* cp) {
    switch (esc.c) {
      case 'a': *cp = 7; return true;
      case 'f': *cp = '\f'; return true;
      case 'n': *cp = '\n'; return true;
      case 'r': *cp = '\r'; return true;
      case 't': *cp = '\t'; return true;
      case 'v': *cp = '\v'; return true;
      case '\\': *cp = '\\'; return true;
      default: break;
    }
    int width = esc.c == 'x' ? 2 : esc.c == 'u' && istext_ ? 4 : esc.c == 'U' && istext_ ? 8 : 0;
    if (width) {
      std::vector<uint32_t> digits = getwhile(width, is_hexdigit);
      text->insert(text->end(), digits.begin(), digits.end());
      std::string shown = "\\" + cps_text(*text);
      if (static_cast<int>(digits.size()) != width) {
        fail("incomplete escape " + shown, static_cast<intptr_t>(text->size()) + 1);
        return true;
      }
      uint64_t v = 0;
      for (uint32_t d : digits) v = v * 16 + (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
      if (v > 0x10FFFF) {
        fail("bad escape " + shown, static_cast<intptr_t>(text->size()) + 1);
        return true;
      }
      *cp = static_cast<uint32_t>(v);
      return true;
    }
    if (esc.c == 'N' && istext_) {
      if (!match('{')) {
        fail("missing {");
        return true;
      }
      std::vector<uint32_t> name;
      if (!getuntil('}', "character name", &name)) return true;
      unsupported("named Unicode escape \\N{...} is not supported by frost's re", tell() - static_cast<intptr_t>(name.size()) - 4);
      *cp = '?';
      return true;
    }
    return false;
  }

  // _class_escape: an escape inside [...]; a literal or a category.
  bool class_escape(const Tok& esc, ClassItem* out) {
    out->kind = ClassItem::Lit;
    switch (esc.c) {
      case 'd': *out = {ClassItem::Category, 0, 0, Cat::Digit}; return true;
      case 'D': *out = {ClassItem::Category, 0, 0, Cat::NotDigit}; return true;
      case 's': *out = {ClassItem::Category, 0, 0, Cat::Space}; return true;
      case 'S': *out = {ClassItem::Category, 0, 0, Cat::NotSpace}; return true;
      case 'w': *out = {ClassItem::Category, 0, 0, Cat::Word}; return true;
      case 'W': *out = {ClassItem::Category, 0, 0, Cat::NotWord}; return true;
      case 'b': out->lo = out->hi = '\b'; return true;
      default: break;
    }
    std::vector<uint32_t> text{esc.c};
    uint32_t cp;
    if (code_escape(esc, &text, &cp)) {
      out->lo = out->hi = cp;
      return !failed_;
    }
    if (esc.c >= '0' && esc.c <= '7') {
      std::vector<uint32_t> more = getwhile(2, is_octdigit);
      text.insert(text.end(), more.begin(), more.end());
      uint32_t v = 0;
      for (uint32_t d : text) v = v * 8 + (d - '0');
      if (v > 0377) {
        fail("octal escape value \\" + cps_text(text) + " outside of range 0-0o377",
             static_cast<intptr_t>(text.size()) + 1);
        return false;
      }
      out->lo = out->hi = v;
      return true;
    }
    if (esc.c >= '0' && esc.c <= '9') {
      fail("bad escape " + tok_text(esc), 2);
      return false;
    }
    if (is_ascii_letter(esc.c)) {
      fail("bad escape " + tok_text(esc), 2);
      return false;
    }
    out->lo = out->hi = esc.c;
    return true;
  }

  // _escape: an escape in an expression.
  bool escape(const Tok& esc, Seq* seq) {
    int64_t fl = flags_;
    auto push_at = [&](At at) {
      Node n(Op::At);
      n.at = at;
      n.flags = fl;
      seq->push_back(std::move(n));
    };
    auto push_cat = [&](Cat cat) {
      Node n(Op::In);
      n.items.push_back({ClassItem::Category, 0, 0, cat});
      n.flags = fl;
      seq->push_back(std::move(n));
    };
    auto push_lit = [&](uint32_t cp) {
      Node n(Op::Literal);
      n.cp = cp;
      n.flags = fl;
      seq->push_back(std::move(n));
    };
    switch (esc.c) {
      case 'A': push_at(At::BeginningString); return true;
      case 'Z': push_at(At::EndString); return true;
      case 'b': push_at(At::Boundary); return true;
      case 'B': push_at(At::NonBoundary); return true;
      case 'd': push_cat(Cat::Digit); return true;
      case 'D': push_cat(Cat::NotDigit); return true;
      case 's': push_cat(Cat::Space); return true;
      case 'S': push_cat(Cat::NotSpace); return true;
      case 'w': push_cat(Cat::Word); return true;
      case 'W': push_cat(Cat::NotWord); return true;
      default: break;
    }
    std::vector<uint32_t> text{esc.c};
    uint32_t cp;
    if (code_escape(esc, &text, &cp)) {
      if (failed_) return false;
      push_lit(cp);
      return true;
    }
    if (esc.c == '0') {
      std::vector<uint32_t> more = getwhile(2, is_octdigit);
      uint32_t v = 0;
      for (uint32_t d : more) v = v * 8 + (d - '0');
      push_lit(v);
      return true;
    }
    if (esc.c >= '1' && esc.c <= '9') {
      // An octal escape *or* a group reference (sigh), as in _parser.py.
      intptr_t start = tell() - 2;
      if (is_digit(next_)) {
        text.push_back(get().c);
        if (text[0] <= '7' && text[1] <= '7' && is_octdigit(next_)) {
          text.push_back(get().c);
          uint32_t v = 0;
          for (uint32_t d : text) v = v * 8 + (d - '0');
          if (v > 0377) {
            fail("octal escape value \\" + cps_text(text) + " outside of range 0-0o377",
                 static_cast<intptr_t>(text.size()) + 1);
            return false;
          }
          push_lit(v);
          return true;
        }
      }
      int group = 0;
      for (uint32_t d : text) group = group * 10 + static_cast<int>(d - '0');
      if (group < groups()) {
        if (!checkgroup(group)) {
          fail("cannot refer to an open group", static_cast<intptr_t>(text.size()) + 1);
          return false;
        }
        unsupported("backreference \\" + cps_text(text) + kLinear, start);
        push_lit('?');
        return true;
      }
      fail("invalid group reference " + std::to_string(group), static_cast<intptr_t>(text.size()));
      return false;
    }
    if (is_ascii_letter(esc.c)) {
      fail("bad escape " + tok_text(esc), 2);
      return false;
    }
    push_lit(esc.c);
    return true;
  }

  // ---- the grammar -------------------------------------------------------------------

  // _parse_sub: alternatives separated by '|'.
  bool parse_sub(bool verbose, int nested, Seq* out) {
    if (nested > kMaxNesting) {
      too_deep_ = true;
      fail("too deeply nested", 0);
      return false;
    }
    std::vector<Seq> items;
    for (;;) {
      items.emplace_back();
      if (!parse(verbose, nested + 1, nested == 0 && items.size() == 1, &items.back())) return false;
      if (!match('|')) break;
      if (nested == 0) verbose = (flags_ & kReVerbose) != 0;
    }
    if (items.size() == 1) {
      *out = std::move(items[0]);
      return true;
    }
    Node n(Op::Branch);
    n.subs = std::move(items);
    out->push_back(std::move(n));
    return true;
  }

  bool parse_flags(Tok ch, int64_t* add, int64_t* del, bool* global) {
    auto flag_of = [](uint32_t c) -> int64_t {
      switch (c) {
        case 'i': return kReIgnoreCase;
        case 'L': return kReLocale;
        case 'm': return kReMultiline;
        case 's': return kReDotAll;
        case 'x': return kReVerbose;
        case 'a': return kReAscii;
        case 't': return kReTemplate;
        case 'u': return kReUnicode;
        default: return 0;
      }
    };
    constexpr int64_t kTypeFlags = kReAscii | kReLocale | kReUnicode;
    constexpr int64_t kGlobalFlags = kReDebug | kReTemplate;
    auto is_alpha = [](const Tok& t) { return !t.none && !t.esc && unicode::is_alpha(t.c); };
    *add = *del = 0;
    *global = false;
    if (!ch.is('-')) {
      for (;;) {
        int64_t flag = flag_of(ch.c);
        if (istext_) {
          if (ch.c == 'L') {
            fail("bad inline flags: cannot use 'L' flag with a str pattern");
            return false;
          }
        } else if (ch.c == 'u') {
          fail("bad inline flags: cannot use 'u' flag with a bytes pattern");
          return false;
        }
        *add |= flag;
        if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag) {
          fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
          return false;
        }
        ch = get();
        if (ch.none) {
          fail("missing -, : or )");
          return false;
        }
        if (ch.is(')') || ch.is('-') || ch.is(':')) break;
        if (ch.esc || !flag_of(ch.c)) {
          fail(is_alpha(ch) ? "unknown flag" : "missing -, : or )", static_cast<intptr_t>(ch.len()));
          return false;
        }
      }
    }
    if (ch.is(')')) {
      flags_ |= *add;
      *global = true;
      return true;
    }
    if (*add & kGlobalFlags) {
      fail("bad inline flags: cannot turn on global flag", 1);
      return false;
    }
    if (ch.is('-')) {
      ch = get();
      if (ch.none) {
        fail("missing flag");
        return false;
      }
      if (ch.esc || !flag_of(ch.c)) {
        fail(is_alpha(ch) ? "unknown flag" : "missing flag", static_cast<intptr_t>(ch.len()));
        return false;
      }
      for (;;) {
        int64_t flag = flag_of(ch.c);
        if (flag & kTypeFlags) {
          fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
          return false;
        }
        *del |= flag;
        ch = get();
        if (ch.none) {
          fail("missing :");
          return false;
        }
        if (ch.is(':')) break;
        if (ch.esc || !flag_of(ch.c)) {
          fail(is_alpha(ch) ? "unknown flag" : "missing :", static_cast<intptr_t>(ch.len()));
          return false;
        }
      }
    }
    if (*del & kGlobalFlags) {
      fail("bad inline flags: cannot turn off global flag", 1);
      return false;
    }
    if (*add & *del) {
      fail("bad inline flags: flag turned on and off", 1);
      return false;
    }
    return true;
  }

  // Parses a character class after its '['.
  bool parse_class(Seq* seq, intptr_t here) {
    Node n(Op::In);
    n.flags = flags_;
    n.negate = match('^');
    for (;;) {
      Tok t = get();
      if (failed_) return false;
      if (t.none) {
        fail("unterminated character set", tell() - here);
        return false;
      }
      if (t.is(']') && !n.items.empty()) break;
      ClassItem code1;
      if (t.esc) {
        if (!class_escape(t, &code1)) return false;
      } else {
        code1 = {ClassItem::Lit, t.c, t.c, Cat::Digit};
      }
      if (match('-')) {
        Tok that = get();
        if (failed_) return false;
        if (that.none) {
          fail("unterminated character set", tell() - here);
          return false;
        }
        if (that.is(']')) {
          n.items.push_back(code1);
          n.items.push_back({ClassItem::Lit, '-', '-', Cat::Digit});
          break;
        }
        ClassItem code2;
        if (that.esc) {
          if (!class_escape(that, &code2)) return false;
        } else {
          code2 = {ClassItem::Lit, that.c, that.c, Cat::Digit};
        }
        std::string range_text = tok_text(t) + "-" + tok_text(that);
        if (code1.kind != ClassItem::Lit || code2.kind != ClassItem::Lit || code2.lo < code1.lo) {
          fail("bad character range " + range_text, static_cast<intptr_t>(t.len() + 1 + that.len()));
          return false;
        }
        n.items.push_back({ClassItem::Range, code1.lo, code2.lo, Cat::Digit});
      } else {
        n.items.push_back(code1);
      }
    }
    seq->push_back(std::move(n));
    return true;
  }

  // Parses a repeat operator `this` applied to the last item of `seq`.
  bool parse_repeat(const Tok& t, Seq* seq) {
    intptr_t here = tell();
    uint32_t min = 0, max = kMaxRepeat;
    if (t.is('?')) {
      max = 1;
    } else if (t.is('+')) {
      min = 1;
    } else if (t.is('{')) {
      if (next_.is('}')) {
        Node lit(Op::Literal);
        lit.cp = '{';
        lit.flags = flags_;
        seq->push_back(std::move(lit));
        return true;
      }
      std::string lo, hi;
      while (is_digit(next_)) lo.push_back(static_cast<char>(get().c));
      if (match(',')) {
        while (is_digit(next_)) hi.push_back(static_cast<char>(get().c));
      } else {
        hi = lo;
      }
      if (!match('}')) {
        Node lit(Op::Literal);
        lit.cp = '{';
        lit.flags = flags_;
        seq->push_back(std::move(lit));
        seek(static_cast<size_t>(here));
        return true;
      }
      auto number = [&](const std::string& digits, uint32_t* out) {
        uint64_t v = 0;
        for (char d : digits) {
          v = v * 10 + static_cast<uint64_t>(d - '0');
          if (v >= kMaxRepeat) {
            overflow_ = true;
            fail("the repetition number is too large", 0);
            return false;
          }
        }
        *out = static_cast<uint32_t>(v);
        return true;
      };
      if (!lo.empty() && !number(lo, &min)) return false;
      if (!hi.empty()) {
        if (!number(hi, &max)) return false;
        if (max < min) {
          fail("min repeat greater than max repeat", tell() - here);
          return false;
        }
      }
    }
    intptr_t op_pos = here - 1;
    if (seq->empty() || seq->back().op == Op::At || seq->back().op == Op::Empty) {
      fail("nothing to repeat", tell() - here + 1);
      return false;
    }
    if (seq->back().op == Op::Repeat) {
      fail("multiple repeat", tell() - here + 1);
      return false;
    }
    Node rep(Op::Repeat);
    rep.min = min;
    rep.max = max;
    rep.subs.emplace_back();
    rep.subs[0].push_back(std::move(seq->back()));
    seq->pop_back();
    if ((max != kMaxRepeat && max > kRe2MaxRepeat) || min > kRe2MaxRepeat) {
      char buf[160];
      snprintf(buf, sizeof buf,
               "repetition count %u is above the limit of frost's re (RE2): counted repeats allow at most %u",
               max != kMaxRepeat && max > kRe2MaxRepeat ? max : min, kRe2MaxRepeat);
      unsupported(buf, op_pos);
    }
    if (match('?')) {
      rep.lazy = true;
    } else if (match('+')) {
      std::string q = t.is('{') ? "{m,n}+" : tok_text(t) + "+";
      unsupported("possessive quantifier " + q + kLinear, op_pos);
    }
    seq->push_back(std::move(rep));
    return true;
  }

  // Parses what follows "(": groups, extensions, comments, flags.
  bool parse_group(bool verbose, int nested, bool first, Seq* seq) {
    intptr_t start = tell() - 1;
    bool capture = true;
    std::vector<uint32_t> name;
    bool named = false;
    int64_t add_flags = 0, del_flags = 0;
    if (match('?')) {
      Tok ch = get();
      if (failed_) return false;
      if (ch.none) {
        fail("unexpected end of pattern");
        return false;
      }
      if (ch.is('P')) {
        if (match('<')) {
          if (!getuntil('>', "group name", &name) || !checkgroupname(name, 1)) return false;
          named = true;
        } else if (match('=')) {
          if (!getuntil(')', "group name", &name) || !checkgroupname(name, 1)) return false;
          auto it = groupdict_.find(cps_text(name));
          if (it == groupdict_.end()) {
            fail("unknown group name " + py_repr(cps_text(name)), static_cast<intptr_t>(name.size()) + 1);
            return false;
          }
          if (!checkgroup(it->second)) {
            fail("cannot refer to an open group", static_cast<intptr_t>(name.size()) + 1);
            return false;
          }
          unsupported("backreference (?P=" + cps_text(name) + ")" + kLinear, start);
          Node lit(Op::Literal);
          lit.cp = '?';
          seq->push_back(std::move(lit));
          return true;
        } else {
          Tok c2 = get();
          if (c2.none) {
            fail("unexpected end of pattern");
            return false;
          }
          fail("unknown extension ?P" + tok_text(c2), static_cast<intptr_t>(c2.len()) + 2);
          return false;
        }
      } else if (ch.is(':')) {
        capture = false;
      } else if (ch.is('#')) {
        for (;;) {
          if (next_.none) {
            fail("missing ), unterminated comment", tell() - start);
            return false;
          }
          if (get().is(')')) break;
          if (failed_) return false;
        }
        return true;
      } else if (ch.is('=') || ch.is('!') || ch.is('<')) {
        bool behind = false;
        if (ch.is('<')) {
          ch = get();
          if (ch.none) {
            fail("unexpected end of pattern");
            return false;
          }
          if (!ch.is('=') && !ch.is('!')) {
            fail("unknown extension ?<" + tok_text(ch), static_cast<intptr_t>(ch.len()) + 2);
            return false;
          }
          behind = true;
        }
        Seq body;
        if (!parse_sub(verbose, nested + 1, &body)) return false;
        if (!match(')')) {
          fail("missing ), unterminated subpattern", tell() - start);
          return false;
        }
        std::string what = behind ? (ch.is('=') ? "lookbehind (?<=...)" : "negative lookbehind (?<!...)")
                                  : (ch.is('=') ? "lookahead (?=...)" : "negative lookahead (?!...)");
        unsupported(what + kLinear, start);
        Node lit(Op::Literal);
        lit.cp = '?';
        seq->push_back(std::move(lit));
        return true;
      } else if (ch.is('(')) {
        std::vector<uint32_t> cond;
        if (!getuntil(')', "group name", &cond)) return false;
        if (is_identifier(cond)) {
          if (groupdict_.find(cps_text(cond)) == groupdict_.end()) {
            fail("unknown group name " + py_repr(cps_text(cond)), static_cast<intptr_t>(cond.size()) + 1);
            return false;
          }
        } else {
          uint64_t v = 0;
          bool ok = true;
          for (uint32_t d : cond) {
            if (d < '0' || d > '9') {
              ok = false;
              break;
            }
            v = std::min<uint64_t>(v * 10 + (d - '0'), uint64_t{1} << 40);
          }
          if (!ok) {
            fail("bad character in group name " + py_repr(cps_text(cond)), static_cast<intptr_t>(cond.size()) + 1);
            return false;
          }
          if (v == 0) {
            fail("bad group number", static_cast<intptr_t>(cond.size()) + 1);
            return false;
          }
          if (v >= 1073741823) {
            fail("invalid group reference " + std::to_string(v), static_cast<intptr_t>(cond.size()) + 1);
            return false;
          }
          if (!grouprefpos_.count(static_cast<int>(v)))
            grouprefpos_[static_cast<int>(v)] = tell() - static_cast<intptr_t>(cond.size()) - 1;
        }
        Seq yes, no;
        if (!parse(verbose, nested + 1, false, &yes)) return false;
        if (match('|')) {
          if (!parse(verbose, nested + 1, false, &no)) return false;
          if (next_.is('|')) {
            fail("conditional backref with more than two branches");
            return false;
          }
        }
        if (!match(')')) {
          fail("missing ), unterminated subpattern", tell() - start);
          return false;
        }
        unsupported(std::string("conditional group (?(id/name)yes|no)") + kLinear, start);
        Node lit(Op::Literal);
        lit.cp = '?';
        seq->push_back(std::move(lit));
        return true;
      } else if (ch.is('>')) {
        capture = false;
        unsupported(std::string("atomic group (?>...)") + kLinear, start);
      } else if (!ch.esc && (ch.c == '-' || std::string_view("iLmsxatu").find(static_cast<char>(ch.c)) !=
                                                    std::string_view::npos) && ch.c < 0x80) {
        bool global;
        if (!parse_flags(ch, &add_flags, &del_flags, &global)) return false;
        if (global) {
          if (!first || !seq->empty()) {
            fail("global flags not at the start of the expression", tell() - start);
            return false;
          }
          return true;
        }
        capture = false;
      } else {
        fail("unknown extension ?" + tok_text(ch), static_cast<intptr_t>(ch.len()) + 1);
        return false;
      }
    }
    int group = -1;
    if (capture) {
      group = opengroup(named ? &name : nullptr);
      if (group < 0) return false;
    }
    bool sub_verbose = (verbose || (add_flags & kReVerbose)) && !(del_flags & kReVerbose);
    int64_t saved = flags_;
    flags_ = (flags_ | add_flags) & ~del_flags;
    Seq body;
    bool ok = parse_sub(sub_verbose, nested + 1, &body);
    flags_ = saved;
    if (!ok) return false;
    if (!match(')')) {
      fail("missing ), unterminated subpattern", tell() - start);
      return false;
    }
    if (group >= 0) closegroup(group);
    Node n(Op::Group);
    n.group = group;
    n.add_flags = add_flags;
    n.del_flags = del_flags;
    n.subs.push_back(std::move(body));
    seq->push_back(std::move(n));
    return true;
  }

  // _parse: a sequence of items up to '|' or ')'.
  bool parse(bool verbose, int nested, bool first, Seq* seq) {
    for (;;) {
      if (failed_) return false;
      const Tok t0 = next_;
      if (t0.none || t0.is('|') || t0.is(')')) break;
      Tok t = get();
      if (failed_) return false;
      if (verbose && !t.esc) {
        if (t.c == ' ' || t.c == '\t' || t.c == '\n' || t.c == '\r' || t.c == '\v' || t.c == '\f') continue;
        if (t.c == '#') {
          for (;;) {
            Tok c = get();
            if (c.none || c.is('\n')) break;
          }
          continue;
        }
      }
      if (t.esc) {
        if (!escape(t, seq)) return false;
        continue;
      }
      switch (t.c) {
        case '[':
          if (!parse_class(seq, tell() - 1)) return false;
          break;
        case '*':
        case '+':
        case '?':
        case '{':
          if (!parse_repeat(t, seq)) return false;
          break;
        case '.': {
          Node n(Op::Any);
          n.flags = flags_;
          seq->push_back(std::move(n));
          break;
        }
        case '(':
          if (!parse_group(verbose, nested, first, seq)) return false;
          // Global flags may change VERBOSE for the rest of the pattern.
          if (first && seq->empty()) verbose = (flags_ & kReVerbose) != 0;
          break;
        case '^':
        case '$': {
          Node n(Op::At);
          n.at = t.c == '^' ? At::Beginning : At::End;
          n.flags = flags_;
          seq->push_back(std::move(n));
          break;
        }
        default: {
          Node n(Op::Literal);
          n.cp = t.c;
          n.flags = flags_;
          seq->push_back(std::move(n));
          break;
        }
      }
    }
    return !failed_;
  }

  // The whole pattern (parse()).
  bool parse_pattern(int64_t flags, Seq* out) {
    flags_ = flags;
    group_names_.emplace_back();   // group 0
    group_closed_.push_back(true);
    close_order_.push_back(0);
    if (!parse_sub((flags & kReVerbose) != 0, 0, out)) return false;
    if (!next_.none) {
      fail("unbalanced parenthesis");
      return false;
    }
    for (auto& [g, pos] : grouprefpos_) {
      if (g >= groups()) {
        fail_at("invalid group reference " + std::to_string(g), pos);
        return false;
      }
    }
    return true;
  }

  const std::vector<uint32_t>& s_;
  bool istext_;
  size_t index_ = 0;
  Tok next_;
  bool failed_ = false;
  bool overflow_ = false;
  bool too_deep_ = false;
  std::string error_;
  intptr_t error_pos_ = -1;
  std::string unsupported_;
  intptr_t unsupported_pos_ = -1;
  int64_t flags_ = 0;
  std::vector<std::string> group_names_;
  std::vector<bool> group_closed_;
  std::vector<int> close_order_;
  int close_counter_ = 0;
  std::unordered_map<std::string, int> groupdict_;
  std::map<int, intptr_t> grouprefpos_;
};

// ---- the RE2 emitter ---------------------------------------------------------------

// Case-insensitivity is written out per node rather than left to a global
// RE2 (?i): Python tests \w \d \s (and their negations) on the character
// itself, while RE2 would close them under case folding ((?i)\W would then
// match 'k', because the Kelvin sign K is not a word character of ASCII
// mode and folds to 'k').  In ASCII mode and for bytes patterns only ASCII
// letters fold, as in Python; there the folding is spelled out in classes.
struct Emitter {
  bool latin1;          // bytes pattern: RE2 runs in Latin-1 mode
  bool unicode_cats;    // \w \d \s from the Unicode tables (str patterns not in ASCII mode)
  std::string out;

  uint32_t max_cp() const { return latin1 ? 0xFF : 0x10FFFF; }
  // Whether case folding of `flags` is Python's ASCII-only folding.
  bool ascii_fold(int64_t flags) const { return latin1 || (flags & kReAscii); }

  void cp(uint32_t c) {
    if ((c >= '0' && c <= '9') || is_ascii_letter(c) || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[16];
      snprintf(buf, sizeof buf, "\\x{%X}", c);
      out += buf;
    }
  }

  void add_category(std::vector<CodeRange>& rs, Cat cat, int64_t flags) const {
    bool uni = unicode_cats && !(flags & kReAscii);
    const CodeRange* b;
    const CodeRange* e;
    switch (cat) {
      case Cat::Digit:
      case Cat::NotDigit:
        b = uni ? std::begin(kDigitRanges) : std::begin(kAsciiDigit);
        e = uni ? std::end(kDigitRanges) : std::end(kAsciiDigit);
        break;
      case Cat::Word:
      case Cat::NotWord:
        b = uni ? std::begin(kWordRanges) : std::begin(kAsciiWord);
        e = uni ? std::end(kWordRanges) : std::end(kAsciiWord);
        break;
      default:
        b = uni ? std::begin(kSpaceRanges) : std::begin(kAsciiSpace);
        e = uni ? std::end(kSpaceRanges) : std::end(kAsciiSpace);
        break;
    }
    bool negated = cat == Cat::NotDigit || cat == Cat::NotWord || cat == Cat::NotSpace;
    if (!negated) {
      rs.insert(rs.end(), b, e);
      return;
    }
    uint32_t next = 0;
    for (const CodeRange* r = b; r != e; ++r) {
      if (r->lo > next) rs.push_back({next, r->lo - 1});
      next = r->hi + 1;
    }
    if (next <= 0x10FFFF) rs.push_back({next, 0x10FFFF});
  }

  // Sorted, merged and clipped to the code points of the mode.
  std::vector<CodeRange> normalize(std::vector<CodeRange> rs) const {
    std::sort(rs.begin(), rs.end(), [](const CodeRange& a, const CodeRange& b) { return a.lo < b.lo; });
    std::vector<CodeRange> merged;
    for (const CodeRange& r : rs) {
      if (r.lo > max_cp()) break;
      CodeRange c{r.lo, std::min(r.hi, max_cp())};
      if (!merged.empty() && c.lo <= merged.back().hi + 1) merged.back().hi = std::max(merged.back().hi, c.hi);
      else merged.push_back(c);
    }
    return merged;
  }

  // Adds the case variants of the code points in `rs`: the other ASCII case
  // in ASCII mode, else the simple lower and upper case mappings.
  static void add_case_variants(std::vector<CodeRange>& rs, bool ascii_only) {
    size_t n = rs.size();
    for (size_t i = 0; i < n; i++) {
      CodeRange r = rs[i];
      if (ascii_only) {
        uint32_t lo = std::max<uint32_t>(r.lo, 'A'), hi = std::min<uint32_t>(r.hi, 'Z');
        if (lo <= hi) rs.push_back({lo + 32, hi + 32});
        lo = std::max<uint32_t>(r.lo, 'a');
        hi = std::min<uint32_t>(r.hi, 'z');
        if (lo <= hi) rs.push_back({lo - 32, hi - 32});
        continue;
      }
      for (uint32_t c = r.lo; c <= r.hi; c++) {
        uint32_t m[3];
        if (unicode::to_lower(c, m) == 1 && m[0] != c) rs.push_back({m[0], m[0]});
        if (unicode::to_upper(c, m) == 1 && m[0] != c) rs.push_back({m[0], m[0]});
        if (c == 0x10FFFF) break;
      }
    }
  }

  void emit_ranges(const std::vector<CodeRange>& merged, bool negate) {
    if (merged.empty()) {
      // The empty set: nothing matches, or (negated) everything does.
      if (negate) out += "(?s:.)";
      else out += latin1 ? "[^\\x00-\\x{FF}]" : "[^\\x00-\\x{10FFFF}]";
      return;
    }
    if (!negate && merged.size() == 1 && merged[0].lo == merged[0].hi) {
      cp(merged[0].lo);
      return;
    }
    out += negate ? "[^" : "[";
    for (const CodeRange& r : merged) {
      cp(r.lo);
      if (r.hi != r.lo) {
        out.push_back('-');
        cp(r.hi);
      }
    }
    out.push_back(']');
  }

  void emit_class(const Node& n) {
    std::vector<CodeRange> lits, cats;
    for (const ClassItem& it : n.items) {
      if (it.kind == ClassItem::Category) add_category(cats, it.cat, n.flags);
      else lits.push_back({it.lo, it.hi});
    }
    bool icase = (n.flags & kReIgnoreCase) != 0;
    if (icase && (ascii_fold(n.flags) || (n.negate && !cats.empty()))) {
      add_case_variants(lits, ascii_fold(n.flags));
      icase = false;
    }
    if (!icase || lits.empty()) {
      lits.insert(lits.end(), cats.begin(), cats.end());
      emit_ranges(normalize(std::move(lits)), n.negate);
      return;
    }
    // Unicode folding of the literal part by RE2, categories as they are.
    if (cats.empty()) {
      out += "(?i:";
      emit_ranges(normalize(std::move(lits)), n.negate);
      out.push_back(')');
      return;
    }
    out += "(?:(?i:";
    emit_ranges(normalize(std::move(lits)), false);
    out += ")|";
    emit_ranges(normalize(std::move(cats)), false);
    out.push_back(')');
  }

  void emit_seq(const Seq& seq) {
    for (size_t i = 0; i < seq.size(); i++) {
      const Node& n = seq[i];
      if (n.op == Op::Literal && (n.flags & kReIgnoreCase) && !ascii_fold(n.flags)) {
        // A run of case-insensitive literals shares one (?i:...).
        out += "(?i:";
        for (; i < seq.size() && seq[i].op == Op::Literal && seq[i].flags == n.flags; i++) cp(seq[i].cp);
        out.push_back(')');
        --i;
        continue;
      }
      emit(n);
    }
  }

  void emit(const Node& n) {
    switch (n.op) {
      case Op::Empty:
        break;
      case Op::Literal:
        if ((n.flags & kReIgnoreCase) && is_ascii_letter(n.cp)) {
          // ASCII folding (Unicode folding is handled by emit_seq).
          out.push_back('[');
          out.push_back(static_cast<char>(n.cp & ~0x20u));
          out.push_back(static_cast<char>(n.cp | 0x20u));
          out.push_back(']');
        } else {
          cp(n.cp);
        }
        break;
      case Op::Any:
        out += (n.flags & kReDotAll) ? "(?s:.)" : "(?-s:.)";
        break;
      case Op::In:
        emit_class(n);
        break;
      case Op::Branch:
        out += "(?:";
        for (size_t i = 0; i < n.subs.size(); i++) {
          if (i) out.push_back('|');
          emit_seq(n.subs[i]);
        }
        out.push_back(')');
        break;
      case Op::Group:
        out += n.group >= 0 ? "(" : "(?:";
        emit_seq(n.subs[0]);
        out.push_back(')');
        break;
      case Op::Repeat: {
        out += "(?:";
        emit_seq(n.subs[0]);
        out.push_back(')');
        char buf[48];
        if (n.max == kMaxRepeat) {
          if (n.min == 0) out.push_back('*');
          else if (n.min == 1) out.push_back('+');
          else {
            snprintf(buf, sizeof buf, "{%u,}", n.min);
            out += buf;
          }
        } else if (n.min == 0 && n.max == 1) {
          out.push_back('?');
        } else if (n.min == n.max) {
          snprintf(buf, sizeof buf, "{%u}", n.min);
          out += buf;
        } else {
          snprintf(buf, sizeof buf, "{%u,%u}", n.min, n.max);
          out += buf;
        }
        if (n.lazy) out.push_back('?');
        break;
      }
      case Op::At:
        switch (n.at) {
          case At::Beginning: out += (n.flags & kReMultiline) ? "(?m:^)" : "\\A"; break;
          case At::BeginningString: out += "\\A"; break;
          // A non-MULTILINE `$` is written (?-m:$) (RE2: end of text), so
          // that the "dollar" program variant can make it (?m:$).
          case At::End: out += (n.flags & kReMultiline) ? "(?m:$)" : "(?-m:$)"; break;
          case At::EndString: out += "\\z"; break;
          case At::Boundary: out += "\\b"; break;
          case At::NonBoundary: out += "\\B"; break;
        }
        break;
    }
  }
};

bool has_eos_dollar(const Seq& seq) {
  for (const Node& n : seq) {
    if (n.op == Op::At && n.at == At::End && !(n.flags & kReMultiline)) return true;
    for (const Seq& s : n.subs)
      if (has_eos_dollar(s)) return true;
  }
  return false;
}

}  // namespace

void re_translate(const std::vector<uint32_t>& pattern, bool is_bytes, int64_t flags, ReTranslation* out) {
  // fix_flags for the flags argument, before parsing as CPython's compile.
  Parser p(pattern, !is_bytes);
  Seq tree;
  bool ok = p.parse_pattern(flags, &tree);
  if (!ok) {
    out->error = p.error_;
    out->error_pos = p.too_deep_ ? -1 : p.error_pos_;
    out->error_is_overflow = p.overflow_;
    if (p.too_deep_) out->error = "maximum recursion depth exceeded";
    if (is_bytes) {
      // The tokenizer saw the bytes as Latin-1 code points, which reached the
      // message as UTF-8; CPython shows them backslash-escaped.
      std::string ascii;
      const char* q = out->error.data();
      const char* end = q + out->error.size();
      while (q < end) {
        int len;
        uint32_t c = unicode::utf8_decode(q, &len);
        q += len;
        if (c < 0x80) {
          ascii.push_back(static_cast<char>(c));
        } else {
          char buf[16];
          snprintf(buf, sizeof buf, "\\x%02x", c);
          ascii += buf;
        }
      }
      out->error = ascii;
    }
    return;
  }
  int64_t f = p.flags_;
  // fix_flags on the final flags.
  if (!is_bytes) {
    if (f & kReLocale) {
      out->error = "cannot use LOCALE flag with a str pattern";
      out->error_is_value = true;
      return;
    }
    if (!(f & kReAscii)) f |= kReUnicode;
    else if (f & kReUnicode) {
      out->error = "ASCII and UNICODE flags are incompatible";
      out->error_is_value = true;
      return;
    }
  } else {
    if (f & kReUnicode) {
      out->error = "cannot use UNICODE flag with a bytes pattern";
      out->error_is_value = true;
      return;
    }
    if ((f & kReLocale) && (f & kReAscii)) {
      out->error = "ASCII and LOCALE flags are incompatible";
      out->error_is_value = true;
      return;
    }
  }
  if (!p.unsupported_.empty()) {
    out->error = p.unsupported_;
    out->error_pos = p.unsupported_pos_;
    return;
  }
  out->flags = f;
  out->groups = p.groups() - 1;
  out->group_names = p.group_names_;
  out->close_order = p.close_order_;
  out->eos_dollar = has_eos_dollar(tree);
  auto render = [&](bool unicode_cats) {
    Emitter e{is_bytes, unicode_cats, {}};
    e.emit_seq(tree);
    return e.out;
  };
  out->ascii_program = render(false);
  if (!is_bytes) {
    // Even an ASCII pattern may switch Unicode back on in a (?u:...) group.
    std::string uni = render(true);
    if (uni != out->ascii_program) out->unicode_program = std::move(uni);
  }
}

// ---- replacement templates (parse_template) ------------------------------------------

bool re_parse_template(Object* pattern, Object* repl, ReTemplate* out) {
  PatternObject* p = static_cast<PatternObject*>(pattern);
  bool istext = is_str(repl);
  std::vector<uint32_t> cps;
  if (istext) {
    const char* q = str_data(repl);
    const char* end = q + str_size(repl);
    cps.reserve(static_cast<size_t>(str_length(repl)));
    while (q < end) {
      int len;
      cps.push_back(unicode::utf8_decode(q, &len));
      q += len;
    }
  } else {
    std::string_view v;
    bytes_like_view(repl, &v);
    for (unsigned char c : v) cps.push_back(c);
  }
  Parser s(cps, istext);
  out->pieces.clear();
  std::string literal;
  auto lit = [&](uint32_t c) {
    if (istext) append_utf8(literal, c);
    else literal.push_back(static_cast<char>(c));
  };
  auto addgroup = [&](int64_t index, intptr_t offset) {
    if (index > p->groups) {
      s.fail("invalid group reference " + std::to_string(index), offset);
      return false;
    }
    if (!literal.empty()) {
      out->pieces.push_back({std::move(literal), -1});
      literal.clear();
    }
    out->pieces.push_back({std::string(), static_cast<int>(index)});
    return true;
  };
  auto error = [&]() {
    re_raise_error(s.error_, repl, s.error_pos_);
    return false;
  };
  for (;;) {
    if (s.failed()) return error();
    Tok t = s.get();
    if (s.failed()) return error();
    if (t.none) break;
    if (!t.esc) {
      lit(t.c);
      continue;
    }
    uint32_t c = t.c;
    if (c == 'g') {
      if (!s.match('<')) {
        s.fail("missing <");
        return error();
      }
      std::vector<uint32_t> name;
      if (!s.getuntil('>', "group name", &name)) return error();
      int64_t index = 0;
      if (is_identifier(name)) {
        Object* key = str_from(cps_text(name));
        if (!key) return false;
        Object* v = dict_get(p->groupindex, key);
        decref(key);
        if (!v) {
          if (!error_occurred())
            raise(&exc::IndexError, "unknown group name %s", py_repr(cps_text(name)).c_str());
          return false;
        }
        int_as_i64(v, &index);
      } else {
        bool ok = !name.empty();
        for (uint32_t d : name) {
          if (d < '0' || d > '9') {
            ok = false;
            break;
          }
          index = std::min<int64_t>(index * 10 + (d - '0'), int64_t{1} << 40);
        }
        if (!ok) {
          s.fail("bad character in group name " + py_repr(cps_text(name)), static_cast<intptr_t>(name.size()) + 1);
          return error();
        }
        if (index >= 1073741823) {
          s.fail("invalid group reference " + std::to_string(index), static_cast<intptr_t>(name.size()) + 1);
          return error();
        }
      }
      if (!addgroup(index, static_cast<intptr_t>(name.size()) + 1)) return error();
    } else if (c == '0') {
      uint32_t v = 0;
      for (int k = 0; k < 2 && is_octdigit(s.next_); k++) v = v * 8 + (s.get().c - '0');
      lit(v & 0xff);
    } else if (c >= '1' && c <= '9') {
      std::vector<uint32_t> digits{c};
      bool isoctal = false;
      if (is_digit(s.next_)) {
        digits.push_back(s.get().c);
        if (c <= '7' && digits[1] <= '7' && is_octdigit(s.next_)) {
          digits.push_back(s.get().c);
          isoctal = true;
          uint32_t v = 0;
          for (uint32_t d : digits) v = v * 8 + (d - '0');
          if (v > 0377) {
            s.fail("octal escape value \\" + cps_text(digits) + " outside of range 0-0o377",
                   static_cast<intptr_t>(digits.size()) + 1);
            return error();
          }
          lit(v);
        }
      }
      if (!isoctal) {
        int64_t index = 0;
        for (uint32_t d : digits) index = index * 10 + (d - '0');
        if (!addgroup(index, static_cast<intptr_t>(digits.size()))) return error();
      }
    } else {
      uint32_t e;
      switch (c) {
        case 'a': e = 7; break;
        case 'b': e = '\b'; break;
        case 'f': e = '\f'; break;
        case 'n': e = '\n'; break;
        case 'r': e = '\r'; break;
        case 't': e = '\t'; break;
        case 'v': e = '\v'; break;
        case '\\': e = '\\'; break;
        default:
          if (is_ascii_letter(c)) {
            s.fail("bad escape " + tok_text(t), 2);
            return error();
          }
          lit('\\');
          e = c;
          break;
      }
      lit(e);
    }
  }
  if (!literal.empty()) out->pieces.push_back({std::move(literal), -1});
  return true;
}

}  // namespace frost
