/*
 * str_format.cpp — the three ways a str formats values: printf-style `%`
 * (str_percent_format), str.format / str.format_map (str_format_method), and
 * str.__format__ (str_format_spec), all with CPython 3.11's semantics and
 * messages.
 *
 * `%`: one pass over the format (CPython's PyUnicode_Format); the same
 * engine formats bytes (b'%d' % n, CPython's _PyBytes_FormatEx) where %s and
 * %b take bytes-like objects, %c a byte and %r/%a give ascii().  Each
 * directive is `%[(key)][flags][width][.precision][length]type`; the values
 * come from a tuple in order, from the single non-tuple argument, or, with
 * `(key)`, from a mapping.  Numbers are rendered to a body "[-][0x]digits"
 * and then laid out by the one routine CPython uses for all of them
 * (unicode_format_arg_output): the '0' flag pads between the sign/prefix and
 * the digits, '-' pads on the right with spaces.
 *
 * str.format: CPython's MarkupIterator — literal text up to '{' or '}',
 * '{{' and '}}' as escapes, then a field "name[.attr|[key]]...[!conv][:spec]"
 * whose spec may itself contain fields, expanded recursively (two levels,
 * "Max string recursion exceeded" beyond).  Automatic and manual numbering
 * may not mix.  Keyword fields are looked up in the call's keyword names
 * directly (no dict is built), or in the mapping of format_map.  Each value
 * is formatted by object_format, i.e. its type's __format__.
 *
 * str.__format__ parses the spec with the shared parser (format_spec.h) and
 * pads as format_spec_pad does.
 *
 * Results are built in TextBuffers: a width or precision too large for
 * memory is a MemoryError.
 */
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/bytes_impl.h"
#include "vm/types/container_util.h"
#include "vm/types/float.h"
#include "vm/types/format_spec.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/str_impl.h"
#include "vm/types/tuple.h"

namespace frost {

// ---- str.__format__ ------------------------------------------------------------------

Object* str_format_spec(Object* s, Object* spec) {
  // An empty spec means str(s), which a subclass may override.
  if (str_size(spec) == 0) return object_str(s);
  FormatSpec f;
  if (!format_spec_parse(str_view(spec), &f, 's', '<', type_name(s))) return nullptr;
  if (f.type != 's') return format_spec_unknown_type(f.type, type_name(s));
  if (!format_spec_check_string(f)) return nullptr;
  std::string_view body = str_view(s);
  intptr_t len = str_length(s);
  if (f.precision >= 0 && f.precision < len) {
    body = body.substr(0, str_byte_offset(s, f.precision));
    len = f.precision;
  }
  if (f.width <= len && body.size() == static_cast<size_t>(str_size(s))) return str_exact(s);
  // format_spec_pad's layout, built in a TextBuffer so that a huge width is a
  // MemoryError.
  intptr_t pad = f.width > len ? f.width - len : 0;
  intptr_t left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
  char fill[4];
  size_t fill_size = static_cast<size_t>(unicode::utf8_encode(f.fill, fill));
  TextBuffer out;
  if (static_cast<size_t>(pad) > (TextBuffer::kMaxSize - body.size()) / fill_size) return raise_no_memory();
  out.reserve(body.size() + static_cast<size_t>(pad) * fill_size);
  if (!out.ok()) return nullptr;
  auto append_fill = [&](intptr_t n) {
    if (fill_size == 1) {
      out.append(static_cast<size_t>(n), fill[0]);
    } else {
      for (intptr_t k = 0; k < n; ++k) out.append(fill, fill_size);
    }
  };
  append_fill(left);
  out.append(body);
  append_fill(pad - left);
  return str_new_known(out.data(), out.size(), len + pad, str_is_ascii(s) && fill_size == 1);
}

Object* str_method___format__(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__format__", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(&exc::TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  }
  return str_format_spec(self, args[0]);
}

// ---- printf-style formatting ------------------------------------------------------------

namespace {

enum : unsigned { kLJust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct PercentState {
  bool bytes;         // formatting bytes (b'%d' % n) rather than str
  Object* args;       // the right operand
  Object* dict;       // args when it is a mapping, else null
  intptr_t arglen;    // tuple length, or -1 for a single argument
  intptr_t argidx;    // next tuple index; -2 then -1 for a single argument
};

Object* next_arg(PercentState& st) {
  if (st.arglen < 0) {
    if (st.argidx == -2) {
      st.argidx = -1;
      return st.args;
    }
  } else if (st.argidx < st.arglen) {
    return tuple_get(st.args, st.argidx++);
  }
  return raise(&exc::TypeError, "not enough arguments for format string");
}

// Appends UTF-8 of `body` (`len` code points) padded to `width` (strings and %c).
void pad_text(TextBuffer& out, std::string_view body, intptr_t len, intptr_t width, unsigned flags) {
  intptr_t padding = width > len ? width - len : 0;
  if (!(flags & kLJust)) out.append(static_cast<size_t>(padding), ' ');
  out.append(body);
  if (flags & kLJust) out.append(static_cast<size_t>(padding), ' ');
}

// CPython's unicode_format_arg_output for a number body "[-+][0x]rest".
void pad_number(TextBuffer& out, std::string_view body, char type, intptr_t width, unsigned flags) {
  char fill = (flags & kZero) && !(flags & kLJust) ? '0' : ' ';
  char sign = 0;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    sign = body[0];
    body.remove_prefix(1);
  } else if (flags & kSign) {
    sign = '+';
  } else if (flags & kBlank) {
    sign = ' ';
  }
  bool prefix = (flags & kAlt) && (type == 'x' || type == 'X' || type == 'o');
  std::string_view pre;
  if (prefix) {
    pre = body.substr(0, 2);
    body.remove_prefix(2);
  }
  intptr_t len = static_cast<intptr_t>(body.size()) + (sign ? 1 : 0) + static_cast<intptr_t>(pre.size());
  intptr_t padding = width > len ? width - len : 0;
  if (fill == '0') {
    if (sign) out.push_back(sign);
    out.append(pre);
    out.append(static_cast<size_t>(padding), '0');
  } else {
    if (!(flags & kLJust)) out.append(static_cast<size_t>(padding), ' ');
    if (sign) out.push_back(sign);
    out.append(pre);
  }
  out.append(body);
  if (flags & kLJust) out.append(static_cast<size_t>(padding), ' ');
}

// The integer a %d/%x/%o directive formats (new reference), or null.
Object* integer_arg(Object* v, char type) {
  if (is_int(v)) return newref(v);
  if (type == 'd' || type == 'i' || type == 'u') {
    if (is_float(v)) return int_from_double(float_value(v));
    if (type_of(v)->nb_index) return number_index(v);
    if (ConvertFn f = type_of(v)->nb_int) return f(v);
    return raise(&exc::TypeError, "%%%c format: a real number is required, not %s", type,
                 type_name(v));
  }
  if (type_of(v)->nb_index) return number_index(v);
  return raise(&exc::TypeError, "%%%c format: an integer is required, not %s", type, type_name(v));
}

// "[-][0x]digits" for an integer with %-precision (minimum digits).
bool integer_body(Object* v, char type, unsigned flags, intptr_t prec, TextBuffer& body) {
  Object* n = integer_arg(v, type);
  if (!n) return false;
  std::string digits;
  bool negative = int_sign(n) < 0;
  if (type == 'x' || type == 'X' || type == 'o') {
    Object* s = int_to_base_string(n, type == 'o' ? 8 : 16);  // "-0x1f"
    if (!s) {
      decref(n);
      return false;
    }
    digits.assign(str_view(s).substr(negative ? 3 : 2));
    decref(s);
    if (type == 'X') {
      for (char& c : digits)
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 32);
    }
  } else {
    digits = int_to_decimal(n);
    if (negative) digits.erase(0, 1);
  }
  decref(n);
  if (negative) body.push_back('-');
  if (flags & kAlt && type != 'd' && type != 'i' && type != 'u') {
    body.push_back('0');
    body.push_back(type == 'o' ? 'o' : type);
  }
  if (prec > static_cast<intptr_t>(digits.size())) {
    body.append(static_cast<size_t>(prec) - digits.size(), '0');
  }
  body.append(digits);
  return true;
}

bool float_body(Object* v, char type, unsigned flags, intptr_t prec, TextBuffer& body) {
  double d;
  if (is_float(v)) {
    d = float_value(v);
  } else if (is_int(v)) {
    bool overflow = false;
    d = int_as_double(v, &overflow);
    if (overflow) return false;
  } else if (ConvertFn f = type_of(v)->nb_float) {
    Object* fl = f(v);
    if (!fl) return false;
    d = float_value(fl);
    decref(fl);
  } else if (type_of(v)->nb_index) {
    Object* i = number_index(v);
    if (!i) return false;
    bool overflow = false;
    d = int_as_double(i, &overflow);
    decref(i);
    if (overflow) return false;
  } else {
    raise(&exc::TypeError, "must be real number, not %s", type_name(v));
    return false;
  }
  if (prec < 0) prec = 6;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(d)) {
    body.append(upper ? "NAN" : "nan");
    return true;
  }
  if (std::isinf(d)) {
    if (d < 0) body.push_back('-');
    body.append(upper ? "INF" : "inf");
    return true;
  }
  char fmt[8] = "%";
  size_t k = 1;
  if (flags & kAlt) fmt[k++] = '#';
  fmt[k++] = '.';
  fmt[k++] = '*';
  fmt[k++] = type;
  fmt[k] = '\0';
  char small[128];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  int n = snprintf(small, sizeof small, fmt, static_cast<int>(prec), d);
  if (n < static_cast<int>(sizeof small)) {
    body.append(small, static_cast<size_t>(n));
  } else {
    char* big = static_cast<char*>(mem_alloc(static_cast<size_t>(n) + 1));
    if (!big) {
      raise_no_memory();
      return false;
    }
    snprintf(big, static_cast<size_t>(n) + 1, fmt, static_cast<int>(prec), d);
    body.append(big, static_cast<size_t>(n));
    mem_free(big);
  }
#pragma GCC diagnostic pop
  return true;
}

// %s / %b of bytes formatting: a bytes-like object or one with __bytes__.
bool bytes_text_arg(TextBuffer& out, Object* v, intptr_t prec, intptr_t width, unsigned flags) {
  std::string_view body;
  Object* owned = nullptr;
  if (!bytes_like_view(v, &body)) {
    owned = bytes_from_dunder(v);
    if (!owned) {
      if (!error_occurred()) {
        raise(&exc::TypeError,
              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
              type_name(v));
      }
      return false;
    }
    body = bytes_view(owned);
  }
  if (prec >= 0 && static_cast<size_t>(prec) < body.size()) body = body.substr(0, static_cast<size_t>(prec));
  pad_text(out, body, static_cast<intptr_t>(body.size()), width, flags);
  xdecref(owned);
  return true;
}

// %c of bytes formatting: an int in range(256) or a single byte.
bool bytes_char_arg(TextBuffer& out, Object* v, intptr_t width, unsigned flags) {
  char c;
  std::string_view one;
  if (bytes_like_view(v, &one) && one.size() == 1) {
    c = one[0];
  } else if (is_index_like(v)) {
    intptr_t n;
    if (!index_as_ssize(v, &n, nullptr)) return false;
    if (n < 0 || n > 255) {
      raise(&exc::OverflowError, "%%c arg not in range(256)");
      return false;
    }
    c = static_cast<char>(n);
  } else {
    raise(&exc::TypeError, "%%c requires an integer in range(256) or a single byte");
    return false;
  }
  pad_text(out, std::string_view(&c, 1), 1, width, flags);
  return true;
}

// Reads a '*' width/precision argument.
bool star_arg(PercentState& st, intptr_t* out) {
  Object* v = next_arg(st);
  if (!v) return false;
  if (!is_int(v)) {
    raise(&exc::TypeError, "* wants int");
    return false;
  }
  return index_as_ssize(v, out, &exc::OverflowError);
}

// Formats one directive whose '%' is at fmt[*pos - 1]; advances *pos.
bool percent_directive(TextBuffer& out, std::string_view fmt, size_t* pos, PercentState& st) {
  size_t i = *pos;
  size_t n = fmt.size();
  Object* value = nullptr;  // borrowed, or owned when `owned`
  Object* owned = nullptr;
  if (i < n && fmt[i] == '(') {
    if (!st.dict) {
      raise(&exc::TypeError, "format requires a mapping");
      return false;
    }
    size_t key_start = ++i;
    int depth = 1;
    while (i < n && depth > 0) {
      if (fmt[i] == ')') --depth;
      else if (fmt[i] == '(') ++depth;
      ++i;
    }
    if (depth > 0) {
      raise(&exc::ValueError, "incomplete format key");
      return false;
    }
    std::string_view key_text = fmt.substr(key_start, i - 1 - key_start);
    Object* key = st.bytes ? bytes_from(key_text) : str_from(key_text);
    if (!key) return false;
    owned = object_getitem(st.dict, key);
    decref(key);
    if (!owned) return false;
    value = owned;
    // As CPython: the mapping value replaces the arguments and is consumed,
    // so a later directive without a key finds none.
    st.arglen = -1;
    st.argidx = -1;
  }
  struct Release {
    Object*& o;
    ~Release() { xdecref(o); }
  } release{owned};

  unsigned flags = 0;
  for (; i < n; ++i) {
    char c = fmt[i];
    if (c == '-') flags |= kLJust;
    else if (c == '+') flags |= kSign;
    else if (c == ' ') flags |= kBlank;
    else if (c == '#') flags |= kAlt;
    else if (c == '0') flags |= kZero;
    else break;
  }
  intptr_t width = -1, prec = -1;
  if (i < n && fmt[i] == '*') {
    if (!star_arg(st, &width)) return false;
    if (width < 0) {
      flags |= kLJust;
      width = -width;
    }
    ++i;
  } else {
    for (; i < n && fmt[i] >= '0' && fmt[i] <= '9'; ++i) {
      if (width < 0) width = 0;
      if (width > (INTPTR_MAX - 9) / 10) {
        raise(&exc::ValueError, "width too big");
        return false;
      }
      width = width * 10 + (fmt[i] - '0');
    }
  }
  if (i < n && fmt[i] == '.') {
    ++i;
    prec = 0;
    if (i < n && fmt[i] == '*') {
      if (!star_arg(st, &prec)) return false;
      if (prec > INT_MAX || prec < INT_MIN) {  // a C int, as CPython
        raise(&exc::OverflowError, "Python int too large to convert to C int");
        return false;
      }
      if (prec < 0) prec = 0;
      ++i;
    } else {
      for (; i < n && fmt[i] >= '0' && fmt[i] <= '9'; ++i) {
        prec = prec * 10 + (fmt[i] - '0');
        if (prec > INT_MAX) {
          raise(&exc::ValueError, "precision too big");
          return false;
        }
      }
    }
  }
  while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
  if (i >= n) {
    raise(&exc::ValueError, "incomplete format");
    return false;
  }
  char type = fmt[i];
  size_t type_at = i;
  *pos = i + 1;
  switch (type) {
    case 's': case 'r': case 'a': case 'c':
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      break;
    case 'b':
      if (st.bytes) break;
      [[fallthrough]];
    default: {
      int len = 1;
      uint32_t cp = static_cast<unsigned char>(type) < 0x80 || st.bytes
                        ? static_cast<unsigned char>(type)
                        : unicode::utf8_decode(fmt.data() + type_at, &len);
      intptr_t index = st.bytes ? static_cast<intptr_t>(type_at) : unicode::utf8_count(fmt.data(), type_at);
      if (cp >= 0x20 && cp < 0x7F) {
        raise(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %zd",
              static_cast<char>(cp), cp, index);
      } else {
        raise(&exc::ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd", cp,
              cp, index);
      }
      return false;
    }
  }
  if (!value) {
    value = next_arg(st);
    if (!value) return false;
  }
  if (st.bytes && type != 'r' && type != 'a') {
    if (type == 's' || type == 'b') return bytes_text_arg(out, value, prec, width, flags);
    if (type == 'c') return bytes_char_arg(out, value, width, flags);
  }
  switch (type) {
    case 's': case 'r': case 'a': {
      // %r and %a of bytes formatting are ascii(), as bytes.
      Object* s = type == 's' ? object_str(value) : type == 'r' && !st.bytes ? object_repr(value) : object_ascii(value);
      if (!s) return false;
      std::string_view body = str_view(s);
      intptr_t len = str_length(s);
      if (prec >= 0 && prec < len) {
        body = body.substr(0, str_byte_offset(s, prec));
        len = prec;
      }
      pad_text(out, body, len, width, flags);
      decref(s);
      return true;
    }
    case 'c': {
      char buf[4];
      std::string_view body;
      if (is_str(value)) {
        if (str_length(value) != 1) {
          raise(&exc::TypeError, "%%c requires int or char");
          return false;
        }
        body = str_view(value);
      } else if (is_int(value)) {
        int64_t c;
        if (!int_as_i64(value, &c) || c < 0 || c > 0x10FFFF) {
          error_clear();
          raise(&exc::OverflowError, "%%c arg not in range(0x110000)");
          return false;
        }
        body = std::string_view(buf, static_cast<size_t>(unicode::utf8_encode(static_cast<uint32_t>(c), buf)));
      } else {
        raise(&exc::TypeError, "%%c requires int or char");
        return false;
      }
      pad_text(out, body, 1, width, flags);
      return true;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      TextBuffer body;
      if (!integer_body(value, type, flags, prec, body)) return false;
      pad_number(out, body.view(), type, width, flags);
      return true;
    }
    default: {
      TextBuffer body;
      if (!float_body(value, type, flags, prec, body)) return false;
      pad_number(out, body.view(), type, width, flags);
      return true;
    }
  }
}

// Formats `fmt % args` into `out`: str formatting, or bytes formatting when
// `bytes` (then %b and %s take bytes-like objects or __bytes__, %c a byte).
bool percent_format(std::string_view fmt, Object* args, bool bytes, TextBuffer& out) {
  PercentState st;
  st.bytes = bytes;
  st.args = args;
  st.dict = nullptr;
  if (is_tuple(args)) {
    st.arglen = tuple_size(args);
    st.argidx = 0;
  } else {
    st.arglen = -1;
    st.argidx = -2;
  }
  if (type_of(args)->getitem && !is_tuple(args) && !(bytes ? is_bytes(args) : is_str(args))) st.dict = args;
  out.reserve(fmt.size() + 16);
  size_t i = 0;
  while (i < fmt.size()) {
    const char* pct = static_cast<const char*>(memchr(fmt.data() + i, '%', fmt.size() - i));
    size_t at = pct ? static_cast<size_t>(pct - fmt.data()) : fmt.size();
    out.append(fmt.data() + i, at - i);
    if (!pct) break;
    i = at + 1;
    if (i < fmt.size() && fmt[i] == '%') {
      out.push_back('%');
      ++i;
      continue;
    }
    if (!percent_directive(out, fmt, &i, st)) return false;
    if (!out.ok()) return false;
  }
  if (st.argidx < st.arglen && !st.dict) {
    raise(&exc::TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
    return false;
  }
  return true;
}

}  // namespace

Object* str_percent_format(Object* fmt, Object* args) {
  TextBuffer out;
  if (!percent_format(str_view(fmt), args, false, out)) return nullptr;
  return out.to_str();
}

Object* bytes_percent_format(Object* fmt, Object* args) {
  TextBuffer out;
  if (!percent_format(bytes_self_view(fmt), args, true, out)) return nullptr;
  if (is_bytearray(fmt)) return bytearray_from(out.data(), out.size());
  return out.to_bytes();
}

// ---- str.format ------------------------------------------------------------------------

namespace {

enum class AutoNumber { Init, Auto, Manual };

struct FormatCtx {
  Object* const* args;   // positional arguments
  size_t nargs;
  Object* kwnames;       // tuple of str (null): keyword values follow args[nargs)
  Object* mapping;       // format_map's mapping, else null
  AutoNumber numbering = AutoNumber::Init;
  intptr_t next_auto = 0;
};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Parses a run of ASCII digits; -1 with ValueError on overflow.
intptr_t parse_index(std::string_view s) {
  intptr_t v = 0;
  for (char c : s) {
    if (v > (INTPTR_MAX - 9) / 10) {
      raise(&exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

// The object the first part of a field name designates (new reference).
Object* first_object(FormatCtx& ctx, std::string_view first) {
  bool is_index = first.empty() || all_digits(first);
  if (is_index) {
    intptr_t index;
    if (first.empty()) {
      if (ctx.numbering == AutoNumber::Manual) {
        return raise(&exc::ValueError,
                     "cannot switch from manual field specification to automatic field numbering");
      }
      ctx.numbering = AutoNumber::Auto;
      index = ctx.next_auto++;
    } else {
      if (ctx.numbering == AutoNumber::Auto) {
        return raise(&exc::ValueError,
                     "cannot switch from automatic field numbering to manual field specification");
      }
      ctx.numbering = AutoNumber::Manual;
      index = parse_index(first);
      if (index < 0) return nullptr;
    }
    if (ctx.mapping) return raise(&exc::ValueError, "Format string contains positional fields");
    if (static_cast<size_t>(index) >= ctx.nargs) {
      return raise(&exc::IndexError, "Replacement index %zd out of range for positional args tuple",
                   index);
    }
    return newref(ctx.args[index]);
  }
  Object* key = str_from(first);
  if (!key) return nullptr;
  if (ctx.mapping) {
    Object* v = object_getitem(ctx.mapping, key);
    decref(key);
    return v;
  }
  if (ctx.kwnames) {
    intptr_t nk = tuple_size(ctx.kwnames);
    for (intptr_t k = 0; k < nk; ++k) {
      if (str_equal(tuple_get(ctx.kwnames, k), key)) {
        decref(key);
        return newref(ctx.args[ctx.nargs + static_cast<size_t>(k)]);
      }
    }
  }
  raise_with(&exc::KeyError, key);
  decref(key);
  return nullptr;
}

// Resolves "first(.attr|[key])*" (new reference).
Object* field_object(FormatCtx& ctx, std::string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  Object* obj = first_object(ctx, name.substr(0, i));
  while (obj && i < name.size()) {
    char c = name[i++];
    Object* next;
    if (c == '.') {
      size_t start = i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      if (i == start) {
        decref(obj);
        return raise(&exc::ValueError, "Empty attribute in format string");
      }
      Object* attr = str_from(name.substr(start, i - start));
      if (!attr) {
        decref(obj);
        return nullptr;
      }
      next = object_getattr(obj, attr);
      decref(attr);
    } else if (c == '[') {
      size_t start = i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i == name.size()) {
        decref(obj);
        return raise(&exc::ValueError, "Missing ']' in format field");
      }
      std::string_view k = name.substr(start, i - start);
      ++i;  // the ']'
      if (k.empty()) {
        decref(obj);
        return raise(&exc::ValueError, "Empty attribute in format string");
      }
      if (i < name.size() && name[i] != '.' && name[i] != '[') {
        decref(obj);
        return raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      Object* key;
      if (all_digits(k)) {
        intptr_t v = parse_index(k);
        key = v < 0 ? nullptr : int_from_i64(v);
      } else {
        key = str_from(k);
      }
      if (!key) {
        decref(obj);
        return nullptr;
      }
      next = object_getitem(obj, key);
      decref(key);
    } else {
      decref(obj);
      return raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    decref(obj);
    obj = next;
  }
  return obj;
}

bool build_format(TextBuffer& out, std::string_view fmt, FormatCtx& ctx, int depth);

// Splits a field "name[!c][:spec]" (without braces) and renders it.
bool render_field(TextBuffer& out, std::string_view field, bool spec_has_fields, FormatCtx& ctx,
                  int depth) {
  size_t i = 0;
  for (; i < field.size(); ++i) {
    char c = field[i];
    if (c == '[') {
      while (i < field.size() && field[i] != ']') ++i;
      if (i == field.size()) break;
      continue;
    }
    if (c == '!' || c == ':') break;
  }
  std::string_view name = field.substr(0, i);
  char conversion = 0;
  std::string_view spec;
  if (i < field.size() && field[i] == '!') {
    conversion = field[i + 1];
    i += 2;
    if (i < field.size()) ++i;  // the ':' (checked by the scanner)
  } else if (i < field.size()) {
    ++i;
  }
  spec = field.substr(i);

  Object* obj = field_object(ctx, name);
  if (!obj) return false;
  if (conversion) {
    Object* c;
    switch (conversion) {
      case 'r': c = object_repr(obj); break;
      case 's': c = object_str(obj); break;
      case 'a': c = object_ascii(obj); break;
      default:
        decref(obj);
        if (static_cast<unsigned char>(conversion) >= 0x20 && static_cast<unsigned char>(conversion) < 0x7F) {
          raise(&exc::ValueError, "Unknown conversion specifier %c", conversion);
        } else {
          int len;
          raise(&exc::ValueError, "Unknown conversion specifier \\x%x",
                unicode::utf8_decode(field.data() + name.size() + 1, &len));
        }
        return false;
    }
    decref(obj);
    if (!c) return false;
    obj = c;
  }
  // The common case needs no spec object: an exact str with an empty spec.
  if (spec.empty() && is_exact_str(obj)) {
    out.append(str_view(obj));
    decref(obj);
    return true;
  }
  Object* spec_obj;
  if (spec_has_fields) {
    TextBuffer expanded;
    if (!build_format(expanded, spec, ctx, depth - 1)) {
      decref(obj);
      return false;
    }
    spec_obj = expanded.to_str();
  } else {
    spec_obj = str_from(spec);
  }
  if (!spec_obj) {
    decref(obj);
    return false;
  }
  Object* r = object_format(obj, spec_obj);
  decref(spec_obj);
  decref(obj);
  if (!r) return false;
  out.append(str_view(r));
  decref(r);
  return true;
}

bool build_format(TextBuffer& out, std::string_view fmt, FormatCtx& ctx, int depth) {
  if (depth <= 0) {
    raise(&exc::ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    // Literal text up to the next brace.
    size_t start = i;
    while (i < n && fmt[i] != '{' && fmt[i] != '}') ++i;
    out.append(fmt.data() + start, i - start);
    if (i == n) break;
    char c = fmt[i++];
    if (i < n && fmt[i] == c) {  // '{{' or '}}'
      out.push_back(c);
      ++i;
      continue;
    }
    if (c == '}') {
      raise(&exc::ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (i == n) {
      raise(&exc::ValueError, "Single '{' encountered in format string");
      return false;
    }
    // A field: scan the name, then an optional conversion, then the spec up
    // to the matching '}'.
    size_t field_start = i;
    char stop = 0;
    while (i < n) {
      char d = fmt[i++];
      if (d == '{') {
        raise(&exc::ValueError, "unexpected '{' in field name");
        return false;
      }
      if (d == '[') {
        while (i < n && fmt[i] != ']') ++i;
        continue;
      }
      if (d == '}' || d == ':' || d == '!') {
        stop = d;
        break;
      }
    }
    bool spec_has_fields = false;
    if (stop == '!' || stop == ':') {
      if (stop == '!') {
        if (i >= n) {
          raise(&exc::ValueError, "end of string while looking for conversion specifier");
          return false;
        }
        i += static_cast<size_t>(unicode::utf8_seq_len(static_cast<unsigned char>(fmt[i])));
        if (i < n) {
          char d = fmt[i++];
          if (d == '}') {
            if (!render_field(out, fmt.substr(field_start, i - 1 - field_start), false, ctx, depth)) return false;
            continue;
          }
          if (d != ':') {
            raise(&exc::ValueError, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      int count = 1;
      while (i < n) {
        char d = fmt[i++];
        if (d == '{') {
          spec_has_fields = true;
          ++count;
        } else if (d == '}' && --count == 0) {
          break;
        }
      }
      if (count != 0) {
        raise(&exc::ValueError, "unmatched '{' in format spec");
        return false;
      }
    } else if (stop != '}') {
      raise(&exc::ValueError, "expected '}' before end of string");
      return false;
    }
    if (!render_field(out, fmt.substr(field_start, i - 1 - field_start), spec_has_fields, ctx, depth)) {
      return false;
    }
  }
  return true;
}

}  // namespace

Object* str_format_method(Object* fmt, Object* const* args, size_t nargs, Object* kwnames) {
  FormatCtx ctx{args, nargs, kwnames, nullptr};
  TextBuffer out;
  if (!build_format(out, str_view(fmt), ctx, 2)) return nullptr;
  return out.to_str();
}

Object* str_method_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return str_format_method(self, args, nargs, kwnames);
}

Object* str_method_format_map(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("format_map", nargs, kwnames, 1, 1)) return nullptr;
  FormatCtx ctx{nullptr, 0, nullptr, args[0]};
  TextBuffer out;
  if (!build_format(out, str_view(self), ctx, 2)) return nullptr;
  return out.to_str();
}

}  // namespace frost
