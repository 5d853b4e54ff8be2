// The expression evaluator of text_eval.h: a recursive-descent parser that
// evaluates as it parses.  Every value is an owned reference held in a Ref;
// a failure (a guest exception, or a syntax error reported as SyntaxError)
// returns an empty Ref up the chain, releasing everything on the way, so
// that the refcount balance checks of the tests stay meaningful.
#include "text_eval.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/range_slice.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

using namespace frost;

namespace frost_test {

namespace {

// An owned reference.
class Ref {
 public:
  Ref() = default;
  explicit Ref(Object* o) : o_(o) {}
  Ref(Ref&& r) noexcept : o_(std::exchange(r.o_, nullptr)) {}
  Ref& operator=(Ref&& r) noexcept {
    xdecref(o_);
    o_ = std::exchange(r.o_, nullptr);
    return *this;
  }
  ~Ref() { xdecref(o_); }
  Object* get() const { return o_; }
  Object* release() { return std::exchange(o_, nullptr); }
  explicit operator bool() const { return o_ != nullptr; }

 private:
  Object* o_ = nullptr;
};

class Parser {
 public:
  explicit Parser(const std::string& s) : s_(s) {}

  Ref parse() {
    Ref v = expr();
    skip();
    if (v && pos_ != s_.size()) return syntax("trailing text");
    return v;
  }

 private:
  const std::string& s_;
  size_t pos_ = 0;

  Ref syntax(const char* what) {
    if (!error_occurred()) raise(&exc::SyntaxError, "text_eval: %s at %zu in %s", what, pos_, s_.c_str());
    return {};
  }
  static Ref check(Object* o) { return Ref(o); }

  void skip() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
  }
  bool eat(const char* tok) {
    skip();
    size_t n = strlen(tok);
    if (s_.compare(pos_, n, tok) != 0) return false;
    // A keyword operator must not run into a name.
    if (isalpha(static_cast<unsigned char>(tok[0])) && pos_ + n < s_.size() &&
        (isalnum(static_cast<unsigned char>(s_[pos_ + n])) || s_[pos_ + n] == '_')) {
      return false;
    }
    pos_ += n;
    return true;
  }
  bool expect(const char* tok) {
    if (eat(tok)) return true;
    syntax(tok);
    return false;
  }
  bool peek(char c) {
    skip();
    return pos_ < s_.size() && s_[pos_] == c;
  }
  std::string name() {
    skip();
    size_t start = pos_;
    while (pos_ < s_.size() && (isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) ++pos_;
    return s_.substr(start, pos_ - start);  // empty: not a name
  }

  Ref expr() {
    Ref a = arith();
    if (!a) return {};
    static const std::pair<const char*, CompareOp> ops[] = {
        {"==", CompareOp::Eq}, {"!=", CompareOp::Ne}, {"<=", CompareOp::Le},
        {">=", CompareOp::Ge}, {"<", CompareOp::Lt},  {">", CompareOp::Gt}};
    for (auto& [tok, op] : ops) {
      if (eat(tok)) {
        Ref b = arith();
        if (!b) return {};
        return check(object_richcompare(a.get(), b.get(), op));
      }
    }
    bool negate = false;
    if (eat("not")) {
      negate = true;
      if (!expect("in")) return {};
    } else if (!eat("in")) {
      return a;
    }
    Ref b = arith();
    if (!b) return {};
    int r = object_contains(b.get(), a.get());
    if (r < 0) return {};
    return Ref(newref(bool_from((r == 1) != negate)));
  }

  Ref arith() {
    Ref a = postfix();
    while (a) {
      BinOp op;
      if (eat("+")) op = BinOp::Add;
      else if (eat("*")) op = BinOp::Mul;
      else if (eat("%")) op = BinOp::Mod;
      else return a;
      Ref b = postfix();
      if (!b) return {};
      a = check(binary_op(a.get(), b.get(), op));
    }
    return a;
  }

  // Parses "(args)" after a callable and calls it.
  Ref call_args(Object* callable, Object* self, Object* method) {
    std::vector<Ref> args, kwvalues;
    std::vector<std::string> kwnames;
    if (!expect("(")) return {};
    while (!peek(')')) {
      skip();
      size_t save = pos_;
      if (isalpha(static_cast<unsigned char>(s_[pos_]))) {
        std::string n = name();
        if (eat("=") && !peek('=')) {
          kwnames.push_back(n);
          kwvalues.push_back(expr());
          if (!kwvalues.back()) return {};
          if (!eat(",")) break;
          continue;
        }
        pos_ = save;
      }
      args.push_back(expr());
      if (!args.back()) return {};
      if (!eat(",")) break;
    }
    if (!expect(")")) return {};
    std::vector<Object*> vec;
    for (auto& a : args) vec.push_back(a.get());
    for (auto& a : kwvalues) vec.push_back(a.get());
    Ref kw;
    if (!kwnames.empty()) {
      kw = check(tuple_new(static_cast<intptr_t>(kwnames.size())));
      if (!kw) return {};
      for (size_t i = 0; i < kwnames.size(); ++i) tuple_set(kw.get(), static_cast<intptr_t>(i), str_from(kwnames[i]));
    }
    if (self) return check(call_method(self, method, vec.data(), args.size(), kw.get()));
    return check(call(callable, vec.data(), args.size(), kw.get()));
  }

  Ref postfix() {
    Ref v = primary();
    while (v) {
      if (eat(".")) {
        std::string attr = name();
        if (attr.empty()) return syntax("name");
        Ref n = check(str_from(attr));
        if (peek('(')) {
          v = call_args(nullptr, v.get(), n.get());
        } else {
          v = check(object_getattr(v.get(), n.get()));
        }
      } else if (peek('[')) {
        expect("[");
        Ref parts[3];
        int colons = 0;
        for (;;) {
          if (!peek(':') && !peek(']')) {
            parts[colons] = expr();
            if (!parts[colons]) return {};
          }
          if (colons < 2 && eat(":")) {
            ++colons;
            continue;
          }
          break;
        }
        if (!expect("]")) return {};
        if (colons == 0) {
          v = check(object_getitem(v.get(), parts[0].get()));
        } else {
          Ref sl = check(slice_new(parts[0].get(), parts[1].get(), parts[2].get()));
          if (!sl) return {};
          v = check(object_getitem(v.get(), sl.get()));
        }
      } else if (peek('(')) {
        v = call_args(v.get(), nullptr, nullptr);
      } else {
        return v;
      }
    }
    return v;
  }

  // Decodes a quoted literal's body with Python's escapes; false at the end
  // of the input.
  bool literal_body(bool raw, bool bytes, std::string& out) {
    char q = s_[pos_++];
    bool triple = s_.compare(pos_, 2, std::string(2, q)) == 0;
    if (triple) pos_ += 2;
    for (;;) {
      if (pos_ >= s_.size()) return false;
      char c = s_[pos_];
      if (c == q && (!triple || s_.compare(pos_, 3, std::string(3, q)) == 0)) {
        pos_ += triple ? 3 : 1;
        return true;
      }
      ++pos_;
      if (c != '\\' || raw) {
        out.push_back(c);
        continue;
      }
      char e = s_[pos_++];
      auto hex = [&](int n) {
        uint32_t v = static_cast<uint32_t>(strtoul(s_.substr(pos_, static_cast<size_t>(n)).c_str(), nullptr, 16));
        pos_ += static_cast<size_t>(n);
        return v;
      };
      uint32_t cp;
      switch (e) {
        case 'n': out.push_back('\n'); continue;
        case 't': out.push_back('\t'); continue;
        case 'r': out.push_back('\r'); continue;
        case '0': out.push_back('\0'); continue;
        case 'f': out.push_back('\f'); continue;
        case 'v': out.push_back('\v'); continue;
        case '\\': case '\'': case '"': out.push_back(e); continue;
        case 'x': cp = hex(2); break;
        case 'u': cp = hex(4); break;
        case 'U': cp = hex(8); break;
        default: out.push_back('\\'); out.push_back(e); continue;
      }
      if (bytes || cp < 0x80) {
        out.push_back(static_cast<char>(cp));
      } else {
        Ref ch = check(str_from_codepoint(cp));
        out.append(str_view(ch.get()));  // cached or freshly made: never fails
      }
    }
  }

  // A sequence display "(a, b)" / "[a, b]": the items.
  // A sequence display "(a, b)" / "[a, b]": the items; false on failure.
  bool items(char close, bool* trailing_comma, std::vector<Ref>& out) {
    *trailing_comma = false;
    while (!peek(close)) {
      out.push_back(expr());
      if (!out.back()) return false;
      *trailing_comma = eat(",");
      if (!*trailing_comma) break;
    }
    char end[2] = {close, 0};
    return expect(end);
  }

  Ref primary() {
    skip();
    if (pos_ >= s_.size()) return syntax("expression");
    char c = s_[pos_];
    bool raw = false, bytes = false;
    size_t p = pos_;
    while (p < s_.size() && (s_[p] == 'r' || s_[p] == 'b')) {
      raw = raw || s_[p] == 'r';
      bytes = bytes || s_[p] == 'b';
      ++p;
    }
    if (p < s_.size() && (s_[p] == '\'' || s_[p] == '"') && p - pos_ <= 2) {
      pos_ = p;
      std::string body;
      if (!literal_body(raw, bytes, body)) return syntax("unterminated literal");
      return check(bytes ? bytes_from(body.data(), body.size()) : str_from(body));
    }
    if (isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.') {
      size_t start = pos_++;
      while (pos_ < s_.size() && (isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
                                  ((s_[pos_] == '-' || s_[pos_] == '+') && (s_[pos_ - 1] == 'e')))) {
        ++pos_;
      }
      std::string t = s_.substr(start, pos_ - start);
      if (t.find_first_of(".e") != std::string::npos && t.rfind("0x", 0) != 0) {
        return check(float_from_double(strtod(t.c_str(), nullptr)));
      }
      return check(int_from_string(t.data(), t.size(), 0));
    }
    if (c == '(') {
      ++pos_;
      bool comma;
      std::vector<Ref> v;
      if (!items(')', &comma, v)) return {};
      if (v.size() == 1 && !comma) return std::move(v[0]);
      Ref t = check(tuple_new(static_cast<intptr_t>(v.size())));
      if (!t) return {};
      for (size_t i = 0; i < v.size(); ++i) tuple_set(t.get(), static_cast<intptr_t>(i), v[i].release());
      return t;
    }
    if (c == '[') {
      ++pos_;
      bool comma;
      std::vector<Ref> v;
      if (!items(']', &comma, v)) return {};
      Ref l = check(list_new(0));
      for (auto& x : v)
        if (!l || list_append(l.get(), x.get()) < 0) return {};
      return l;
    }
    if (c == '{') {
      ++pos_;
      Ref d = check(dict_new());
      while (d && !peek('}')) {
        Ref k = expr();
        if (!k || !expect(":")) return {};
        Ref v = expr();
        if (!v || dict_set(d.get(), k.get(), v.get()) < 0) return {};
        if (!eat(",")) break;
      }
      if (!d || !expect("}")) return {};
      return d;
    }
    std::string n = name();
    if (n.empty()) return syntax("expression");
    if (n == "None") return Ref(newref(None));
    if (n == "True") return Ref(newref(True));
    if (n == "False") return Ref(newref(False));
    Object* b = dict_get_cstr(builtins_dict(), n.c_str());
    if (!b) {
      raise(&exc::NameError, "name '%s' is not defined", n.c_str());
      return {};
    }
    return Ref(newref(b));
  }
};

// "TypeError: message" for the current exception, which is cleared.
std::string take_error() {
  Object* e = error_fetch();
  if (!e) return "<no exception>";
  std::string out = type_name(e);
  Object* s = object_str(e);
  if (s) {
    if (str_size(s)) {
      out += ": ";
      out += str_view(s);
    }
    decref(s);
  } else {
    error_clear();
  }
  decref(e);
  return out;
}

}  // namespace

std::string eval_repr(const std::string& expr) {
  Parser p(expr);
  Ref v = p.parse();
  if (!v) return take_error();
  Ref r = Ref(object_repr(v.get()));
  if (!r) return take_error();
  return std::string(str_view(r.get()));
}

}  // namespace frost_test
