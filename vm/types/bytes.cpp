/*
 * bytes.cpp — the `bytes` and `bytearray` types: allocation, the immortal
 * singletons, repr, the lazily cached hash, comparison, concatenation and
 * repetition, indexing and slicing, `in`, iteration, the constructors and
 * bytearray's item assignment.  The methods are in bytes_methods.cpp.
 *
 * bytes and bytearray compare, concatenate and search with each other: any
 * "bytes-like" operand (bytes_like_view) is accepted, and an operation on a
 * bytearray returns a bytearray.  A bytearray's buffer grows by about 1/8
 * plus a constant, as CPython's, so append is amortised O(1).
 */
#include "vm/types/bytes.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes_impl.h"
#include "vm/types/container_util.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/range_slice.h"
#include "vm/types/str.h"
#include "vm/types/str_impl.h"

namespace frost {

TypeObject BytesType;
TypeObject ByteArrayType;
static TypeObject BytesIterType;
static TypeObject ByteArrayIterType;

namespace {

constexpr size_t kHeaderSize = offsetof(BytesObject, data);

// ---- the singletons --------------------------------------------------------------

struct alignas(16) SmallBytesStorage {
  unsigned char bytes[48];
};
static_assert(kHeaderSize + 2 <= sizeof(SmallBytesStorage));

SmallBytesStorage small_storage[257];  // [0..255]: one byte; [256]: b''

inline BytesObject* small_bytes(size_t i) { return reinterpret_cast<BytesObject*>(&small_storage[i]); }

// Runs after the hash key is drawn (siphash.cpp, init_priority 101).
struct SmallInit {
  SmallInit() {
    for (size_t i = 0; i <= 256; ++i) {
      BytesObject* b = small_bytes(i);
      make_immortal(b);
      b->ob_type = &BytesType;
      b->size = i < 256 ? 1 : 0;
      b->data[0] = static_cast<char>(i);
      b->data[b->size] = '\0';
      b->hash = hash_bytes(b->data, static_cast<size_t>(b->size));
    }
  }
};
SmallInit small_init __attribute__((init_priority(102)));

BytesObject* raw_alloc(size_t n) {
  if (n > static_cast<size_t>(INTPTR_MAX) - kHeaderSize - 16) {
    raise_no_memory();
    return nullptr;
  }
  auto* b = static_cast<BytesObject*>(object_alloc(&BytesType, kHeaderSize + n + 1));
  if (!b) return nullptr;
  b->size = static_cast<intptr_t>(n);
  b->hash = -1;
  b->data[n] = '\0';
  return b;
}

}  // namespace

// ---- bytes: creation, repr, hash -------------------------------------------------------

Object* bytes_from(const char* p, size_t n) {
  if (n == 0) return small_bytes(256);
  if (n == 1) return small_bytes(static_cast<unsigned char>(p[0]));
  BytesObject* b = raw_alloc(n);
  if (!b) return nullptr;
  memcpy(b->data, p, n);
  return b;
}

Object* bytes_alloc(intptr_t size) {
  if (size < 0) return raise(&exc::SystemError, "negative size passed to bytes_alloc");
  if (size == 0) return small_bytes(256);
  return raw_alloc(static_cast<size_t>(size));
}

bool bytes_like_view(Object* o, std::string_view* out) {
  if (is_bytes(o)) {
    *out = bytes_view(o);
    return true;
  }
  if (is_bytearray(o)) {
    *out = {bytearray_data(o), static_cast<size_t>(bytearray_size(o))};
    return true;
  }
  return false;
}

Object* bytes_make_like(Object* self, const char* p, size_t n) {
  if (is_bytearray(self)) return bytearray_from(p, n);
  if (is_exact_bytes(self) && n == static_cast<size_t>(bytes_size(self)) && p == bytes_data(self)) {
    return newref(self);
  }
  return bytes_from(p, n);
}

namespace {

// `quote_always`: escape ' even inside double quotes, as CPython's bytearray
// repr does (bytearray(b"a\'b")).
void repr_append(TextBuffer& out, std::string_view v, bool quote_always) {
  static const char kHex[] = "0123456789abcdef";
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out.push_back('b');
  out.push_back(quote);
  for (char ch : v) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (quote_always && c == '\'')) {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
      out.append(buf, 4);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
}

}  // namespace

Object* bytes_repr(Object* b) {
  TextBuffer out;
  repr_append(out, bytes_view(b), false);
  return out.to_str();
}

int64_t bytes_hash(Object* o) {
  auto* b = static_cast<BytesObject*>(o);
  if (b->hash == -1) b->hash = hash_bytes(b->data, static_cast<size_t>(b->size));
  return b->hash;
}

// ---- bytearray: creation and resizing ----------------------------------------------------

int bytearray_resize(Object* o, intptr_t n) {
  auto* ba = static_cast<ByteArrayObject*>(o);
  if (n < 0) {
    raise(&exc::SystemError, "negative size passed to bytearray_resize");
    return -1;
  }
  if (n + 1 > ba->allocated) {
    // Over-allocate by about 1/8 for appends, exactly for one big request.
    intptr_t want = n + 1;
    if (n <= ba->size + ba->size / 8 + 8) want = n + (n >> 3) + 8;
    char* d = static_cast<char*>(mem_realloc(ba->data, static_cast<size_t>(want)));
    if (!d) {
      raise_no_memory();
      return -1;
    }
    ba->data = d;
    ba->allocated = want;
  }
  ba->size = n;
  ba->data[n] = '\0';
  return 0;
}

namespace {

Object* bytearray_alloc(TypeObject* type, size_t n) {
  // var_object_alloc gives a subclass instance (a heap type) its GC head.
  auto* ba = static_cast<ByteArrayObject*>(var_object_alloc(type, 0));
  if (!ba) return nullptr;
  ba->data = static_cast<char*>(mem_alloc(n + 1));
  if (!ba->data) {
    decref(ba);
    return raise_no_memory();
  }
  ba->allocated = static_cast<intptr_t>(n + 1);
  ba->size = static_cast<intptr_t>(n);
  ba->data[n] = '\0';
  return ba;
}

}  // namespace

Object* bytearray_from(const char* p, size_t n) {
  Object* ba = bytearray_alloc(&ByteArrayType, n);
  if (ba && n) memcpy(bytearray_data(ba), p, n);
  return ba;
}

// ---- shared conversions ---------------------------------------------------------------

bool byte_value(Object* o, unsigned char* out) {
  intptr_t v;
  if (!index_as_ssize(o, &v, nullptr)) return false;
  if (v < 0 || v > 255) {
    raise(&exc::ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<unsigned char>(v);
  return true;
}

bool bytes_collect(Object* src, TextBuffer& out, bool* not_iterable) {
  *not_iterable = false;
  std::string_view v;
  if (bytes_like_view(src, &v)) {
    out.append(v);
    return true;
  }
  Object* it = object_iter(src);
  if (!it) {
    if (error_matches(&exc::TypeError)) *not_iterable = true;
    return false;
  }
  while (Object* item = iter_next(it)) {
    intptr_t b;
    bool ok = index_as_ssize(item, &b, nullptr);
    decref(item);
    if (ok && (b < 0 || b > 255)) {
      raise(&exc::ValueError, "bytes must be in range(0, 256)");
      ok = false;
    }
    if (!ok) {
      decref(it);
      return false;
    }
    out.push_back(static_cast<char>(b));
  }
  decref(it);
  return !error_occurred() && out.ok();
}

Object* bytes_from_dunder(Object* o) {
  static Object* name = nullptr;
  if (!name) name = str_intern("__bytes__");
  if (!type_lookup(type_of(o), name)) return nullptr;
  Object* r = call_method(o, name, nullptr, 0);
  if (r && !is_bytes(r)) {
    raise(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

namespace {

// ---- comparison, hash ---------------------------------------------------------------------

Object* bytes_richcompare(Object* a, Object* b, CompareOp op) {
  std::string_view x, y;
  if (!bytes_like_view(a, &x) || !bytes_like_view(b, &y)) return NotImplemented;
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    bool eq = x.size() == y.size() && memcmp(x.data(), y.data(), x.size()) == 0;
    return bool_from(eq == (op == CompareOp::Eq));
  }
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Lt: return bool_from(c < 0);
    case CompareOp::Le: return bool_from(c <= 0);
    case CompareOp::Gt: return bool_from(c > 0);
    default: return bool_from(c >= 0);
  }
}

int64_t bytes_hash_slot(Object* self) { return bytes_hash(self); }

// ---- operators ------------------------------------------------------------------------------

bool is_bytes_like(const Object* o) { return is_bytes(o) || is_bytearray(o); }

Object* repeat_view(Object* self, std::string_view v, intptr_t count) {
  if (count <= 0 || v.empty()) return bytes_make_like(self, v.data(), 0);
  if (static_cast<size_t>(count) > (static_cast<size_t>(INTPTR_MAX) / 2) / v.size()) {
    return raise_no_memory();
  }
  size_t total = v.size() * static_cast<size_t>(count);
  Object* r;
  char* out;
  if (is_bytearray(self)) {
    r = bytearray_alloc(&ByteArrayType, total);
    out = r ? bytearray_data(r) : nullptr;
  } else {
    if (count == 1 && is_exact_bytes(self)) return newref(self);
    r = bytes_alloc(static_cast<intptr_t>(total));
    out = r ? static_cast<BytesObject*>(r)->data : nullptr;
  }
  if (!r) return nullptr;
  memcpy(out, v.data(), v.size());
  for (size_t done = v.size(); done < total;) {
    size_t k = std::min(done, total - done);
    memcpy(out + done, out, k);
    done += k;
  }
  return r;
}

Object* bytes_binop(Object* a, Object* b, BinOp op) {
  std::string_view x, y;
  switch (op) {
    case BinOp::Add: {
      if (!bytes_like_view(a, &x)) return NotImplemented;
      if (!bytes_like_view(b, &y)) {
        if (type_may_reflect(b, names::__radd__)) return NotImplemented;
        return raise(&exc::TypeError, "can't concat %s to %s", type_name(b), type_name(a));
      }
      if (y.empty() && is_exact_bytes(a)) return newref(a);
      if (x.empty() && is_exact_bytes(a) && is_exact_bytes(b)) return newref(b);
      TextBuffer joined;
      joined.reserve(x.size() + y.size());
      joined.append(x);
      joined.append(y);
      if (!joined.ok()) return nullptr;
      return bytes_make_like(a, joined.data(), joined.size());
    }
    case BinOp::Mul: {
      Object* s;
      intptr_t count;
      int r = seq_repeat_operands(a, b, is_bytes_like, &s, &count);
      if (r <= 0) return r == 0 ? NotImplemented : nullptr;
      return repeat_view(s, bytes_self_view(s), count);
    }
    case BinOp::Mod:
      if (!is_bytes_like(a)) return NotImplemented;
      return bytes_percent_format(a, b);
    default:
      return NotImplemented;
  }
}

// bytearray's += and *= resize in place.
Object* bytearray_inplace(Object* a, Object* b, BinOp op) {
  if (!is_bytearray(a)) return NotImplemented;
  if (op == BinOp::Add) {
    std::string_view y;
    if (!bytes_like_view(b, &y)) {
      return raise(&exc::TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    }
    intptr_t old = bytearray_size(a);
    size_t add = y.size();
    if (bytearray_resize(a, old + static_cast<intptr_t>(add)) < 0) return nullptr;
    // Resizing may move a's buffer, which is y's when b is a (ba += ba).
    const char* from = b == a ? bytearray_data(a) : y.data();
    if (add) memcpy(bytearray_data(a) + old, from, add);
    return newref(a);
  }
  if (op == BinOp::Mul) {
    if (!is_index_like(b)) {
      return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b));
    }
    intptr_t count;
    if (!index_as_ssize(b, &count, &exc::OverflowError)) return nullptr;
    intptr_t n = bytearray_size(a);
    if (count <= 0 || n == 0) {
      if (bytearray_resize(a, 0) < 0) return nullptr;
      return newref(a);
    }
    if (count > (INTPTR_MAX / 2) / n) return raise_no_memory();
    if (bytearray_resize(a, n * count) < 0) return nullptr;
    char* d = bytearray_data(a);
    for (intptr_t done = n; done < n * count;) {
      intptr_t k = std::min(done, n * count - done);
      memcpy(d + done, d, static_cast<size_t>(k));
      done += k;
    }
    return newref(a);
  }
  return NotImplemented;
}

// ---- sequence protocol ----------------------------------------------------------------------

intptr_t bytes_len(Object* self) { return static_cast<intptr_t>(bytes_self_view(self).size()); }

Object* bytes_getitem(Object* self, Object* key) {
  std::string_view v = bytes_self_view(self);
  bool ba = is_bytearray(self);
  if (is_index_like(key)) {
    intptr_t i;
    if (!index_as_ssize(key, &i, &exc::IndexError)) return nullptr;
    if (i < 0) i += static_cast<intptr_t>(v.size());
    if (i < 0 || i >= static_cast<intptr_t>(v.size())) {
      return raise(&exc::IndexError, ba ? "bytearray index out of range" : "index out of range");
    }
    return int_from_i64(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
  }
  if (is_slice(key)) {
    intptr_t start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    intptr_t n = slice_adjust_indices(static_cast<intptr_t>(v.size()), &start, &stop, step);
    if (step == 1) return bytes_make_like(self, v.data() + start, static_cast<size_t>(n));
    TextBuffer out;
    for (intptr_t k = 0, i = start; k < n; ++k, i += step) out.push_back(v[static_cast<size_t>(i)]);
    if (!out.ok()) return nullptr;
    return bytes_make_like(self, out.data(), out.size());
  }
  return raise(&exc::TypeError, "%s indices must be integers or slices, not %s",
               ba ? "bytearray" : "byte", type_name(key));
}

int bytes_contains(Object* self, Object* item) {
  std::string_view v = bytes_self_view(self);
  if (is_index_like(item)) {
    unsigned char b;
    if (!byte_value(item, &b)) return -1;
    return memchr(v.data(), b, v.size()) != nullptr;
  }
  std::string_view sub;
  if (!bytes_like_view(item, &sub)) {
    raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(item));
    return -1;
  }
  if (sub.empty()) return 1;
  return memmem(v.data(), v.size(), sub.data(), sub.size()) != nullptr;
}

// ---- iteration ---------------------------------------------------------------------------------

struct BytesIterObject : Object {
  Object* seq;     // null once exhausted
  intptr_t index;
};

Object* bytes_iter(Object* self) {
  TypeObject* t = is_bytearray(self) ? &ByteArrayIterType : &BytesIterType;
  auto* it = static_cast<BytesIterObject*>(object_alloc(t, sizeof(BytesIterObject)));
  if (!it) return nullptr;
  it->seq = newref(self);
  it->index = 0;
  return it;
}

Object* bytesiter_next(Object* self) {
  auto* it = static_cast<BytesIterObject*>(self);
  if (!it->seq) return nullptr;
  std::string_view v = bytes_self_view(it->seq);  // re-read: a bytearray may have changed
  if (it->index >= static_cast<intptr_t>(v.size())) {
    clearref(&it->seq);
    return nullptr;
  }
  return int_from_i64(static_cast<unsigned char>(v[static_cast<size_t>(it->index++)]));
}

void bytesiter_dealloc(Object* self) {
  xdecref(static_cast<BytesIterObject*>(self)->seq);
  object_free(self);
}

// ---- constructors ---------------------------------------------------------------------------------

// The contents bytes(source, encoding, errors) / bytearray(...) would hold.
bool constructor_contents(const char* tname, Object* const* args, size_t nargs, Object* kwnames,
                          TextBuffer& out) {
  static const char* const kwlist[] = {"source", "encoding", "errors", nullptr};
  Object* a[3];
  if (!parse_args(tname, args, nargs, kwnames, kwlist, 0, a)) return false;
  Object* src = a[0];
  for (int i = 1; i < 3; ++i) {
    if (a[i] && !is_str(a[i])) {
      raise(&exc::TypeError, "%s() argument '%s' must be str, not %s", tname, kwlist[i], type_name(a[i]));
      return false;
    }
  }
  if (!src) {
    if (a[1] || a[2]) {
      raise(&exc::TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (is_str(src)) {
    if (!a[1]) {
      raise(&exc::TypeError, "string argument without an encoding");
      return false;
    }
    Object* enc = str_encode(src, str_data(a[1]), a[2] ? str_data(a[2]) : "strict");
    if (!enc) return false;
    out.append(bytes_view(enc));
    decref(enc);
    return true;
  }
  if (a[1] || a[2]) {
    raise(&exc::TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    return false;
  }
  if (!is_bytes(src) && !is_bytearray(src)) {
    Object* r = bytes_from_dunder(src);
    if (r) {
      out.append(bytes_view(r));
      decref(r);
      return true;
    }
    if (error_occurred()) return false;
  }
  if (is_index_like(src)) {
    intptr_t n;
    if (!index_as_ssize(src, &n, &exc::OverflowError)) return false;
    if (n < 0) {
      raise(&exc::ValueError, "negative count");
      return false;
    }
    out.append(static_cast<size_t>(n), '\0');
    return out.ok();
  }
  bool not_iterable;
  if (bytes_collect(src, out, &not_iterable)) return true;
  if (not_iterable) {
    error_clear();
    raise(&exc::TypeError, "cannot convert '%s' object to %s", type_name(src), tname);
  }
  return false;
}

// bytes(n) / bytearray(n) for an exact int n: the size, or -1 (an exception
// is set when n is negative or too large; -2 when the argument is not that).
intptr_t zeroed_size(Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs != 1 || kwnames || !is_exact_int(args[0])) return -2;
  intptr_t n;
  if (!index_as_ssize(args[0], &n, &exc::OverflowError)) return -1;
  if (n < 0) {
    raise(&exc::ValueError, "negative count");
    return -1;
  }
  return n;
}

Object* bytes_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs == 1 && !kwnames && is_exact_bytes(args[0]) && type == &BytesType) return newref(args[0]);
  if (type == &BytesType) {
    intptr_t n = zeroed_size(args, nargs, kwnames);
    if (n == -1) return nullptr;
    if (n >= 0) return bytes_alloc(n);  // object_alloc zeroes the bytes
  }
  TextBuffer out;
  if (!constructor_contents("bytes", args, nargs, kwnames, out)) return nullptr;
  if (type == &BytesType) return bytes_from(out.data(), out.size());
  auto* b = static_cast<BytesObject*>(var_object_alloc(type, static_cast<intptr_t>(out.size())));
  if (!b) return nullptr;
  b->size = static_cast<intptr_t>(out.size());
  b->hash = -1;
  memcpy(b->data, out.data(), out.size());
  b->data[out.size()] = '\0';
  return b;
}

Object* bytearray_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t n = zeroed_size(args, nargs, kwnames);
  if (n == -1) return nullptr;
  if (n >= 0) {
    Object* ba = bytearray_alloc(type, static_cast<size_t>(n));
    if (ba) memset(bytearray_data(ba), 0, static_cast<size_t>(n));
    return ba;
  }
  TextBuffer out;
  if (!constructor_contents("bytearray", args, nargs, kwnames, out)) return nullptr;
  Object* ba = bytearray_alloc(type, out.size());
  if (ba && out.size()) memcpy(bytearray_data(ba), out.data(), out.size());
  return ba;
}

Object* bytearray_repr(Object* self) {
  TextBuffer out;
  out.append(type_name(self));
  out.push_back('(');
  repr_append(out, bytes_self_view(self), true);
  out.push_back(')');
  return out.to_str();
}

void bytearray_dealloc(Object* self) {
  mem_free(static_cast<ByteArrayObject*>(self)->data);
  object_free(self);
}

void bytes_dealloc(Object* self) { object_free(self); }

Object* bytes_str(Object* self) {
  // str(b) is repr(b), as CPython without -b.
  return is_bytearray(self) ? bytearray_repr(self) : bytes_repr(self);
}

// ---- bytearray item assignment -----------------------------------------------------------------

// Replaces ba[lo:hi] by `with` (lo <= hi, both within the array).
int splice(Object* ba, intptr_t lo, intptr_t hi, std::string_view with) {
  intptr_t n = bytearray_size(ba);
  intptr_t growth = static_cast<intptr_t>(with.size()) - (hi - lo);
  if (growth > 0 && bytearray_resize(ba, n + growth) < 0) return -1;
  char* d = bytearray_data(ba);
  memmove(d + hi + growth, d + hi, static_cast<size_t>(n - hi));
  if (!with.empty()) memcpy(d + lo, with.data(), with.size());
  if (growth < 0) bytearray_resize(ba, n + growth);
  return 0;
}

int bytearray_setitem(Object* self, Object* key, Object* value) {
  intptr_t n = bytearray_size(self);
  if (is_index_like(key)) {
    intptr_t i;
    if (!index_as_ssize(key, &i, &exc::IndexError)) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      raise(&exc::IndexError, "bytearray index out of range");
      return -1;
    }
    if (!value) return splice(self, i, i + 1, {});
    unsigned char b;
    if (!byte_value(value, &b)) return -1;
    bytearray_data(self)[i] = static_cast<char>(b);
    return 0;
  }
  if (!is_slice(key)) {
    raise(&exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  intptr_t start, stop, step;
  if (!slice_unpack(key, &start, &stop, &step)) return -1;
  intptr_t count = slice_adjust_indices(n, &start, &stop, step);
  TextBuffer with;
  if (value) {
    if (is_index_like(value) || is_str(value)) {
      raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    }
    bool not_iterable;
    if (!bytes_collect(value, with, &not_iterable)) {
      if (not_iterable) {
        error_clear();
        raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      return -1;
    }
  }
  if (step == 1) {
    if (stop < start) stop = start;
    return splice(self, start, stop, with.view());
  }
  char* d = bytearray_data(self);
  if (!value) {
    // Delete every step-th byte: compact the kept ones.
    if (count == 0) return 0;
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    intptr_t w = start;
    for (intptr_t r = start; r < n; ++r) {
      if (r >= start && (r - start) % step == 0 && (r - start) / step < count) continue;
      d[w++] = d[r];
    }
    return bytearray_resize(self, w);
  }
  if (static_cast<intptr_t>(with.size()) != count) {
    raise(&exc::ValueError, "attempt to assign bytes of size %zu to extended slice of size %zd",
          with.size(), count);
    return -1;
  }
  for (intptr_t k = 0, i = start; k < count; ++k, i += step) d[i] = with[static_cast<size_t>(k)];
  return 0;
}

void init_iter_type(TypeObject& t, const char* name) {
  t.name = name;
  t.basicsize = sizeof(BytesIterObject);
  t.dealloc = bytesiter_dealloc;
  t.iter = iter_self;
  t.iternext = bytesiter_next;
  type_ready(&t);
}

}  // namespace

void bytes_types_init() {
  TypeObject& b = BytesType;
  b.name = "bytes";
  b.basicsize = static_cast<intptr_t>(kHeaderSize + 1);
  b.itemsize = 1;
  b.flags = kBaseType | kBytesSubclass;
  b.doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
          "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
          "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
          "bytes() -> empty bytes object";
  b.dealloc = bytes_dealloc;
  b.repr = bytes_repr;
  b.str = bytes_str;
  b.hash = bytes_hash_slot;
  b.richcompare = bytes_richcompare;
  b.binop = bytes_binop;
  b.len = bytes_len;
  b.getitem = bytes_getitem;
  b.contains = bytes_contains;
  b.iter = bytes_iter;
  b.new_ = bytes_new;
  b.methods = bytes_methods;
  type_ready(&b);

  TypeObject& a = ByteArrayType;
  a.name = "bytearray";
  a.basicsize = sizeof(ByteArrayObject);
  a.flags = kBaseType;
  a.doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
          "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
          "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
          "bytearray() -> empty bytes array";
  a.dealloc = bytearray_dealloc;
  a.repr = bytearray_repr;
  a.str = bytes_str;
  a.hash = hash_unhashable;
  a.richcompare = bytes_richcompare;
  a.binop = bytes_binop;
  a.inplace = bytearray_inplace;
  a.len = bytes_len;
  a.getitem = bytes_getitem;
  a.setitem = bytearray_setitem;
  a.contains = bytes_contains;
  a.iter = bytes_iter;
  a.new_ = bytearray_new;
  a.methods = bytearray_methods;
  type_ready(&a);

  init_iter_type(BytesIterType, "bytes_iterator");
  init_iter_type(ByteArrayIterType, "bytearray_iterator");
}

}  // namespace frost
