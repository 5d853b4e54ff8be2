/*
 * str_methods.cpp — the methods of str (everything but formatting, which is
 * in str_format.cpp), with CPython 3.11's semantics and error messages.
 *
 * Searching, splitting, stripping and replacing run on the UTF-8 bytes
 * (vm/types/text_algo.h); only the results that are code-point indexes
 * (find, index, ...) and the start/end arguments are converted, and not at
 * all on ASCII strings.  Case mappings and predicates take an ASCII fast
 * path and otherwise decode code points and use vm/types/unicode.h, with
 * CPython's full (one-to-many) mappings and its Final_Sigma rule for
 * lowercasing U+03A3.
 */
#include <algorithm>
#include <climits>
#include <cstring>
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/str_impl.h"
#include "vm/types/text_algo.h"
#include "vm/types/tuple.h"

namespace frost {

using unicode::utf8_decode;

// ---- shared helpers ----------------------------------------------------------

bool adjust_bounds(Object* start, Object* end, intptr_t len, intptr_t* s, intptr_t* e) {
  *s = 0;
  *e = len;
  Object* in[2] = {start, end};
  intptr_t* out[2] = {s, e};
  for (int k = 0; k < 2; ++k) {
    Object* o = in[k];
    if (!o || o == None) continue;
    if (!is_index_like(o)) {
      raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!index_as_ssize(o, out[k], nullptr)) return false;
  }
  if (*e > len) {
    *e = len;
  } else if (*e < 0) {
    *e += len;
    if (*e < 0) *e = 0;
  }
  if (*s < 0) {
    *s += len;
    if (*s < 0) *s = 0;
  }
  return true;
}

Object* list_append_new(Object* list, Object* item) {
  if (!item) return nullptr;
  int r = list_append(list, item);
  decref(item);
  return r < 0 ? nullptr : list;
}

namespace {

// The exact str for s[off, off + n) (byte offsets).
Object* sub_str(Object* s, size_t off, size_t n) {
  if (off == 0 && n == static_cast<size_t>(str_size(s)) && is_exact_str(s)) return newref(s);
  if (str_is_ascii(s)) return str_new_known(str_data(s) + off, n, static_cast<intptr_t>(n), true);
  return str_from_utf8(str_data(s) + off, n);
}

// An optional integer argument (null or None gives `dflt`).
bool opt_ssize(Object* o, intptr_t dflt, intptr_t* out) {
  if (!o) {
    *out = dflt;
    return true;
  }
  return index_as_ssize(o, out, &exc::OverflowError);
}

// The byte range of code points [s, e) of a str; false if s > e (empty).
void bytes_range(Object* str, intptr_t s, intptr_t e, size_t* bs, size_t* be) {
  if (str_is_ascii(str)) {
    *bs = static_cast<size_t>(s);
    *be = static_cast<size_t>(e);
    return;
  }
  const char* d = str_data(str);
  size_t n = static_cast<size_t>(str_size(str));
  *bs = unicode::utf8_offset(d, n, s);
  *be = e >= s ? *bs + unicode::utf8_offset(d + *bs, n - *bs, e - s) : *bs;
}

bool expect_str(Object* o, const char* what) {
  if (is_str(o)) return true;
  raise(&exc::TypeError, "%s, not %s", what, type_name(o));
  return false;
}

// ---- search: find, rfind, index, rindex, count --------------------------------------

// Parses (sub[, start[, end]]) and finds; returns the code-point index or -1,
// or -2 with an exception set.
intptr_t find_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, bool reverse) {
  if (!check_args(fname, nargs, kwnames, 1, 3)) return -2;
  Object* sub = args[0];
  if (!expect_str(sub, "must be str")) return -2;
  intptr_t s, e;
  if (!adjust_bounds(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                     str_length(self), &s, &e)) {
    return -2;
  }
  if (e - s < str_length(sub)) return -1;
  size_t bs, be;
  bytes_range(self, s, e, &bs, &be);
  intptr_t at = reverse ? text::rfind(str_view(self), str_view(sub), bs, be)
                        : text::find(str_view(self), str_view(sub), bs, be);
  if (at < 0) return -1;
  return str_index_of_offset(self, static_cast<size_t>(at));
}

Object* m_find(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "find", false);
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* m_rfind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "rfind", true);
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "index", false);
  if (r == -1) return raise(&exc::ValueError, "substring not found");
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* m_rindex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t r = find_common(self, args, nargs, kwnames, "rindex", true);
  if (r == -1) return raise(&exc::ValueError, "substring not found");
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("count", nargs, kwnames, 1, 3)) return nullptr;
  Object* sub = args[0];
  if (!expect_str(sub, "must be str")) return nullptr;
  intptr_t s, e;
  if (!adjust_bounds(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                     str_length(self), &s, &e)) {
    return nullptr;
  }
  if (e - s < str_length(sub)) return int_from_i64(0);
  if (str_size(sub) == 0) return int_from_i64(e - s + 1);
  size_t bs, be;
  bytes_range(self, s, e, &bs, &be);
  return int_from_i64(text::count(str_view(self), str_view(sub), bs, be));
}

// startswith / endswith: prefix is a str or a tuple of str.
Object* starts_ends(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* fname, bool ends) {
  if (!check_args(fname, nargs, kwnames, 1, 3)) return nullptr;
  Object* what = args[0];
  intptr_t s, e;
  if (!adjust_bounds(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr,
                     str_length(self), &s, &e)) {
    return nullptr;
  }
  Object* const* items = &what;
  intptr_t n = 1;
  if (is_tuple(what)) {
    items = tuple_items(what);
    n = tuple_size(what);
  } else if (!is_str(what)) {
    return raise(&exc::TypeError, "%s first arg must be str or a tuple of str, not %s", fname,
                 type_name(what));
  }
  for (intptr_t i = 0; i < n; ++i) {
    Object* p = items[i];
    if (!is_str(p)) {
      return raise(&exc::TypeError, "tuple for %s must only contain str, not %s", fname,
                   type_name(p));
    }
    if (e - s < str_length(p)) continue;
    size_t bs, be;
    bytes_range(self, s, e, &bs, &be);
    size_t k = static_cast<size_t>(str_size(p));
    if (be - bs < k) continue;
    size_t at = ends ? be - k : bs;
    if (memcmp(str_data(self) + at, str_data(p), k) == 0) return True;
  }
  return False;
}

Object* m_startswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return starts_ends(self, args, nargs, kwnames, "startswith", false);
}

Object* m_endswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return starts_ends(self, args, nargs, kwnames, "endswith", true);
}

// ---- split family -------------------------------------------------------------------

bool str_is_space(uint32_t cp) { return unicode::is_space(cp); }
// str.isspace() for a byte of an ASCII str, inlined in the splitting loops.
inline bool ascii_is_space(uint32_t c) { return c == ' ' || c - 9u <= 4u || c - 0x1Cu <= 3u; }

Object* split_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, bool reverse) {
  static const char* const kwlist[] = {"sep", "maxsplit", nullptr};
  Object* a[2];
  if (!parse_args(fname, args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  Object* sep = a[0] == None ? nullptr : a[0];
  intptr_t maxsplit;
  if (!opt_ssize(a[1], -1, &maxsplit)) return nullptr;
  if (sep && !is_str(sep)) return raise(&exc::TypeError, "must be str or None, not %s", type_name(sep));
  if (sep && str_size(sep) == 0) return raise(&exc::ValueError, "empty separator");
  Object* list = list_new(0);
  if (!list) return nullptr;
  auto emit = [&](size_t off, size_t n) { return list_append_new(list, sub_str(self, off, n)) != nullptr; };
  std::string_view v = str_view(self);
  bool ok;
  if (sep) {
    ok = reverse ? text::rsplit_sep(v, str_view(sep), maxsplit, emit)
                 : text::split_sep(v, str_view(sep), maxsplit, emit);
  } else {
    if (str_is_ascii(self)) {
      ok = reverse ? text::rsplit_whitespace<text::ByteUnits>(v, maxsplit, ascii_is_space, emit)
                   : text::split_whitespace<text::ByteUnits>(v, maxsplit, ascii_is_space, emit);
    } else {
      ok = reverse ? text::rsplit_whitespace<text::Utf8Units>(v, maxsplit, str_is_space, emit)
                   : text::split_whitespace<text::Utf8Units>(v, maxsplit, str_is_space, emit);
    }
  }
  if (!ok) {
    decref(list);
    return nullptr;
  }
  if (reverse) std::reverse(list_items(list), list_items(list) + list_size(list));  // collected from the right
  return list;
}

Object* m_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return split_common(self, args, nargs, kwnames, "split", false);
}

Object* m_rsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return split_common(self, args, nargs, kwnames, "rsplit", true);
}

Object* m_splitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"keepends", nullptr};
  Object* a[1];
  if (!parse_args("splitlines", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  intptr_t keep = 0;
  if (a[0] && !index_as_ssize(a[0], &keep, &exc::OverflowError)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  auto emit = [&](size_t off, size_t n) { return list_append_new(list, sub_str(self, off, n)) != nullptr; };
  if (!text::splitlines<text::Utf8Units>(str_view(self), keep != 0, unicode::is_linebreak, emit)) {
    decref(list);
    return nullptr;
  }
  return list;
}

Object* partition_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                         const char* fname, bool reverse) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  Object* sep = args[0];
  if (!expect_str(sep, "must be str")) return nullptr;
  if (str_size(sep) == 0) return raise(&exc::ValueError, "empty separator");
  std::string_view v = str_view(self);
  intptr_t at = reverse ? text::rfind(v, str_view(sep), 0, v.size())
                        : text::find(v, str_view(sep), 0, v.size());
  Object* parts[3];
  if (at < 0) {
    Object* whole = str_exact(self);
    if (!whole) return nullptr;
    parts[reverse ? 2 : 0] = whole;
    parts[1] = str_empty();
    parts[reverse ? 0 : 2] = str_empty();
  } else {
    size_t after = static_cast<size_t>(at) + static_cast<size_t>(str_size(sep));
    parts[0] = sub_str(self, 0, static_cast<size_t>(at));
    parts[1] = str_exact(sep);
    parts[2] = sub_str(self, after, v.size() - after);
    if (!parts[0] || !parts[1] || !parts[2]) {
      for (Object* p : parts) xdecref(p);
      return nullptr;
    }
  }
  Object* t = tuple_new(3);
  if (!t) {
    for (Object* p : parts) decref(p);
    return nullptr;
  }
  for (int i = 0; i < 3; ++i) tuple_set(t, i, parts[i]);
  return t;
}

Object* m_partition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return partition_common(self, args, nargs, kwnames, "partition", false);
}

Object* m_rpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return partition_common(self, args, nargs, kwnames, "rpartition", true);
}

Object* m_join(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("str.join", nargs, kwnames, 1, 1)) return nullptr;
  return str_join(self, args[0]);
}

// ---- strip family ---------------------------------------------------------------------

Object* strip_common(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     const char* fname, int side) {
  if (!check_args(fname, nargs, kwnames, 0, 1)) return nullptr;
  Object* chars = nargs ? args[0] : nullptr;
  if (chars == None) chars = nullptr;
  if (chars && !is_str(chars)) return raise(&exc::TypeError, "%s arg must be None or str", fname);
  std::string_view v = str_view(self);
  size_t lo, hi;
  if (!chars) {
    if (str_is_ascii(self)) {
      text::strip<text::ByteUnits>(v, side, ascii_is_space, &lo, &hi);
    } else {
      text::strip<text::Utf8Units>(v, side, str_is_space, &lo, &hi);
    }
  } else if (str_is_ascii(chars)) {
    bool set[128] = {};
    for (char c : str_view(chars)) set[static_cast<unsigned char>(c)] = true;
    text::strip<text::Utf8Units>(v, side, [&](uint32_t cp) { return cp < 128 && set[cp]; }, &lo, &hi);
  } else {
    std::string_view cv = str_view(chars);
    auto in_chars = [&](uint32_t cp) {
      char buf[4];
      int n = unicode::utf8_encode(cp, buf);
      return text::find(cv, std::string_view(buf, static_cast<size_t>(n)), 0, cv.size()) >= 0;
    };
    text::strip<text::Utf8Units>(v, side, in_chars, &lo, &hi);
  }
  return sub_str(self, lo, hi - lo);
}

Object* m_strip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return strip_common(self, args, nargs, kwnames, "strip", text::kBoth);
}

Object* m_lstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return strip_common(self, args, nargs, kwnames, "lstrip", text::kLeft);
}

Object* m_rstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return strip_common(self, args, nargs, kwnames, "rstrip", text::kRight);
}

Object* m_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("removeprefix", nargs, kwnames, 1, 1)) return nullptr;
  Object* p = args[0];
  if (!expect_str(p, "removeprefix() argument must be str")) return nullptr;
  std::string_view v = str_view(self);
  if (v.starts_with(str_view(p))) {
    return sub_str(self, static_cast<size_t>(str_size(p)), v.size() - static_cast<size_t>(str_size(p)));
  }
  return str_exact(self);
}

Object* m_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("removesuffix", nargs, kwnames, 1, 1)) return nullptr;
  Object* p = args[0];
  if (!expect_str(p, "removesuffix() argument must be str")) return nullptr;
  std::string_view v = str_view(self);
  if (str_size(p) > 0 && v.ends_with(str_view(p))) {
    return sub_str(self, 0, v.size() - static_cast<size_t>(str_size(p)));
  }
  return str_exact(self);
}

// ---- replace, expandtabs ------------------------------------------------------------------

Object* m_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("replace", nargs, kwnames, 2, 3)) return nullptr;
  Object* old = args[0];
  Object* with = args[1];
  if (!is_str(old)) return raise(&exc::TypeError, "replace() argument 1 must be str, not %s", type_name(old));
  if (!is_str(with)) return raise(&exc::TypeError, "replace() argument 2 must be str, not %s", type_name(with));
  intptr_t count;
  if (!opt_ssize(nargs > 2 ? args[2] : nullptr, -1, &count)) return nullptr;
  std::string_view v = str_view(self);
  TextBuffer out;
  if (str_size(old) == 0) {
    // Insert `with` before every code point and at the end, `count` times.
    if (count == 0 || (str_size(with) == 0)) return str_exact(self);
    intptr_t n = str_length(self) + 1;
    if (count < 0 || count > n) count = n;
    std::string_view w = str_view(with);
    size_t k = static_cast<size_t>(count);
    out.reserve(k > (SIZE_MAX - v.size()) / w.size() ? SIZE_MAX : v.size() + k * w.size());
    if (!out.ok()) return nullptr;
    const char* p = v.data();
    const char* end = p + v.size();
    for (intptr_t k = 0; k < count; ++k) {
      out.append(w);
      if (p < end) {
        int len = unicode::utf8_seq_len(static_cast<unsigned char>(*p));
        out.append(p, static_cast<size_t>(len));
        p += len;
      }
    }
    out.append(p, static_cast<size_t>(end - p));
    return out.to_str();
  }
  if (!text::replace(v, str_view(old), str_view(with), count, out)) return str_exact(self);
  return out.to_str();
}

Object* m_expandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"tabsize", nullptr};
  Object* a[1];
  if (!parse_args("expandtabs", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  intptr_t tabsize;
  if (!opt_ssize(a[0], 8, &tabsize)) return nullptr;
  if (tabsize > INT_MAX || tabsize < INT_MIN) {  // a C int, as CPython
    return raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  std::string_view v = str_view(self);
  if (v.find('\t') == std::string_view::npos) return str_exact(self);
  TextBuffer out;
  intptr_t column = 0;
  for (size_t i = 0; i < v.size();) {
    char c = v[i];
    if (c == '\t') {
      if (tabsize > 0) {
        intptr_t incr = tabsize - column % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
      ++i;
      continue;
    }
    int len = unicode::utf8_seq_len(static_cast<unsigned char>(c));
    out.append(v.data() + i, static_cast<size_t>(len));
    i += static_cast<size_t>(len);
    column = (c == '\n' || c == '\r') ? 0 : column + 1;
  }
  return out.to_str();
}

// ---- padding -------------------------------------------------------------------------

// Parses (width[, fillchar]) into the fill code point's UTF-8.
bool pad_args(Object* const* args, size_t nargs, Object* kwnames, const char* fname,
              intptr_t* width, std::string_view* fill) {
  if (!check_args(fname, nargs, kwnames, 1, 2)) return false;
  if (!index_as_ssize(args[0], width, &exc::OverflowError)) return false;
  *fill = " ";
  if (nargs > 1) {
    Object* f = args[1];
    if (!is_str(f)) {
      raise(&exc::TypeError, "The fill character must be a unicode character, not %s", type_name(f));
      return false;
    }
    if (str_length(f) != 1) {
      raise(&exc::TypeError, "The fill character must be exactly one character long");
      return false;
    }
    *fill = str_view(f);
  }
  return true;
}

Object* pad(Object* self, intptr_t left, intptr_t right, std::string_view fill) {
  if (left <= 0 && right <= 0) return str_exact(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  std::string_view v = str_view(self);
  size_t pads = static_cast<size_t>(left + right);
  if (pads > (TextBuffer::kMaxSize - v.size()) / fill.size()) return raise_no_memory();
  Object* r = str_alloc(static_cast<intptr_t>(v.size() + pads * fill.size()));
  if (!r) return nullptr;
  char* out = static_cast<StrObject*>(r)->data;
  for (intptr_t i = 0; i < left; ++i, out += fill.size()) memcpy(out, fill.data(), fill.size());
  memcpy(out, v.data(), v.size());
  out += v.size();
  for (intptr_t i = 0; i < right; ++i, out += fill.size()) memcpy(out, fill.data(), fill.size());
  return str_finish_known(r, str_length(self) + left + right, str_is_ascii(self) && fill.size() == 1);
}

Object* m_center(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t width;
  std::string_view fill;
  if (!pad_args(args, nargs, kwnames, "center", &width, &fill)) return nullptr;
  intptr_t marg = width - str_length(self);
  if (marg <= 0) return str_exact(self);
  intptr_t left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

Object* m_ljust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t width;
  std::string_view fill;
  if (!pad_args(args, nargs, kwnames, "ljust", &width, &fill)) return nullptr;
  return pad(self, 0, width - str_length(self), fill);
}

Object* m_rjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t width;
  std::string_view fill;
  if (!pad_args(args, nargs, kwnames, "rjust", &width, &fill)) return nullptr;
  return pad(self, width - str_length(self), 0, fill);
}

Object* m_zfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("zfill", nargs, kwnames, 1, 1)) return nullptr;
  intptr_t width;
  if (!index_as_ssize(args[0], &width, &exc::OverflowError)) return nullptr;
  intptr_t fill = width - str_length(self);
  if (fill <= 0) return str_exact(self);
  Object* r = pad(self, fill, 0, "0");
  if (!r) return nullptr;
  char* d = static_cast<StrObject*>(r)->data;
  if (d[fill] == '+' || d[fill] == '-') {  // move the sign to the front
    d[0] = d[fill];
    d[fill] = '0';
  }
  return r;
}

// ---- case mappings --------------------------------------------------------------------

enum class CaseOp { Lower, Upper, Title, Capitalize, Swap, Fold };

// CPython's Final_Sigma: U+03A3 at byte `at` lowercases to final sigma when a
// cased letter precedes it and none follows (skipping case-ignorables).
uint32_t lower_sigma(std::string_view v, size_t at) {
  const char* base = v.data();
  const char* p = base + at;
  bool before = false;
  while (p > base) {
    uint32_t c = unicode::utf8_decode_back(&p);
    if (!unicode::is_case_ignorable(c)) {
      before = unicode::is_cased(c);
      break;
    }
  }
  if (!before) return 0x3C3;
  const char* q = base + at + 2;  // U+03A3 is two bytes
  const char* end = base + v.size();
  while (q < end) {
    int len;
    uint32_t c = utf8_decode(q, &len);
    q += len;
    if (!unicode::is_case_ignorable(c)) return unicode::is_cased(c) ? 0x3C3 : 0x3C2;
  }
  return 0x3C2;
}

int lower_at(std::string_view v, size_t at, uint32_t cp, uint32_t* out) {
  if (cp == 0x3A3) {
    out[0] = lower_sigma(v, at);
    return 1;
  }
  return unicode::to_lower(cp, out);
}

char ascii_map(CaseOp op, char c, bool* prev_cased, bool first) {
  bool upper = c >= 'A' && c <= 'Z';
  bool lower = c >= 'a' && c <= 'z';
  bool to_upper;
  switch (op) {
    case CaseOp::Lower: case CaseOp::Fold: to_upper = false; break;
    case CaseOp::Upper: to_upper = true; break;
    case CaseOp::Title: to_upper = !*prev_cased; break;
    case CaseOp::Capitalize: to_upper = first; break;
    case CaseOp::Swap: to_upper = lower; break;
  }
  *prev_cased = upper || lower;
  if (to_upper && lower) return static_cast<char>(c - 32);
  if (!to_upper && upper) return static_cast<char>(c + 32);
  return c;
}

Object* case_map(Object* self, CaseOp op) {
  std::string_view v = str_view(self);
  bool prev_cased = false;
  if (str_is_ascii(self)) {
    Object* r = str_alloc(static_cast<intptr_t>(v.size()));
    if (!r) return nullptr;
    char* out = static_cast<StrObject*>(r)->data;
    for (size_t i = 0; i < v.size(); ++i) out[i] = ascii_map(op, v[i], &prev_cased, i == 0);
    return str_finish_known(r, static_cast<intptr_t>(v.size()), true);
  }
  TextBuffer out;
  out.reserve(v.size());
  uint32_t mapped[3];
  for (size_t i = 0; i < v.size();) {
    int len;
    uint32_t cp = utf8_decode(v.data() + i, &len);
    int n = 1;
    mapped[0] = cp;
    switch (op) {
      case CaseOp::Lower: n = lower_at(v, i, cp, mapped); break;
      case CaseOp::Upper: n = unicode::to_upper(cp, mapped); break;
      case CaseOp::Fold: n = unicode::casefold(cp, mapped); break;
      case CaseOp::Title:
        n = prev_cased ? lower_at(v, i, cp, mapped) : unicode::to_title(cp, mapped);
        prev_cased = unicode::is_cased(cp);
        break;
      case CaseOp::Capitalize:
        n = i == 0 ? unicode::to_title(cp, mapped) : lower_at(v, i, cp, mapped);
        break;
      case CaseOp::Swap:
        if (unicode::is_uppercase(cp)) {
          n = lower_at(v, i, cp, mapped);
        } else if (unicode::is_lowercase(cp)) {
          n = unicode::to_upper(cp, mapped);
        }
        break;
    }
    for (int k = 0; k < n; ++k) {
      char buf[4];
      out.append(buf, static_cast<size_t>(unicode::utf8_encode(mapped[k], buf)));
    }
    i += static_cast<size_t>(len);
  }
  return out.to_str();
}

#define FROST_CASE_METHOD(fn, pyname, op)                                            \
  Object* fn(Object* self, Object* const*, size_t nargs, Object* kwnames) {         \
    if (!check_args("str." pyname, nargs, kwnames, 0, 0)) return nullptr;           \
    return case_map(self, op);                                                       \
  }
FROST_CASE_METHOD(m_lower, "lower", CaseOp::Lower)
FROST_CASE_METHOD(m_upper, "upper", CaseOp::Upper)
FROST_CASE_METHOD(m_title, "title", CaseOp::Title)
FROST_CASE_METHOD(m_capitalize, "capitalize", CaseOp::Capitalize)
FROST_CASE_METHOD(m_swapcase, "swapcase", CaseOp::Swap)
FROST_CASE_METHOD(m_casefold, "casefold", CaseOp::Fold)
#undef FROST_CASE_METHOD

// ---- predicates ----------------------------------------------------------------------

// True if the str is non-empty and every code point satisfies `pred`.
template <class Pred>
Object* all_of(Object* self, Pred&& pred) {
  std::string_view v = str_view(self);
  if (v.empty()) return False;
  for (size_t i = 0; i < v.size();) {
    int len;
    if (!pred(utf8_decode(v.data() + i, &len))) return False;
    i += static_cast<size_t>(len);
  }
  return True;
}

#define FROST_PREDICATE(fn, pyname, pred)                                             \
  Object* fn(Object* self, Object* const*, size_t nargs, Object* kwnames) {          \
    if (!check_args("str." pyname, nargs, kwnames, 0, 0)) return nullptr;            \
    return all_of(self, pred);                                                        \
  }
FROST_PREDICATE(m_isspace, "isspace", unicode::is_space)
FROST_PREDICATE(m_isalpha, "isalpha", unicode::is_alpha)
FROST_PREDICATE(m_isdecimal, "isdecimal", unicode::is_decimal)
FROST_PREDICATE(m_isdigit, "isdigit", unicode::is_digit)
FROST_PREDICATE(m_isnumeric, "isnumeric", unicode::is_numeric)
FROST_PREDICATE(m_isalnum, "isalnum", [](uint32_t c) {
  return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) ||
         unicode::is_numeric(c);
})
#undef FROST_PREDICATE

Object* m_isprintable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("str.isprintable", nargs, kwnames, 0, 0)) return nullptr;
  return str_size(self) == 0 ? True : all_of(self, unicode::is_printable);
}

Object* m_isascii(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("str.isascii", nargs, kwnames, 0, 0)) return nullptr;
  return bool_from(str_is_ascii(self));
}

// isupper/islower: at least one cased code point, and none of the other case
// (titlecase counts as the other case for both).
Object* case_predicate(Object* self, bool want_upper) {
  std::string_view v = str_view(self);
  bool cased = false;
  for (size_t i = 0; i < v.size();) {
    int len;
    uint32_t c = utf8_decode(v.data() + i, &len);
    i += static_cast<size_t>(len);
    bool up = unicode::is_uppercase(c), lo = unicode::is_lowercase(c);
    if ((want_upper ? lo : up) || unicode::is_titlecase(c)) return False;
    cased = cased || (want_upper ? up : lo);
  }
  return bool_from(cased);
}

Object* m_isupper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("str.isupper", nargs, kwnames, 0, 0)) return nullptr;
  return case_predicate(self, true);
}

Object* m_islower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("str.islower", nargs, kwnames, 0, 0)) return nullptr;
  return case_predicate(self, false);
}

Object* m_istitle(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("str.istitle", nargs, kwnames, 0, 0)) return nullptr;
  std::string_view v = str_view(self);
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < v.size();) {
    int len;
    uint32_t c = utf8_decode(v.data() + i, &len);
    i += static_cast<size_t>(len);
    if (unicode::is_uppercase(c) || unicode::is_titlecase(c)) {
      if (prev_cased) return False;
      prev_cased = cased = true;
    } else if (unicode::is_lowercase(c)) {
      if (!prev_cased) return False;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_from(cased);
}

Object* m_isidentifier(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("str.isidentifier", nargs, kwnames, 0, 0)) return nullptr;
  std::string_view v = str_view(self);
  if (v.empty()) return False;
  int len;
  if (!unicode::is_id_start(utf8_decode(v.data(), &len))) return False;
  for (size_t i = static_cast<size_t>(len); i < v.size(); i += static_cast<size_t>(len)) {
    if (!unicode::is_id_continue(utf8_decode(v.data() + i, &len))) return False;
  }
  return True;
}

// ---- encode, maketrans, translate ------------------------------------------------------

Object* m_encode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"encoding", "errors", nullptr};
  Object* a[2];
  if (!parse_args("encode", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (a[i] && !is_str(a[i])) {
      return raise(&exc::TypeError, "encode() argument '%s' must be str, not %s", kwlist[i],
                   type_name(a[i]));
    }
  }
  return str_encode(self, a[0] ? str_data(a[0]) : "utf-8", a[1] ? str_data(a[1]) : "strict");
}

// str.maketrans(x[, y[, z]]) — a static method.
Object* m_maketrans(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("maketrans", nargs, kwnames, 1, 3)) return nullptr;
  Object* d = dict_new();
  if (!d) return nullptr;
  auto fail = [d]() -> Object* {
    decref(d);
    return nullptr;
  };
  auto set = [d](uint32_t key, Object* value) {
    Object* k = int_from_i64(key);
    if (!k) return false;
    int r = dict_set(d, k, value);
    decref(k);
    return r == 0;
  };
  if (nargs == 1) {
    Object* x = args[0];
    if (!is_dict(x)) {
      decref(d);
      return raise(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(x, &pos, &k, &v)) {
      if (is_str(k)) {
        if (str_length(k) != 1) {
          decref(d);
          return raise(&exc::ValueError, "string keys in translate table must be of length 1");
        }
        if (!set(str_ord(k), v)) return fail();
      } else if (is_int(k)) {
        if (dict_set(d, k, v) < 0) return fail();
      } else {
        decref(d);
        return raise(&exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  Object* x = args[0];
  Object* y = args[1];
  if (!is_str(x)) {
    decref(d);
    return raise(&exc::TypeError, "first maketrans argument must be a string if there is a second argument");
  }
  if (!is_str(y)) {
    decref(d);
    return raise(&exc::TypeError, "maketrans() argument 2 must be str, not %s", type_name(y));
  }
  if (nargs > 2 && !is_str(args[2])) {
    decref(d);
    return raise(&exc::TypeError, "maketrans() argument 3 must be str, not %s", type_name(args[2]));
  }
  if (str_length(x) != str_length(y)) {
    decref(d);
    return raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
  }
  std::string_view xv = str_view(x), yv = str_view(y);
  for (size_t i = 0, j = 0; i < xv.size();) {
    int lx, ly;
    uint32_t cx = utf8_decode(xv.data() + i, &lx);
    uint32_t cy = utf8_decode(yv.data() + j, &ly);
    Object* v = int_from_i64(cy);
    if (!v) return fail();
    bool ok = set(cx, v);
    decref(v);
    if (!ok) return fail();
    i += static_cast<size_t>(lx);
    j += static_cast<size_t>(ly);
  }
  if (nargs > 2) {
    std::string_view zv = str_view(args[2]);
    for (size_t i = 0; i < zv.size();) {
      int len;
      if (!set(utf8_decode(zv.data() + i, &len), None)) return fail();
      i += static_cast<size_t>(len);
    }
  }
  return d;
}

Object* m_translate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("translate", nargs, kwnames, 1, 1)) return nullptr;
  Object* table = args[0];
  std::string_view v = str_view(self);
  TextBuffer out;
  out.reserve(v.size());
  // Results for ASCII code points, looked up once each: 0 unknown, 1 keep,
  // 2 delete, 3 the string in ascii_str.
  uint8_t ascii_kind[128] = {};
  std::string ascii_str[128];
  for (size_t i = 0; i < v.size();) {
    int len;
    uint32_t cp = utf8_decode(v.data() + i, &len);
    if (cp < 128 && ascii_kind[cp]) {
      if (ascii_kind[cp] == 1) out.push_back(static_cast<char>(cp));
      if (ascii_kind[cp] == 3) out.append(ascii_str[cp]);
      i += static_cast<size_t>(len);
      continue;
    }
    Object* key = int_from_i64(cp);
    if (!key) return nullptr;
    Object* m = object_getitem(table, key);
    decref(key);
    size_t mark = out.size();
    uint8_t kind;
    if (!m) {
      if (!error_matches(&exc::LookupError)) return nullptr;
      error_clear();
      out.append(v.data() + i, static_cast<size_t>(len));
      kind = 1;
    } else if (m == None) {
      kind = 2;
    } else if (is_int(m)) {
      int64_t c;
      bool ok = int_as_i64(m, &c);
      if (ok && (c < 0 || c > 0x10FFFF)) {
        ok = false;
        raise(&exc::ValueError, "character mapping must be in range(0x110000)");
      }
      if (!ok) {
        decref(m);
        return nullptr;
      }
      char buf[4];
      out.append(buf, static_cast<size_t>(unicode::utf8_encode(static_cast<uint32_t>(c), buf)));
      kind = 3;
    } else if (is_str(m)) {
      out.append(str_view(m));
      kind = 3;
    } else {
      decref(m);
      return raise(&exc::TypeError, "character mapping must return integer, None or str");
    }
    xdecref(m);
    if (cp < 128) {
      ascii_kind[cp] = kind;
      if (kind == 3) ascii_str[cp].assign(out.view().substr(mark));
    }
    i += static_cast<size_t>(len);
  }
  return out.to_str();
}

}  // namespace

// ---- join --------------------------------------------------------------------------

Object* str_join(Object* sep, Object* iterable) {
  Object* seq;
  if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
    seq = newref(iterable);
  } else {
    Object* it = object_iter(iterable);
    if (!it) {
      if (error_matches(&exc::TypeError)) {
        error_clear();
        raise(&exc::TypeError, "can only join an iterable");
      }
      return nullptr;
    }
    seq = list_from_iterable(it);
    decref(it);
    if (!seq) return nullptr;
  }
  bool tuple = is_exact_tuple(seq);
  intptr_t n = tuple ? tuple_size(seq) : list_size(seq);
  Object** items = tuple ? tuple_items(seq) : list_items(seq);
  if (n == 1 && is_exact_str(items[0])) {
    Object* r = newref(items[0]);
    decref(seq);
    return r;
  }
  size_t size = 0;
  intptr_t length = 0;
  bool ascii = str_is_ascii(sep);
  for (intptr_t i = 0; i < n; ++i) {
    Object* it = items[i];
    if (!is_str(it)) {
      decref(seq);
      return raise(&exc::TypeError, "sequence item %zd: expected str instance, %s found", i,
                   type_name(it));
    }
    size += static_cast<size_t>(str_size(it));
    length += str_length(it);
    ascii = ascii && str_is_ascii(it);
  }
  if (n > 1) {
    size += static_cast<size_t>(str_size(sep)) * static_cast<size_t>(n - 1);
    length += str_length(sep) * (n - 1);
  }
  Object* r = str_alloc(static_cast<intptr_t>(size));
  if (!r) {
    decref(seq);
    return nullptr;
  }
  char* out = static_cast<StrObject*>(r)->data;
  size_t seplen = static_cast<size_t>(str_size(sep));
  for (intptr_t i = 0; i < n; ++i) {
    if (i > 0 && seplen) {
      memcpy(out, str_data(sep), seplen);
      out += seplen;
    }
    size_t k = static_cast<size_t>(str_size(items[i]));
    memcpy(out, str_data(items[i]), k);
    out += k;
  }
  decref(seq);
  return str_finish_known(r, length, ascii);
}

// ---- the method table ----------------------------------------------------------------

MethodDef str_methods[] = {
    {"join", m_join, 0, "join($self, iterable, /)\nConcatenate any number of strings."},
    {"split", m_split, 0, "split($self, /, sep=None, maxsplit=-1)\nReturn a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, 0, "rsplit($self, /, sep=None, maxsplit=-1)\nReturn a list of the substrings in the string, splitting from the right."},
    {"splitlines", m_splitlines, 0, "splitlines($self, /, keepends=False)\nReturn a list of the lines in the string, breaking at line boundaries."},
    {"partition", m_partition, 0, "partition($self, sep, /)\nPartition the string into three parts using the given separator."},
    {"rpartition", m_rpartition, 0, "rpartition($self, sep, /)\nPartition the string into three parts, searching from the end."},
    {"strip", m_strip, 0, "strip($self, chars=None, /)\nReturn a copy of the string with leading and trailing whitespace removed."},
    {"lstrip", m_lstrip, 0, "lstrip($self, chars=None, /)\nReturn a copy of the string with leading whitespace removed."},
    {"rstrip", m_rstrip, 0, "rstrip($self, chars=None, /)\nReturn a copy of the string with trailing whitespace removed."},
    {"removeprefix", m_removeprefix, 0, "removeprefix($self, prefix, /)\nReturn a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, 0, "removesuffix($self, suffix, /)\nReturn a str with the given suffix string removed if present."},
    {"replace", m_replace, 0, "replace($self, old, new, count=-1, /)\nReturn a copy with all occurrences of substring old replaced by new."},
    {"find", m_find, 0, "S.find(sub[, start[, end]]) -> int\nReturn the lowest index in S where substring sub is found."},
    {"rfind", m_rfind, 0, "S.rfind(sub[, start[, end]]) -> int\nReturn the highest index in S where substring sub is found."},
    {"index", m_index, 0, "S.index(sub[, start[, end]]) -> int\nLike find() but raise ValueError when the substring is not found."},
    {"rindex", m_rindex, 0, "S.rindex(sub[, start[, end]]) -> int\nLike rfind() but raise ValueError when the substring is not found."},
    {"count", m_count, 0, "S.count(sub[, start[, end]]) -> int\nReturn the number of non-overlapping occurrences of substring sub."},
    {"startswith", m_startswith, 0, "S.startswith(prefix[, start[, end]]) -> bool\nReturn True if S starts with the specified prefix, False otherwise."},
    {"endswith", m_endswith, 0, "S.endswith(suffix[, start[, end]]) -> bool\nReturn True if S ends with the specified suffix, False otherwise."},
    {"lower", m_lower, 0, "lower($self, /)\nReturn a copy of the string converted to lowercase."},
    {"upper", m_upper, 0, "upper($self, /)\nReturn a copy of the string converted to uppercase."},
    {"title", m_title, 0, "title($self, /)\nReturn a version of the string where each word is titlecased."},
    {"capitalize", m_capitalize, 0, "capitalize($self, /)\nReturn a capitalized version of the string."},
    {"swapcase", m_swapcase, 0, "swapcase($self, /)\nConvert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"casefold", m_casefold, 0, "casefold($self, /)\nReturn a version of the string suitable for caseless comparisons."},
    {"center", m_center, 0, "center($self, width, fillchar=' ', /)\nReturn a centered string of length width."},
    {"ljust", m_ljust, 0, "ljust($self, width, fillchar=' ', /)\nReturn a left-justified string of length width."},
    {"rjust", m_rjust, 0, "rjust($self, width, fillchar=' ', /)\nReturn a right-justified string of length width."},
    {"zfill", m_zfill, 0, "zfill($self, width, /)\nPad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", m_expandtabs, 0, "expandtabs($self, /, tabsize=8)\nReturn a copy where all tab characters are expanded using spaces."},
    {"isdigit", m_isdigit, 0, "isdigit($self, /)\nReturn True if the string is a digit string, False otherwise."},
    {"isdecimal", m_isdecimal, 0, "isdecimal($self, /)\nReturn True if the string is a decimal string, False otherwise."},
    {"isnumeric", m_isnumeric, 0, "isnumeric($self, /)\nReturn True if the string is a numeric string, False otherwise."},
    {"isalpha", m_isalpha, 0, "isalpha($self, /)\nReturn True if the string is an alphabetic string, False otherwise."},
    {"isalnum", m_isalnum, 0, "isalnum($self, /)\nReturn True if the string is an alpha-numeric string, False otherwise."},
    {"isspace", m_isspace, 0, "isspace($self, /)\nReturn True if the string is a whitespace string, False otherwise."},
    {"isupper", m_isupper, 0, "isupper($self, /)\nReturn True if the string is an uppercase string, False otherwise."},
    {"islower", m_islower, 0, "islower($self, /)\nReturn True if the string is a lowercase string, False otherwise."},
    {"istitle", m_istitle, 0, "istitle($self, /)\nReturn True if the string is a title-cased string, False otherwise."},
    {"isidentifier", m_isidentifier, 0, "isidentifier($self, /)\nReturn True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", m_isprintable, 0, "isprintable($self, /)\nReturn True if the string is printable, False otherwise."},
    {"isascii", m_isascii, 0, "isascii($self, /)\nReturn True if all characters in the string are ASCII, False otherwise."},
    {"encode", m_encode, 0, "encode($self, /, encoding='utf-8', errors='strict')\nEncode the string using the codec registered for encoding."},
    {"maketrans", m_maketrans, kMethStatic, "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\nReturn a translation table usable for str.translate()."},
    {"translate", m_translate, 0, "translate($self, table, /)\nReplace each character in the string using the given translation table."},
    {"format", str_method_format, 0, "S.format(*args, **kwargs) -> str\nReturn a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", str_method_format_map, 0, "S.format_map(mapping) -> str\nReturn a formatted version of S, using substitutions from mapping."},
    {"__format__", str_method___format__, 0, "__format__($self, format_spec, /)\nReturn a formatted version of the string as described by format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace frost
