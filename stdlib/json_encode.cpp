/*
 * json_encode.cpp — json.dumps: Python values to JSON text, byte for byte
 * what CPython's encoder (c_make_encoder, or _make_iterencode when
 * indenting) writes.
 *
 * The encoder appends UTF-8 to one std::string and makes the str at the end.
 * Dispatch follows CPython's order: None, True, False, str, int (so bool and
 * IntEnum-like subclasses take int's repr), float (float's repr, or
 * NaN/Infinity/-Infinity), list and tuple, dict, and anything else through
 * `default` (whose result is encoded in its place).  Dict keys may be str,
 * float, bool, None or int and become strings; others are skipped
 * (skipkeys) or raise TypeError.
 *
 * Nesting recurses on the C stack: every container level takes one level of
 * the guest recursion budget (RecursionError "maximum recursion depth
 * exceeded while encoding a JSON object", as CPython), and a byte budget on
 * the C stack stops a program that raised sys.setrecursionlimit very high
 * before the stack runs out.  check_circular keeps the containers being
 * encoded in a set and raises ValueError "Circular reference detected".
 */
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_set>

#include "stdlib/json_internal.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/unicode.h"

namespace frost {

namespace {

constexpr ptrdiff_t kMaxStackBytes = 2 << 20;
constexpr const char* kRecursionWhere = " while encoding a JSON object";

// Bytes that JSON strings must escape: control characters, '"', '\\' (and
// DEL under ensure_ascii, which escapes everything outside ' '..'~').
bool needs_escape(unsigned char c, bool ascii) {
  return c < 0x20 || c == '"' || c == '\\' || (ascii && c >= 0x7F);
}

const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t c) {
  char buf[6] = {'\\', 'u', kHex[(c >> 12) & 0xF], kHex[(c >> 8) & 0xF], kHex[(c >> 4) & 0xF], kHex[c & 0xF]};
  out.append(buf, 6);
}

// The name CPython's messages show: the type's __name__ (no module prefix).
const char* short_type_name(Object* o) {
  const char* n = type_name(o);
  const char* dot = strrchr(n, '.');
  return dot ? dot + 1 : n;
}

class Encoder {
 public:
  explicit Encoder(const JsonEncodeOptions& o) : o_(o) {}

  Object* run(Object* obj) {
    char base;
    stack_base_ = &base;
    if (!encode(obj)) return nullptr;
    return str_from_utf8(out_.data(), out_.size());
  }

 private:
  // Enters one nesting level: the recursion budget and the C stack budget.
  bool enter() {
    char here;
    if (stack_base_ - &here > kMaxStackBytes) {
      raise(&exc::RecursionError, "maximum recursion depth exceeded%s", kRecursionWhere);
      return false;
    }
    return enter_recursion(kRecursionWhere);
  }

  void encode_string(std::string_view s) {
    bool ascii = o_.ensure_ascii;
    out_.push_back('"');
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
      const char* run = p;
      while (p < end && !needs_escape(static_cast<unsigned char>(*p), ascii)) ++p;
      out_.append(run, static_cast<size_t>(p - run));
      if (p == end) break;
      unsigned char c = static_cast<unsigned char>(*p);
      if (c < 0x80) {
        ++p;
        switch (c) {
          case '"': out_.append("\\\""); break;
          case '\\': out_.append("\\\\"); break;
          case '\n': out_.append("\\n"); break;
          case '\r': out_.append("\\r"); break;
          case '\t': out_.append("\\t"); break;
          case '\b': out_.append("\\b"); break;
          case '\f': out_.append("\\f"); break;
          default: append_u_escape(out_, c); break;
        }
        continue;
      }
      int len;
      uint32_t cp = unicode::utf8_decode(p, &len);
      p += len;
      if (cp > 0xFFFF) {
        cp -= 0x10000;
        append_u_escape(out_, 0xD800 | (cp >> 10));
        append_u_escape(out_, 0xDC00 | (cp & 0x3FF));
      } else {
        append_u_escape(out_, cp);
      }
    }
    out_.push_back('"');
  }

  bool encode_float(double d) {
    if (std::isfinite(d)) {
      out_ += float_repr_string(d);
      return true;
    }
    if (!o_.allow_nan) {
      raise(&exc::ValueError, "Out of range float values are not JSON compliant");
      return false;
    }
    out_ += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    return true;
  }

  bool encode_int(Object* o) {
    if (int_is_small(o)) {
      char buf[24];
      auto r = std::to_chars(buf, buf + sizeof buf, int_small_value(o));
      out_.append(buf, static_cast<size_t>(r.ptr - buf));
      return true;
    }
    Object* s = int_repr(o);   // the digit limit applies, as in CPython
    if (!s) return false;
    out_.append(str_view(s));
    decref(s);
    return true;
  }

  // Marks a container as being encoded; false (ValueError) if it already is.
  bool mark(Object* o) {
    if (!o_.check_circular) return true;
    if (!markers_.insert(o).second) {
      raise(&exc::ValueError, "Circular reference detected");
      return false;
    }
    return true;
  }
  void unmark(Object* o) {
    if (o_.check_circular) markers_.erase(o);
  }

  void open_level(char bracket) {
    out_.push_back(bracket);
    if (o_.indent) {
      newline_indent_ += o_.indent_unit;
      out_ += newline_indent_;
    }
  }
  void item_separator() {
    out_ += o_.item_separator;
    if (o_.indent) out_ += newline_indent_;
  }
  void close_level(char bracket) {
    if (o_.indent) {
      newline_indent_.resize(newline_indent_.size() - o_.indent_unit.size());
      out_ += newline_indent_;
    }
    out_.push_back(bracket);
  }

  bool encode_sequence(Object* seq) {
    bool list = is_list(seq);
    intptr_t n = list ? list_size(seq) : tuple_size(seq);
    if (n == 0) {
      out_ += "[]";
      return true;
    }
    if (!mark(seq)) return false;
    if (!enter()) {
      unmark(seq);
      return false;
    }
    open_level('[');
    bool ok = true;
    // A list may change while `default` runs: re-read its size each time.
    for (intptr_t i = 0; ok && i < (list ? list_size(seq) : n); i++) {
      if (i) item_separator();
      Object* item = newref(list ? list_get(seq, i) : tuple_get(seq, i));
      ok = encode(item);
      decref(item);
    }
    leave_recursion();
    unmark(seq);
    if (ok) close_level(']');
    return ok;
  }

  // Appends the key as a JSON string; *skip when skipkeys drops it.
  bool encode_key(Object* key, bool* skip) {
    *skip = false;
    if (is_str(key)) {
      encode_string(str_view(key));
      return true;
    }
    out_.push_back('"');
    bool ok = true;
    if (is_float(key)) {
      ok = encode_float(float_value(key));
    } else if (key == True || key == False || key == None) {
      out_ += key == True ? "true" : key == False ? "false" : "null";
    } else if (is_int(key)) {
      ok = encode_int(key);
    } else if (o_.skipkeys) {
      out_.pop_back();
      *skip = true;
      return true;
    } else {
      raise(&exc::TypeError, "keys must be str, int, float, bool or None, not %s", short_type_name(key));
      return false;
    }
    out_.push_back('"');
    return ok;
  }

  // The (key, value) pairs to encode, as a list of 2-tuples: dict.items()
  // for subclasses (which may override it), sorted for sort_keys.
  Object* item_list(Object* d) {
    Object* items;
    if (is_exact_dict(d)) {
      items = list_new(0);
      if (!items) return nullptr;
      intptr_t pos = 0;
      Object *k, *v;
      while (dict_next(d, &pos, &k, &v)) {
        Object* t = tuple_pack2(k, v);
        if (!t || list_append(items, t) < 0) {
          xdecref(t);
          decref(items);
          return nullptr;
        }
        decref(t);
      }
    } else {
      Object* view = call_method(d, names::items, nullptr, 0);
      if (!view) return nullptr;
      items = list_from_iterable(view);
      decref(view);
      if (!items) return nullptr;
    }
    if (o_.sort_keys && list_sort(items, nullptr, false) < 0) {
      decref(items);
      return nullptr;
    }
    return items;
  }

  bool encode_pair(Object* key, Object* value, bool* first) {
    size_t mark_size = out_.size();
    if (!*first) item_separator();
    bool skip;
    if (!encode_key(key, &skip)) return false;
    if (skip) {
      out_.resize(mark_size);
      return true;
    }
    *first = false;
    out_ += o_.key_separator;
    return encode(value);
  }

  bool encode_dict(Object* d) {
    if (dict_size(d) == 0) {
      out_ += "{}";
      return true;
    }
    if (!mark(d)) return false;
    if (!enter()) {
      unmark(d);
      return false;
    }
    open_level('{');
    bool ok = true;
    bool first = true;
    if (is_exact_dict(d) && !o_.sort_keys) {
      intptr_t pos = 0;
      Object *k, *v;
      while (ok && dict_next(d, &pos, &k, &v)) {
        incref(k);
        incref(v);
        ok = encode_pair(k, v, &first);
        decref(k);
        decref(v);
      }
    } else {
      Object* items = item_list(d);
      ok = items != nullptr;
      for (intptr_t i = 0; ok && i < list_size(items); i++) {
        Object* t = list_get(items, i);
        if (!is_tuple(t) || tuple_size(t) != 2) {
          raise(&exc::ValueError, "items must return 2-tuples");
          ok = false;
          break;
        }
        ok = encode_pair(tuple_get(t, 0), tuple_get(t, 1), &first);
      }
      xdecref(items);
    }
    leave_recursion();
    unmark(d);
    if (ok) close_level('}');
    return ok;
  }

  bool encode_default(Object* obj) {
    if (!o_.default_fn)
      return raise(&exc::TypeError, "Object of type %s is not JSON serializable", short_type_name(obj)), false;
    if (!mark(obj)) return false;
    Object* r = call1(o_.default_fn, obj);
    bool ok = r != nullptr;
    if (ok && (ok = enter())) {
      ok = encode(r);
      leave_recursion();
    }
    xdecref(r);
    unmark(obj);
    return ok;
  }

  bool encode(Object* obj) {
    if (obj == None) {
      out_ += "null";
      return true;
    }
    if (obj == True) {
      out_ += "true";
      return true;
    }
    if (obj == False) {
      out_ += "false";
      return true;
    }
    if (is_str(obj)) {
      encode_string(str_view(obj));
      return true;
    }
    if (is_int(obj)) return encode_int(obj);
    if (is_float(obj)) return encode_float(float_value(obj));
    if (is_list(obj) || is_tuple(obj)) return encode_sequence(obj);
    if (is_dict(obj)) return encode_dict(obj);
    return encode_default(obj);
  }

  const JsonEncodeOptions& o_;
  std::string out_;
  std::string newline_indent_ = "\n";
  std::unordered_set<Object*> markers_;
  char* stack_base_ = nullptr;
};

}  // namespace

Object* json_encode(Object* obj, const JsonEncodeOptions& options) {
  Encoder e(options);
  return e.run(obj);
}

}  // namespace frost
