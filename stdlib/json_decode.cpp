/*
 * json_decode.cpp — json.loads: JSON text to Python values, with CPython's
 * results and its error messages and positions ("Expecting value: line 1
 * column 1 (char 0)").
 *
 * The scanner is CPython's C scanner (scan_once_unicode and its helpers)
 * rewritten as a loop over the str's UTF-8 with an explicit stack, so that
 * nesting never consumes the C stack: a container opened pushes a frame and
 * its items go on one value stack; closing it builds the list or dict from
 * the top of that stack.  Nesting deeper than the remaining recursion budget
 * (sys.getrecursionlimit() minus the guest frames in use) raises
 * RecursionError, where CPython's recursive scanner does.
 *
 * Positions are byte offsets while scanning and become code points only in
 * an error.  Object keys are memoized for the whole document, as CPython
 * does, so a thousand records with the same keys share a thousand times
 * fewer strings.  Numbers that fit int64 are converted inline; floats go
 * through std::from_chars (correctly rounded).  Hooks (object_hook,
 * object_pairs_hook, parse_float, parse_int, parse_constant) are called as
 * the scanner meets their values.
 */
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stdlib/json_internal.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/state.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/unicode.h"

namespace frost {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Decoder {
 public:
  Decoder(Object* doc, const JsonDecodeOptions& o)
      : doc_(doc), p_(str_data(doc)), n_(static_cast<size_t>(str_size(doc))), o_(o) {}

  ~Decoder() {
    for (Object* v : values_) decref(v);
    for (auto& kv : memo_) decref(kv.second);
  }

  Object* run() {
    size_t i = skip_ws(0);
    size_t end;
    Object* v = parse(i, &end);
    if (!v) return nullptr;
    end = skip_ws(end);
    if (end != n_) {
      decref(v);
      return error("Extra data", end);
    }
    return v;
  }

 private:
  struct Frame {
    bool object;
    size_t base;   // index in values_ of the first item
  };

  size_t skip_ws(size_t i) const {
    while (i < n_ && is_ws(p_[i])) ++i;
    return i;
  }

  Object* error(const char* msg, size_t byte_pos) {
    intptr_t pos = unicode::utf8_count(p_, byte_pos);
    return json_raise_decode_error(msg, doc_, pos);
  }

  // ---- strings --------------------------------------------------------------------

  // Reads 4 hex digits at p_[i..i+4); -1 if they are not.
  int32_t hex4(size_t i) const {
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
      int d = hex_value(p_[i + k]);
      if (d < 0) return -1;
      v = v << 4 | d;
    }
    return v;
  }

  // scanstring: the string whose opening quote is at `begin`; its decoded
  // UTF-8 in `buf_` (or, when it holds no escape, *view points into the
  // document).  *end is past the closing quote.
  bool scan_string(size_t begin, std::string_view* view, size_t* end) {
    size_t i = begin + 1;
    size_t run = i;
    bool escaped = false;
    buf_.clear();
    for (;;) {
      while (i < n_) {
        unsigned char c = static_cast<unsigned char>(p_[i]);
        if (c == '"' || c == '\\' || (c < 0x20 && o_.strict)) break;
        ++i;
      }
      if (i >= n_) {
        error("Unterminated string starting at", begin);
        return false;
      }
      char c = p_[i];
      if (c == '"') {
        if (!escaped) {
          *view = std::string_view(p_ + run, i - run);
        } else {
          buf_.append(p_ + run, i - run);
          *view = buf_;
        }
        *end = i + 1;
        return true;
      }
      if (c != '\\') {
        error("Invalid control character at", i);
        return false;
      }
      escaped = true;
      buf_.append(p_ + run, i - run);
      size_t bs = i;
      if (++i >= n_) {
        error("Unterminated string starting at", begin);
        return false;
      }
      c = p_[i];
      if (c != 'u') {
        switch (c) {
          case '"': buf_.push_back('"'); break;
          case '\\': buf_.push_back('\\'); break;
          case '/': buf_.push_back('/'); break;
          case 'b': buf_.push_back('\b'); break;
          case 'f': buf_.push_back('\f'); break;
          case 'n': buf_.push_back('\n'); break;
          case 'r': buf_.push_back('\r'); break;
          case 't': buf_.push_back('\t'); break;
          default:
            error("Invalid \\escape", bs);
            return false;
        }
        run = ++i;
        continue;
      }
      size_t u = i;   // the 'u'
      if (u + 5 >= n_ || hex4(u + 1) < 0) {
        error("Invalid \\uXXXX escape", u);
        return false;
      }
      uint32_t cp = static_cast<uint32_t>(hex4(u + 1));
      i = u + 5;
      // A high surrogate followed by an escaped low one makes one character.
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n_ && p_[i] == '\\' && p_[i + 1] == 'u') {
        int32_t low = hex4(i + 2);
        if (low < 0) {
          error("Invalid \\uXXXX escape", i + 1);
          return false;
        }
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(low) - 0xDC00);
          i += 6;
        }
      }
      char tmp[4];
      buf_.append(tmp, static_cast<size_t>(unicode::utf8_encode(cp, tmp)));
      run = i;
    }
  }

  Object* string_value(size_t begin, size_t* end) {
    std::string_view v;
    if (!scan_string(begin, &v, end)) return nullptr;
    return str_from_utf8(v.data(), v.size());
  }

  // A key: the same str object for every occurrence of the same text.
  Object* key_value(size_t begin, size_t* end) {
    std::string_view v;
    if (!scan_string(begin, &v, end)) return nullptr;
    auto it = memo_.find(v);
    if (it != memo_.end()) return newref(it->second);
    Object* s = str_from_utf8(v.data(), v.size());
    if (!s) return nullptr;
    memo_.emplace(str_view(s), newref(s));
    return s;
  }

  // ---- numbers and constants ---------------------------------------------------------

  Object* call_hook(Object* hook, const char* text, size_t len) {
    Object* s = str_from_utf8(text, len);
    if (!s) return nullptr;
    Object* r = call1(hook, s);
    decref(s);
    return r;
  }

  // _match_number_unicode.  Returns null without an exception when there
  // is no number at `start` (the caller's "Expecting value").
  Object* number(size_t start, size_t* end, bool* none_here) {
    size_t i = start;
    size_t last = n_ - 1;
    if (p_[i] == '-') {
      ++i;
      if (i > last) {
        *none_here = true;
        return nullptr;
      }
    }
    if (p_[i] >= '1' && p_[i] <= '9') {
      ++i;
      while (i <= last && is_digit(p_[i])) ++i;
    } else if (p_[i] == '0') {
      ++i;
    } else {
      *none_here = true;
      return nullptr;
    }
    bool is_float = false;
    if (i < last && p_[i] == '.' && is_digit(p_[i + 1])) {
      is_float = true;
      i += 2;
      while (i <= last && is_digit(p_[i])) ++i;
    }
    if (i < last && (p_[i] == 'e' || p_[i] == 'E')) {
      size_t e_start = i++;
      if (i < last && (p_[i] == '-' || p_[i] == '+')) ++i;
      while (i <= last && is_digit(p_[i])) ++i;
      if (is_digit(p_[i - 1])) is_float = true;
      else i = e_start;
    }
    *end = i;
    const char* text = p_ + start;
    size_t len = i - start;
    if (is_float) {
      if (o_.parse_float) return call_hook(o_.parse_float, text, len);
      double d;
      auto r = std::from_chars(text, text + len, d);
      if (r.ec != std::errc() && !float_parse(std::string_view(text, len), &d))
        return raise(&exc::ValueError, "could not convert string to float");
      return float_from_double(d);
    }
    if (o_.parse_int) return call_hook(o_.parse_int, text, len);
    if (len <= 18) {
      int64_t v = 0;
      size_t k = text[0] == '-' ? 1 : 0;
      for (; k < len; k++) v = v * 10 + (text[k] - '0');
      return int_from_i64(text[0] == '-' ? -v : v);
    }
    return int_from_string(text, len, 10);
  }

  Object* constant(const char* name, double value) {
    if (o_.parse_constant) return call_hook(o_.parse_constant, name, strlen(name));
    return float_from_double(value);
  }

  bool literal_at(size_t i, std::string_view word) const {
    return i + word.size() <= n_ && std::string_view(p_ + i, word.size()) == word;
  }

  // A scalar at `i`, or the start of a container (*opened).  Null with
  // *none_here and no exception when nothing valid starts there.
  Object* scalar(size_t i, size_t* end, bool* none_here) {
    if (i >= n_) {
      *none_here = true;
      return nullptr;
    }
    switch (p_[i]) {
      case '"':
        return string_value(i, end);
      case 'n':
        if (literal_at(i, "null")) {
          *end = i + 4;
          return None;
        }
        break;
      case 't':
        if (literal_at(i, "true")) {
          *end = i + 4;
          return True;
        }
        break;
      case 'f':
        if (literal_at(i, "false")) {
          *end = i + 5;
          return False;
        }
        break;
      case 'N':
        if (literal_at(i, "NaN")) {
          *end = i + 3;
          return constant("NaN", NAN);
        }
        break;
      case 'I':
        if (literal_at(i, "Infinity")) {
          *end = i + 8;
          return constant("Infinity", HUGE_VAL);
        }
        break;
      case '-':
        if (literal_at(i, "-Infinity")) {
          *end = i + 9;
          return constant("-Infinity", -HUGE_VAL);
        }
        break;
      default:
        break;
    }
    return number(i, end, none_here);
  }

  // ---- containers --------------------------------------------------------------------

  Object* build(const Frame& f) {
    size_t count = values_.size() - f.base;
    Object** items = values_.data() + f.base;
    Object* r = nullptr;
    if (!f.object) {
      r = list_new(static_cast<intptr_t>(count));
      if (r) {
        for (size_t k = 0; k < count; k++) list_set(r, static_cast<intptr_t>(k), items[k]);
        values_.resize(f.base);
      }
      return r;
    }
    if (o_.object_pairs_hook) {
      Object* pairs = list_new(static_cast<intptr_t>(count / 2));
      if (!pairs) return nullptr;
      for (size_t k = 0; k < count; k += 2) {
        Object* t = tuple_pack2(items[k], items[k + 1]);
        if (!t) {
          for (size_t j = k / 2; j < count / 2; j++) list_set(pairs, static_cast<intptr_t>(j), None);
          decref(pairs);
          return nullptr;
        }
        list_set(pairs, static_cast<intptr_t>(k / 2), t);
      }
      for (size_t k = 0; k < count; k++) decref(items[k]);
      values_.resize(f.base);
      r = call1(o_.object_pairs_hook, pairs);
      decref(pairs);
      return r;
    }
    r = dict_new_presized(static_cast<intptr_t>(count / 2));
    if (!r) return nullptr;
    for (size_t k = 0; k < count; k += 2) {
      if (dict_set(r, items[k], items[k + 1]) < 0) {
        decref(r);
        return nullptr;
      }
    }
    for (size_t k = 0; k < count; k++) decref(items[k]);
    values_.resize(f.base);
    if (o_.object_hook) {
      Object* h = call1(o_.object_hook, r);
      decref(r);
      return h;
    }
    return r;
  }

  // Reads an object key at `i` (after '{' or ','), its ':' and the
  // whitespace after it; returns the index of the value.
  bool read_key(size_t i, size_t* value_at) {
    if (i >= n_ || p_[i] != '"') {
      error("Expecting property name enclosed in double quotes", i);
      return false;
    }
    size_t end;
    Object* key = key_value(i, &end);
    if (!key) return false;
    values_.push_back(key);
    i = skip_ws(end);
    if (i >= n_ || p_[i] != ':') {
      error("Expecting ':' delimiter", i);
      return false;
    }
    *value_at = skip_ws(i + 1);
    return true;
  }

  bool open(bool object) {
    intptr_t budget = ts.recursion_limit - ts.depth;
    if (static_cast<intptr_t>(frames_.size()) >= budget) {
      raise(&exc::RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
            object ? "object" : "array");
      return false;
    }
    frames_.push_back({object, values_.size()});
    return true;
  }

  // scan_once: the value at `i`; *end is past it.
  Object* parse(size_t i, size_t* end) {
    for (;;) {
      // A value is expected at i.
      Object* v = nullptr;
      if (i < n_ && (p_[i] == '{' || p_[i] == '[')) {
        bool object = p_[i] == '{';
        if (!open(object)) return nullptr;
        i = skip_ws(i + 1);
        if (i < n_ && p_[i] == (object ? '}' : ']')) {
          v = build(frames_.back());
          frames_.pop_back();
          if (!v) return nullptr;
          ++i;
        } else {
          if (object && !read_key(i, &i)) return nullptr;
          continue;
        }
      } else {
        bool none_here = false;
        size_t after;
        v = scalar(i, &after, &none_here);
        if (!v) {
          if (none_here) error("Expecting value", i);
          return nullptr;
        }
        i = after;
      }
      // Got a value: it completes the document or joins the open container,
      // which may then close (and be the value of the one around it).
      for (;;) {
        if (frames_.empty()) {
          *end = i;
          return v;
        }
        values_.push_back(v);
        Frame& f = frames_.back();
        i = skip_ws(i);
        char close = f.object ? '}' : ']';
        if (i < n_ && p_[i] == close) {
          v = build(f);
          frames_.pop_back();
          if (!v) return nullptr;
          ++i;
          continue;
        }
        if (i >= n_ || p_[i] != ',') {
          error("Expecting ',' delimiter", i);
          return nullptr;
        }
        i = skip_ws(i + 1);
        if (f.object && !read_key(i, &i)) return nullptr;
        break;
      }
    }
  }

  Object* doc_;
  const char* p_;
  size_t n_;
  const JsonDecodeOptions& o_;
  std::vector<Object*> values_;   // owned: the items of the open containers
  std::vector<Frame> frames_;
  std::string buf_;                // a string with escapes, decoded
  std::unordered_map<std::string_view, Object*> memo_;   // key text -> owned str
};

}  // namespace

Object* json_decode(Object* s, const JsonDecodeOptions& options) {
  if (str_size(s) >= 3 && std::string_view(str_data(s), 3) == "\xEF\xBB\xBF")
    return json_raise_decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  Decoder d(s, options);
  return d.run();
}

}  // namespace frost
