/*
 * bytes_methods.cpp — the methods of bytes and bytearray.
 *
 * Every read-only method is written once against the contents of `self`
 * (bytes_self_view) and makes its results with bytes_make_like, so that a
 * bytearray's methods return bytearrays, as CPython's do.  Searching,
 * splitting and stripping use the byte-level algorithms shared with str
 * (text_algo.h) with ByteUnits: bytes whitespace is ASCII whitespace
 * (space, \t \n \r \v \f), line breaks are \n, \r and \r\n, and the case
 * methods change ASCII letters only.  The bytearray-only mutators (append,
 * extend, pop, insert, remove, clear, copy, reverse) come last.
 */
#include <algorithm>
#include <climits>
#include <cstring>
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/bytes_impl.h"
#include "vm/types/container_util.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/str_impl.h"
#include "vm/types/text_algo.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

bool byte_is_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool byte_is_linebreak(uint32_t c) { return c == '\n' || c == '\r'; }
bool byte_is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool byte_is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool byte_is_alpha(unsigned char c) { return byte_is_lower(c) || byte_is_upper(c); }
bool byte_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A bytes-like argument, or TypeError "a bytes-like object is required".
bool need_buffer(Object* o, std::string_view* out) {
  if (bytes_like_view(o, out)) return true;
  raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(o));
  return false;
}

// ---- search -------------------------------------------------------------------------

// The needle of find/count/index: a bytes-like object or an int in range(256).
bool needle_arg(Object* o, std::string_view* out, char* byte) {
  if (bytes_like_view(o, out)) return true;
  if (is_index_like(o)) {
    unsigned char b;
    if (!byte_value(o, &b)) return false;
    *byte = static_cast<char>(b);
    *out = std::string_view(byte, 1);
    return true;
  }
  raise(&exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(o));
  return false;
}

// find/rfind/index/rindex: the index, -1, or -2 with an exception set.
intptr_t find_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, bool reverse) {
  if (!check_args(fname, nargs, kwnames, 1, 3)) return -2;
  std::string_view v = bytes_self_view(self), sub;
  char byte;
  if (!needle_arg(args[0], &sub, &byte)) return -2;
  intptr_t s, e;
  if (!adjust_bounds(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                     static_cast<intptr_t>(v.size()), &s, &e)) {
    return -2;
  }
  if (s > e) return -1;
  return reverse ? text::rfind(v, sub, static_cast<size_t>(s), static_cast<size_t>(e))
                 : text::find(v, sub, static_cast<size_t>(s), static_cast<size_t>(e));
}

Object* b_find(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "find", false);
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* b_rfind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "rfind", true);
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* b_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "index", false);
  if (r == -1) return raise(&exc::ValueError, "subsection not found");
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* b_rindex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "rindex", true);
  if (r == -1) return raise(&exc::ValueError, "subsection not found");
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* b_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("count", nargs, kwnames, 1, 3)) return nullptr;
  std::string_view v = bytes_self_view(self), sub;
  char byte;
  if (!needle_arg(args[0], &sub, &byte)) return nullptr;
  intptr_t s, e;
  if (!adjust_bounds(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                     static_cast<intptr_t>(v.size()), &s, &e)) {
    return nullptr;
  }
  if (e - s < static_cast<intptr_t>(sub.size())) return int_from_i64(0);
  if (sub.empty()) return int_from_i64(e - s + 1);
  return int_from_i64(text::count(v, sub, static_cast<size_t>(s), static_cast<size_t>(e)));
}

Object* starts_ends(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* fname, bool ends) {
  if (!check_args(fname, nargs, kwnames, 1, 3)) return nullptr;
  std::string_view v = bytes_self_view(self);
  Object* what = args[0];
  intptr_t s, e;
  if (!adjust_bounds(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                     static_cast<intptr_t>(v.size()), &s, &e)) {
    return nullptr;
  }
  Object* const* items = &what;
  intptr_t n = 1;
  if (is_tuple(what)) {
    items = tuple_items(what);
    n = tuple_size(what);
  }
  for (intptr_t i = 0; i < n; ++i) {
    std::string_view p;
    if (!bytes_like_view(items[i], &p)) {
      if (items == &what) {
        return raise(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                     fname, type_name(what));
      }
      return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(items[i]));
    }
    if (e - s < static_cast<intptr_t>(p.size())) continue;
    size_t at = ends ? static_cast<size_t>(e) - p.size() : static_cast<size_t>(s);
    if (memcmp(v.data() + at, p.data(), p.size()) == 0) return True;
  }
  return False;
}

Object* b_startswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return starts_ends(self, args, nargs, kwnames, "startswith", false);
}

Object* b_endswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return starts_ends(self, args, nargs, kwnames, "endswith", true);
}

// ---- split family ---------------------------------------------------------------------

Object* split_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, bool reverse) {
  static const char* const kwlist[] = {"sep", "maxsplit", nullptr};
  Object* a[2];
  if (!parse_args(fname, args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  intptr_t maxsplit = -1;
  if (a[1] && !index_as_ssize(a[1], &maxsplit, &exc::OverflowError)) return nullptr;
  std::string_view sep;
  bool have_sep = a[0] && a[0] != None;
  if (have_sep) {
    if (!need_buffer(a[0], &sep)) return nullptr;
    if (sep.empty()) return raise(&exc::ValueError, "empty separator");
  }
  // Views stay valid: nothing below runs guest code or resizes self.
  std::string_view v = bytes_self_view(self);
  Object* list = list_new(0);
  if (!list) return nullptr;
  auto emit = [&](size_t off, size_t n) {
    return list_append_new(list, bytes_make_like(self, v.data() + off, n)) != nullptr;
  };
  bool ok;
  if (have_sep) {
    ok = reverse ? text::rsplit_sep(v, sep, maxsplit, emit) : text::split_sep(v, sep, maxsplit, emit);
  } else {
    ok = reverse ? text::rsplit_whitespace<text::ByteUnits>(v, maxsplit, byte_is_space, emit)
                 : text::split_whitespace<text::ByteUnits>(v, maxsplit, byte_is_space, emit);
  }
  if (!ok) {
    decref(list);
    return nullptr;
  }
  if (reverse) std::reverse(list_items(list), list_items(list) + list_size(list));
  return list;
}

Object* b_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return split_common(self, args, nargs, kwnames, "split", false);
}

Object* b_rsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return split_common(self, args, nargs, kwnames, "rsplit", true);
}

Object* b_splitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"keepends", nullptr};
  Object* a[1];
  if (!parse_args("splitlines", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  intptr_t keep = 0;
  if (a[0] && !index_as_ssize(a[0], &keep, &exc::OverflowError)) return nullptr;
  std::string_view v = bytes_self_view(self);
  Object* list = list_new(0);
  if (!list) return nullptr;
  auto emit = [&](size_t off, size_t n) {
    return list_append_new(list, bytes_make_like(self, v.data() + off, n)) != nullptr;
  };
  if (!text::splitlines<text::ByteUnits>(v, keep != 0, byte_is_linebreak, emit)) {
    decref(list);
    return nullptr;
  }
  return list;
}

Object* partition_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                         const char* fname, bool reverse) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  std::string_view sep;
  if (!need_buffer(args[0], &sep)) return nullptr;
  if (sep.empty()) return raise(&exc::ValueError, "empty separator");
  std::string_view v = bytes_self_view(self);
  intptr_t at = reverse ? text::rfind(v, sep, 0, v.size()) : text::find(v, sep, 0, v.size());
  Object* parts[3];
  if (at < 0) {
    parts[reverse ? 2 : 0] = bytes_make_like(self, v.data(), v.size());
    parts[1] = bytes_make_like(self, v.data(), 0);
    parts[reverse ? 0 : 2] = bytes_make_like(self, v.data(), 0);
  } else {
    size_t after = static_cast<size_t>(at) + sep.size();
    parts[0] = bytes_make_like(self, v.data(), static_cast<size_t>(at));
    parts[1] = is_bytearray(self) ? bytearray_from(sep.data(), sep.size())
               : is_exact_bytes(args[0]) ? newref(args[0])
                                         : bytes_from(sep.data(), sep.size());
    parts[2] = bytes_make_like(self, v.data() + after, v.size() - after);
  }
  Object* t = (parts[0] && parts[1] && parts[2]) ? tuple_new(3) : nullptr;
  if (!t) {
    for (Object* p : parts) xdecref(p);
    return nullptr;
  }
  for (int i = 0; i < 3; ++i) tuple_set(t, i, parts[i]);
  return t;
}

Object* b_partition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return partition_common(self, args, nargs, kwnames, "partition", false);
}

Object* b_rpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return partition_common(self, args, nargs, kwnames, "rpartition", true);
}

Object* b_join(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("join", nargs, kwnames, 1, 1)) return nullptr;
  Object* it = object_iter(args[0]);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "can only join an iterable");
    }
    return nullptr;
  }
  Object* seq = list_from_iterable(it);
  decref(it);
  if (!seq) return nullptr;
  std::string_view sep = bytes_self_view(self);  // no guest code runs below
  TextBuffer out;
  for (intptr_t i = 0; i < list_size(seq); ++i) {
    std::string_view piece;
    if (!bytes_like_view(list_get(seq, i), &piece)) {
      raise(&exc::TypeError, "sequence item %zd: expected a bytes-like object, %s found", i,
            type_name(list_get(seq, i)));
      decref(seq);
      return nullptr;
    }
    if (i > 0) out.append(sep);
    out.append(piece);
  }
  decref(seq);
  if (!out.ok()) return nullptr;
  if (is_bytearray(self)) return bytearray_from(out.data(), out.size());
  return bytes_from(out.data(), out.size());
}

// ---- strip family ----------------------------------------------------------------------

Object* strip_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, int side) {
  if (!check_args(fname, nargs, kwnames, 0, 1)) return nullptr;
  std::string_view v = bytes_self_view(self);
  size_t lo, hi;
  if (nargs == 0 || args[0] == None) {
    text::strip<text::ByteUnits>(v, side, byte_is_space, &lo, &hi);
  } else {
    std::string_view chars;
    if (!need_buffer(args[0], &chars)) return nullptr;
    bool set[256] = {};
    for (char c : chars) set[static_cast<unsigned char>(c)] = true;
    text::strip<text::ByteUnits>(v, side, [&](uint32_t c) { return set[c]; }, &lo, &hi);
  }
  return bytes_make_like(self, v.data() + lo, hi - lo);
}

Object* b_strip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return strip_common(self, args, nargs, kwnames, "strip", text::kBoth);
}

Object* b_lstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return strip_common(self, args, nargs, kwnames, "lstrip", text::kLeft);
}

Object* b_rstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return strip_common(self, args, nargs, kwnames, "rstrip", text::kRight);
}

Object* affix_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, bool suffix) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  std::string_view a;
  if (!need_buffer(args[0], &a)) return nullptr;
  std::string_view v = bytes_self_view(self);
  if (!a.empty() && (suffix ? v.ends_with(a) : v.starts_with(a))) {
    return bytes_make_like(self, v.data() + (suffix ? 0 : a.size()), v.size() - a.size());
  }
  return bytes_make_like(self, v.data(), v.size());
}

Object* b_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return affix_common(self, args, nargs, kwnames, "removeprefix", false);
}

Object* b_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return affix_common(self, args, nargs, kwnames, "removesuffix", true);
}

// ---- replace, expandtabs, padding --------------------------------------------------------

Object* b_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("replace", nargs, kwnames, 2, 3)) return nullptr;
  std::string_view old, with;
  if (!need_buffer(args[0], &old) || !need_buffer(args[1], &with)) return nullptr;
  intptr_t count = -1;
  if (nargs > 2 && !index_as_ssize(args[2], &count, &exc::OverflowError)) return nullptr;
  std::string_view v = bytes_self_view(self);
  TextBuffer out;
  if (old.empty()) {
    intptr_t n = static_cast<intptr_t>(v.size()) + 1;
    if (count < 0 || count > n) count = n;
    size_t k = static_cast<size_t>(count);
    if (!with.empty()) {
      out.reserve(k > (SIZE_MAX - v.size()) / with.size() ? SIZE_MAX : v.size() + k * with.size());
      if (!out.ok()) return nullptr;
    }
    for (intptr_t k = 0; k < count; ++k) {
      out.append(with);
      if (static_cast<size_t>(k) < v.size()) out.push_back(v[static_cast<size_t>(k)]);
    }
    if (static_cast<size_t>(count) < v.size()) out.append(v.substr(static_cast<size_t>(count)));
  } else if (!text::replace(v, old, with, count, out)) {
    return bytes_make_like(self, v.data(), v.size());
  }
  if (!out.ok()) return nullptr;
  return bytes_make_like(self, out.data(), out.size());
}

Object* b_expandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"tabsize", nullptr};
  Object* a[1];
  if (!parse_args("expandtabs", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  intptr_t tabsize = 8;
  if (a[0] && !index_as_ssize(a[0], &tabsize, &exc::OverflowError)) return nullptr;
  if (tabsize > INT_MAX || tabsize < INT_MIN) {  // a C int, as CPython
    return raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  std::string_view v = bytes_self_view(self);
  TextBuffer out;
  intptr_t column = 0;
  for (char c : v) {
    if (c == '\t') {
      if (tabsize > 0) {
        intptr_t incr = tabsize - column % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
    } else {
      out.push_back(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  if (!out.ok()) return nullptr;
  return bytes_make_like(self, out.data(), out.size());
}

bool pad_args(Object* const* args, size_t nargs, Object* kwnames, const char* fname,
              intptr_t* width, char* fill) {
  if (!check_args(fname, nargs, kwnames, 1, 2)) return false;
  if (!index_as_ssize(args[0], width, &exc::OverflowError)) return false;
  *fill = ' ';
  if (nargs > 1) {
    std::string_view f;
    if (!bytes_like_view(args[1], &f) || f.size() != 1) {
      raise(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname,
            type_name(args[1]));
      return false;
    }
    *fill = f[0];
  }
  return true;
}

Object* pad(Object* self, intptr_t left, intptr_t right, char fill) {
  std::string_view v = bytes_self_view(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  TextBuffer out;
  out.append(static_cast<size_t>(left), fill);
  out.append(v);
  out.append(static_cast<size_t>(right), fill);
  if (!out.ok()) return nullptr;
  return bytes_make_like(self, out.data(), out.size());
}

Object* b_center(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t width;
  char fill;
  if (!pad_args(args, nargs, kwnames, "center", &width, &fill)) return nullptr;
  intptr_t marg = width - static_cast<intptr_t>(bytes_self_view(self).size());
  if (marg <= 0) return pad(self, 0, 0, fill);
  intptr_t left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

Object* b_ljust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t width;
  char fill;
  if (!pad_args(args, nargs, kwnames, "ljust", &width, &fill)) return nullptr;
  return pad(self, 0, width - static_cast<intptr_t>(bytes_self_view(self).size()), fill);
}

Object* b_rjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t width;
  char fill;
  if (!pad_args(args, nargs, kwnames, "rjust", &width, &fill)) return nullptr;
  return pad(self, width - static_cast<intptr_t>(bytes_self_view(self).size()), 0, fill);
}

Object* b_zfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("zfill", nargs, kwnames, 1, 1)) return nullptr;
  intptr_t width;
  if (!index_as_ssize(args[0], &width, &exc::OverflowError)) return nullptr;
  std::string_view v = bytes_self_view(self);
  intptr_t fill = width - static_cast<intptr_t>(v.size());
  if (fill <= 0) return bytes_make_like(self, v.data(), v.size());
  TextBuffer out;
  out.append(static_cast<size_t>(fill), '0');
  out.append(v);
  if (!out.ok()) return nullptr;
  size_t f = static_cast<size_t>(fill);
  if (out[f] == '+' || out[f] == '-') {
    out[0] = out[f];
    out[f] = '0';
  }
  return bytes_make_like(self, out.data(), out.size());
}

// ---- ASCII case methods and predicates --------------------------------------------------

enum class CaseOp { Lower, Upper, Title, Capitalize, Swap };

Object* case_map(Object* self, CaseOp op) {
  TextBuffer out;
  out.append(bytes_self_view(self));
  if (!out.ok()) return nullptr;
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    bool up = byte_is_upper(c), lo = byte_is_lower(c);
    bool to_upper;
    switch (op) {
      case CaseOp::Lower: to_upper = false; break;
      case CaseOp::Upper: to_upper = true; break;
      case CaseOp::Title: to_upper = !prev_cased; break;
      case CaseOp::Capitalize: to_upper = i == 0; break;
      default: to_upper = lo; break;
    }
    prev_cased = up || lo;
    if (to_upper && lo) out[i] = static_cast<char>(c - 32);
    if (!to_upper && up) out[i] = static_cast<char>(c + 32);
  }
  return bytes_make_like(self, out.data(), out.size());
}

#define FROST_CASE_METHOD(fn, pyname, op)                                     \
  Object* fn(Object* self, Object* const*, size_t nargs, Object* kwnames) {  \
    if (!check_args(pyname, nargs, kwnames, 0, 0)) return nullptr;           \
    return case_map(self, op);                                                \
  }
FROST_CASE_METHOD(b_lower, "lower", CaseOp::Lower)
FROST_CASE_METHOD(b_upper, "upper", CaseOp::Upper)
FROST_CASE_METHOD(b_title, "title", CaseOp::Title)
FROST_CASE_METHOD(b_capitalize, "capitalize", CaseOp::Capitalize)
FROST_CASE_METHOD(b_swapcase, "swapcase", CaseOp::Swap)
#undef FROST_CASE_METHOD

template <class Pred>
Object* all_bytes(Object* self, Pred&& pred) {
  std::string_view v = bytes_self_view(self);
  if (v.empty()) return False;
  for (char c : v)
    if (!pred(static_cast<unsigned char>(c))) return False;
  return True;
}

#define FROST_PREDICATE(fn, pyname, pred)                                     \
  Object* fn(Object* self, Object* const*, size_t nargs, Object* kwnames) {  \
    if (!check_args(pyname, nargs, kwnames, 0, 0)) return nullptr;           \
    return all_bytes(self, pred);                                             \
  }
FROST_PREDICATE(b_isdigit, "isdigit", byte_is_digit)
FROST_PREDICATE(b_isalpha, "isalpha", byte_is_alpha)
FROST_PREDICATE(b_isspace, "isspace", byte_is_space)
FROST_PREDICATE(b_isalnum, "isalnum", [](unsigned char c) { return byte_is_alpha(c) || byte_is_digit(c); })
#undef FROST_PREDICATE

Object* b_isascii(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("isascii", nargs, kwnames, 0, 0)) return nullptr;
  for (char c : bytes_self_view(self))
    if (static_cast<unsigned char>(c) >= 0x80) return False;
  return True;
}

Object* case_predicate(Object* self, bool want_upper) {
  bool cased = false;
  for (char ch : bytes_self_view(self)) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (want_upper ? byte_is_lower(c) : byte_is_upper(c)) return False;
    cased = cased || (want_upper ? byte_is_upper(c) : byte_is_lower(c));
  }
  return bool_from(cased);
}

Object* b_isupper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("isupper", nargs, kwnames, 0, 0)) return nullptr;
  return case_predicate(self, true);
}

Object* b_islower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("islower", nargs, kwnames, 0, 0)) return nullptr;
  return case_predicate(self, false);
}

Object* b_istitle(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("istitle", nargs, kwnames, 0, 0)) return nullptr;
  bool cased = false, prev_cased = false;
  for (char ch : bytes_self_view(self)) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (byte_is_upper(c)) {
      if (prev_cased) return False;
      prev_cased = cased = true;
    } else if (byte_is_lower(c)) {
      if (!prev_cased) return False;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_from(cased);
}

// ---- decode, hex, fromhex ------------------------------------------------------------------

Object* b_decode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"encoding", "errors", nullptr};
  Object* a[2];
  if (!parse_args("decode", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (a[i] && !is_str(a[i])) {
      return raise(&exc::TypeError, "decode() argument '%s' must be str, not %s", kwlist[i],
                   type_name(a[i]));
    }
  }
  std::string_view v = bytes_self_view(self);
  return str_decode(v.data(), v.size(), a[0] ? str_data(a[0]) : "utf-8",
                    a[1] ? str_data(a[1]) : "strict");
}

Object* b_hex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"sep", "bytes_per_sep", nullptr};
  static const char kHex[] = "0123456789abcdef";
  Object* a[2];
  if (!parse_args("hex", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  char sep = 0;
  intptr_t group = 1;
  if (a[0] && a[0] != None) {
    std::string_view s;
    if (is_str(a[0])) {
      s = str_view(a[0]);
      if (str_length(a[0]) == 1 && !str_is_ascii(a[0])) return raise(&exc::ValueError, "sep must be ASCII.");
    } else if (!bytes_like_view(a[0], &s)) {
      return raise(&exc::TypeError, "sep must be str or bytes.");
    }
    if (s.size() != 1) return raise(&exc::ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(s[0]) >= 0x80) return raise(&exc::ValueError, "sep must be ASCII.");
    sep = s[0];
    if (a[1] && !index_as_ssize(a[1], &group, &exc::OverflowError)) return nullptr;
  }
  std::string_view v = bytes_self_view(self);
  TextBuffer out;
  out.reserve(v.size() * 3);
  size_t n = v.size();
  size_t g = static_cast<size_t>(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    // A positive group counts from the right, a negative one from the left.
    if (sep && g && i > 0) {
      bool boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
      if (boundary) out.push_back(sep);
    }
    unsigned char c = static_cast<unsigned char>(v[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  if (!out.ok()) return nullptr;
  return str_new_known(out.data(), out.size(), static_cast<intptr_t>(out.size()), true);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.fromhex(string) / bytearray.fromhex(string): a class method.
Object* b_fromhex(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fromhex", nargs, kwnames, 1, 1)) return nullptr;
  Object* s = args[0];
  if (!is_str(s)) return raise(&exc::TypeError, "fromhex() argument must be str, not %s", type_name(s));
  std::string_view v = str_view(s);
  TextBuffer out;
  size_t i = 0;
  while (i < v.size()) {
    if (v[i] == ' ' || (v[i] >= '\t' && v[i] <= '\r')) {
      ++i;
      continue;
    }
    int hi = hex_digit(v[i]);
    int lo = i + 1 < v.size() ? hex_digit(v[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t bad = hi < 0 ? i : i + 1;
      return raise(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                   str_index_of_offset(s, bad));
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  if (!out.ok()) return nullptr;
  auto* type = static_cast<TypeObject*>(cls);
  if (type == &BytesType) return bytes_from(out.data(), out.size());
  if (type == &ByteArrayType) return bytearray_from(out.data(), out.size());
  Object* b = bytes_from(out.data(), out.size());
  if (!b) return nullptr;
  Object* r = call1(cls, b);
  decref(b);
  return r;
}

// bytes.maketrans(frm, to) / bytearray.maketrans: a static method giving the
// 256-byte table that maps each byte of `frm` to the byte of `to` at the
// same position.
Object* b_maketrans(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("maketrans", nargs, kwnames, 2, 2)) return nullptr;
  std::string_view from, to;
  if (!need_buffer(args[0], &from) || !need_buffer(args[1], &to)) return nullptr;
  if (from.size() != to.size()) return raise(&exc::ValueError, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_from(table, sizeof table);
}

// translate(table, /, delete=b''): table is None or 256 bytes.
Object* b_translate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"", "delete", nullptr};
  Object* a[2];
  if (!parse_args("translate", args, nargs, kwnames, kwlist, 1, a, 1)) return nullptr;
  std::string_view table, del;
  if (a[0] != None) {
    if (!need_buffer(a[0], &table)) return nullptr;
    if (table.size() != 256) return raise(&exc::ValueError, "translation table must be 256 characters long");
  }
  if (a[1] && !need_buffer(a[1], &del)) return nullptr;
  bool drop[256] = {};
  for (char c : del) drop[static_cast<unsigned char>(c)] = true;
  std::string_view v = bytes_self_view(self);
  TextBuffer out;
  out.reserve(v.size());
  for (char c : v) {
    unsigned char b = static_cast<unsigned char>(c);
    if (!drop[b]) out.push_back(table.empty() ? c : table[b]);
  }
  if (!out.ok()) return nullptr;
  return bytes_make_like(self, out.data(), out.size());
}

// ---- bytearray mutators ---------------------------------------------------------------------

Object* ba_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("append", nargs, kwnames, 1, 1)) return nullptr;
  unsigned char b;
  if (!byte_value(args[0], &b)) return nullptr;
  intptr_t n = bytearray_size(self);
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  bytearray_data(self)[n] = static_cast<char>(b);
  return None;
}

Object* ba_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("extend", nargs, kwnames, 1, 1)) return nullptr;
  TextBuffer more;
  bool not_iterable;
  if (!bytes_collect(args[0], more, &not_iterable)) {
    if (not_iterable) {
      error_clear();
      raise(&exc::TypeError, "can't extend bytearray with %s", type_name(args[0]));
    }
    return nullptr;
  }
  intptr_t n = bytearray_size(self);
  if (bytearray_resize(self, n + static_cast<intptr_t>(more.size())) < 0) return nullptr;
  memcpy(bytearray_data(self) + n, more.data(), more.size());
  return None;
}

Object* ba_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pop", nargs, kwnames, 0, 1)) return nullptr;
  intptr_t n = bytearray_size(self);
  intptr_t i = -1;
  if (nargs && !index_as_ssize(args[0], &i, &exc::IndexError)) return nullptr;
  if (n == 0) return raise(&exc::IndexError, "pop from empty bytearray");
  if (!seq_normalize_index(&i, n)) return raise(&exc::IndexError, "pop index out of range");
  char* d = bytearray_data(self);
  unsigned char b = static_cast<unsigned char>(d[i]);
  memmove(d + i, d + i + 1, static_cast<size_t>(n - i - 1));
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return int_from_i64(b);
}

Object* ba_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("insert", nargs, kwnames, 2, 2)) return nullptr;
  intptr_t i;
  if (!index_as_ssize(args[0], &i, nullptr)) return nullptr;
  unsigned char b;
  if (!byte_value(args[1], &b)) return nullptr;
  intptr_t n = bytearray_size(self);
  if (i < 0) i = std::max<intptr_t>(i + n, 0);
  if (i > n) i = n;
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  char* d = bytearray_data(self);
  memmove(d + i + 1, d + i, static_cast<size_t>(n - i));
  d[i] = static_cast<char>(b);
  return None;
}

Object* ba_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("remove", nargs, kwnames, 1, 1)) return nullptr;
  unsigned char b;
  if (!byte_value(args[0], &b)) return nullptr;
  intptr_t n = bytearray_size(self);
  char* d = bytearray_data(self);
  auto* at = static_cast<char*>(memchr(d, b, static_cast<size_t>(n)));
  if (!at) return raise(&exc::ValueError, "value not found in bytearray");
  memmove(at, at + 1, static_cast<size_t>(d + n - at - 1));
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return None;
}

Object* ba_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("clear", nargs, kwnames, 0, 0)) return nullptr;
  if (bytearray_resize(self, 0) < 0) return nullptr;
  return None;
}

Object* ba_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("copy", nargs, kwnames, 0, 0)) return nullptr;
  return bytearray_from(bytearray_data(self), static_cast<size_t>(bytearray_size(self)));
}

Object* ba_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("reverse", nargs, kwnames, 0, 0)) return nullptr;
  std::reverse(bytearray_data(self), bytearray_data(self) + bytearray_size(self));
  return None;
}

}  // namespace

// ---- method tables -----------------------------------------------------------------------------

#define FROST_BYTES_COMMON_METHODS                                                              \
  {"decode", b_decode, 0, "decode($self, /, encoding='utf-8', errors='strict')\nDecode the bytes using the codec registered for encoding."}, \
  {"hex", b_hex, 0, "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\nCreate a string of hexadecimal numbers from a bytes object."}, \
  {"fromhex", b_fromhex, kMethClass, "fromhex($type, string, /)\nCreate a bytes object from a string of hexadecimal numbers."}, \
  {"split", b_split, 0, "split($self, /, sep=None, maxsplit=-1)\nReturn a list of the sections in the bytes, using sep as the delimiter."}, \
  {"rsplit", b_rsplit, 0, "rsplit($self, /, sep=None, maxsplit=-1)\nReturn a list of the sections in the bytes, splitting from the right."}, \
  {"splitlines", b_splitlines, 0, "splitlines($self, /, keepends=False)\nReturn a list of the lines in the bytes, breaking at line boundaries."}, \
  {"partition", b_partition, 0, "partition($self, sep, /)\nPartition the bytes into three parts using the given separator."}, \
  {"rpartition", b_rpartition, 0, "rpartition($self, sep, /)\nPartition the bytes into three parts, searching from the end."}, \
  {"join", b_join, 0, "join($self, iterable_of_bytes, /)\nConcatenate any number of bytes objects."}, \
  {"strip", b_strip, 0, "strip($self, bytes=None, /)\nStrip leading and trailing bytes contained in the argument."}, \
  {"lstrip", b_lstrip, 0, "lstrip($self, bytes=None, /)\nStrip leading bytes contained in the argument."}, \
  {"rstrip", b_rstrip, 0, "rstrip($self, bytes=None, /)\nStrip trailing bytes contained in the argument."}, \
  {"removeprefix", b_removeprefix, 0, "removeprefix($self, prefix, /)\nReturn the bytes with the given prefix removed if present."}, \
  {"removesuffix", b_removesuffix, 0, "removesuffix($self, suffix, /)\nReturn the bytes with the given suffix removed if present."}, \
  {"startswith", b_startswith, 0, "B.startswith(prefix[, start[, end]]) -> bool\nReturn True if B starts with the specified prefix, False otherwise."}, \
  {"endswith", b_endswith, 0, "B.endswith(suffix[, start[, end]]) -> bool\nReturn True if B ends with the specified suffix, False otherwise."}, \
  {"find", b_find, 0, "B.find(sub[, start[, end]]) -> int\nReturn the lowest index in B where subsection sub is found."}, \
  {"rfind", b_rfind, 0, "B.rfind(sub[, start[, end]]) -> int\nReturn the highest index in B where subsection sub is found."}, \
  {"index", b_index, 0, "B.index(sub[, start[, end]]) -> int\nLike find() but raise ValueError when the subsection is not found."}, \
  {"rindex", b_rindex, 0, "B.rindex(sub[, start[, end]]) -> int\nLike rfind() but raise ValueError when the subsection is not found."}, \
  {"count", b_count, 0, "B.count(sub[, start[, end]]) -> int\nReturn the number of non-overlapping occurrences of subsection sub."}, \
  {"replace", b_replace, 0, "replace($self, old, new, count=-1, /)\nReturn a copy with all occurrences of substring old replaced by new."}, \
  {"maketrans", b_maketrans, kMethStatic, "maketrans(frm, to, /)\nReturn a translation table usable for the bytes or bytearray translate method."}, \
  {"translate", b_translate, 0, "translate($self, table, /, delete=b'')\nReturn a copy with each character mapped by the given translation table."}, \
  {"expandtabs", b_expandtabs, 0, "expandtabs($self, /, tabsize=8)\nReturn a copy where all tab characters are expanded using spaces."}, \
  {"center", b_center, 0, "center($self, width, fillchar=b' ', /)\nReturn a centered string of length width."}, \
  {"ljust", b_ljust, 0, "ljust($self, width, fillchar=b' ', /)\nReturn a left-justified string of length width."}, \
  {"rjust", b_rjust, 0, "rjust($self, width, fillchar=b' ', /)\nReturn a right-justified string of length width."}, \
  {"zfill", b_zfill, 0, "zfill($self, width, /)\nPad a numeric string with zeros on the left."}, \
  {"lower", b_lower, 0, "B.lower() -> copy of B\nReturn a copy of B with all ASCII characters converted to lowercase."}, \
  {"upper", b_upper, 0, "B.upper() -> copy of B\nReturn a copy of B with all ASCII characters converted to uppercase."}, \
  {"title", b_title, 0, "B.title() -> copy of B\nReturn a titlecased version of B."}, \
  {"capitalize", b_capitalize, 0, "B.capitalize() -> copy of B\nReturn a copy of B with only its first character capitalized (ASCII)."}, \
  {"swapcase", b_swapcase, 0, "B.swapcase() -> copy of B\nReturn a copy of B with uppercase ASCII characters converted to lowercase and vice versa."}, \
  {"isdigit", b_isdigit, 0, "B.isdigit() -> bool\nReturn True if all characters in B are digits and there is at least one character in B."}, \
  {"isalpha", b_isalpha, 0, "B.isalpha() -> bool\nReturn True if all characters in B are alphabetic and there is at least one character in B."}, \
  {"isalnum", b_isalnum, 0, "B.isalnum() -> bool\nReturn True if all characters in B are alphanumeric and there is at least one character in B."}, \
  {"isspace", b_isspace, 0, "B.isspace() -> bool\nReturn True if all characters in B are whitespace and there is at least one character in B."}, \
  {"isupper", b_isupper, 0, "B.isupper() -> bool\nReturn True if all cased characters in B are uppercase and there is at least one cased character in B."}, \
  {"islower", b_islower, 0, "B.islower() -> bool\nReturn True if all cased characters in B are lowercase and there is at least one cased character in B."}, \
  {"istitle", b_istitle, 0, "B.istitle() -> bool\nReturn True if B is a titlecased string and there is at least one character in B."}, \
  {"isascii", b_isascii, 0, "B.isascii() -> bool\nReturn True if B is empty or all characters in B are ASCII, False otherwise."}

MethodDef bytes_methods[] = {
    FROST_BYTES_COMMON_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

MethodDef bytearray_methods[] = {
    FROST_BYTES_COMMON_METHODS,
    {"append", ba_append, 0, "append($self, item, /)\nAppend a single item to the end of the bytearray."},
    {"extend", ba_extend, 0, "extend($self, iterable_of_ints, /)\nAppend all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", ba_pop, 0, "pop($self, index=-1, /)\nRemove and return a single item from B."},
    {"insert", ba_insert, 0, "insert($self, index, item, /)\nInsert a single item into the bytearray before the given index."},
    {"remove", ba_remove, 0, "remove($self, value, /)\nRemove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, 0, "clear($self, /)\nRemove all items from the bytearray."},
    {"copy", ba_copy, 0, "copy($self, /)\nReturn a copy of B."},
    {"reverse", ba_reverse, 0, "reverse($self, /)\nReverse the order of the values in B in place."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FROST_BYTES_COMMON_METHODS

}  // namespace frost
